#include "rules/ImportColumns.h"

#include <QRegularExpression>

namespace cj::server {

namespace {
QString folded(const QString &text)
{
    QString s = text.trimmed().toLower();
    s.replace(QChar(0x0451), QChar(0x0435)); // ё -> е
    s.remove(QLatin1Char('*'));
    return s.trimmed();
}
} // namespace

const QList<ImportColumn> &ImportColumns::students()
{
    static const QList<ImportColumn> columns{
        {QStringLiteral("surname"), QStringLiteral("Фамилия"), true},
        {QStringLiteral("firstName"), QStringLiteral("Имя"), true},
        {QStringLiteral("patronymic"), QStringLiteral("Отчество"), false},
        {QStringLiteral("gender"), QStringLiteral("Пол"), false},
        {QStringLiteral("birthDate"), QStringLiteral("Дата рождения"), false},
        {QStringLiteral("class"), QStringLiteral("Класс"), true},
        {QStringLiteral("enrolledOn"), QStringLiteral("Дата зачисления"), false},
        {QStringLiteral("orderNumber"), QStringLiteral("Номер приказа"), true},
        {QStringLiteral("address"), QStringLiteral("Адрес"), false},
        {QStringLiteral("phone"), QStringLiteral("Телефон"), false},
        {QStringLiteral("snils"), QStringLiteral("СНИЛС"), false},
        {QStringLiteral("healthGroup"), QStringLiteral("Группа здоровья"), false},
    };
    return columns;
}

const QList<ImportColumn> &ImportColumns::staff()
{
    static const QList<ImportColumn> columns{
        {QStringLiteral("surname"), QStringLiteral("Фамилия"), true},
        {QStringLiteral("firstName"), QStringLiteral("Имя"), true},
        {QStringLiteral("patronymic"), QStringLiteral("Отчество"), false},
        {QStringLiteral("position"), QStringLiteral("Должность"), false},
        {QStringLiteral("roles"), QStringLiteral("Роли"), false},
        {QStringLiteral("email"), QStringLiteral("Email"), false},
        {QStringLiteral("phone"), QStringLiteral("Телефон"), false},
        {QStringLiteral("login"), QStringLiteral("Логин"), false},
    };
    return columns;
}

QHash<int, QString> ImportColumns::resolve(const QStringList &header, const QList<ImportColumn> &columns,
                                           QStringList *ignored)
{
    QHash<int, QString> keys;
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString h = folded(header[i]);
        bool known = false;
        for (const ImportColumn &c : columns) {
            if (h == folded(c.key) || h == folded(c.russian)) {
                keys.insert(int(i), c.key);
                known = true;
                break;
            }
        }
        if (!known && !h.isEmpty())
            ignored->append(header[i]);
    }
    return keys;
}

std::optional<QDate> ImportColumns::parseDate(const QString &text)
{
    const QString t = text.trimmed();
    for (const QString &format : {QStringLiteral("dd.MM.yyyy"), QStringLiteral("d.M.yyyy"), QStringLiteral("yyyy-MM-dd")}) {
        const QDate d = QDate::fromString(t, format);
        if (d.isValid())
            return d;
    }
    return std::nullopt;
}

std::optional<QString> ImportColumns::parseGender(const QString &text)
{
    const QString g = folded(text);
    if (g.isEmpty())
        return QString();
    if (g == QStringLiteral("м") || g == QLatin1String("m") || g == QStringLiteral("муж") || g == QStringLiteral("мужской"))
        return QStringLiteral("m");
    if (g == QStringLiteral("ж") || g == QLatin1String("f") || g == QStringLiteral("жен") || g == QStringLiteral("женский"))
        return QStringLiteral("f");
    return std::nullopt;
}

std::optional<Roles> ImportColumns::parseRoles(const QString &text, QString *unknown)
{
    static const QHash<QString, Role> russian{
        {QStringLiteral("учитель"), Role::Teacher},     {QStringLiteral("завуч"), Role::Deputy},
        {QStringLiteral("заместитель директора"), Role::Deputy}, {QStringLiteral("секретарь"), Role::Secretary},
        {QStringLiteral("директор"), Role::Director},   {QStringLiteral("администратор"), Role::Admin},
    };
    Roles roles;
    static const QRegularExpression separators(QStringLiteral("[,;]"));
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString name = folded(part);
        if (name.isEmpty())
            continue;
        Role role;
        if (russian.contains(name)) {
            roles |= russian.value(name);
        } else if (roleFromName(name, &role) && (Roles(role) & staffRoles())) {
            roles |= role;
        } else {
            *unknown = part.trimmed();
            return std::nullopt;
        }
    }
    if (!roles)
        roles = Role::Teacher;
    return roles;
}

bool ImportColumns::parseClassName(const QString &text, int *grade, QString *letter)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,2})\\s*-?\\s*(\\S{1,8})$"));
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return false;
    *grade = m.captured(1).toInt();
    *letter = m.captured(2).toUpper();
    return *grade >= 1 && *grade <= 11;
}

} // namespace cj::server
