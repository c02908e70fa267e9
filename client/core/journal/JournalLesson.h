#pragma once

#include <QCborMap>
#include <QDate>
#include <QString>

namespace cj::client {

// The last day each kind of entry for a lesson is open (docs/protocol.md "Deadlines"). The server
// decides; the client shows locks from these.
struct LessonDeadlines {
    QDate attendance;
    QDate topic;
    QDate homework;
    QDate oralMark;
    QDate writtenMark;

    static LessonDeadlines fromCbor(const QCborMap &map);
};

// A lesson as a journal page shows it: a column of the grid and the lesson panel above it.
struct JournalLesson {
    qint64 id = 0;
    QDate date;
    int lessonNumber = 0;
    QString topic;
    QString homework;
    qint64 workKindId = 0; // the default kind of work for new marks
    qint64 planItemId = 0;
    QString teacherName;
    qint64 substituteId = 0;
    QString substituteName;
    QString room;
    QString origin; // schedule, extra, moved
    QString startsAt;
    LessonDeadlines deadlines;
    bool canEdit = false;

    static JournalLesson fromCbor(const QCborMap &map);
};

// The editable part of a lesson (journal.setLesson).
struct LessonContent {
    QString topic;
    QString homework;
    qint64 workKindId = 0;

    bool operator==(const LessonContent &) const = default;
    static LessonContent of(const JournalLesson &lesson) { return {lesson.topic, lesson.homework, lesson.workKindId}; }
};

} // namespace cj::client
