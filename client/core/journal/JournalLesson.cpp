#include "core/journal/JournalLesson.h"

#include "core/journal/WireDate.h"
#include "protocol/ArgReader.h"

namespace cj::client {


LessonDeadlines LessonDeadlines::fromCbor(const QCborMap &map)
{
    return {wireDate(map, "attendance"), wireDate(map, "topic"), wireDate(map, "homework"), wireDate(map, "oralMark"),
            wireDate(map, "writtenMark")};
}

JournalLesson JournalLesson::fromCbor(const QCborMap &map)
{
    JournalLesson l;
    l.id = protocol::intOr(map.value(QStringLiteral("id")));
    l.date = wireDate(map, "date");
    l.lessonNumber = int(protocol::intOr(map.value(QStringLiteral("lessonNumber"))));
    l.topic = map.value(QStringLiteral("topic")).toString();
    l.homework = map.value(QStringLiteral("homework")).toString();
    l.workKindId = protocol::intOr(map.value(QStringLiteral("workKindId")));
    l.planItemId = protocol::intOr(map.value(QStringLiteral("planItemId")));
    l.teacherName = map.value(QStringLiteral("teacherName")).toString();
    l.substituteId = protocol::intOr(map.value(QStringLiteral("substituteId")));
    l.substituteName = map.value(QStringLiteral("substituteName")).toString();
    l.room = map.value(QStringLiteral("room")).toString();
    l.origin = map.value(QStringLiteral("origin")).toString();
    l.startsAt = map.value(QStringLiteral("startsAt")).toString();
    l.deadlines = LessonDeadlines::fromCbor(map.value(QStringLiteral("deadlines")).toMap());
    l.canEdit = map.value(QStringLiteral("canEdit")).toBool();
    return l;
}

} // namespace cj::client
