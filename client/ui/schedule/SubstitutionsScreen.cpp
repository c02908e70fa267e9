#include "ui/schedule/SubstitutionsScreen.h"


#include "core/Session.h"
#include "core/WireValue.h"
#include "core/models/SubstitutionsModel.h"
#include "protocol/ArgReader.h"
#include "ui/common/DateEdit.h"
#include "ui/common/FilterBar.h"
#include "ui/common/TeacherComboBox.h"
#include "ui/common/YearComboBox.h"

namespace cj::client {

SubstitutionsScreen::SubstitutionsScreen(Session *session, QWidget *parent)
    : ListScreen(session, new SubstitutionsModel, protocol::MessageType::SubstitutionsList, QStringLiteral("substitutions"), parent)
{
    addPrintAction(tr("Register of substituted lessons"));
    addAction(tr("Refresh"), QStringLiteral("refreshAction"), Needs::Nothing, [this] { reload(); });
    m_year = filters()->addYear();
    std::tie(m_from, m_to) = filters()->addPeriod();
    m_teacher = new TeacherComboBox(session, this);
    m_teacher->setNoneText(tr("All teachers"));
    filters()->add(tr("Teacher:"), m_teacher);
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
