#include "storage/PlanStore.h"

#include "db/Db.h"

namespace cj::server {

QList<PlanItem> PlanStore::items(Db &db, qint64 assignmentId)
{
    SqlRows rows = db.exec(QStringLiteral("SELECT p.id, p.position, p.topic, p.hours::float8, p.homework, "
                                          "coalesce(string_agg(l.id::text, ',' ORDER BY l.on_date, l.lesson_number), '') "
                                          "FROM plan_items p LEFT JOIN lessons l ON l.plan_item_id = p.id "
                                          "WHERE p.assignment_id = ? GROUP BY p.id ORDER BY p.position"),
                           {assignmentId});
    QList<PlanItem> list;
    while (rows.next()) {
        PlanItem item{rows.integer(0), int(rows.integer(1)), rows.text(2), rows.number(3), rows.text(4), {}};
        for (const QString &id : rows.text(5).split(QLatin1Char(','), Qt::SkipEmptyParts))
            item.lessonIds.append(id.toLongLong());
        list.append(item);
    }
    return list;
}

void PlanStore::replace(Db &db, qint64 schoolId, qint64 assignmentId, const QList<PlanItem> &items)
{
    db.exec(QStringLiteral("DELETE FROM plan_items WHERE assignment_id = ?"), {assignmentId});
    int position = 0;
    for (const PlanItem &item : items) {
        db.exec(QStringLiteral("INSERT INTO plan_items(school_id, assignment_id, position, topic, hours, homework) "
                               "VALUES (?, ?, ?, ?, ?, ?)"),
                {schoolId, assignmentId, ++position, item.topic, item.hours, item.homework});
    }
}

std::optional<qint64> PlanStore::assignmentOfItem(Db &db, qint64 itemId)
{
    const auto v = db.scalar(QStringLiteral("SELECT assignment_id FROM plan_items WHERE id = ?"), {itemId});
    if (!v)
        return std::nullopt;
    return v->toLongLong();
}

PlanFigures PlanStore::figures(Db &db, qint64 assignmentId, const QDate &today)
{
    SqlRows rows = db.exec(QStringLiteral("SELECT coalesce((SELECT c.hours_per_week::float8 FROM curriculum c "
                                          "  WHERE c.class_id = a.class_id AND c.subject_id = a.subject_id), a.hours_per_week::float8), "
                                          "count(l.id), count(l.id) FILTER (WHERE l.on_date <= ?), "
                                          "count(l.id) FILTER (WHERE l.topic <> '') "
                                          "FROM assignments a LEFT JOIN lessons l ON l.assignment_id = a.id "
                                          "WHERE a.id = ? GROUP BY a.id"),
                           {today, assignmentId});
    PlanFigures f;
    if (rows.next()) {
        f.curriculumHoursPerWeek = rows.number(0);
        f.scheduledLessons = int(rows.integer(1));
        f.givenLessons = int(rows.integer(2));
        f.lessonsWithTopic = int(rows.integer(3));
    }
    return f;
}

QList<std::pair<qint64, QDate>> PlanStore::lessonsWithoutTopic(Db &db, qint64 assignmentId, const QDate &from)
{
    SqlRows rows = db.exec(QStringLiteral("SELECT id, on_date FROM lessons WHERE assignment_id = ? AND on_date >= ? "
                                          "AND topic = '' ORDER BY on_date, lesson_number"),
                           {assignmentId, from});
    QList<std::pair<qint64, QDate>> list;
    while (rows.next())
        list.append({rows.integer(0), rows.date(1)});
    return list;
}

void PlanStore::fillLesson(Db &db, qint64 lessonId, const PlanItem &item, bool withHomework)
{
    db.exec(QStringLiteral("UPDATE lessons SET topic = ?, plan_item_id = ?, topic_set_at = now(), "
                           "homework = CASE WHEN ? AND homework = '' THEN ? ELSE homework END WHERE id = ?"),
            {item.topic, item.id, withHomework, item.homework, lessonId});
}

} // namespace cj::server
