#include "storage/ResultsStore.h"

#include "db/Db.h"
#include "storage/PersonSql.h"

namespace cj::server {

namespace {
// The scopes travel as three parallel arrays; `listed` is everyone on a scope's list at its end.
const QString kListed = QStringLiteral(
    "WITH scope(class_id, period_id, ends_on) AS (SELECT * FROM unnest(?::bigint[], ?::bigint[], ?::date[])), "
    "listed AS (SELECT s.class_id, s.period_id, m.student_id FROM scope s JOIN class_memberships m "
    "ON m.class_id = s.class_id AND m.starts_on <= s.ends_on AND (m.left_on IS NULL OR m.left_on > s.ends_on)) ");

// Runs `select` after the `listed` CTE; `more` binds the select's own parameters.
SqlRows listedQuery(Db &db, const QString &select, const QList<ResultsScope> &scopes, const QVariantList &more = {})
{
    QList<qint64> classes;
    QList<qint64> periods;
    QStringList ends;
    for (const ResultsScope &s : scopes) {
        classes.append(s.classId);
        periods.append(s.periodId);
        ends.append(s.endsOn.toString(Qt::ISODate));
    }
    return db.exec(kListed + select, QVariantList{intArrayLiteral(classes), intArrayLiteral(periods), textArrayLiteral(ends)} + more);
}

ResultMark readMark(const SqlRows &rows, int valueColumn)
{
    ResultMark m;
    m.value = int(rows.integer(valueColumn));
    if (!rows.isNull(valueColumn + 1))
        m.passed = rows.boolean(valueColumn + 1);
    return m;
}
} // namespace

QList<ListedPupil> ResultsStore::pupils(Db &db, const QList<ResultsScope> &scopes)
{
    SqlRows rows = listedQuery(db,
                               QStringLiteral("SELECT l.class_id, st.id, ") + PersonSql::fullName(QStringLiteral("st"))
                                   + QStringLiteral(" FROM listed l JOIN students st ON st.id = l.student_id ORDER BY l.class_id, ")
                                   + PersonSql::orderBy(db, QStringLiteral("st")),
                               scopes);
    QList<ListedPupil> list;
    while (rows.next())
        list.append(ListedPupil{rows.integer(0), rows.integer(1), rows.text(2)});
    return list;
}

QList<PupilSubjectMark> ResultsStore::marks(Db &db, qint64 yearId, const QList<ResultsScope> &scopes)
{
    SqlRows rows = listedQuery(db, QStringLiteral(
                               "SELECT l.class_id, f.student_id, f.subject_id, s.name, coalesce(f.value, 0), f.passed FROM listed l "
                               "JOIN final_marks f ON f.student_id = l.student_id AND f.year_id = ? "
                               "AND f.kind = CASE WHEN l.period_id = 0 THEN 'year' ELSE 'period' END "
                               "AND f.period_id IS NOT DISTINCT FROM nullif(l.period_id, 0) JOIN subjects s ON s.id = f.subject_id "
                               "ORDER BY l.class_id, f.student_id, s.sort_order, s.name, s.id"),
                               scopes, {yearId});
    QList<PupilSubjectMark> list;
    while (rows.next())
        list.append(PupilSubjectMark{rows.integer(0), rows.integer(1), rows.integer(2), rows.text(3), readMark(rows, 4)});
    return list;
}

QList<PupilSubjectMark> ResultsStore::exemptions(Db &db, qint64 yearId, const QList<ResultsScope> &scopes)
{
    SqlRows rows = listedQuery(db, QStringLiteral(
                               "SELECT DISTINCT l.class_id, e.student_id, e.subject_id, s.name FROM listed l "
                               "JOIN exemptions e ON e.student_id = l.student_id AND e.year_id = ? "
                               "AND (e.period_id IS NULL OR e.period_id = l.period_id) JOIN subjects s ON s.id = e.subject_id"),
                               scopes, {yearId});
    QList<PupilSubjectMark> list;
    while (rows.next())
        list.append(PupilSubjectMark{rows.integer(0), rows.integer(1), rows.integer(2), rows.text(3), {}});
    return list;
}

QList<ClassSubject> ResultsStore::subjects(Db &db, const QList<qint64> &classIds)
{
    SqlRows rows = db.exec(QStringLiteral("SELECT DISTINCT a.class_id, s.id, s.name, s.grading, s.sort_order "
                                          "FROM assignments a JOIN subjects s ON s.id = a.subject_id "
                                          "WHERE a.class_id = ANY(?::bigint[]) ORDER BY a.class_id, s.sort_order, s.name, s.id"),
                           {intArrayLiteral(classIds)});
    QList<ClassSubject> list;
    while (rows.next())
        list.append(ClassSubject{rows.integer(0), rows.integer(1), rows.text(2), rows.text(3)});
    return list;
}

QList<StatementMark> ResultsStore::statementMarks(Db &db, qint64 classId, qint64 yearId)
{
    SqlRows rows = db.exec(QStringLiteral("SELECT student_id, subject_id, kind, coalesce(period_id, 0), coalesce(value, 0), passed "
                                          "FROM final_marks WHERE class_id = ? AND year_id = ? "
                                          "ORDER BY student_id, subject_id, kind, period_id"),
                           {classId, yearId});
    QList<StatementMark> list;
    while (rows.next())
        list.append(StatementMark{rows.integer(0), rows.integer(1), rows.text(2), rows.integer(3), readMark(rows, 4)});
    return list;
}

} // namespace cj::server
