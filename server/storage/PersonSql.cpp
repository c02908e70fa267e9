#include "storage/PersonSql.h"

#include <atomic>

#include "db/Db.h"

namespace cj::server {

namespace {
// 0: not looked up yet, 1: "ru-RU-x-icu" exists, 2: it does not. The cluster is the same for every
// connection, so one look-up per process is enough.
std::atomic<int> g_icu{0};

bool haveIcuRussian(Db &db)
{
    if (g_icu.load() == 0) {
        const bool found = db.scalar(QStringLiteral("SELECT 1 FROM pg_collation WHERE collname = 'ru-RU-x-icu'")).has_value();
        g_icu.store(found ? 1 : 2);
    }
    return g_icu.load() == 1;
}
} // namespace

QString PersonSql::shortName(const QString &a)
{
    return QStringLiteral("(%1.surname || CASE WHEN %1.first_name <> '' THEN ' ' || left(%1.first_name, 1) || '.' ELSE '' END"
                          " || CASE WHEN %1.patronymic <> '' THEN ' ' || left(%1.patronymic, 1) || '.' ELSE '' END)")
        .arg(a);
}

QString PersonSql::fullName(const QString &a)
{
    return QStringLiteral("(%1.surname || ' ' || %1.first_name || CASE WHEN %1.patronymic <> '' THEN ' ' || %1.patronymic "
                          "ELSE '' END)")
        .arg(a);
}

QString PersonSql::orderBy(Db &db, const QString &a)
{
    QStringList terms;
    for (const char *column : {"surname", "first_name", "patronymic"}) {
        const QString col = a + QLatin1Char('.') + QLatin1String(column);
        terms.append(haveIcuRussian(db) ? col + QStringLiteral(" COLLATE \"ru-RU-x-icu\"")
                                        : QStringLiteral("translate(lower(%1), 'ё', 'е')").arg(col));
    }
    return terms.join(QStringLiteral(", ")) + QStringLiteral(", ") + a + QStringLiteral(".id");
}

} // namespace cj::server
