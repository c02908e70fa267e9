// classjournal: the staff-room client. Thin entry point; the logic is in cj_client_core/cj_client_ui.
#include <QApplication>
#include <QIcon>

#include "platform/LocalTimeZone.h"
#include "ui/ClientApp.h"

int main(int argc, char *argv[])
{
    cj::pinLocalTimeZone();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ClassJournal"));
    QApplication::setApplicationName(QStringLiteral("classjournal"));
    QApplication::setApplicationVersion(QStringLiteral(CJ_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/classjournal.svg")));
    cj::client::installTranslations();

    cj::client::ClientApp client;
    if (!client.start())
        return 0;
    return app.exec();
}
