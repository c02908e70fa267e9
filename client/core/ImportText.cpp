#include "core/ImportText.h"

namespace cj::client {

QString ImportText::column(const QString &key)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("surname"), QT_TR_NOOP("Surname")},
        {QStringLiteral("firstName"), QT_TR_NOOP("First name")},
        {QStringLiteral("patronymic"), QT_TR_NOOP("Patronymic")},
        {QStringLiteral("gender"), QT_TR_NOOP("Gender")},
        {QStringLiteral("birthDate"), QT_TR_NOOP("Date of birth")},
        {QStringLiteral("class"), QT_TR_NOOP("Class")},
        {QStringLiteral("enrolledOn"), QT_TR_NOOP("Enrolled on")},
        {QStringLiteral("orderNumber"), QT_TR_NOOP("Order No.")},
        {QStringLiteral("address"), QT_TR_NOOP("Address")},
        {QStringLiteral("phone"), QT_TR_NOOP("Phone")},
        {QStringLiteral("snils"), QT_TR_NOOP("SNILS")},
        {QStringLiteral("healthGroup"), QT_TR_NOOP("Health group")},
        {QStringLiteral("position"), QT_TR_NOOP("Position")},
        {QStringLiteral("roles"), QT_TR_NOOP("Roles")},
        {QStringLiteral("email"), QT_TR_NOOP("E-mail")},
        {QStringLiteral("login"), QT_TR_NOOP("Login")},
    };
    const auto it = names.constFind(key);
    return it == names.cend() ? key : tr(it.value());
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
    if (rule == QLatin1String("already_exists"))
        return tr("already in the school («%1»)").arg(field);
    return error.value(QStringLiteral("message")).toString();
}

} // namespace cj::client
