#include "core/models/JournalPagesModel.h"

#include <QCborMap>
#include <QColor>
#include <QLocale>

#include "core/journal/JournalPage.h"
#include "protocol/ArgReader.h"

namespace cj::client {

QString JournalPageEntry::title() const
{
    return journalPageTitle(className, subjectName, subgroupName);
}

void JournalPagesModel::setAssignments(const QCborArray &assignments, JournalPageEntry::Kind kind)
{
    beginResetModel();
    m_entries.clear();
    for (const QCborValue &v : assignments) {
        const QCborMap a = v.toMap();
        JournalPageEntry e;
        e.kind = kind;
        e.assignmentId = protocol::intOr(a.value(QStringLiteral("id")));
        e.className = a.value(QStringLiteral("className")).toString();
        e.subjectName = a.value(QStringLiteral("subjectName")).toString();
        e.subgroupName = a.value(QStringLiteral("subgroupName")).toString();
        e.teacherName = a.value(QStringLiteral("teacherName")).toString();
        m_entries.append(e);
    }
    // Classes in order of grade and letter (5А before 10Б), then subjects.
    auto grade = [](const QString &className) {
        int g = 0;
        for (const QChar c : className) {
            if (!c.isDigit())
                break;
            g = g * 10 + c.digitValue();
        }
        return g;
    };
    std::stable_sort(m_entries.begin(), m_entries.end(), [&grade](const JournalPageEntry &a, const JournalPageEntry &b) {
        const int ga = grade(a.className), gb = grade(b.className);
        if (ga != gb)
            return ga < gb;
        if (a.className != b.className)
            return a.className < b.className;
        return a.subjectName.localeAwareCompare(b.subjectName) < 0;
    });
    endResetModel();
}

void JournalPagesModel::addSubstitutions(const QCborArray &lessons, qint64 teacherId)
{
    QList<JournalPageEntry> added;
    for (const QCborValue &v : lessons) {
        const QCborMap l = v.toMap();
        if (protocol::intOr(l.value(QStringLiteral("substituteId"))) != teacherId)
            continue;
        JournalPageEntry e;
        e.kind = JournalPageEntry::Kind::Substitution;
        e.assignmentId = protocol::intOr(l.value(QStringLiteral("assignmentId")));
        e.className = l.value(QStringLiteral("className")).toString();
        e.subjectName = l.value(QStringLiteral("subjectName")).toString();
        e.subgroupName = l.value(QStringLiteral("subgroupName")).toString();
        e.teacherName = l.value(QStringLiteral("teacherName")).toString();
        e.date = QDate::fromString(l.value(QStringLiteral("date")).toString(), Qt::ISODate);
        e.lessonNumber = int(protocol::intOr(l.value(QStringLiteral("lessonNumber"))));
        added.append(e);
    }
    if (added.isEmpty())
        return;
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + added.size() - 1));
    m_entries.append(added);
    endInsertRows();
}

int JournalPagesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant JournalPagesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const JournalPageEntry &e = m_entries[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (e.kind) {
        case JournalPageEntry::Kind::Substitution:
            return tr("%1 — substitution on %2, lesson %3 (instead of %4)")
                .arg(e.title(), QLocale().toString(e.date, QStringLiteral("d MMMM")))
                .arg(e.lessonNumber)
                .arg(e.teacherName);
        case JournalPageEntry::Kind::Class:
            return e.teacherName.isEmpty() ? e.title() : tr("%1 — %2").arg(e.title(), e.teacherName);
        case JournalPageEntry::Kind::Own:
            return e.title();
        }
        return {};
    case Qt::ForegroundRole:
        return e.kind == JournalPageEntry::Kind::Substitution ? QVariant(QColor(0x8a, 0x6d, 0x00)) : QVariant();
    case AssignmentIdRole:
        return e.assignmentId;
    case KindRole:
        return int(e.kind);
    default:
        return {};
    }
}

} // namespace cj::client
