#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace cj::server {

class Db;

struct PlanItem {
    qint64 id = 0;
    int position = 0;
    QString topic;
    double hours = 1;
    QString homework;
    QList<qint64> lessonIds; // lessons that took their topic from this item
};

struct PlanFigures {
    double curriculumHoursPerWeek = 0;
    int scheduledLessons = 0;
    int givenLessons = 0;
    int lessonsWithTopic = 0;
};

// SQL for the calendar-thematic plan (КТП) of an assignment.
class PlanStore
{
public:
    static QList<PlanItem> items(Db &db, qint64 assignmentId);
    static void replace(Db &db, qint64 schoolId, qint64 assignmentId, const QList<PlanItem> &items);
    static std::optional<qint64> assignmentOfItem(Db &db, qint64 itemId);
    static PlanFigures figures(Db &db, qint64 assignmentId, const QDate &today);
    // Lessons of the assignment from a date, in order, with their topic (empty when none).
    static QList<std::pair<qint64, QDate>> lessonsWithoutTopic(Db &db, qint64 assignmentId, const QDate &from);
    static void fillLesson(Db &db, qint64 lessonId, const PlanItem &item, bool withHomework);
};

} // namespace cj::server
