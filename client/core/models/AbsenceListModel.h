#pragma once

#include <QAbstractTableModel>
#include <QDate>

#include "core/journal/CellText.h"
#include "core/journal/JournalCell.h"

namespace cj::client {

struct JournalPage;

// One absence of a student from a lesson, as the class teacher sees it to give the reason.
struct Absence {
    qint64 lessonId = 0;
    qint64 studentId = 0;
    QString studentName;
    QDate date;
    int lessonNumber = 0;
    QString subjectName;
    AbsenceReason reason = AbsenceReason::None;
};

// The absences of a class by date, gathered from its subjects' journal pages; the reason column
// is what the class teacher changes (journal.setAbsenceReason).
class AbsenceListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Date, Lesson, Student, Subject, Reason, Count };
    enum Role { ReasonRole = Qt::UserRole + 1 };

    using QAbstractTableModel::QAbstractTableModel;

    void clear();
    void addPage(const JournalPage &page); // its absences, kept sorted by date, lesson, student
    void setReason(qint64 lessonId, qint64 studentId, AbsenceReason reason);
    void setOnlyWithoutReason(bool only);
    const Absence &absenceAt(int row) const { return m_shown[row]; }
    // Students met on the pages, for the medical certificate form: id → full name.
    const QMap<QString, qint64> &students() const { return m_students; }
    void setSymbols(const AttendanceSymbols &symbols) { m_symbols = symbols; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString reasonText(AbsenceReason reason);

private:
    void refilter();

    QList<Absence> m_all;
    QList<Absence> m_shown;
    QMap<QString, qint64> m_students;
    bool m_onlyWithoutReason = false;
    AttendanceSymbols m_symbols;
};

} // namespace cj::client
