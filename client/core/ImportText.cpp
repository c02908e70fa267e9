#include "core/ImportText.h"

namespace cj::client {

namespace {
// The columns in the order the import description lists them (students' first, then staff's own).
const QList<QPair<QString, const char *>> &columns()
{
    static const QList<QPair<QString, const char *>> names{
        {QStringLiteral("surname"), QT_TRANSLATE_NOOP("ImportText", "Surname")},
        {QStringLiteral("firstName"), QT_TRANSLATE_NOOP("ImportText", "First name")},
        {QStringLiteral("patronymic"), QT_TRANSLATE_NOOP("ImportText", "Patronymic")},
        {QStringLiteral("gender"), QT_TRANSLATE_NOOP("ImportText", "Gender")},
        {QStringLiteral("birthDate"), QT_TRANSLATE_NOOP("ImportText", "Date of birth")},
        {QStringLiteral("class"), QT_TRANSLATE_NOOP("ImportText", "Class")},
        {QStringLiteral("enrolledOn"), QT_TRANSLATE_NOOP("ImportText", "Enrolled on")},
        {QStringLiteral("orderNumber"), QT_TRANSLATE_NOOP("ImportText", "Order No.")},
        {QStringLiteral("address"), QT_TRANSLATE_NOOP("ImportText", "Address")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("ImportText", "Phone")},
        {QStringLiteral("snils"), QT_TRANSLATE_NOOP("ImportText", "SNILS")},
        {QStringLiteral("healthGroup"), QT_TRANSLATE_NOOP("ImportText", "Health group")},
        {QStringLiteral("position"), QT_TRANSLATE_NOOP("ImportText", "Position")},
        {QStringLiteral("roles"), QT_TRANSLATE_NOOP("ImportText", "Roles")},
        {QStringLiteral("email"), QT_TRANSLATE_NOOP("ImportText", "E-mail")},
        {QStringLiteral("login"), QT_TRANSLATE_NOOP("ImportText", "Login")},
    };
    return names;
}
} // namespace

QString ImportText::column(const QString &key)
{
    for (const auto &[k, name] : columns()) {
        if (k == key)
            return tr(name);
    }
    return key;
}

int ImportText::columnRank(const QString &key)
{
    for (int i = 0; i < columns().size(); ++i) {
        if (columns()[i].first == key)
            return i;
    }
    return int(columns().size());
}

QString ImportText::problem(const QCborMap &error)
{
    const QString rule = error.value(QStringLiteral("rule")).toString();
    const QString field = column(error.value(QStringLiteral("field")).toString());
    if (rule == QLatin1String("required"))
        return tr("«%1» is not filled in").arg(field);
    if (rule == QLatin1String("bad_date"))
        return tr("«%1» is not a date (DD.MM.YYYY)").arg(field);
    if (rule == QLatin1String("bad_value"))
        return tr("«%1» has a value that is not allowed").arg(field);
    if (rule == QLatin1String("unknown_class"))
        return tr("there is no such class in this academic year");
    if (rule == QLatin1String("unknown_role"))
        return tr("unknown role (учитель, завуч, секретарь, директор, администратор)");
    if (rule == QLatin1String("date_outside_year"))
        return tr("«%1» is outside the academic year").arg(field);
    if (rule == QLatin1String("duplicate_in_file"))
        return tr("repeats a row above («%1»)").arg(field);
    if (rule == QLatin1String("role_not_allowed"))
        return tr("only the administrator may import accounts with roles other than teacher and secretary");
    if (rule == QLatin1String("already_exists"))
        return tr("already in the school («%1»)").arg(field);
    return error.value(QStringLiteral("message")).toString();
}

} // namespace cj::client
