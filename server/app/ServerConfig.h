#pragma once

#include <QDate>
#include <QHostAddress>
#include <QString>
#include <QStringList>

#include "net/ConnectionLimits.h"

namespace cj::server {

// Everything the daemon is told: INI file ([server], [database], [tls], [auth]) first, command-line
// options over it. See docs/server.md for every key.
struct ServerConfig {
    QString configFile;
    QString dataDir;
    QHostAddress listenAddress = QHostAddress::Any;
    quint16 port = 7446;
    int workerThreads = 16;
    ConnectionLimits limits;

    QString databaseUrl;   // empty: the embedded private cluster in dataDir/postgresql
    QString postgresBinDir;
    QString postgresUser = QStringLiteral("postgres");

    QString certificateFile; // empty: self-signed in dataDir
    QString keyFile;

    int sessionIdleHours = 12;
    int sessionMaxDays = 7;

    QString logLevel = QStringLiteral("info");
    bool testClock = false; // allow test.setClock (test servers only)
    QDate today;            // start with the clock shifted to this date (implies testClock)

    // One-shot commands instead of serving.
    QString createAdminLogin;
    QString schoolName;
    bool demo = false;      // fill a demo school into an empty database, then serve
    QString generate;       // "small" / "large" / "region:N" test data, then exit
    quint32 generateSeed = 1;

    enum class Parse { Run, Exit, Error };
    static Parse parse(const QStringList &arguments, ServerConfig *config, QString *message);
};

} // namespace cj::server
