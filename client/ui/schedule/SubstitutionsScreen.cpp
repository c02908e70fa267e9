#include "ui/schedule/SubstitutionsScreen.h"

#include <QHBoxLayout>
#include <QLabel>

#include "core/Session.h"
#include "core/WireValue.h"
#include "core/models/SubstitutionsModel.h"
#include "protocol/ArgReader.h"
#include "ui/common/DateEdit.h"
#include "ui/common/TeacherComboBox.h"
#include "ui/common/YearComboBox.h"

namespace cj::client {

SubstitutionsScreen::SubstitutionsScreen(Session *session, QWidget *parent)
    : ListScreen(session, new SubstitutionsModel, QStringLiteral("substitutions"), parent)
{
    model()->setSource(session->connection(), protocol::MessageType::SubstitutionsList, QStringLiteral("substitutions"));
    addPrintAction(tr("Register of substituted lessons"));
    addAction(tr("Refresh"), QStringLiteral("refreshAction"), Needs::Nothing, [this] { reload(); });
    m_year = new YearComboBox(session, this);
    m_teacher = new TeacherComboBox(session, this);
    m_teacher->setNoneText(tr("All teachers"));
    m_from = new DateEdit(this);
    m_to = new DateEdit(this);
    filters()->addWidget(new QLabel(tr("Academic year:"), this));
    filters()->addWidget(m_year);
    filters()->addSpacing(12);
    filters()->addWidget(new QLabel(tr("From:"), this));
    filters()->addWidget(m_from);
    filters()->addWidget(new QLabel(tr("to:"), this));
    filters()->addWidget(m_to);
    filters()->addSpacing(12);
    filters()->addWidget(new QLabel(tr("Teacher:"), this));
    filters()->addWidget(m_teacher);
    addSearch(tr("Find a class, subject or teacher"));
    connect(m_year, &RecordComboBox::currentIdChanged, this, [this](qint64 yearId) {
        const QCborMap year = m_year->currentRecord();
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setDate(wire::date(year.value(QStringLiteral("startsOn"))));
        m_to->setDate(wire::date(year.value(QStringLiteral("endsOn"))));
        m_teacher->setYear(yearId);
        reload();
    });
    connect(m_teacher, &RecordComboBox::currentIdChanged, this, &SubstitutionsScreen::reload);
    connect(m_from, &QDateEdit::dateChanged, this, &SubstitutionsScreen::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &SubstitutionsScreen::reload);
}

void SubstitutionsScreen::reload()
{
    if (!m_year->currentId())
        return;
    QCborMap args{{QStringLiteral("from"), protocol::dateToWire(m_from->date())},
                  {QStringLiteral("to"), protocol::dateToWire(m_to->date())}};
    if (m_teacher->currentId())
        args.insert(QStringLiteral("teacherId"), m_teacher->currentId());
    model()->setArgs(args);
    ListScreen::reload();
}

} // namespace cj::client
