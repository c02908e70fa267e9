#include "core/journal/EntryLock.h"

#include <QLocale>

namespace cj::client {

EntryState EntryLock::state(const JournalPage &page, const JournalLesson &lesson, const JournalStudent *student,
                            Entry entry, const QList<qint64> &workKindIds)
{
    using S = EntryState::Status;
    const bool cellEntry = entry == Entry::Marks || entry == Entry::Attendance;
    const bool right = entry == Entry::Marks ? page.rights.marks
                     : entry == Entry::Attendance ? page.rights.attendance
                                                  : page.rights.topics;
    if (!right || !lesson.canEdit)
        return {S::ReadOnly, {}};
    if (entry == Entry::Marks && page.assignment.noMarks)
        return {S::NoMarks, {}};
    if (entry == Entry::Homework && page.assignment.noMarks)
        return {S::NoMarks, {}};
    if (cellEntry && student) {
        if (!student->isMemberOn(lesson.date))
            return {S::NotMember, {}};
        if (entry == Entry::Marks && page.exempt.contains(student->id))
            return {S::Exempt, {}};
    }
    if (cellEntry && page.today.isValid() && lesson.date > page.today)
        return {S::NotYet, lesson.date};

    QDate deadline;
    auto tighten = [&deadline](const QDate &d) {
        if (d.isValid() && (!deadline.isValid() || d < deadline))
            deadline = d;
    };
    switch (entry) {
    case Entry::Attendance: tighten(lesson.deadlines.attendance); break;
    case Entry::Topic: tighten(lesson.deadlines.topic); break;
    case Entry::Homework: tighten(lesson.deadlines.homework); break;
    case Entry::Marks: {
        const QList<qint64> kinds = workKindIds.isEmpty() ? QList<qint64>{lesson.workKindId} : workKindIds;
        for (qint64 id : kinds) {
            const WorkKind *k = page.workKind(id);
            tighten(k && k->written ? lesson.deadlines.writtenMark : lesson.deadlines.oralMark);
        }
        break;
    }
    }
    if (deadline.isValid() && page.today.isValid() && page.today > deadline)
        return {S::Locked, deadline};
    return {S::Open, deadline};
}

QList<qint64> EntryLock::changedKinds(const QList<Mark> &before, const QList<Mark> &after)
{
    QList<qint64> kinds;
    const qsizetype n = qMax(before.size(), after.size());
    for (qsizetype i = 0; i < n; ++i) {
        const bool hasBefore = i < before.size();
        const bool hasAfter = i < after.size();
        if (hasBefore && hasAfter && before[i].sameAs(after[i]))
            continue;
        if (hasBefore)
            kinds.append(before[i].workKindId);
        if (hasAfter)
            kinds.append(after[i].workKindId);
    }
    return kinds;
}

QString EntryLock::explain(const EntryState &state)
{
    using S = EntryState::Status;
    const QString date = QLocale().toString(state.date, QLocale::ShortFormat);
    switch (state.status) {
    case S::Open: return {};
    case S::ReadOnly: return tr("You may not change this entry.");
    case S::NotMember: return tr("The student was not on the list on this date.");
    case S::Exempt: return tr("The student is exempt from this subject in this period.");
    case S::NoMarks: return tr("Grade 1 is taught without marks and homework: attendance only.");
    case S::NotYet: return tr("This lesson is in the future: marks and attendance can be entered from %1.").arg(date);
    case S::Locked:
        return tr("Locked: the entry window closed on %1. Changes go through a correction request "
                  "(«Замена сведений»).").arg(date);
    }
    return {};
}

} // namespace cj::client
