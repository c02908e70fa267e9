#include "ui/planning/AssignmentDialog.h"

#include <QDoubleSpinBox>
#include <QFormLayout>

#include "core/ServerConnection.h"
#include "core/Session.h"
#include "core/WireValue.h"
#include "protocol/ArgReader.h"
#include "ui/common/ClassComboBox.h"
#include "ui/common/FieldErrors.h"
#include "ui/common/TeacherComboBox.h"

namespace cj::client {

using protocol::MessageType;
using protocol::intOr;

AssignmentDialog::AssignmentDialog(Session *session, qint64 yearId, qint64 classId, const QCborMap &a, QWidget *parent)
    : FormDialog(session, a.isEmpty() ? tr("New teaching assignment") : tr("Teaching assignment"), parent)
    , m_id(intOr(a.value(QStringLiteral("id"))))
{
    setObjectName(QStringLiteral("assignmentDialog"));
    m_class = new ClassComboBox(session, this);
    m_class->setRememberKey({});
    m_class->setCurrentId(a.isEmpty() ? classId : intOr(a.value(QStringLiteral("classId"))));
    m_class->setYear(yearId);
    m_subject = new RecordComboBox(this);
    m_subject->setObjectName(QStringLiteral("subjectCombo"));
    m_subject->setSource(session->connection(), MessageType::SubjectsList, QStringLiteral("subjects"));
    m_subject->setCurrentId(intOr(a.value(QStringLiteral("subjectId"))));
    m_subject->reload();
    m_subgroup = new RecordComboBox(this);
    m_subgroup->setObjectName(QStringLiteral("subgroupCombo"));
    m_subgroup->setNoneText(tr("— the whole class —"));
    m_subgroup->setTextOf([](const QCborMap &s) {
        return tr("%1 (%2)").arg(s.value(QStringLiteral("name")).toString(), s.value(QStringLiteral("subjectName")).toString());
    });
    m_subgroup->setSource(session->connection(), MessageType::SubgroupsList, QStringLiteral("subgroups"));
    m_subgroup->setCurrentId(intOr(a.value(QStringLiteral("subgroupId"))));
    m_teacher = new TeacherComboBox(session, this);
    m_teacher->setCurrentId(intOr(a.value(QStringLiteral("teacherId"))));
    m_teacher->setYear(yearId);
    m_hours = new QDoubleSpinBox(this);
    m_hours->setObjectName(QStringLiteral("hoursSpin"));
    m_hours->setRange(0, 20);
    m_hours->setDecimals(1);
    m_hours->setSingleStep(0.5);
    m_hours->setValue(wire::number(a.value(QStringLiteral("hoursPerWeek"))));
    m_class->setEnabled(a.isEmpty());

    form()->addRow(tr("&Class:"), m_class);
    form()->addRow(tr("&Subject:"), m_subject);
    form()->addRow(tr("Sub&group:"), m_subgroup);
    form()->addRow(tr("&Teacher:"), m_teacher);
    form()->addRow(tr("&Hours a week:"), m_hours);
    addNote(tr("A subject taught in subgroups needs an assignment for every subgroup. A new teacher of an "
               "assignment takes over its lessons and journal."));
    errors()->bind(QStringLiteral("classId"), m_class);
    errors()->bind(QStringLiteral("subjectId"), m_subject);
    errors()->bind(QStringLiteral("subgroupId"), m_subgroup);
    errors()->bind(QStringLiteral("teacherId"), m_teacher);
    errors()->bind(QStringLiteral("hoursPerWeek"), m_hours);

    connect(m_class, &RecordComboBox::currentIdChanged, this, &AssignmentDialog::classChanged);
    if (a.isEmpty())
        connect(m_subject, &RecordComboBox::currentIdChanged, this, &AssignmentDialog::suggestHours);
}

void AssignmentDialog::classChanged()
{
    const qint64 classId = m_class->currentId();
    if (!classId)
        return;
    const QCborMap byClass{{QStringLiteral("classId"), classId}};
    m_subgroup->setArgs(byClass);
    m_subgroup->reload();
    session()->connection()->call(MessageType::CurriculumList, byClass, this, [this](const protocol::Response &r) {
        m_curriculum = r.result.value(QStringLiteral("items")).toArray();
        if (!m_id)
            suggestHours();
    });
}

void AssignmentDialog::suggestHours()
{
    for (const QCborValue &v : std::as_const(m_curriculum)) {
        if (intOr(v.toMap().value(QStringLiteral("subjectId"))) == m_subject->currentId())
            return m_hours->setValue(wire::number(v.toMap().value(QStringLiteral("hoursPerWeek"))));
    }
}

void AssignmentDialog::submit()
{
    if (!m_subject->currentId())
        return errors()->showAt(m_subject, tr("Choose the subject."));
    if (!m_teacher->currentId())
        return errors()->showAt(m_teacher, tr("Choose the teacher."));
    QCborMap args{{QStringLiteral("classId"), m_class->currentId()},
                  {QStringLiteral("subjectId"), m_subject->currentId()},
                  {QStringLiteral("subgroupId"), wire::idOrNull(m_subgroup->currentId())},
                  {QStringLiteral("teacherId"), m_teacher->currentId()},
                  {QStringLiteral("hoursPerWeek"), m_hours->value()}};
    if (m_id)
        args.insert(QStringLiteral("id"), m_id);
    send(MessageType::AssignmentsSave, args);
}

} // namespace cj::client
