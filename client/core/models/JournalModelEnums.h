#pragma once

#include <Qt>

namespace cj::client {

// The columns of a journal page, left to right: one per lesson, then the student's figures for the
// period, then the period/year/exam/final marks that apply.
enum class JournalColumn {
    Lesson,
    Average,   // средний балл
    Weighted,  // средневзвешенный балл
    Count,     // количество отметок
    Forecast,  // прогноз
    PeriodMark,
    YearMark,
    ExamMark,
    FinalMark,
};

// Roles of JournalPageModel beyond Qt's own.
enum class JournalRole {
    Column = Qt::UserRole + 1, // JournalColumn as int
    StudentId,
    LessonId,
    MarksText,        // «3/5» without attendance
    AttendanceText,   // «н», «б», «оп» …
    AttendanceKind,   // AttendanceKind as int
    MarkValues,       // QList<int> of the marks' values (0 for зачёт/незачёт)
    ControlWork,      // bool: a mark of the cell is for a control work
    Pending,          // bool: a change not yet confirmed by the server
    Locked,           // bool: the entry window closed (a correction request is needed)
    Greyed,           // bool: outside the student's membership, or exempt
    Editable,         // bool: the caller may type here now
    MissingTopic,     // header: bool, the lesson has no topic yet
    IsToday,          // header and cells: bool, the lesson is today
    HasComment,       // bool: a mark has a comment
};

constexpr int roleOf(JournalRole role)
{
    return int(role);
}

} // namespace cj::client
