#include "storage/JournalBulkStore.h"

#include <functional>

#include "db/Db.h"
#include "db/SqlArray.h"

namespace cj::server {

namespace {
// Rows per statement: big enough to amortise the round trip, small enough for modest array literals.
constexpr qsizetype kBatch = 20000;

template<typename Row>
using Column = std::function<void(SqlArray &, const Row &)>;

// Runs `sql` once per batch, binding `leading` and then each column of the batch as one array.
template<typename Row>
void execInBatches(Db &db, const QString &sql, const QVariantList &leading, const QList<Row> &rows,
                   std::initializer_list<Column<Row>> columns)
{
    for (qsizetype from = 0; from < rows.size(); from += kBatch) {
        const QList<Row> batch = rows.mid(from, kBatch);
        QVariantList params = leading;
        for (const Column<Row> &column : columns) {
            SqlArray array;
            for (const Row &row : batch)
                column(array, row);
            params.append(array.literal());
        }
        db.exec(sql, params);
    }
}

// Ids and mark values are positive; 0 stands for "none" (NULL).
std::optional<qint64> orNone(qint64 value)
{
    return value > 0 ? std::optional<qint64>(value) : std::nullopt;
}

QList<RosterSpan> readSpans(SqlRows rows)
{
    QList<RosterSpan> spans;
    while (rows.next())
        spans.append(RosterSpan{rows.integer(0), rows.integer(1), rows.date(2), rows.date(3)});
    return spans;
}
} // namespace

bool JournalBulkStore::skipForeignKeyChecks(Db &db)
{
    if (db.scalar(QStringLiteral("SELECT current_setting('is_superuser')"))->toString() != QLatin1String("on"))
        return false;
    db.execScript(QStringLiteral("SET LOCAL session_replication_role = replica"));
    return true;
}

QList<RosterSpan> JournalBulkStore::classRosters(Db &db, qint64 yearId)
{
    return readSpans(db.exec(QStringLiteral("SELECT m.class_id, m.student_id, m.starts_on, m.left_on FROM class_memberships m "
                                            "JOIN classes c ON c.id = m.class_id WHERE c.year_id = ? "
                                            "ORDER BY m.class_id, m.student_id, m.starts_on"),
                             {yearId}));
}

QList<RosterSpan> JournalBulkStore::subgroupRosters(Db &db, qint64 yearId)
{
    return readSpans(db.exec(QStringLiteral("SELECT m.subgroup_id, m.student_id, m.starts_on, m.left_on "
                                            "FROM subgroup_memberships m JOIN subgroups g ON g.id = m.subgroup_id "
                                            "JOIN classes c ON c.id = g.class_id WHERE c.year_id = ? "
                                            "ORDER BY m.subgroup_id, m.student_id, m.starts_on"),
                             {yearId}));
}

void JournalBulkStore::insertPlanItems(Db &db, qint64 schoolId, const QList<BulkPlanItem> &items)
{
    execInBatches<BulkPlanItem>(
        db,
        QStringLiteral("INSERT INTO plan_items(school_id, assignment_id, position, topic, homework) "
                       "SELECT ?, u.a, u.p, u.t, u.h FROM unnest(?::bigint[], ?::integer[], ?::text[], ?::text[]) AS u(a, p, t, h)"),
        {schoolId}, items,
        {[](SqlArray &a, const BulkPlanItem &i) { a.add(i.assignmentId); },
         [](SqlArray &a, const BulkPlanItem &i) { a.add(qint64(i.position)); },
         [](SqlArray &a, const BulkPlanItem &i) { a.add(i.topic); }, [](SqlArray &a, const BulkPlanItem &i) { a.add(i.homework); }});
}

void JournalBulkStore::setLessonEntries(Db &db, const QList<BulkLessonEntry> &entries)
{
    execInBatches<BulkLessonEntry>(
        db,
        QStringLiteral("UPDATE lessons l SET topic = u.t, homework = u.h, work_kind_id = u.k, plan_item_id = p.id, "
                       "topic_set_at = u.at, homework_set_at = CASE WHEN u.h <> '' THEN u.at END "
                       "FROM unnest(?::bigint[], ?::bigint[], ?::integer[], ?::bigint[], ?::text[], ?::text[], "
                       "?::timestamptz[]) AS u(id, a, pos, k, t, h, at) "
                       "LEFT JOIN plan_items p ON p.assignment_id = u.a AND p.position = u.pos WHERE l.id = u.id"),
        {}, entries,
        {[](SqlArray &a, const BulkLessonEntry &e) { a.add(e.lessonId); },
         [](SqlArray &a, const BulkLessonEntry &e) { a.add(e.assignmentId); },
         [](SqlArray &a, const BulkLessonEntry &e) { a.add(qint64(e.planPosition)); },
         [](SqlArray &a, const BulkLessonEntry &e) { a.add(orNone(e.workKindId)); },
         [](SqlArray &a, const BulkLessonEntry &e) { a.add(e.topic); },
         [](SqlArray &a, const BulkLessonEntry &e) { a.add(e.homework); },
         [](SqlArray &a, const BulkLessonEntry &e) { a.add(e.setAt); }});
}

void JournalBulkStore::insertMarks(Db &db, qint64 schoolId, const QList<BulkMark> &marks)
{
    execInBatches<BulkMark>(
        db,
        QStringLiteral("INSERT INTO marks(school_id, lesson_id, student_id, position, value, passed, work_kind_id, "
                       "entered_by, entered_at) SELECT ?, * FROM unnest(?::bigint[], ?::bigint[], ?::smallint[], "
                       "?::smallint[], ?::boolean[], ?::bigint[], ?::bigint[], ?::timestamptz[])"),
        {schoolId}, marks,
        {[](SqlArray &a, const BulkMark &m) { a.add(m.lessonId); }, [](SqlArray &a, const BulkMark &m) { a.add(m.studentId); },
         [](SqlArray &a, const BulkMark &m) { a.add(qint64(m.position)); },
         [](SqlArray &a, const BulkMark &m) { a.add(orNone(m.value)); },
         [](SqlArray &a, const BulkMark &m) { a.add(m.passed); }, [](SqlArray &a, const BulkMark &m) { a.add(orNone(m.workKindId)); },
         [](SqlArray &a, const BulkMark &m) { a.add(m.enteredBy); }, [](SqlArray &a, const BulkMark &m) { a.add(m.enteredAt); }});
}

void JournalBulkStore::insertAttendance(Db &db, qint64 schoolId, const QList<BulkAttendance> &rows)
{
    execInBatches<BulkAttendance>(
        db,
        QStringLiteral("INSERT INTO attendance(lesson_id, student_id, school_id, kind, reason, set_by, set_at, "
                       "reason_set_by, reason_set_at) SELECT u.l, u.s, ?, u.k, u.r, u.by, u.at, u.rby, u.rat "
                       "FROM unnest(?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::bigint[], ?::timestamptz[], "
                       "?::bigint[], ?::timestamptz[]) AS u(l, s, k, r, by, at, rby, rat)"),
        {schoolId}, rows,
        {[](SqlArray &a, const BulkAttendance &r) { a.add(r.lessonId); },
         [](SqlArray &a, const BulkAttendance &r) { a.add(r.studentId); }, [](SqlArray &a, const BulkAttendance &r) { a.add(r.kind); },
         [](SqlArray &a, const BulkAttendance &r) { r.reason.isEmpty() ? a.addNull() : a.add(r.reason); },
         [](SqlArray &a, const BulkAttendance &r) { a.add(r.setBy); }, [](SqlArray &a, const BulkAttendance &r) { a.add(r.setAt); },
         [](SqlArray &a, const BulkAttendance &r) { a.add(orNone(r.reasonSetBy)); },
         [](SqlArray &a, const BulkAttendance &r) { a.add(r.reasonSetAt); }});
}

void JournalBulkStore::insertFinalMarks(Db &db, qint64 schoolId, const QList<BulkFinalMark> &marks)
{
    execInBatches<BulkFinalMark>(
        db,
        QStringLiteral("INSERT INTO final_marks(school_id, student_id, subject_id, class_id, year_id, kind, period_id, "
                       "value, passed, entered_by, entered_at) SELECT ?, * FROM unnest(?::bigint[], ?::bigint[], ?::bigint[], "
                       "?::bigint[], ?::text[], ?::bigint[], ?::smallint[], ?::boolean[], ?::bigint[], ?::timestamptz[])"),
        {schoolId}, marks,
        {[](SqlArray &a, const BulkFinalMark &f) { a.add(f.studentId); }, [](SqlArray &a, const BulkFinalMark &f) { a.add(f.subjectId); },
         [](SqlArray &a, const BulkFinalMark &f) { a.add(f.classId); }, [](SqlArray &a, const BulkFinalMark &f) { a.add(f.yearId); },
         [](SqlArray &a, const BulkFinalMark &f) { a.add(f.kind); }, [](SqlArray &a, const BulkFinalMark &f) { a.add(orNone(f.periodId)); },
         [](SqlArray &a, const BulkFinalMark &f) { a.add(orNone(f.value)); },
         [](SqlArray &a, const BulkFinalMark &f) { a.add(f.passed); },
         [](SqlArray &a, const BulkFinalMark &f) { a.add(f.enteredBy); }, [](SqlArray &a, const BulkFinalMark &f) { a.add(f.enteredAt); }});
}

} // namespace cj::server
