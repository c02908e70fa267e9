#pragma once

#include <QString>

namespace cj::server {

// Where the database is: either a Unix-socket directory (the embedded cluster) or host/port.
struct DatabaseConfig {
    QString host; // a directory path means a Unix socket in it
    int port = 5432;
    QString databaseName = QStringLiteral("classjournal");
    QString user;
    QString password;
    QString options; // extra libpq connect options

    // postgresql://user:password@host:port/dbname?host=/socket/dir
    static bool fromUrl(const QString &url, DatabaseConfig *config, QString *error);
    QString describe() const; // for logs, without the password
};

} // namespace cj::server
