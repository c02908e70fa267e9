#include "ui/schedule/LessonDialog.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

#include "core/Session.h"
#include "core/models/AssignmentsModel.h"
#include "protocol/ArgReader.h"
#include "ui/common/DateEdit.h"
#include "ui/common/FieldErrors.h"
#include "ui/common/RecordComboBox.h"

namespace cj::client {

LessonDialog::LessonDialog(Session *session, const QCborMap &schoolClass, QWidget *parent)
    : FormDialog(session, tr("Extra or moved lesson: %1").arg(schoolClass.value(QStringLiteral("name")).toString()), parent)
{
    setObjectName(QStringLiteral("lessonDialog"));
    m_assignment = new RecordComboBox(this);
    m_assignment->setObjectName(QStringLiteral("assignmentCombo"));
    m_assignment->setTextOf(&AssignmentsModel::title);
    m_assignment->setSource(session->connection(), protocol::MessageType::AssignmentsList, QStringLiteral("assignments"),
                            QCborMap{{QStringLiteral("classId"), schoolClass.value(QStringLiteral("id"))}});
    m_assignment->reload();
    m_date = new DateEdit(this);
    m_date->setDate(session->serverToday());
    m_number = new QSpinBox(this);
    m_number->setRange(0, 12);
    m_number->setValue(1);
    m_room = new QLineEdit(schoolClass.value(QStringLiteral("room")).toString(), this);
    m_moved = new QCheckBox(tr("Moved from another day"), this);
    m_movedFrom = new DateEdit(this);
    m_movedFrom->setEnabled(false);
    connect(m_moved, &QCheckBox::toggled, m_movedFrom, &QWidget::setEnabled);
    form()->addRow(tr("&Lesson:"), m_assignment);
    form()->addRow(tr("&Date:"), m_date);
    form()->addRow(tr("Lesson &number:"), m_number);
    form()->addRow(tr("&Room:"), m_room);
    form()->addRow(QString(), m_moved);
    form()->addRow(tr("Moved &from:"), m_movedFrom);
    okButton()->setText(tr("Add the lesson"));
    errors()->bind(QStringLiteral("assignmentId"), m_assignment);
    errors()->bind(QStringLiteral("date"), m_date);
    errors()->bind(QStringLiteral("lessonNumber"), m_number);
    errors()->bind(QStringLiteral("room"), m_room);
    errors()->bind(QStringLiteral("movedFrom"), m_movedFrom);
}

void LessonDialog::submit()
{
    if (!m_assignment->currentId())
        return errors()->showAt(m_assignment, tr("Choose the subject and teacher."));
    QCborMap args{{QStringLiteral("assignmentId"), m_assignment->currentId()},
                  {QStringLiteral("date"), protocol::dateToWire(m_date->date())},
                  {QStringLiteral("lessonNumber"), m_number->value()},
                  {QStringLiteral("room"), m_room->text().trimmed()},
                  {QStringLiteral("origin"), m_moved->isChecked() ? QStringLiteral("moved") : QStringLiteral("extra")}};
    if (m_moved->isChecked())
        args.insert(QStringLiteral("movedFrom"), protocol::dateToWire(m_movedFrom->date()));
    send(protocol::MessageType::LessonsAdd, args);
}

} // namespace cj::client
