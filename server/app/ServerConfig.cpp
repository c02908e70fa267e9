#include "app/ServerConfig.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace cj::server {

ServerConfig::Parse ServerConfig::parse(const QStringList &arguments, ServerConfig *config, QString *message)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("ClassJournal server: the electronic class journal's daemon."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption configOpt(QStringLiteral("config"), QStringLiteral("INI configuration file."), QStringLiteral("file"));
    const QCommandLineOption dataDirOpt(QStringLiteral("data-dir"),
                                        QStringLiteral("Data directory (private database, certificate)."), QStringLiteral("dir"));
    const QCommandLineOption listenOpt(QStringLiteral("listen"), QStringLiteral("Address to listen on (default: all)."),
                                       QStringLiteral("address"));
    const QCommandLineOption portOpt(QStringLiteral("port"), QStringLiteral("TCP port (default 7446; 0 picks a free one)."), QStringLiteral("port"));
    const QCommandLineOption dbOpt(QStringLiteral("db"),
                                   QStringLiteral("External PostgreSQL instead of the private one: postgresql://user:pw@host:port/db"),
                                   QStringLiteral("url"));
    const QCommandLineOption workersOpt(QStringLiteral("workers"), QStringLiteral("Worker threads (default 16)."), QStringLiteral("n"));
    const QCommandLineOption logOpt(QStringLiteral("log-level"), QStringLiteral("debug, info, warning or error."),
                                    QStringLiteral("level"));
    const QCommandLineOption adminOpt(QStringLiteral("create-admin"),
                                      QStringLiteral("Create the administrator LOGIN (and the school if there is none), "
                                                     "print a one-time activation code, and exit."),
                                      QStringLiteral("login"));
    const QCommandLineOption schoolOpt(QStringLiteral("school-name"), QStringLiteral("Name of the school --create-admin creates."),
                                       QStringLiteral("name"));
    const QCommandLineOption demoOpt(QStringLiteral("demo"),
                                     QStringLiteral("Fill a demo school into an empty database and print its accounts."));
    const QCommandLineOption generateOpt(QStringLiteral("generate"),
                                         QStringLiteral("Generate test data (small, large or region:N) and exit."),
                                         QStringLiteral("size"));
    const QCommandLineOption seedOpt(QStringLiteral("seed"), QStringLiteral("Random seed for --generate."), QStringLiteral("n"));
    const QCommandLineOption testClockOpt(QStringLiteral("test-clock"),
                                          QStringLiteral("Allow test.setClock to move the server's date (tests only)."));
    const QCommandLineOption todayOpt(QStringLiteral("today"), QStringLiteral("Start with the date set to DATE (tests only)."),
                                      QStringLiteral("date"));
    parser.addOptions({configOpt, dataDirOpt, listenOpt, portOpt, dbOpt, workersOpt, logOpt, adminOpt, schoolOpt, demoOpt,
                       generateOpt, seedOpt, testClockOpt, todayOpt});
    if (!parser.parse(arguments)) {
        *message = parser.errorText();
        return Parse::Error;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        *message = parser.helpText();
        return Parse::Exit;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        *message = QStringLiteral("classjournal-server " CJ_VERSION "\n");
        return Parse::Exit;
    }

    ServerConfig c;
    if (parser.isSet(configOpt)) {
        c.configFile = parser.value(configOpt);
        if (!QFileInfo::exists(c.configFile)) {
            *message = QStringLiteral("configuration file %1 does not exist").arg(c.configFile);
            return Parse::Error;
        }
        QSettings ini(c.configFile, QSettings::IniFormat);
        c.dataDir = ini.value(QStringLiteral("server/data-dir")).toString();
        c.listenAddress = QHostAddress(ini.value(QStringLiteral("server/listen"), QStringLiteral("0.0.0.0")).toString());
        c.port = quint16(ini.value(QStringLiteral("server/port"), c.port).toUInt());
        c.workerThreads = ini.value(QStringLiteral("server/workers"), c.workerThreads).toInt();
        c.limits.maxFrameBytes = ini.value(QStringLiteral("server/max-frame-bytes"), c.limits.maxFrameBytes).toUInt();
        c.limits.idleTimeoutMs = 1000 * ini.value(QStringLiteral("server/idle-timeout-seconds"), c.limits.idleTimeoutMs / 1000).toInt();
        c.limits.handshakeTimeoutMs =
            1000 * ini.value(QStringLiteral("server/handshake-timeout-seconds"), c.limits.handshakeTimeoutMs / 1000).toInt();
        c.limits.requestsPerSecond = ini.value(QStringLiteral("server/requests-per-second"), c.limits.requestsPerSecond).toDouble();
        c.logLevel = ini.value(QStringLiteral("server/log-level"), c.logLevel).toString();
        c.databaseUrl = ini.value(QStringLiteral("database/url")).toString();
        c.postgresBinDir = ini.value(QStringLiteral("database/postgres-bin")).toString();
        c.postgresUser = ini.value(QStringLiteral("database/postgres-user"), c.postgresUser).toString();
        c.certificateFile = ini.value(QStringLiteral("tls/certificate")).toString();
        c.keyFile = ini.value(QStringLiteral("tls/key")).toString();
        c.sessionIdleHours = ini.value(QStringLiteral("auth/session-idle-hours"), c.sessionIdleHours).toInt();
        c.sessionMaxDays = ini.value(QStringLiteral("auth/session-max-days"), c.sessionMaxDays).toInt();
    }
    if (parser.isSet(dataDirOpt))
        c.dataDir = parser.value(dataDirOpt);
    if (parser.isSet(listenOpt))
        c.listenAddress = QHostAddress(parser.value(listenOpt));
    if (parser.isSet(portOpt))
        c.port = quint16(parser.value(portOpt).toUInt());
    if (parser.isSet(dbOpt))
        c.databaseUrl = parser.value(dbOpt);
    if (parser.isSet(workersOpt))
        c.workerThreads = parser.value(workersOpt).toInt();
    if (parser.isSet(logOpt))
        c.logLevel = parser.value(logOpt);
    c.createAdminLogin = parser.value(adminOpt).trimmed().toLower();
    c.schoolName = parser.value(schoolOpt);
    c.demo = parser.isSet(demoOpt);
    c.generate = parser.value(generateOpt);
    if (parser.isSet(seedOpt))
        c.generateSeed = parser.value(seedOpt).toUInt();
    c.testClock = parser.isSet(testClockOpt);
    if (parser.isSet(todayOpt)) {
        c.today = QDate::fromString(parser.value(todayOpt), Qt::ISODate);
        if (!c.today.isValid()) {
            *message = QStringLiteral("--today wants a date as YYYY-MM-DD");
            return Parse::Error;
        }
        c.testClock = true;
    }

    if (c.dataDir.isEmpty())
        c.dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    c.dataDir = QDir(c.dataDir).absolutePath();
    if (c.listenAddress.isNull()) {
        *message = QStringLiteral("--listen wants an IP address");
        return Parse::Error;
    }
    if (c.workerThreads < 1 || c.workerThreads > 256) {
        *message = QStringLiteral("workers must be 1..256");
        return Parse::Error;
    }
    if (c.limits.maxFrameBytes < 1024) {
        *message = QStringLiteral("max-frame-bytes must be at least 1024");
        return Parse::Error;
    }
    *config = c;
    return Parse::Run;
}

} // namespace cj::server
