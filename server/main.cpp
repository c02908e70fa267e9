// classjournal-server: thin entry point; everything lives in the cj_server library.
#include <QCoreApplication>

#include <cstdio>

#include "app/Logging.h"
#include "app/ServerApp.h"
#include "app/ServerConfig.h"
#include "platform/LocalTimeZone.h"

#ifdef CJ_WITH_JEMALLOC
// jemalloc reads this at start. Debian's build hands freed pages back to the kernel at once when
// their ten seconds' decay is over (muzzy_decay_ms 0), so the mark writers' buffers, freed and
// allocated again at every batch, were faulted in and zeroed anew: 7 % of the writers' CPU at
// 10,000 saves/s. Lazily freed (MADV_FREE) instead, they are reused as they are unless the kernel
// needs the memory meanwhile.
extern "C" const char *malloc_conf = "muzzy_decay_ms:10000";
#endif

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
