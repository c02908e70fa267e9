#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include "core/journal/JournalPage.h"

namespace cj::client {

// Whether an entry of a cell or lesson may be typed now, and why not. Computed from the lesson's
// deadlines, the page's rights and the student's membership; the server decides in the end.
struct EntryState {
    enum class Status {
        Open,
        ReadOnly,  // not the caller's to change (no right, or another teacher's lesson)
        NotMember, // the student is not on the list on that date
        Exempt,    // the student is exempt from the subject in this period
        NoMarks,   // grade 1: attendance only
        NotYet,    // a lesson in the future: marks and attendance open on its day
        Locked,    // the entry window has closed: a correction request is needed
    };
    Status status = Status::Open;
    QDate date; // the deadline (Locked) or the day it opens (NotYet)

    bool isOpen() const { return status == Status::Open; }
    bool needsCorrection() const { return status == Status::Locked; }
};

class EntryLock
{
    Q_DECLARE_TR_FUNCTIONS(EntryLock)
public:
    enum class Entry { Marks, Attendance, Topic, Homework };

    // workKindIds: the kinds of work of the marks being changed (marks only; 0 = ответ на уроке).
    static EntryState state(const JournalPage &page, const JournalLesson &lesson, const JournalStudent *student,
                            Entry entry, const QList<qint64> &workKindIds = {});
    // The kinds of work of the marks that differ between two cells (what a setMarks would change).
    static QList<qint64> changedKinds(const QList<Mark> &before, const QList<Mark> &after);
    // People's words for a state that is not open, with dates (for tooltips and refusals).
    static QString explain(const EntryState &state);
};

} // namespace cj::client
