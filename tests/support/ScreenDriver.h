#pragma once

// For offscreen widget tests against the real server (header-only: only tests that link the
// widgets include it): a signed-in main window whose screens are opened from their menus as a
// person would, dialogs answered through a ModalWatcher, and the signed-in connection to ask the
// server what it now holds.
#include <QAction>
#include <QCborArray>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QtTest>

#include "ModalWatcher.h"
#include "TestClient.h"
#include "ui/MainWindow.h"
#include "ui/common/RecordComboBox.h"

namespace cj::test {

template<typename T>
T *child(QObject *parent, const QString &name)
{
    T *c = parent->findChild<T *>(name);
    if (!c)
        qFatal("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return c;
}

// Picks the entry with this text once the list has come from the server.
inline bool choose(client::RecordComboBox *combo, const QString &text)
{
    if (!QTest::qWaitFor([&] { return combo->findText(text) >= 0; }, 10000))
        return false;
    combo->setCurrentIndex(combo->findText(text));
    return true;
}

inline void clickOk(QDialog *dialog)
{
    child<QPushButton>(dialog, QStringLiteral("okButton"))->click();
}

// The text of a form's error line once the server has answered (empty if it never does).
inline QString refusalShown(QDialog *dialog)
{
    auto *error = child<QLabel>(dialog, QStringLiteral("errorLabel"));
    [[maybe_unused]] const bool shown = QTest::qWaitFor([error] { return !error->text().isEmpty(); }, 10000);
    return error->text();
}

class ScreenDriver
{
public:
    ScreenDriver(quint16 port, const QString &login, const QString &password)
        : m_client(signedIn(port, login, password))
        , m_window(&m_client->session())
    {
        m_window.resize(1280, 800);
        m_window.show();
    }

    ModalWatcher &dialogs() { return m_watcher; }
    client::MainWindow &window() { return m_window; }
    client::Session &session() { return m_client->session(); }

    // Opens a screen from its menu and waits until its list has come.
    QWidget *open(const char *screenAction)
    {
        child<QAction>(&m_window, QString::fromLatin1(screenAction))->trigger();
        QWidget *screen = child<QTabWidget>(&m_window, QStringLiteral("screenTabs"))->currentWidget();
        if (auto *status = screen->findChild<QLabel *>(QStringLiteral("statusLabel")))
            [[maybe_unused]] const bool loaded = QTest::qWaitFor([status] { return !status->text().isEmpty(); }, 10000);
        return screen;
    }

    static void trigger(QWidget *screen, const char *action) { child<QAction>(screen, QString::fromLatin1(action))->trigger(); }

    QCborArray list(protocol::MessageType type, const QCborMap &args, const char *key)
    {
        return m_client->resultOf(type, args).value(QString::fromLatin1(key)).toArray();
    }

    // The first record of a list, or an empty map (so a missing record fails a comparison, not the run).
    QCborMap first(protocol::MessageType type, const QCborMap &args, const char *key)
    {
        const QCborArray records = list(type, args, key);
        return records.isEmpty() ? QCborMap() : records.first().toMap();
    }

private:
    std::unique_ptr<TestClient> m_client;
    client::MainWindow m_window;
    ModalWatcher m_watcher;
};

} // namespace cj::test
