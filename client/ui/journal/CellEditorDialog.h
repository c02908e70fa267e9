#pragma once

#include <QDialog>

#include "core/journal/JournalCell.h"

class QButtonGroup;
class QComboBox;
class QLineEdit;
class QLabel;

namespace cj::client {

struct JournalPage;
struct JournalLesson;
struct JournalStudent;

// One cell in full (F2 or a double click): up to four marks, each with its kind of work and a
// comment, and attendance — with the reason when the caller may set reasons (the class teacher).
class CellEditorDialog : public QDialog
{
    Q_OBJECT
public:
    CellEditorDialog(const JournalPage &page, const JournalLesson &lesson, const JournalStudent &student,
                     const JournalCell &cell, bool marksEditable, bool attendanceEditable, QWidget *parent = nullptr);

    JournalCell cell() const;

private:
    struct MarkRow {
        QComboBox *value;
        QComboBox *kind;
        QLineEdit *comment;
    };

    JournalCell m_original;
    bool m_passFail;
    QList<MarkRow> m_rows;
    QButtonGroup *m_attendance;
    QComboBox *m_reason;
};

} // namespace cj::client
