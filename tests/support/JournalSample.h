#pragma once

#include <QCborMap>
#include <QDate>

namespace cj::test {

// A realistic journal.open result without a server: 5А, mathematics, the 2nd quarter, Russian
// names, marks (some double, some for control work), absences with and without reasons, a student
// who left and one who arrived during the period, and one exempt. Deterministic.
struct JournalSampleOptions {
    int students = 12;
    int lessons = 16;
    QDate today = QDate(2025, 11, 28);
    bool passFail = false;
    bool noMarks = false;
    bool lastPeriod = false;
    int grade = 5;
    bool classTeacher = false; // the rights of the class teacher: reasons and final marks only
};

QCborMap journalSample(const JournalSampleOptions &options = {});

// Ids used by the sample.
inline constexpr qint64 kSampleAssignmentId = 41;
inline constexpr qint64 kSampleFirstStudentId = 1001;
inline constexpr qint64 kSampleFirstLessonId = 5001;
inline constexpr qint64 kSampleControlKindId = 3; // Контрольная работа, weight 3, written, control
inline constexpr qint64 kSampleOralKindId = 1;    // Ответ на уроке, weight 1
inline constexpr qint64 kSampleIndependentKindId = 2; // Самостоятельная работа, weight 2, written

} // namespace cj::test
