// classjournal-print: reports to PDF without a display. Thin entry point; the logic is in
// cj_client_core (PrintCommand).
#include <QGuiApplication>

#include "core/reports/PrintCommand.h"
#include "platform/LocalTimeZone.h"

int main(int argc, char *argv[])
{
    cj::pinLocalTimeZone();
    cj::client::reports::PrintCommand::prepareEnvironment();
    QGuiApplication app(argc, argv);
    // The same settings as the client: servers trusted there are trusted here.
    QGuiApplication::setOrganizationName(QStringLiteral("ClassJournal"));
    QGuiApplication::setApplicationName(QStringLiteral("classjournal"));
    QGuiApplication::setApplicationVersion(QStringLiteral(CJ_VERSION));
    cj::client::reports::PrintCommand command;
    return command.run(QGuiApplication::arguments());
}
