#include "core/journal/JournalPage.h"

#include <QCborArray>

#include "core/journal/WireDate.h"
#include "protocol/ArgReader.h"

namespace cj::client {


Period Period::fromCbor(const QCborMap &map)
{
    Period p;
    p.id = protocol::intOr(map.value(QStringLiteral("id")));
    p.scheme = map.value(QStringLiteral("scheme")).toString();
    p.number = int(protocol::intOr(map.value(QStringLiteral("number"))));
    p.name = map.value(QStringLiteral("name")).toString();
    p.startsOn = wireDate(map, "startsOn");
    p.endsOn = wireDate(map, "endsOn");
    return p;
}

QString journalPageTitle(const QString &className, const QString &subjectName, const QString &subgroupName)
{
    QString t = className + QStringLiteral(" — ") + subjectName;
    if (!subgroupName.isEmpty())
        t += QStringLiteral(" (") + subgroupName + QLatin1Char(')');
    return t;
}

QString PageAssignment::title() const
{
    return journalPageTitle(className, subjectName, subgroupName);
}

JournalPage JournalPage::fromCbor(const QCborMap &r)
{
    JournalPage p;
    const QCborMap a = r.value(QStringLiteral("assignment")).toMap();
    p.assignment.id = protocol::intOr(a.value(QStringLiteral("id")));
    p.assignment.classId = protocol::intOr(a.value(QStringLiteral("classId")));
    p.assignment.className = a.value(QStringLiteral("className")).toString();
    p.assignment.subjectId = protocol::intOr(a.value(QStringLiteral("subjectId")));
    p.assignment.subjectName = a.value(QStringLiteral("subjectName")).toString();
    p.assignment.subgroupId = protocol::intOr(a.value(QStringLiteral("subgroupId")));
    p.assignment.subgroupName = a.value(QStringLiteral("subgroupName")).toString();
    p.assignment.teacherId = protocol::intOr(a.value(QStringLiteral("teacherId")));
    p.assignment.teacherName = a.value(QStringLiteral("teacherName")).toString();
    p.assignment.grade = int(protocol::intOr(a.value(QStringLiteral("grade"))));
    p.assignment.passFail = a.value(QStringLiteral("grading")).toString() == QLatin1String("pass_fail");
    p.assignment.extendedWindow = a.value(QStringLiteral("extendedWindow")).toBool();
    p.assignment.noMarks = a.value(QStringLiteral("noMarks")).toBool();

    p.period = Period::fromCbor(r.value(QStringLiteral("period")).toMap());
    for (const QCborValue &v : r.value(QStringLiteral("periods")).toArray())
        p.periods.append(Period::fromCbor(v.toMap()));
    for (const QCborValue &v : r.value(QStringLiteral("students")).toArray()) {
        const QCborMap s = v.toMap();
        p.students.append({protocol::intOr(s.value(QStringLiteral("id"))), s.value(QStringLiteral("fullName")).toString(),
                           s.value(QStringLiteral("shortName")).toString(), wireDate(s, "joinedOn"), wireDate(s, "leftOn")});
    }
    for (const QCborValue &v : r.value(QStringLiteral("lessons")).toArray())
        p.lessons.append(JournalLesson::fromCbor(v.toMap()));
    for (const QCborValue &v : r.value(QStringLiteral("cells")).toArray())
        p.setCell(JournalCell::fromCbor(v.toMap()));
    for (const QCborValue &v : r.value(QStringLiteral("finalMarks")).toArray())
        p.finalMarks.append(FinalMark::fromCbor(v.toMap()));
    for (const QCborValue &v : r.value(QStringLiteral("exempt")).toArray())
        p.exempt.insert(protocol::intOr(v));
    p.workKinds = WorkKind::listFromCbor(r.value(QStringLiteral("workKinds")));
    p.policy = RoundingPolicy::fromCbor(r.value(QStringLiteral("policy")).toMap());
    p.allowOne = r.value(QStringLiteral("allowOne")).toBool();
    const QCborMap rights = r.value(QStringLiteral("rights")).toMap();
    p.rights = {rights.value(QStringLiteral("marks")).toBool(),   rights.value(QStringLiteral("attendance")).toBool(),
                rights.value(QStringLiteral("topics")).toBool(),  rights.value(QStringLiteral("reasons")).toBool(),
                rights.value(QStringLiteral("finalMarks")).toBool(), rights.value(QStringLiteral("plan")).toBool()};
    p.today = wireDate(r, "today");
    return p;
}

const WorkKind *JournalPage::workKind(qint64 id) const
{
    for (const WorkKind &k : workKinds) {
        if (k.id == id)
            return &k;
    }
    return nullptr;
}

int JournalPage::lessonIndex(qint64 lessonId) const
{
    for (int i = 0; i < lessons.size(); ++i) {
        if (lessons[i].id == lessonId)
            return i;
    }
    return -1;
}

int JournalPage::studentIndex(qint64 studentId) const
{
    for (int i = 0; i < students.size(); ++i) {
        if (students[i].id == studentId)
            return i;
    }
    return -1;
}

JournalCell JournalPage::cell(const CellKey &key) const
{
    const auto it = cells.constFind(key);
    if (it != cells.cend())
        return *it;
    JournalCell empty;
    empty.lessonId = key.lessonId;
    empty.studentId = key.studentId;
    return empty;
}

FinalMark JournalPage::finalMark(qint64 studentId, FinalMarkKind kind) const
{
    FinalMark slot;
    slot.studentId = studentId;
    slot.kind = kind;
    slot.periodId = kind == FinalMarkKind::Period ? period.id : 0;
    for (const FinalMark &f : finalMarks) {
        if (f.sameSlot(slot))
            return f;
    }
    return slot;
}

QList<GradedMark> JournalPage::gradedMarks(const JournalCell &cell) const
{
    QList<GradedMark> list;
    for (const Mark &m : cell.marks) {
        if (m.value < 1)
            continue;
        const WorkKind *kind = workKind(m.workKindId);
        list.append({m.value, kind ? kind->weight : 1.0, kind && kind->control});
    }
    return list;
}

bool JournalPage::isLastPeriod() const
{
    for (const Period &p : periods) {
        if (p.number > period.number)
            return false;
    }
    return true;
}

void JournalPage::setCell(const JournalCell &cell)
{
    if (cell.isEmpty())
        cells.remove(cell.key());
    else
        cells.insert(cell.key(), cell);
}

void JournalPage::setLesson(const JournalLesson &lesson)
{
    const int i = lessonIndex(lesson.id);
    if (i >= 0)
        lessons[i] = lesson;
}

void JournalPage::setFinalMark(const FinalMark &mark)
{
    for (qsizetype i = 0; i < finalMarks.size(); ++i) {
        if (finalMarks[i].sameSlot(mark)) {
            if (mark.isSet())
                finalMarks[i] = mark;
            else
                finalMarks.removeAt(i);
            return;
        }
    }
    if (mark.isSet())
        finalMarks.append(mark);
}

} // namespace cj::client
