#include "storage/JournalBulkStore.h"

#include <functional>

#include "db/Db.h"

namespace cj::server {

namespace {
// Rows per statement: big enough to amortise the round trip, small enough for modest array literals.
constexpr qsizetype kBatch = 20000;

template<typename Row>
using Column = std::function<QString(const Row &)>;

// Runs `sql` once per batch, binding `leading` and then each column of the batch as one array
// parameter (every element quoted: PostgreSQL casts '{"1","2"}' to bigint[] as well as to text[]).
template<typename Row>
void execInBatches(Db &db, const QString &sql, const QVariantList &leading, const QList<Row> &rows,
                   std::initializer_list<Column<Row>> columns)
{
    for (qsizetype from = 0; from < rows.size(); from += kBatch) {
        const QList<Row> batch = rows.mid(from, kBatch);
        QVariantList params = leading;
        for (const Column<Row> &column : columns) {
            QStringList values;
            values.reserve(batch.size());
            for (const Row &row : batch)
                values.append(column(row));
            params.append(textArrayLiteral(values));
        }
        db.exec(sql, params);
    }
}

QString number(qint64 n)
{
    return QString::number(n);
}

QString stamp(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString passedText(const std::optional<bool> &passed)
{
    return passed ? (*passed ? QStringLiteral("t") : QStringLiteral("f")) : QString();
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
        {[](const BulkPlanItem &i) { return number(i.assignmentId); }, [](const BulkPlanItem &i) { return number(i.position); },
         [](const BulkPlanItem &i) { return i.topic; }, [](const BulkPlanItem &i) { return i.homework; }});
}

void JournalBulkStore::setLessonEntries(Db &db, const QList<BulkLessonEntry> &entries)
{
    execInBatches<BulkLessonEntry>(
        db,
        QStringLiteral("UPDATE lessons l SET topic = u.t, homework = u.h, work_kind_id = nullif(u.k, 0), plan_item_id = p.id, "
                       "topic_set_at = u.at, homework_set_at = CASE WHEN u.h <> '' THEN u.at END "
                       "FROM unnest(?::bigint[], ?::bigint[], ?::integer[], ?::bigint[], ?::text[], ?::text[], "
                       "?::timestamptz[]) AS u(id, a, pos, k, t, h, at) "
                       "LEFT JOIN plan_items p ON p.assignment_id = u.a AND p.position = u.pos WHERE l.id = u.id"),
        {}, entries,
        {[](const BulkLessonEntry &e) { return number(e.lessonId); },
         [](const BulkLessonEntry &e) { return number(e.assignmentId); },
         [](const BulkLessonEntry &e) { return number(e.planPosition); },
         [](const BulkLessonEntry &e) { return number(e.workKindId); }, [](const BulkLessonEntry &e) { return e.topic; },
         [](const BulkLessonEntry &e) { return e.homework; }, [](const BulkLessonEntry &e) { return stamp(e.setAt); }});
}

void JournalBulkStore::insertMarks(Db &db, qint64 schoolId, const QList<BulkMark> &marks)
{
    execInBatches<BulkMark>(
        db,
        QStringLiteral("INSERT INTO marks(school_id, lesson_id, student_id, position, value, passed, work_kind_id, "
                       "entered_by, entered_at) "
                       "SELECT ?, u.l, u.s, u.p, nullif(u.v, 0), nullif(u.ok, '')::boolean, nullif(u.k, 0), u.by, u.at "
                       "FROM unnest(?::bigint[], ?::bigint[], ?::smallint[], ?::smallint[], ?::text[], ?::bigint[], "
                       "?::bigint[], ?::timestamptz[]) AS u(l, s, p, v, ok, k, by, at)"),
        {schoolId}, marks,
        {[](const BulkMark &m) { return number(m.lessonId); }, [](const BulkMark &m) { return number(m.studentId); },
         [](const BulkMark &m) { return number(m.position); }, [](const BulkMark &m) { return number(m.value); },
         [](const BulkMark &m) { return passedText(m.passed); }, [](const BulkMark &m) { return number(m.workKindId); },
         [](const BulkMark &m) { return number(m.enteredBy); }, [](const BulkMark &m) { return stamp(m.enteredAt); }});
}

void JournalBulkStore::insertAttendance(Db &db, qint64 schoolId, const QList<BulkAttendance> &rows)
{
    execInBatches<BulkAttendance>(
        db,
        QStringLiteral("INSERT INTO attendance(lesson_id, student_id, school_id, kind, reason, set_by, set_at, "
                       "reason_set_by, reason_set_at) "
                       "SELECT u.l, u.s, ?, u.k, nullif(u.r, ''), u.by, u.at, nullif(u.rby, 0), nullif(u.rat, '')::timestamptz "
                       "FROM unnest(?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::bigint[], ?::timestamptz[], "
                       "?::bigint[], ?::text[]) AS u(l, s, k, r, by, at, rby, rat)"),
        {schoolId}, rows,
        {[](const BulkAttendance &a) { return number(a.lessonId); }, [](const BulkAttendance &a) { return number(a.studentId); },
         [](const BulkAttendance &a) { return a.kind; }, [](const BulkAttendance &a) { return a.reason; },
         [](const BulkAttendance &a) { return number(a.setBy); }, [](const BulkAttendance &a) { return stamp(a.setAt); },
         [](const BulkAttendance &a) { return number(a.reasonSetBy); },
         [](const BulkAttendance &a) { return stamp(a.reasonSetAt); }});
}

void JournalBulkStore::insertFinalMarks(Db &db, qint64 schoolId, const QList<BulkFinalMark> &marks)
{
    execInBatches<BulkFinalMark>(
        db,
        QStringLiteral("INSERT INTO final_marks(school_id, student_id, subject_id, class_id, year_id, kind, period_id, "
                       "value, passed, entered_by, entered_at) "
                       "SELECT ?, u.st, u.su, u.c, u.y, u.k, nullif(u.p, 0), nullif(u.v, 0), nullif(u.ok, '')::boolean, u.by, u.at "
                       "FROM unnest(?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::text[], ?::bigint[], "
                       "?::smallint[], ?::text[], ?::bigint[], ?::timestamptz[]) AS u(st, su, c, y, k, p, v, ok, by, at)"),
        {schoolId}, marks,
        {[](const BulkFinalMark &f) { return number(f.studentId); }, [](const BulkFinalMark &f) { return number(f.subjectId); },
         [](const BulkFinalMark &f) { return number(f.classId); }, [](const BulkFinalMark &f) { return number(f.yearId); },
         [](const BulkFinalMark &f) { return f.kind; }, [](const BulkFinalMark &f) { return number(f.periodId); },
         [](const BulkFinalMark &f) { return number(f.value); }, [](const BulkFinalMark &f) { return passedText(f.passed); },
         [](const BulkFinalMark &f) { return number(f.enteredBy); }, [](const BulkFinalMark &f) { return stamp(f.enteredAt); }});
}

} // namespace cj::server
