#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QWidget;

namespace cj::client {

class Permissions;
class Session;

// Every screen the main window can open: in which menu, under which title, and for whom (SPEC §1).
struct ScreenEntry {
    QString menu;
    QString key; // the tab's identity; also names the menu action "<key>Action"
    QString title;
    QWidget *(*factory)(Session *, QWidget *);
    bool (*visible)(const Permissions &);
};

class ScreenCatalog
{
    Q_DECLARE_TR_FUNCTIONS(ScreenCatalog)
public:
    static QList<ScreenEntry> entries();
};

} // namespace cj::client
