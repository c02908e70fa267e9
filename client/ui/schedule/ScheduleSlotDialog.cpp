#include "ui/schedule/ScheduleSlotDialog.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

#include "core/SchoolText.h"
#include "core/Session.h"
#include "core/WireValue.h"
#include "core/models/AssignmentsModel.h"
#include "protocol/ArgReader.h"
#include "ui/Feedback.h"
#include "ui/common/DateEdit.h"
#include "ui/common/FieldErrors.h"
#include "ui/common/RecordComboBox.h"

namespace cj::client {

using protocol::MessageType;

ScheduleSlotDialog::ScheduleSlotDialog(Session *session, const QCborMap &schoolClass, int weekday, int lessonNumber,
                                       const QCborArray &entries, const QDate &from, QWidget *parent)
    : FormDialog(session, tr("%1 — %2, lesson %3").arg(schoolClass.value(QStringLiteral("name")).toString(),
                                                       SchoolText::weekday(weekday)).arg(lessonNumber), parent)
    , m_weekday(weekday)
    , m_lessonNumber(lessonNumber)
{
    setObjectName(QStringLiteral("scheduleSlotDialog"));
    m_existing = new RecordComboBox(this);
    m_existing->setObjectName(QStringLiteral("existingCombo"));
    m_existing->setNoneText(tr("— keep it and add another lesson (another subgroup) —"));
    m_existing->setTextOf([](const QCborMap &e) {
        return tr("replace: %1").arg(AssignmentsModel::title(e));
    });
    m_existing->setRecords(entries);
    m_assignment = new RecordComboBox(this);
    m_assignment->setObjectName(QStringLiteral("assignmentCombo"));
    m_assignment->setTextOf([](const QCborMap &a) {
        const QString subgroup = a.value(QStringLiteral("subgroupName")).toString();
        const QString subject = a.value(QStringLiteral("subjectName")).toString();
        return (subgroup.isEmpty() ? subject : tr("%1 (%2)").arg(subject, subgroup)) + QStringLiteral(" — ")
               + a.value(QStringLiteral("teacherName")).toString();
    });
    m_assignment->setSource(session->connection(), MessageType::AssignmentsList, QStringLiteral("assignments"),
                            QCborMap{{QStringLiteral("classId"), schoolClass.value(QStringLiteral("id"))}});
    m_assignment->reload();
    m_room = new QLineEdit(schoolClass.value(QStringLiteral("room")).toString(), this);
    m_room->setObjectName(QStringLiteral("roomEdit"));
    m_from = new DateEdit(this);
    m_from->setObjectName(QStringLiteral("validFromEdit"));
    m_from->setDate(from);

    if (!entries.isEmpty()) {
        form()->addRow(tr("In this slot now:"), m_existing);
        m_existing->setCurrentIndex(1);
    } else {
        m_existing->hide();
    }
    form()->addRow(tr("&Lesson:"), m_assignment);
    form()->addRow(tr("&Room:"), m_room);
    form()->addRow(tr("&Valid from:"), m_from);
    if (!entries.isEmpty()) {
        auto *remove = new QPushButton(tr("Take the chosen lesson out from this date"), this);
        remove->setObjectName(QStringLiteral("removeEntryButton"));
        form()->addRow(QString(), remove);
        connect(remove, &QPushButton::clicked, this, &ScheduleSlotDialog::removeEntry);
        connect(m_existing, &RecordComboBox::currentIdChanged, remove, [remove](qint64 id) { remove->setEnabled(id > 0); });
    }
    addNote(tr("Lessons on the calendar are created from the schedule with «Generate lessons» on the lessons screen."));
    okButton()->setText(tr("Put into the schedule"));
    errors()->bind(QStringLiteral("assignmentId"), m_assignment);
    errors()->bind(QStringLiteral("room"), m_room);
    errors()->bind(QStringLiteral("validFrom"), m_from);
    errors()->bind(QStringLiteral("replaceEntryId"), m_existing);
}

void ScheduleSlotDialog::submit()
{
    if (!m_assignment->currentId())
        return errors()->showAt(m_assignment, tr("Choose what is taught: the teaching load has the choices."));
    QCborMap args{{QStringLiteral("assignmentId"), m_assignment->currentId()},
                  {QStringLiteral("weekday"), m_weekday},
                  {QStringLiteral("lessonNumber"), m_lessonNumber},
                  {QStringLiteral("room"), m_room->text().trimmed()},
                  {QStringLiteral("validFrom"), protocol::dateToWire(m_from->date())}};
    if (m_existing->currentId())
        args.insert(QStringLiteral("replaceEntryId"), m_existing->currentId());
    send(MessageType::ScheduleSet, args);
}

void ScheduleSlotDialog::removeEntry()
{
    const QCborMap entry = m_existing->currentRecord();
    if (entry.isEmpty()
        || !feedback::confirm(this, windowTitle(),
                              tr("Take «%1» out of the schedule from %2?")
                                  .arg(AssignmentsModel::title(entry), QLocale().toString(m_from->date(), QLocale::ShortFormat))))
        return;
    send(MessageType::ScheduleRemove, QCborMap{{QStringLiteral("entryId"), entry.value(QStringLiteral("id"))},
                                               {QStringLiteral("from"), protocol::dateToWire(m_from->date())}});
}

} // namespace cj::client
