#pragma once

#include <QCborMap>

#include "rpc/Caller.h"
#include "storage/JournalStore.h"

namespace cj::server {

// What a caller may do on a journal page (SPEC §1, 002 §4.3–4.4, 001 §3.9.2): the assignment's
// teacher keeps the page; a substitute fills the lessons they gave; the class teacher reads every
// subject of their class, sets absence reasons and final marks; deputy and director read all, the
// director may also edit; the admin reads all and sets reasons (and applies corrections).
struct PageRights {
    bool read = false;
    bool marks = false;      // marks, attendance, topics, homework of the page's own lessons
    bool reasons = false;    // absence reasons
    bool finalMarks = false; // period, year, exam and final marks
    bool plan = false;       // КТП

    QCborMap toCbor() const;
};

class JournalAccess
{
public:
    // substitutesHere: the caller substitutes at least one lesson of the assignment.
    static PageRights rights(const Caller &caller, const AssignmentContext &a, bool substitutesHere);
    // Marks, attendance, topic and homework of one lesson.
    static bool canEditLesson(const Caller &caller, const LessonContext &lesson);
    static bool canSetReasons(const Caller &caller, qint64 classTeacherId);
    static bool isClassTeacherOf(const Caller &caller, const AssignmentContext &a);
};

} // namespace cj::server
