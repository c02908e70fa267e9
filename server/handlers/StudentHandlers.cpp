#include "handlers/StudentHandlers.h"

#include <QCborArray>

#include "app/Clock.h"
#include "auth/LoginNames.h"
#include "handlers/Lookup.h"
#include "handlers/StructureViews.h"
#include "handlers/UserHandlers.h"
#include "rpc/RequestContext.h"
#include "rpc/RpcError.h"
#include "rules/Access.h"
#include "rules/Calendar.h"
#include "rules/StudentCard.h"
#include "storage/GuardianStore.h"
#include "storage/MovementStore.h"
#include "storage/SubgroupStore.h"

namespace cj::server::handlers {

namespace {
constexpr Roles kRecordKeepers = Roles(Role::Admin) | Role::Secretary;

// The personal and name fields of students.create and students.update present in the args.
void readCard(RequestContext &ctx, StudentRecord &s)
{
    const auto text = [&](const QString &key, QString &field, int maxLength) {
        field = ctx.args.string(key, field, maxLength).trimmed();
    };
    if (ctx.args.has(QStringLiteral("surname")))
        s.surname = ctx.args.nonEmptyString(QStringLiteral("surname"), 100);
    if (ctx.args.has(QStringLiteral("firstName")))
        s.firstName = ctx.args.nonEmptyString(QStringLiteral("firstName"), 100);
    text(QStringLiteral("patronymic"), s.patronymic, 100);
    text(QStringLiteral("gender"), s.gender, 1);
    if (ctx.args.map().contains(QStringLiteral("birthDate")))
        s.birthDate = ctx.args.optionalDate(QStringLiteral("birthDate")).value_or(QDate());
    text(QStringLiteral("address"), s.address, 500);
    text(QStringLiteral("phone"), s.phone, 50);
    text(QStringLiteral("email"), s.email, 200);
    text(QStringLiteral("snils"), s.snils, 20);
    text(QStringLiteral("healthGroup"), s.healthGroup, 20);
    text(QStringLiteral("peGroup"), s.peGroup, 40);
    s.consentGiven = ctx.args.boolean(QStringLiteral("consentGiven"), s.consentGiven);
    if (ctx.args.map().contains(QStringLiteral("consentDate")))
        s.consentDate = ctx.args.optionalDate(QStringLiteral("consentDate")).value_or(QDate());
    text(QStringLiteral("personalFileNo"), s.personalFileNo, 40);
    text(QStringLiteral("notes"), s.notes, 4000);
    StudentCard::check(s, Clock::today());
}

// A student as students.get shows it: placed in the class of today (or the last one they were in).
StudentRecord placedToday(RequestContext &ctx, StudentRecord s)
{
    const QList<MembershipRecord> memberships = StudentStore::memberships(ctx.db, s.id); // by start
    if (memberships.isEmpty())
        return s;
    const QDate today = Clock::today();
    const auto current = std::find_if(memberships.cbegin(), memberships.cend(), [&](const MembershipRecord &m) {
        return m.startsOn <= today && (!m.leftOn.isValid() || m.leftOn > today);
    });
    const MembershipRecord &m = current != memberships.cend() ? *current : memberships.last();
    s.classId = m.classId;
    s.className = m.className;
    s.leftOn = current != memberships.cend() ? QDate() : m.leftOn;
    return s;
}

QCborMap fullCard(RequestContext &ctx, const StudentRecord &s)
{
    return studentToCbor(placedToday(ctx, s), true, GuardianStore::ofStudents(ctx.db, {s.id}).value(s.id));
}

Order readOrder(RequestContext &ctx)
{
    Order o;
    o.number = ctx.args.nonEmptyString(QStringLiteral("orderNumber"), 60);
    o.date = ctx.args.optionalDate(QStringLiteral("orderDate")).value_or(QDate());
    o.reason = ctx.args.string(QStringLiteral("reason"), QString(), 1000).trimmed();
    o.counterpart = ctx.args.string(QStringLiteral("counterpart"), QString(), 500).trimmed();
    return o;
}

QCborMap recordMovement(RequestContext &ctx, const QString &kind, qint64 studentId, const QDate &onDate, const Order &order,
                        qint64 fromClassId, qint64 toClassId)
{
    MovementRecord m;
    m.schoolId = ctx.caller.schoolId;
    m.studentId = studentId;
    m.kind = kind;
    m.onDate = onDate;
    m.orderNumber = order.number;
    m.orderDate = order.date;
    m.fromClassId = fromClassId;
    m.toClassId = toClassId;
    m.counterpart = order.counterpart;
    m.reason = order.reason;
    m.createdBy = ctx.caller.userId;
    m.id = MovementStore::insert(ctx.db, m);
    const QCborMap result = movementToCbor(*MovementStore::byId(ctx.db, m.id));
    ctx.audit(QStringLiteral("movement"), m.id, kind, {}, result);
    return result;
}

void requireDateInYear(const YearRecord &year, const QDate &date, const QString &field, int graceDays = 0)
{
    if (date < year.startsOn || date > year.endsOn.addDays(graceDays))
        violated(field, QStringLiteral("date_outside_year"), QStringLiteral("the date is outside the academic year %1").arg(year.name));
}

// A student going into a class on a date inside the class's (open) year, by an order.
struct ClassMove {
    StudentRecord student;
    ClassRecord cls;
    YearRecord year;
    QDate onDate;
    Order order;
};

ClassMove readClassMove(RequestContext &ctx, const QString &classKey)
{
    ClassMove m;
    m.student = studentOfSchool(ctx, ctx.args.id(QStringLiteral("studentId")));
    m.cls = classOfSchool(ctx, ctx.args.id(classKey));
    m.year = openYearOf(ctx, m.cls.yearId);
    m.onDate = ctx.args.date(QStringLiteral("onDate"));
    requireDateInYear(m.year, m.onDate, QStringLiteral("onDate"));
    m.order = readOrder(ctx);
    return m;
}

[[noreturn]] void notAMember(const QString &field)
{
    violated(field, QStringLiteral("not_a_member"), QStringLiteral("the student is not in a class on that date"));
}

// The slip of an account for a student or a parent: a new account when there is none, else a new code.
QCborMap accountSlip(RequestContext &ctx, qint64 existingUserId, const QString &surname, const QString &firstName,
                     const QString &patronymic, Role role, qint64 *createdUserId)
{
    if (existingUserId > 0) {
        const std::optional<UserRecord> user = UserStore::byId(ctx.db, existingUserId);
        if (user)
            return issueActivationSlip(ctx, *user);
    }
    UserRecord u;
    u.schoolId = ctx.caller.schoolId;
    u.surname = surname;
    u.firstName = firstName;
    u.patronymic = patronymic;
    u.roles = role;
    u.login = availableLogin(ctx.db, surname, firstName, patronymic);
    u.id = UserStore::insert(ctx.db, u);
    *createdUserId = u.id;
    ctx.audit(QStringLiteral("user"), u.id, QStringLiteral("create"), {},
              QCborMap{{QStringLiteral("login"), u.login}, {QStringLiteral("roles"), roleName(role)}});
    return issueActivationSlip(ctx, u);
}

} // namespace

QCborMap enrolStudent(RequestContext &ctx, qint64 studentId, const ClassRecord &cls, const QDate &onDate, const Order &order)
{
    StudentStore::addMembership(ctx.db, ctx.caller.schoolId, studentId, cls.id, onDate);
    return recordMovement(ctx, QStringLiteral("enrolment"), studentId, onDate, order, 0, cls.id);
}

namespace {
GuardianRecord guardianOfSchool(RequestContext &ctx, qint64 id)
{
    const std::optional<GuardianRecord> g = GuardianStore::byId(ctx.db, id);
    if (!g || g->schoolId != ctx.caller.schoolId)
        notFound(QStringLiteral("guardian %1").arg(id));
    return *g;
}
} // namespace

QCborMap studentsList(RequestContext &ctx)
{
    const qint64 classId = ctx.args.optionalId(QStringLiteral("classId")).value_or(0);
    const YearRecord year = classId > 0 ? yearOfSchool(ctx, classOfSchool(ctx, classId).yearId)
                                        : yearFromArgs(ctx, QStringLiteral("yearId"));
    StudentFilter filter;
    filter.yearId = year.id;
    filter.search = ctx.args.string(QStringLiteral("search"), QString(), 100);
    filter.date = Calendar(year).clamp(ctx.args.optionalDate(QStringLiteral("date")).value_or(Clock::today()));
    filter.includeLeft = ctx.args.boolean(QStringLiteral("includeLeft"), false);
    filter.classIds = Access::readableClasses(ctx.db, ctx.caller, year.id);
    if (classId > 0) {
        if (filter.classIds && !filter.classIds->contains(classId))
            deny(QStringLiteral("teachers see the lists of the classes they teach or lead"));
        filter.classIds = QList<qint64>{classId};
    }
    const bool wantPersonal = ctx.args.boolean(QStringLiteral("personal"), false);
    const QList<StudentRecord> students = StudentStore::list(ctx.db, filter);
    QList<qint64> visible;
    for (const StudentRecord &s : students) {
        if (wantPersonal && (Access::seesEveryCard(ctx.caller) || Access::leads(ctx.caller, s.classId)))
            visible.append(s.id);
    }
    const QHash<qint64, QList<GuardianRecord>> guardians = GuardianStore::ofStudents(ctx.db, visible);
    QCborArray list;
    for (const StudentRecord &s : students)
        list.append(studentToCbor(s, visible.contains(s.id), guardians.value(s.id)));
    return QCborMap{{QStringLiteral("students"), list}};
}

QCborMap studentsGet(RequestContext &ctx)
{
    const StudentRecord s = studentOfSchool(ctx, ctx.args.id(QStringLiteral("id")));
    const Access::CardView view = Access::cardView(ctx.db, ctx.caller, s.id);
    if (view == Access::CardView::None)
        deny(QStringLiteral("this student's card is not visible to you"));
    if (view == Access::CardView::Public)
        return studentToCbor(placedToday(ctx, s), false);
    QCborMap card = fullCard(ctx, s);
    MovementFilter filter;
    filter.schoolId = s.schoolId;
    filter.studentId = s.id;
    filter.from = QDate(1900, 1, 1);
    filter.to = QDate(9999, 12, 31);
    QCborArray movements;
    for (const MovementRecord &m : MovementStore::list(ctx.db, filter))
        movements.append(movementToCbor(m));
    QCborArray memberships;
    for (const MembershipRecord &m : StudentStore::memberships(ctx.db, s.id)) {
        memberships.append(QCborMap{{QStringLiteral("classId"), m.classId},
                                    {QStringLiteral("className"), m.className},
                                    {QStringLiteral("startsOn"), protocol::dateToWire(m.startsOn)},
                                    {QStringLiteral("leftOn"), protocol::optionalDateToWire(m.leftOn)}});
    }
    card.insert(QStringLiteral("movements"), movements);
    card.insert(QStringLiteral("memberships"), memberships);
    return card;
}

QCborMap studentsCreate(RequestContext &ctx)
{
    const ClassRecord cls = classOfSchool(ctx, ctx.args.id(QStringLiteral("classId")));
    const YearRecord year = openYearOf(ctx, cls.yearId);
    StudentRecord s;
    s.schoolId = ctx.caller.schoolId;
    s.surname = ctx.args.nonEmptyString(QStringLiteral("surname"), 100);
    s.firstName = ctx.args.nonEmptyString(QStringLiteral("firstName"), 100);
    readCard(ctx, s);
    const QDate enrolledOn = ctx.args.date(QStringLiteral("enrolledOn"));
    requireDateInYear(year, enrolledOn, QStringLiteral("enrolledOn"));
    const Order order = readOrder(ctx);
    s.id = StudentStore::insert(ctx.db, s);
    enrolStudent(ctx, s.id, cls, enrolledOn, order);
    const QCborMap result = fullCard(ctx, s);
    ctx.audit(QStringLiteral("student"), s.id, QStringLiteral("create"), {}, result);
    return result;
}

QCborMap studentsUpdate(RequestContext &ctx)
{
    StudentRecord s = studentOfSchool(ctx, ctx.args.id(QStringLiteral("id")));
    Access::requireRoleOrClassTeacherOfStudents(ctx.db, ctx.caller, kRecordKeepers, {s.id});
    const QCborMap before = studentToCbor(s, true);
    readCard(ctx, s);
    StudentStore::update(ctx.db, s);
    ctx.audit(QStringLiteral("student"), s.id, QStringLiteral("update"), before, studentToCbor(s, true));
    return fullCard(ctx, s);
}

QCborMap studentsTransfer(RequestContext &ctx)
{
    const ClassMove move = readClassMove(ctx, QStringLiteral("toClassId"));
    const StudentRecord &s = move.student;
    const ClassRecord &to = move.cls;
    const QDate &onDate = move.onDate;
    const std::optional<MembershipRecord> from = StudentStore::membershipOn(ctx.db, s.id, onDate);
    if (!from)
        notAMember(QStringLiteral("studentId"));
    if (from->yearId != to.yearId)
        invalid(QStringLiteral("toClassId"), QStringLiteral("a transfer stays within the academic year"));
    if (from->classId == to.id)
        invalid(QStringLiteral("toClassId"), QStringLiteral("the student is already in this class"));
    if (from->startsOn == onDate) {
        StudentStore::moveMembership(ctx.db, from->id, to.id); // moved on the first day: never in the old list
    } else {
        StudentStore::endMembership(ctx.db, from->id, onDate);
        StudentStore::addMembership(ctx.db, ctx.caller.schoolId, s.id, to.id, onDate, from->leftOn);
    }
    SubgroupStore::leaveClass(ctx.db, s.id, from->classId, onDate);
    return recordMovement(ctx, QStringLiteral("transfer"), s.id, onDate, move.order, from->classId, to.id);
}

QCborMap studentsLeave(RequestContext &ctx)
{
    const StudentRecord s = studentOfSchool(ctx, ctx.args.id(QStringLiteral("studentId")));
    const QDate onDate = ctx.args.date(QStringLiteral("onDate"));
    const Order order = readOrder(ctx);
    // onDate is the first day off the list: the student must be on it the day before.
    const std::optional<MembershipRecord> last = StudentStore::membershipOn(ctx.db, s.id, onDate.addDays(-1));
    if (!last)
        notAMember(QStringLiteral("studentId"));
    const YearRecord year = openYearOf(ctx, last->yearId);
    requireDateInYear(year, onDate, QStringLiteral("onDate"), 1);
    StudentStore::endMembership(ctx.db, last->id, onDate);
    SubgroupStore::leaveClass(ctx.db, s.id, last->classId, onDate);
    return recordMovement(ctx, QStringLiteral("leaving"), s.id, onDate, order, last->classId, 0);
}

QCborMap studentsReenrol(RequestContext &ctx)
{
    const ClassMove move = readClassMove(ctx, QStringLiteral("classId"));
    if (StudentStore::membershipOn(ctx.db, move.student.id, move.onDate))
        violated(QStringLiteral("studentId"), QStringLiteral("already_enrolled"),
                 QStringLiteral("the student is on a class list on that date"));
    return enrolStudent(ctx, move.student.id, move.cls, move.onDate, move.order);
}

QCborMap movementsList(RequestContext &ctx)
{
    MovementFilter filter;
    filter.schoolId = ctx.caller.schoolId;
    const qint64 classId = ctx.args.optionalId(QStringLiteral("classId")).value_or(0);
    if (classId > 0) {
        classOfSchool(ctx, classId);
        if (!Access::seesEveryCard(ctx.caller))
            Access::requireRoleOrClassTeacher(ctx.caller, {}, classId);
        filter.classIds = QList<qint64>{classId};
    } else if (!Access::seesEveryCard(ctx.caller)) {
        if (!ctx.caller.isClassTeacher())
            deny(QStringLiteral("only the class teacher sees their class's movement"));
        filter.classIds = ctx.caller.classTeacherOf;
    }
    const auto from = ctx.args.optionalDate(QStringLiteral("from"));
    const auto to = ctx.args.optionalDate(QStringLiteral("to"));
    if (!from || !to) {
        const YearRecord year = yearFromArgs(ctx, QStringLiteral("yearId"));
        filter.from = from.value_or(year.startsOn);
        filter.to = to.value_or(year.endsOn.addDays(1));
    } else {
        filter.from = *from;
        filter.to = *to;
    }
    QCborArray movements;
    for (const MovementRecord &m : MovementStore::list(ctx.db, filter))
        movements.append(movementToCbor(m));
    return QCborMap{{QStringLiteral("movements"), movements}};
}

QCborMap guardiansSave(RequestContext &ctx)
{
    const StudentRecord s = studentOfSchool(ctx, ctx.args.id(QStringLiteral("studentId")));
    Access::requireRoleOrClassTeacherOfStudents(ctx.db, ctx.caller, kRecordKeepers, {s.id});
    GuardianRecord g;
    QCborMap before;
    if (const auto id = ctx.args.optionalId(QStringLiteral("id"))) {
        g = guardianOfSchool(ctx, *id);
        before = guardianToCbor(g);
    } else {
        g.schoolId = ctx.caller.schoolId;
        g.surname = ctx.args.nonEmptyString(QStringLiteral("surname"), 100);
        g.firstName = ctx.args.nonEmptyString(QStringLiteral("firstName"), 100);
    }
    if (ctx.args.has(QStringLiteral("surname")))
        g.surname = ctx.args.nonEmptyString(QStringLiteral("surname"), 100);
    if (ctx.args.has(QStringLiteral("firstName")))
        g.firstName = ctx.args.nonEmptyString(QStringLiteral("firstName"), 100);
    for (const auto &[key, field, maxLength] : {std::tuple{QStringLiteral("patronymic"), &g.patronymic, 100},
                                                std::tuple{QStringLiteral("relation"), &g.relation, 40},
                                                std::tuple{QStringLiteral("phone"), &g.phone, 50},
                                                std::tuple{QStringLiteral("email"), &g.email, 200},
                                                std::tuple{QStringLiteral("address"), &g.address, 500},
                                                std::tuple{QStringLiteral("workplace"), &g.workplace, 300}})
        *field = ctx.args.string(key, *field, maxLength).trimmed();
    if (g.id > 0)
        GuardianStore::update(ctx.db, g);
    else
        g.id = GuardianStore::insert(ctx.db, g);
    GuardianStore::link(ctx.db, s.id, g.id);
    const QCborMap result = guardianToCbor(g);
    ctx.audit(QStringLiteral("guardian"), g.id, before.isEmpty() ? QStringLiteral("create") : QStringLiteral("update"), before,
              QCborMap{{QStringLiteral("studentId"), s.id}, {QStringLiteral("guardian"), result}});
    return result;
}

QCborMap guardiansRemove(RequestContext &ctx)
{
    const StudentRecord s = studentOfSchool(ctx, ctx.args.id(QStringLiteral("studentId")));
    Access::requireRoleOrClassTeacherOfStudents(ctx.db, ctx.caller, kRecordKeepers, {s.id});
    const GuardianRecord g = guardianOfSchool(ctx, ctx.args.id(QStringLiteral("guardianId")));
    if (!GuardianStore::unlink(ctx.db, s.id, g.id))
        notFound(QStringLiteral("guardian %1 of student %2").arg(g.id).arg(s.id));
    const bool orphaned = GuardianStore::children(ctx.db, g.id).isEmpty();
    if (orphaned)
        GuardianStore::remove(ctx.db, g.id);
    ctx.audit(QStringLiteral("guardian"), g.id, orphaned ? QStringLiteral("delete") : QStringLiteral("unlink"),
              QCborMap{{QStringLiteral("studentId"), s.id}, {QStringLiteral("guardian"), guardianToCbor(g)}}, {});
    return {};
}

QCborMap accountsCreateForStudent(RequestContext &ctx)
{
    const StudentRecord s = studentOfSchool(ctx, ctx.args.id(QStringLiteral("studentId")));
    Access::requireRoleOrClassTeacherOfStudents(ctx.db, ctx.caller, Role::Admin, {s.id});
    qint64 created = 0;
    const QCborMap slip = accountSlip(ctx, s.userId, s.surname, s.firstName, s.patronymic, Role::Student, &created);
    if (created > 0)
        StudentStore::setUserId(ctx.db, s.id, created);
    return slip;
}

QCborMap accountsCreateForGuardian(RequestContext &ctx)
{
    const GuardianRecord g = guardianOfSchool(ctx, ctx.args.id(QStringLiteral("guardianId")));
    Access::requireRoleOrClassTeacherOfStudents(ctx.db, ctx.caller, Role::Admin, GuardianStore::children(ctx.db, g.id));
    qint64 created = 0;
    const QCborMap slip = accountSlip(ctx, g.userId, g.surname, g.firstName, g.patronymic, Role::Parent, &created);
    if (created > 0)
        GuardianStore::setUserId(ctx.db, g.id, created);
    return slip;
}

} // namespace cj::server::handlers
