#include "ui/journal/CellEditorDialog.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRadioButton>
#include <QVBoxLayout>

#include "core/journal/JournalPage.h"

namespace cj::client {

CellEditorDialog::CellEditorDialog(const JournalPage &page, const JournalLesson &lesson, const JournalStudent &student,
                                   const JournalCell &cell, bool marksEditable, bool attendanceEditable, QWidget *parent)
    : QDialog(parent)
    , m_original(cell)
    , m_passFail(page.assignment.passFail)
{
    setObjectName(QStringLiteral("cellEditorDialog"));
    setWindowTitle(tr("%1 — %2").arg(student.fullName, QLocale().toString(lesson.date, QStringLiteral("d MMMM"))));
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("<b>%1</b><br>%2, lesson %3<br>Topic: %4")
                                   .arg(student.fullName.toHtmlEscaped(), QLocale().toString(lesson.date, QStringLiteral("dddd, d MMMM")))
                                   .arg(lesson.lessonNumber)
                                   .arg(lesson.topic.isEmpty() ? tr("(none yet)") : lesson.topic.toHtmlEscaped()),
                               this);
    layout->addWidget(heading);

    if (!page.assignment.noMarks) {
        auto *marksBox = new QGroupBox(tr("Marks"), this);
        auto *grid = new QGridLayout(marksBox);
        grid->addWidget(new QLabel(tr("Mark"), marksBox), 0, 0);
        grid->addWidget(new QLabel(tr("Kind of work"), marksBox), 0, 1);
        grid->addWidget(new QLabel(tr("Comment"), marksBox), 0, 2);
        for (int i = 0; i < 4; ++i) {
            MarkRow row{new QComboBox(marksBox), new QComboBox(marksBox), new QLineEdit(marksBox)};
            row.value->setObjectName(QStringLiteral("markValue%1").arg(i + 1));
            row.value->addItem(QStringLiteral("—"), 0);
            if (m_passFail) {
                row.value->addItem(QStringLiteral("зч"), 100);
                row.value->addItem(QStringLiteral("нз"), 101);
            } else {
                for (int v = page.allowOne ? 1 : 2; v <= 5; ++v)
                    row.value->addItem(QString::number(v), v);
            }
            row.kind->setObjectName(QStringLiteral("markKind%1").arg(i + 1));
            row.kind->addItem(tr("Answer in class"), 0);
            for (const WorkKind &k : page.workKinds) {
                if (!k.archived || (i < cell.marks.size() && cell.marks[i].workKindId == k.id))
                    row.kind->addItem(tr("%1 (weight %2)").arg(k.name, QLocale().toString(k.weight)), k.id);
            }
            row.comment->setObjectName(QStringLiteral("markComment%1").arg(i + 1));
            row.comment->setPlaceholderText(tr("comment for the student and parents"));
            if (i < cell.marks.size()) {
                const Mark &m = cell.marks[i];
                row.value->setCurrentIndex(row.value->findData(m.passed ? (*m.passed ? 100 : 101) : m.value));
                row.kind->setCurrentIndex(qMax(0, row.kind->findData(m.workKindId)));
                row.comment->setText(m.comment);
            } else {
                row.kind->setCurrentIndex(qMax(0, row.kind->findData(lesson.workKindId)));
            }
            for (QWidget *w : {static_cast<QWidget *>(row.value), static_cast<QWidget *>(row.kind), static_cast<QWidget *>(row.comment)})
                w->setEnabled(marksEditable);
            grid->addWidget(row.value, i + 1, 0);
            grid->addWidget(row.kind, i + 1, 1);
            grid->addWidget(row.comment, i + 1, 2);
            m_rows.append(row);
        }
        grid->setColumnStretch(2, 1);
        layout->addWidget(marksBox);
    }

    auto *attendanceBox = new QGroupBox(tr("Attendance"), this);
    auto *row = new QHBoxLayout(attendanceBox);
    m_attendance = new QButtonGroup(this);
    const std::pair<AttendanceKind, QString> kinds[] = {{AttendanceKind::Present, tr("Present")},
                                                        {AttendanceKind::Absent, tr("Absent («н»)")},
                                                        {AttendanceKind::Late, tr("Late («оп»)")}};
    for (const auto &[kind, text] : kinds) {
        auto *button = new QRadioButton(text, attendanceBox);
        button->setObjectName(QStringLiteral("attendance%1").arg(int(kind)));
        button->setChecked(cell.attendance.kind == kind);
        button->setEnabled(attendanceEditable);
        m_attendance->addButton(button, int(kind));
        row->addWidget(button);
    }
    m_reason = new QComboBox(attendanceBox);
    m_reason->setObjectName(QStringLiteral("reasonCombo"));
    m_reason->addItem(tr("reason not given"), int(AbsenceReason::None));
    m_reason->addItem(tr("ill («б»)"), int(AbsenceReason::Ill));
    m_reason->addItem(tr("excused («у»)"), int(AbsenceReason::Excused));
    m_reason->addItem(tr("unexcused («п»)"), int(AbsenceReason::Unexcused));
    m_reason->setCurrentIndex(m_reason->findData(int(cell.attendance.reason)));
    m_reason->setEnabled(page.rights.reasons);
    m_reason->setToolTip(tr("Absence reasons are set by the class teacher."));
    row->addWidget(m_reason);
    row->addStretch();
    layout->addWidget(attendanceBox);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

JournalCell CellEditorDialog::cell() const
{
    JournalCell c = m_original;
    c.marks.clear();
    for (const MarkRow &row : m_rows) {
        const int v = row.value->currentData().toInt();
        if (v == 0)
            continue;
        Mark m;
        if (v >= 100)
            m.passed = v == 100;
        else
            m.value = v;
        m.workKindId = row.kind->currentData().toLongLong();
        m.comment = row.comment->text().trimmed();
        m.position = int(c.marks.size()) + 1;
        c.marks.append(m);
    }
    if (m_rows.isEmpty())
        c.marks = m_original.marks;
    c.attendance.kind = AttendanceKind(m_attendance->checkedId());
    c.attendance.reason = c.attendance.kind == AttendanceKind::Absent ? AbsenceReason(m_reason->currentData().toInt())
                                                                      : AbsenceReason::None;
    return c;
}

} // namespace cj::client
