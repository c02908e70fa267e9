#include "db/DatabaseConfig.h"

#include <QUrl>
#include <QUrlQuery>

namespace cj::server {

bool DatabaseConfig::fromUrl(const QString &url, DatabaseConfig *config, QString *error)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || (parsed.scheme() != QLatin1String("postgresql") && parsed.scheme() != QLatin1String("postgres"))) {
        *error = QStringLiteral("database URL must look like postgresql://user:password@host:port/dbname");
        return false;
    }
    DatabaseConfig c;
    c.host = parsed.host();
    c.port = parsed.port(5432);
    c.user = parsed.userName();
    c.password = parsed.password();
    const QString path = parsed.path();
    if (path.size() > 1)
        c.databaseName = path.mid(1);
    const QUrlQuery query(parsed);
    if (query.hasQueryItem(QStringLiteral("host")))
        c.host = query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
    if (query.hasQueryItem(QStringLiteral("port")))
        c.port = query.queryItemValue(QStringLiteral("port")).toInt();
    if (c.host.isEmpty())
        c.host = QStringLiteral("/var/run/postgresql");
    *config = c;
    return true;
}

QString DatabaseConfig::describe() const
{
    return QStringLiteral("database '%1' at %2:%3 as '%4'").arg(databaseName, host).arg(port).arg(user);
}

} // namespace cj::server
