#pragma once

// For offscreen widget tests (header-only: only tests that link the widgets include it). Dialogs
// run modally (exec) block the test's own code, so they are answered from a timer: a test says
// beforehand what to do with the next dialog of a kind; a message box nobody expected is recorded
// (its text) and closed, so a test can fail on it instead of hanging.
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QTest>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <functional>

namespace cj::test {

class ModalWatcher : public QObject
{
public:
    using Handler = std::function<void(QDialog *)>;

    ModalWatcher()
    {
        m_timer.setInterval(30);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] { poll(); });
        m_timer.start();
    }

    // The next modal dialog with this object name is handed to `handler` (once). A dialog that is
    // still open 20 s after its handler (the server refused, say) is closed and reported with the
    // text of its error line.
    void expect(const QString &objectName, Handler handler) { m_expected.append({objectName, std::move(handler)}); }
    bool allHandled() const { return m_expected.isEmpty(); }
    // Texts of message boxes that came unexpected.
    const QStringList &unexpected() const { return m_unexpected; }
    void clearUnexpected() { m_unexpected.clear(); }

private:
    void poll()
    {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog || dialog == m_busy)
            return;
        for (int i = 0; i < m_expected.size(); ++i) {
            if (m_expected[i].first == dialog->objectName()) {
                const Handler handler = m_expected.takeAt(i).second;
                m_busy = dialog;
                snapshot(dialog);
                handler(dialog);
                QTimer::singleShot(20000, dialog, [this, dialog] {
                    if (!dialog->isVisible())
                        return;
                    auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
                    m_unexpected.append(dialog->objectName() + QStringLiteral(" stayed open: ") + (error ? error->text() : QString()));
                    dialog->reject();
                });
                return;
            }
        }
        if (auto *box = qobject_cast<QMessageBox *>(dialog)) {
            m_unexpected.append(box->text());
            box->reject();
            box->done(QMessageBox::No);
        }
    }

    // With CJ_SCREENSHOT_DIR set, each dialog is saved as a PNG to look at (once its lists came).
    static void snapshot(QDialog *dialog)
    {
        const QString dir = qEnvironmentVariable("CJ_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QTest::qWait(400);
        QDir().mkpath(dir);
        dialog->grab().save(QStringLiteral("%1/dialog-%2.png").arg(dir, dialog->objectName()));
    }

    QTimer m_timer;
    QList<QPair<QString, Handler>> m_expected;
    QStringList m_unexpected;
    QPointer<QDialog> m_busy; // being answered by a handler (which may wait for the server)
};

} // namespace cj::test
