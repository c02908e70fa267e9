#pragma once

#include <QAbstractListModel>
#include <QCborArray>
#include <QDate>

namespace cj::client {

// A journal page one can open from a list: an assignment, or a lesson someone substitutes.
struct JournalPageEntry {
    enum class Kind { Own, Substitution, Class };
    Kind kind = Kind::Own;
    qint64 assignmentId = 0;
    QString className;
    QString subjectName;
    QString subgroupName;
    QString teacherName;
    QDate date;       // substitutions: the lesson's date
    int lessonNumber = 0;

    QString title() const;
};

// The pages a person can open: «Мои классы» (own assignments and substituted lessons), or every
// subject of a class («Мой класс», any class for the deputy). Built from assignments.list and
// lessons.list results.
class JournalPagesModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { AssignmentIdRole = Qt::UserRole + 1, KindRole };

    using QAbstractListModel::QAbstractListModel;

    void setAssignments(const QCborArray &assignments, JournalPageEntry::Kind kind);
    // Adds the lessons of lessons.list that `teacherId` substitutes.
    void addSubstitutions(const QCborArray &lessons, qint64 teacherId);
    const QList<JournalPageEntry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<JournalPageEntry> m_entries;
};

} // namespace cj::client
