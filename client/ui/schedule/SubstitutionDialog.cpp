#include "ui/schedule/SubstitutionDialog.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

#include "core/SchoolText.h"
#include "core/Session.h"
#include "core/WireValue.h"
#include "protocol/ArgReader.h"
#include "ui/common/FieldErrors.h"
#include "ui/common/TeacherComboBox.h"

namespace cj::client {

SubstitutionDialog::SubstitutionDialog(Session *session, const QCborMap &lesson, qint64 yearId, QWidget *parent)
    : FormDialog(session, tr("Substitution"), parent)
    , m_lessonId(protocol::intOr(lesson.value(QStringLiteral("id"))))
{
    setObjectName(QStringLiteral("substitutionDialog"));
    auto *what = new QLabel(tr("%1, lesson %2: %3, %4 — %5")
                                .arg(SchoolText::longDate(wire::date(lesson.value(QStringLiteral("date")))))
                                .arg(protocol::intOr(lesson.value(QStringLiteral("lessonNumber"))))
                                .arg(lesson.value(QStringLiteral("className")).toString(),
                                     lesson.value(QStringLiteral("subjectName")).toString(),
                                     lesson.value(QStringLiteral("teacherName")).toString()),
                            this);
    what->setWordWrap(true);
    m_teacher = new TeacherComboBox(session, this);
    m_teacher->setNoneText(tr("— choose the teacher —"));
    m_teacher->setCurrentId(protocol::intOr(lesson.value(QStringLiteral("substituteId"))));
    m_teacher->setYear(yearId);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setPlaceholderText(tr("e.g. illness, training course"));
    form()->addRow(tr("Lesson:"), what);
    form()->addRow(tr("&Substitute teacher:"), m_teacher);
    form()->addRow(tr("&Reason:"), m_reason);
    addNote(tr("The substitute may fill in this lesson in the journal."));
    okButton()->setText(tr("Assign"));
    errors()->bind(QStringLiteral("teacherId"), m_teacher);
    errors()->bind(QStringLiteral("reason"), m_reason);
}

void SubstitutionDialog::submit()
{
    if (!m_teacher->currentId())
        return errors()->showAt(m_teacher, tr("Choose the substitute teacher."));
    send(protocol::MessageType::SubstitutionsSet, QCborMap{{QStringLiteral("lessonId"), m_lessonId},
                                                           {QStringLiteral("teacherId"), m_teacher->currentId()},
                                                           {QStringLiteral("reason"), m_reason->text().trimmed()}});
}

} // namespace cj::client
