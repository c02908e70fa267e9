// classjournal-server: thin entry point; everything lives in the cj_server library.
#include <QCoreApplication>

#include <cstdio>

#include "app/Logging.h"
#include "app/ServerApp.h"
#include "app/ServerConfig.h"
#include "platform/LocalTimeZone.h"

int main(int argc, char *argv[])
{
    cj::pinLocalTimeZone();
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ClassJournal"));
    QCoreApplication::setApplicationName(QStringLiteral("classjournal-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CJ_VERSION));

    cj::server::ServerConfig config;
    QString message;
    switch (cj::server::ServerConfig::parse(app.arguments(), &config, &message)) {
    case cj::server::ServerConfig::Parse::Exit:
        std::fputs(qPrintable(message), stdout);
        return 0;
    case cj::server::ServerConfig::Parse::Error:
        std::fprintf(stderr, "classjournal-server: %s\n", qPrintable(message));
        return 2;
    case cj::server::ServerConfig::Parse::Run:
        break;
    }
    if (!cj::server::installLogging(config.logLevel)) {
        std::fprintf(stderr, "classjournal-server: unknown log level '%s'\n", qPrintable(config.logLevel));
        return 2;
    }
    cj::server::ServerApp server(config);
    const int code = server.start();
    if (code >= 0)
        return code;
    return app.exec();
}
