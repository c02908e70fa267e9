#include "auth/LoginNames.h"

#include <QHash>

#include "storage/UserStore.h"

namespace cj::server {

QString transliterate(const QString &cyrillic)
{
    static const QHash<QChar, QString> table = [] {
        const char16_t *from = u"абвгдеёжзийклмнопрстуфхцчшщъыьэюя";
        const char *to[] = {"a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p",
                            "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"};
        QHash<QChar, QString> map;
        for (int i = 0; from[i]; ++i)
            map.insert(QChar(from[i]), QString::fromLatin1(to[i]));
        return map;
    }();
    QString out;
    for (const QChar c : cyrillic.toLower()) {
        const auto it = table.constFind(c);
        if (it != table.constEnd())
            out += *it;
        else if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || c.isDigit())
            out += c;
        else if (c == QLatin1Char('-'))
            out += c;
    }
    return out;
}

QString suggestedLogin(const QString &surname, const QString &firstName, const QString &patronymic)
{
    QString login = transliterate(surname.trimmed());
    const QString initials = transliterate(firstName.trimmed()).left(1) + transliterate(patronymic.trimmed()).left(1);
    if (!initials.isEmpty())
        login += QLatin1Char('.') + initials;
    if (login.size() < 2)
        login = QStringLiteral("user");
    return login.left(60);
}

QString availableLogin(Db &db, const QString &surname, const QString &firstName, const QString &patronymic)
{
    const QString base = suggestedLogin(surname, firstName, patronymic);
    QString login = base;
    for (int n = 2; UserStore::loginExists(db, login); ++n)
        login = base + QString::number(n);
    return login;
}

} // namespace cj::server
