#pragma once

#include <QCborArray>
#include <QCborMap>
#include <QDateTime>
#include <QHashFunctions>
#include <QList>
#include <QString>

#include <optional>

namespace cj::client {

enum class AttendanceKind { Present, Absent, Late };
enum class AbsenceReason { None, Ill, Excused, Unexcused };

QString attendanceKindToWire(AttendanceKind kind); // "" for Present
AttendanceKind attendanceKindFromWire(const QString &text);
QString absenceReasonToWire(AbsenceReason reason); // "" for None
AbsenceReason absenceReasonFromWire(const QString &text);

// One mark in a cell (docs/protocol.md "Mark"). A double mark «3/5» is two of these.
struct Mark {
    int position = 0;
    int value = 0;              // 1..5; 0 for a зачёт/незачёт mark
    std::optional<bool> passed; // зачёт (true) / незачёт (false) subjects
    qint64 workKindId = 0;      // 0: none given (ответ на уроке, weight 1)
    QString comment;
    QDateTime enteredAt;
    QString enteredBy;

    // The same entry as far as the journal is concerned (who typed it and when does not matter).
    bool sameAs(const Mark &other) const;
    bool isPassFail() const { return passed.has_value(); }
    static Mark fromCbor(const QCborMap &map);
    QCborMap toWrite() const; // {value | passed, workKindId?, comment?} for journal.setMarks
};

struct Attendance {
    AttendanceKind kind = AttendanceKind::Present;
    AbsenceReason reason = AbsenceReason::None;

    bool operator==(const Attendance &) const = default;
    static Attendance fromCbor(const QCborValue &value); // null: present
};

struct CellKey {
    qint64 lessonId = 0;
    qint64 studentId = 0;
    bool operator==(const CellKey &) const = default;
};
inline size_t qHash(const CellKey &key, size_t seed = 0) { return qHashMulti(seed, key.lessonId, key.studentId); }

// What one student has for one lesson: marks and attendance (docs/protocol.md "Cell").
struct JournalCell {
    qint64 lessonId = 0;
    qint64 studentId = 0;
    QList<Mark> marks;
    Attendance attendance;

    CellKey key() const { return {lessonId, studentId}; }
    bool isEmpty() const { return marks.isEmpty() && attendance.kind == AttendanceKind::Present; }
    bool sameMarks(const JournalCell &other) const;
    QCborArray marksToWrite() const;
    static JournalCell fromCbor(const QCborMap &map);
};

} // namespace cj::client
