#include "handlers/JournalCbor.h"

#include <QCborArray>

#include "handlers/StructureViews.h"
#include "protocol/ArgReader.h"
#include "protocol/CborBytes.h"
#include "rpc/RequestContext.h"
#include "rules/EntryWindows.h"
#include "storage/LessonStore.h"

namespace cj::server::journalcbor {

using handlers::idOrNull;

using protocol::dateTimeToWire;
using protocol::dateToWire;
using protocol::optionalDateToWire;
using namespace Qt::StringLiterals;

// The page's cells, marks and figures are built key by key: a map built from an initializer list
// makes a temporary CBOR string of every key and searches the keys before it, which was a third of
// opening a journal page.
namespace {
void putValue(QCborMap &map, int value, const std::optional<bool> &passed)
{
    if (passed)
        map.insert("passed"_L1, *passed);
    else
        map.insert("value"_L1, value);
}

// A mark save's cell and figures are written as CBOR bytes key by key: its answer, the record kept
// for resends and its change event are these bytes, and building QCborMaps for them (a key search at
// every insert) and encoding those was a fifth of the batch writer's CPU. A page's cells are maps
// (they go into the page's map; decoding them from bytes made opening a page slower): both forms
// are written below, and tst_journal checks that they give the same bytes.
using protocol::CborBytes;

void appendIdOrNull(QByteArray &out, qint64 id)
{
    id > 0 ? CborBytes::appendInteger(out, id) : void(out += CborBytes::kNull);
}

void appendMark(QByteArray &out, const MarkRow &m)
{
    CborBytes::appendHead(out, CborBytes::Map, 6);
    CborBytes::appendText(out, "position"_L1);
    CborBytes::appendInteger(out, m.position);
    CborBytes::appendText(out, "workKindId"_L1);
    appendIdOrNull(out, m.workKindId);
    CborBytes::appendText(out, "comment"_L1);
    CborBytes::appendText(out, m.comment);
    CborBytes::appendText(out, "enteredAt"_L1);
    m.enteredAt.isValid() ? CborBytes::appendText(out, dateTimeToWire(m.enteredAt)) : void(out += CborBytes::kNull);
    CborBytes::appendText(out, "enteredBy"_L1);
    CborBytes::appendText(out, m.enteredBy);
    if (m.passed) {
        CborBytes::appendText(out, "passed"_L1);
        CborBytes::appendBool(out, *m.passed);
    } else {
        CborBytes::appendText(out, "value"_L1);
        CborBytes::appendInteger(out, m.value);
    }
}

void appendNumberOrNull(QByteArray &out, const std::optional<double> &v)
{
    v ? CborBytes::appendDouble(out, *v) : void(out += CborBytes::kNull);
}
} // namespace

QCborMap mark(const MarkRow &m)
{
    QCborMap map;
    map.insert("position"_L1, m.position);
    map.insert("workKindId"_L1, idOrNull(m.workKindId));
    map.insert("comment"_L1, m.comment);
    map.insert("enteredAt"_L1, m.enteredAt.isValid() ? QCborValue(dateTimeToWire(m.enteredAt)) : QCborValue(nullptr));
    map.insert("enteredBy"_L1, m.enteredBy);
    putValue(map, m.value, m.passed);
    return map;
}

QCborMap cell(qint64 lessonId, qint64 studentId, const QList<MarkRow> &marks, const std::optional<AttendanceRow> &attendance)
{
    QCborArray list;
    for (const MarkRow &m : marks)
        list.append(mark(m));
    QCborValue att(nullptr);
    if (attendance) {
        QCborMap a;
        a.insert("kind"_L1, attendance->kind);
        a.insert("reason"_L1, attendance->reason.isEmpty() ? QCborValue(nullptr) : QCborValue(attendance->reason));
        att = a;
    }
    QCborMap map;
    map.insert("lessonId"_L1, lessonId);
    map.insert("studentId"_L1, studentId);
    map.insert("marks"_L1, list);
    map.insert("attendance"_L1, att);
    return map;
}

QCborMap stats(qint64 studentId, const MarkStats &s)
{
    auto number = [](const std::optional<double> &v) { return v ? QCborValue(*v) : QCborValue(nullptr); };
    QCborMap map;
    map.insert("studentId"_L1, studentId);
    map.insert("count"_L1, s.count);
    map.insert("average"_L1, number(s.average));
    map.insert("weighted"_L1, number(s.weighted));
    map.insert("forecast"_L1, s.forecast ? QCborValue(*s.forecast) : QCborValue(nullptr));
    map.insert("tooFewMarks"_L1, s.tooFewMarks);
    return map;
}

QByteArray cellBytes(qint64 lessonId, qint64 studentId, const QList<MarkRow> &marks, const std::optional<AttendanceRow> &attendance)
{
    QByteArray out;
    out.reserve(64 + 96 * marks.size());
    CborBytes::appendHead(out, CborBytes::Map, 4);
    CborBytes::appendText(out, "lessonId"_L1);
    CborBytes::appendInteger(out, lessonId);
    CborBytes::appendText(out, "studentId"_L1);
    CborBytes::appendInteger(out, studentId);
    CborBytes::appendText(out, "marks"_L1);
    CborBytes::appendHead(out, CborBytes::Array, quint64(marks.size()));
    for (const MarkRow &m : marks)
        appendMark(out, m);
    CborBytes::appendText(out, "attendance"_L1);
    if (attendance) {
        CborBytes::appendHead(out, CborBytes::Map, 2);
        CborBytes::appendText(out, "kind"_L1);
        CborBytes::appendText(out, attendance->kind);
        CborBytes::appendText(out, "reason"_L1);
        attendance->reason.isEmpty() ? void(out += CborBytes::kNull) : CborBytes::appendText(out, attendance->reason);
    } else {
        out += CborBytes::kNull;
    }
    return out;
}

QByteArray statsBytes(qint64 studentId, const MarkStats &s)
{
    QByteArray out;
    out.reserve(96);
    CborBytes::appendHead(out, CborBytes::Map, 6);
    CborBytes::appendText(out, "studentId"_L1);
    CborBytes::appendInteger(out, studentId);
    CborBytes::appendText(out, "count"_L1);
    CborBytes::appendInteger(out, s.count);
    CborBytes::appendText(out, "average"_L1);
    appendNumberOrNull(out, s.average);
    CborBytes::appendText(out, "weighted"_L1);
    appendNumberOrNull(out, s.weighted);
    CborBytes::appendText(out, "forecast"_L1);
    s.forecast ? CborBytes::appendInteger(out, *s.forecast) : void(out += CborBytes::kNull);
    CborBytes::appendText(out, "tooFewMarks"_L1);
    CborBytes::appendBool(out, s.tooFewMarks);
    return out;
}

QByteArray savedCellBytes(const QByteArray &cell, const QByteArray &stats)
{
    QByteArray out;
    out.reserve(16 + cell.size() + stats.size());
    CborBytes::appendHead(out, CborBytes::Map, 2);
    CborBytes::appendText(out, "cell"_L1);
    out += cell;
    CborBytes::appendText(out, "stats"_L1);
    out += stats;
    return out;
}

QCborMap finalMark(const FinalMarkRow &f)
{
    QCborMap map{{QStringLiteral("studentId"), f.studentId},
                 {QStringLiteral("kind"), f.kind},
                 {QStringLiteral("periodId"), idOrNull(f.periodId)},
                 {QStringLiteral("enteredAt"), f.enteredAt.isValid() ? QCborValue(dateTimeToWire(f.enteredAt)) : QCborValue(nullptr)},
                 {QStringLiteral("enteredBy"), f.enteredBy}};
    putValue(map, f.value, f.passed);
    return map;
}

QCborMap assignment(const AssignmentContext &a)
{
    QCborMap map = handlers::assignmentFields(a);
    map.insert(QStringLiteral("grade"), a.grade);
    map.insert(QStringLiteral("grading"), a.grading);
    map.insert(QStringLiteral("extendedWindow"), a.extendedWindow);
    map.insert(QStringLiteral("noMarks"), a.noMarks());
    return map;
}

QCborMap workKind(const WorkKind &k)
{
    return QCborMap{{QStringLiteral("id"), k.id},
                    {QStringLiteral("name"), k.name},
                    {QStringLiteral("shortName"), k.shortName},
                    {QStringLiteral("weight"), k.weight},
                    {QStringLiteral("written"), k.written},
                    {QStringLiteral("control"), k.control},
                    {QStringLiteral("sortOrder"), k.sortOrder},
                    {QStringLiteral("archived"), k.archived}};
}

QCborMap journalLesson(const LessonContext &l, const Bells &bells,
                       const LessonDeadlines &deadlines, bool canEdit)
{
    const AssignmentContext &a = l.assignment;
    LessonRecord r;
    r.id = l.id;
    r.schoolId = a.schoolId;
    r.assignmentId = a.id;
    r.classId = a.classId;
    r.className = a.className;
    r.subjectId = a.subjectId;
    r.subjectName = a.subjectName;
    r.subgroupId = a.subgroupId;
    r.subgroupName = a.subgroupName;
    r.teacherId = a.teacherId;
    r.teacherName = a.teacherName;
    r.date = l.date;
    r.lessonNumber = l.lessonNumber;
    r.room = l.room;
    r.origin = l.origin;
    r.movedFrom = l.movedFrom;
    r.substituteId = l.substituteId;
    r.substituteName = l.substituteName;
    r.topic = l.topic;
    r.homework = l.homework;
    if (const auto bell = bells.constFind(l.lessonNumber); bell != bells.constEnd()) {
        r.startsAt = bell->first;
        r.endsAt = bell->second;
    }
    QCborMap map = handlers::lessonToCbor(r);
    map.insert(QStringLiteral("workKindId"), idOrNull(l.workKindId));
    map.insert(QStringLiteral("planItemId"), idOrNull(l.planItemId));
    map.insert(QStringLiteral("deadlines"), deadlines.toCbor());
    map.insert(QStringLiteral("canEdit"), canEdit);
    return map;
}

QString topic(qint64 assignmentId)
{
    return QStringLiteral("journal:%1").arg(assignmentId);
}

Publication changed(qint64 assignmentId, const QCborMap &change)
{
    return changed(assignmentId, CborBytes::of(change));
}

Publication changed(qint64 assignmentId, const QByteArray &change)
{
    protocol::Event event{protocol::MessageType::EventJournalChanged, {}, {}};
    event.encodedData.reserve(40 + change.size());
    CborBytes::appendHead(event.encodedData, CborBytes::Map, 2);
    CborBytes::appendText(event.encodedData, "assignmentId"_L1);
    CborBytes::appendInteger(event.encodedData, assignmentId);
    CborBytes::appendText(event.encodedData, "changes"_L1);
    CborBytes::appendHead(event.encodedData, CborBytes::Array, 1);
    event.encodedData += change;
    return Publication{topic(assignmentId), event};
}

Publication reload(qint64 assignmentId)
{
    return Publication{topic(assignmentId),
                       protocol::Event{protocol::MessageType::EventJournalChanged,
                                       QCborMap{{QStringLiteral("assignmentId"), assignmentId},
                                                {QStringLiteral("changes"), QCborArray()},
                                                {QStringLiteral("reload"), true}},
                                       {}}};
}

QByteArray cellChangeBytes(const QByteArray &cell, const QByteArray &stats)
{
    QByteArray out;
    out.reserve(24 + cell.size() + stats.size());
    CborBytes::appendHead(out, CborBytes::Map, stats.isEmpty() ? 2 : 3);
    CborBytes::appendText(out, "kind"_L1);
    CborBytes::appendText(out, "cell"_L1);
    CborBytes::appendText(out, "cell"_L1);
    out += cell;
    if (!stats.isEmpty()) {
        CborBytes::appendText(out, "stats"_L1);
        out += stats;
    }
    return out;
}

QCborMap cellChange(const QCborMap &cell, const QCborMap &stats)
{
    QCborMap change{{QStringLiteral("kind"), QStringLiteral("cell")}, {QStringLiteral("cell"), cell}};
    if (!stats.isEmpty())
        change.insert(QStringLiteral("stats"), stats);
    return change;
}

} // namespace cj::server::journalcbor
