#include "ui/schedule/LessonsScreen.h"

#include <QAction>

#include "core/Session.h"
#include "core/WireValue.h"
#include "core/models/LessonsModel.h"
#include "protocol/ArgReader.h"
#include "ui/Feedback.h"
#include "ui/common/ClassComboBox.h"
#include "ui/common/DateEdit.h"
#include "ui/common/FilterBar.h"
#include "ui/common/YearComboBox.h"
#include "ui/schedule/GenerateLessonsDialog.h"
#include "ui/schedule/LessonDialog.h"
#include "ui/schedule/SubstitutionDialog.h"

namespace cj::client {

using protocol::MessageType;

LessonsScreen::LessonsScreen(Session *session, QWidget *parent)
    : ListScreen(session, new LessonsModel, MessageType::LessonsList, QStringLiteral("lessons"), parent)
{
    const bool editable = permissions().editSchedule();
    addAction(tr("Generate lessons…"), QStringLiteral("generateLessonsAction"), Needs::Nothing, [this] { generate(); })
        ->setVisible(editable);
    addAction(tr("Extra or moved lesson…"), QStringLiteral("addLessonAction"), Needs::Nothing, [this] {
        LessonDialog dialog(this->session(), m_class->currentRecord(), this);
        if (dialog.exec() == QDialog::Accepted)
            reload();
    })->setVisible(editable);
    addAction(tr("Delete lesson"), QStringLiteral("deleteLessonAction"), Needs::OneRecord, [this] {
        if (feedback::confirm(this, tr("Delete the lesson"),
                              tr("Delete this lesson from the calendar? A lesson with marks, attendance or a topic cannot be deleted.")))
            change(MessageType::LessonsDelete, QCborMap{{QStringLiteral("id"), currentId()}}, {}, tr("Delete the lesson"));
    })->setVisible(editable);
    QAction *substitute = addAction(tr("Substitution…"), QStringLiteral("substituteAction"), Needs::OneRecord, [this] {
        SubstitutionDialog dialog(this->session(), current(), m_year->currentId(), this);
        if (dialog.exec() == QDialog::Accepted)
            reload();
    });
    substitute->setVisible(editable);
    setDefaultAction(substitute);
    m_unsubstitute = addAction(tr("Cancel substitution"), QStringLiteral("unsubstituteAction"), Needs::OneRecord, [this] {
        change(MessageType::SubstitutionsRemove, QCborMap{{QStringLiteral("lessonId"), currentId()}}, {}, tr("Cancel substitution"));
    });
    m_unsubstitute->setVisible(editable);
    addPrintAction(tr("Lessons"));
    addAction(tr("Refresh"), QStringLiteral("refreshAction"), Needs::Nothing, [this] { reload(); });

    m_year = filters()->addYear();
    m_class = filters()->addClass(m_year);
    std::tie(m_from, m_to) = filters()->addPeriod();
    const QDate today = session->serverToday();
    m_from->setDate(today.addDays(1 - today.dayOfWeek())); // this week
    m_to->setDate(m_from->date().addDays(6));
    addSearch(tr("Find a subject or teacher"));
    connect(m_class, &RecordComboBox::currentIdChanged, this, &LessonsScreen::reload);
    connect(m_from, &QDateEdit::dateChanged, this, &LessonsScreen::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &LessonsScreen::reload);
}

void LessonsScreen::reload()
{
    if (!m_class->currentId())
        return;
    model()->setArgs(QCborMap{{QStringLiteral("classId"), m_class->currentId()},
                              {QStringLiteral("from"), protocol::dateToWire(m_from->date())},
                              {QStringLiteral("to"), protocol::dateToWire(m_to->date())}});
    ListScreen::reload();
}

void LessonsScreen::updateActions()
{
    ListScreen::updateActions();
    m_unsubstitute->setEnabled(m_unsubstitute->isEnabled() && current().value(QStringLiteral("substituteId")).isInteger());
}

void LessonsScreen::generate()
{
    GenerateLessonsDialog dialog(session(), m_year->currentRecord(), m_class->currentId(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    feedback::inform(this, tr("Generate lessons"), dialog.summary());
    reload();
}

} // namespace cj::client
