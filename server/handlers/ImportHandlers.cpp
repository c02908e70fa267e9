#include "handlers/ImportHandlers.h"

#include <QCborArray>
#include <QRegularExpression>
#include <QSet>

#include "app/Clock.h"
#include "auth/LoginNames.h"
#include "handlers/Lookup.h"
#include "handlers/StructureViews.h"
#include "handlers/StudentHandlers.h"
#include "handlers/UserHandlers.h"
#include "rpc/RequestContext.h"
#include "rpc/RpcError.h"
#include "rules/CsvTable.h"
#include "rules/ImportColumns.h"
#include "rules/StudentCard.h"
#include "rules/YearRules.h"

namespace cj::server::handlers {

namespace {
constexpr int kMaxRows = 5000;
constexpr int kMaxCsvChars = 2'000'000;

struct RowError {
    QString field;
    QString rule;
    QString message;
};

// One data row of the file as read and checked; what commit writes for it.
struct ImportRow {
    int line = 0;
    QHash<QString, QString> values;
    QList<RowError> errors;
    StudentRecord student;
    ClassRecord cls;
    QDate enrolledOn;
    UserRecord user; // staff
};

struct Analysis {
    QString kind;
    YearRecord year;
    QList<ImportRow> rows;
    QStringList ignoredColumns;
    int invalid = 0;
};

void addError(ImportRow &row, const QString &field, const QString &rule, const QString &message)
{
    row.errors.append(RowError{field, rule, message});
}

std::optional<QDate> dateValue(ImportRow &row, const QString &key)
{
    const QString text = row.values.value(key);
    if (text.isEmpty())
        return QDate();
    const std::optional<QDate> d = ImportColumns::parseDate(text);
    if (!d)
        addError(row, key, QStringLiteral("bad_date"), QStringLiteral("not a date (ДД.ММ.ГГГГ or YYYY-MM-DD): %1").arg(text));
    return d;
}

void checkStudent(RequestContext &ctx, Analysis &a, ImportRow &row, const QHash<QString, ClassRecord> &classes,
                  QSet<QString> &seen)
{
    StudentRecord &s = row.student;
    s.schoolId = ctx.caller.schoolId;
    s.surname = row.values.value(QStringLiteral("surname"));
    s.firstName = row.values.value(QStringLiteral("firstName"));
    s.patronymic = row.values.value(QStringLiteral("patronymic"));
    s.address = row.values.value(QStringLiteral("address"));
    s.phone = row.values.value(QStringLiteral("phone"));
    s.snils = row.values.value(QStringLiteral("snils"));
    s.healthGroup = row.values.value(QStringLiteral("healthGroup"));
    if (const auto gender = ImportColumns::parseGender(row.values.value(QStringLiteral("gender"))))
        s.gender = *gender;
    else
        addError(row, QStringLiteral("gender"), QStringLiteral("bad_value"), QStringLiteral("gender is м or ж"));
    s.birthDate = dateValue(row, QStringLiteral("birthDate")).value_or(QDate());
    row.enrolledOn = dateValue(row, QStringLiteral("enrolledOn")).value_or(QDate());
    if (!row.enrolledOn.isValid())
        row.enrolledOn = a.year.startsOn;
    else if (row.enrolledOn < a.year.startsOn || row.enrolledOn > a.year.endsOn)
        addError(row, QStringLiteral("enrolledOn"), QStringLiteral("date_outside_year"),
                 QStringLiteral("the date is outside the academic year %1").arg(a.year.name));
    const QString className = row.values.value(QStringLiteral("class"));
    int grade = 0;
    QString letter;
    if (!className.isEmpty()) {
        if (ImportColumns::parseClassName(className, &grade, &letter) && classes.contains(QString::number(grade) + letter))
            row.cls = classes.value(QString::number(grade) + letter);
        else
            addError(row, QStringLiteral("class"), QStringLiteral("unknown_class"),
                     QStringLiteral("no class %1 in %2").arg(className, a.year.name));
    }
    if (const auto p = StudentCard::problem(s, Clock::today()))
        addError(row, p->field, QStringLiteral("bad_value"), p->message);
    const QString person = QStringList{s.surname, s.firstName, s.patronymic, s.birthDate.toString(Qt::ISODate)}.join(u'|').toLower();
    if (seen.contains(person))
        addError(row, QStringLiteral("surname"), QStringLiteral("duplicate_in_file"), QStringLiteral("the same student is above"));
    seen.insert(person);
    if (!s.surname.isEmpty() && StudentStore::samePersonExists(ctx.db, s.schoolId, s.surname, s.firstName, s.patronymic, s.birthDate))
        addError(row, QStringLiteral("surname"), QStringLiteral("already_exists"), QStringLiteral("the student is already in the school"));
}

void checkStaff(RequestContext &ctx, ImportRow &row, QSet<QString> &seen)
{
    UserRecord &u = row.user;
    u.schoolId = ctx.caller.schoolId;
    u.surname = row.values.value(QStringLiteral("surname"));
    u.firstName = row.values.value(QStringLiteral("firstName"));
    u.patronymic = row.values.value(QStringLiteral("patronymic"));
    u.position = row.values.value(QStringLiteral("position"));
    u.email = row.values.value(QStringLiteral("email"));
    u.phone = row.values.value(QStringLiteral("phone"));
    u.login = row.values.value(QStringLiteral("login")).toLower();
    QString unknown;
    if (const auto roles = ImportColumns::parseRoles(row.values.value(QStringLiteral("roles")), &unknown))
        u.roles = *roles;
    else
        addError(row, QStringLiteral("roles"), QStringLiteral("unknown_role"), QStringLiteral("unknown role: %1").arg(unknown));
    // Only the administrator hands out managing roles; the secretary records teachers and secretaries.
    if (!ctx.caller.has(Role::Admin) && (u.roles & ~(Roles(Role::Teacher) | Role::Secretary)))
        addError(row, QStringLiteral("roles"), QStringLiteral("role_not_allowed"),
                 QStringLiteral("only the administrator creates accounts with these roles"));
    if (!u.email.isEmpty() && !u.email.contains(QLatin1Char('@')))
        addError(row, QStringLiteral("email"), QStringLiteral("bad_value"), QStringLiteral("not an e-mail address"));
    static const QRegularExpression loginPattern(QStringLiteral("^[a-z0-9._-]{2,64}$"));
    if (!u.login.isEmpty()) {
        if (!loginPattern.match(u.login).hasMatch())
            addError(row, QStringLiteral("login"), QStringLiteral("bad_value"),
                     QStringLiteral("a login is 2-64 Latin letters, digits, '.', '_' or '-'"));
        else if (UserStore::loginExists(ctx.db, u.login))
            addError(row, QStringLiteral("login"), QStringLiteral("already_exists"), QStringLiteral("the login is taken"));
        else if (seen.contains(QStringLiteral("login:") + u.login))
            addError(row, QStringLiteral("login"), QStringLiteral("duplicate_in_file"), QStringLiteral("the login is used above"));
        seen.insert(QStringLiteral("login:") + u.login);
    }
    const QString person = QStringLiteral("name:") + QStringList{u.surname, u.firstName, u.patronymic}.join(u'|').toLower();
    if (seen.contains(person))
        addError(row, QStringLiteral("surname"), QStringLiteral("duplicate_in_file"), QStringLiteral("the same person is above"));
    seen.insert(person);
    if (!u.surname.isEmpty() && UserStore::nameExists(ctx.db, u.schoolId, u.surname, u.firstName, u.patronymic))
        addError(row, QStringLiteral("surname"), QStringLiteral("already_exists"), QStringLiteral("the person already has an account"));
}

Analysis analyse(RequestContext &ctx)
{
    Analysis a;
    a.kind = ctx.args.string(QStringLiteral("kind"), 20);
    const bool students = a.kind == QLatin1String("students");
    if (!students && a.kind != QLatin1String("staff"))
        invalid(QStringLiteral("kind"), QStringLiteral("kind is \"students\" or \"staff\""));
    a.year = yearFromArgs(ctx, QStringLiteral("yearId"));
    const CsvTable table = CsvTable::parse(ctx.args.string(QStringLiteral("csv"), kMaxCsvChars));
    if (table.header.isEmpty())
        invalid(QStringLiteral("csv"), QStringLiteral("the file is empty"));
    if (table.rows.size() > kMaxRows)
        invalid(QStringLiteral("csv"), QStringLiteral("at most %1 rows at a time").arg(kMaxRows));
    const QList<ImportColumn> &columns = students ? ImportColumns::students() : ImportColumns::staff();
    const QHash<int, QString> keys = ImportColumns::resolve(table.header, columns, &a.ignoredColumns);
    for (const ImportColumn &c : columns) {
        if (c.required && !keys.values().contains(c.key))
            throw RpcError(protocol::ErrorCode::ValidationFailed, QStringLiteral("the column %1 is missing").arg(c.russian),
                           QCborMap{{QStringLiteral("field"), QStringLiteral("csv")},
                                    {QStringLiteral("rule"), QStringLiteral("missing_column")},
                                    {QStringLiteral("column"), c.key}});
    }
    QHash<QString, ClassRecord> classes;
    for (const ClassRecord &c : ClassStore::list(ctx.db, a.year.id, {}))
        classes.insert(c.name(), c);
    QSet<QString> seen;
    for (const CsvTable::Row &r : table.rows) {
        ImportRow row;
        row.line = r.line;
        for (auto it = keys.cbegin(); it != keys.cend(); ++it)
            row.values.insert(it.value(), r.cells.value(it.key()).trimmed());
        for (const ImportColumn &c : columns) {
            if (c.required && row.values.value(c.key).isEmpty())
                addError(row, c.key, QStringLiteral("required"), QStringLiteral("%1 is required").arg(c.russian));
        }
        if (students)
            checkStudent(ctx, a, row, classes, seen);
        else
            checkStaff(ctx, row, seen);
        a.invalid += row.errors.isEmpty() ? 0 : 1;
        a.rows.append(row);
    }
    return a;
}

void writeStudent(RequestContext &ctx, const ImportRow &row)
{
    StudentRecord s = row.student;
    s.id = StudentStore::insert(ctx.db, s);
    Order order;
    order.number = row.values.value(QStringLiteral("orderNumber"));
    enrolStudent(ctx, s.id, row.cls, row.enrolledOn, order);
    ctx.audit(QStringLiteral("student"), s.id, QStringLiteral("import"), {}, studentToCbor(s, true));
}
} // namespace

QCborMap importPreview(RequestContext &ctx)
{
    const Analysis a = analyse(ctx);
    QCborArray rows;
    for (const ImportRow &row : a.rows) {
        QCborMap values;
        for (auto it = row.values.cbegin(); it != row.values.cend(); ++it)
            values.insert(it.key(), it.value());
        QCborArray errors;
        for (const RowError &e : row.errors) {
            errors.append(QCborMap{{QStringLiteral("field"), e.field},
                                   {QStringLiteral("rule"), e.rule},
                                   {QStringLiteral("message"), e.message}});
        }
        rows.append(QCborMap{{QStringLiteral("line"), row.line},
                             {QStringLiteral("values"), values},
                             {QStringLiteral("errors"), errors},
                             {QStringLiteral("action"), row.errors.isEmpty() ? QStringLiteral("create") : QStringLiteral("skip")}});
    }
    return QCborMap{{QStringLiteral("rows"), rows},
                    {QStringLiteral("valid"), a.rows.size() - a.invalid},
                    {QStringLiteral("invalid"), a.invalid},
                    {QStringLiteral("ignoredColumns"), QCborArray::fromStringList(a.ignoredColumns)}};
}

QCborMap importCommit(RequestContext &ctx)
{
    const Analysis a = analyse(ctx);
    if (a.invalid > 0 && !ctx.args.boolean(QStringLiteral("skipInvalid"), false))
        throw RpcError(protocol::ErrorCode::ValidationFailed, QStringLiteral("%1 rows are invalid").arg(a.invalid),
                       QCborMap{{QStringLiteral("field"), QStringLiteral("csv")},
                                {QStringLiteral("rule"), QStringLiteral("invalid_rows")},
                                {QStringLiteral("invalid"), a.invalid}});
    if (a.kind == QLatin1String("students"))
        YearRules::requireOpen(a.year);
    // Every row was checked in full before this point, so each is written whole; the request's
    // transaction makes the import all or nothing should the database refuse anything.
    int created = 0;
    QCborArray accounts;
    for (const ImportRow &row : a.rows) {
        if (!row.errors.isEmpty())
            continue;
        ++created;
        if (a.kind == QLatin1String("students")) {
            writeStudent(ctx, row);
            continue;
        }
        UserRecord u = row.user;
        if (u.login.isEmpty())
            u.login = availableLogin(ctx.db, u.surname, u.firstName, u.patronymic);
        u.id = UserStore::insert(ctx.db, u);
        ctx.audit(QStringLiteral("user"), u.id, QStringLiteral("import"), {},
                  QCborMap{{QStringLiteral("login"), u.login}, {QStringLiteral("roles"), QCborArray::fromStringList(roleNames(u.roles))}});
        const QCborMap slip = issueActivationSlip(ctx, u);
        accounts.append(QCborMap{{QStringLiteral("line"), row.line},
                                 {QStringLiteral("id"), u.id},
                                 {QStringLiteral("login"), u.login},
                                 {QStringLiteral("fullName"), u.fullName()},
                                 {QStringLiteral("activationCode"), slip.value(QStringLiteral("activationCode"))}});
    }
    return QCborMap{{QStringLiteral("created"), created},
                    {QStringLiteral("skipped"), a.invalid},
                    {QStringLiteral("accounts"), accounts}};
}

} // namespace cj::server::handlers
