// The epoll event dispatcher that the server's network threads and the load tool run on: timers,
// posted events, wake-ups from other threads and socket notifiers behave as with Qt's own. The test
// runs with it as the application's dispatcher, so QTest's own waiting loops use it too.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <memory>

#ifdef Q_OS_LINUX
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

#include "platform/EpollEventDispatcher.h"

using cj::platform::EpollEventDispatcher;

namespace {
// Runs an event loop until `done` (checked every millisecond) or the deadline; false if the
// deadline came first.
bool runUntil(const std::function<bool()> &done, int timeoutMs = 5000)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer check;
    check.setInterval(1);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    check.start();
    QTimer::singleShot(timeoutMs, &loop, [&] { loop.exit(1); });
    return loop.exec() == 0;
}

// A TCP echo server: what each connection sends comes back.
class EchoServer : public QTcpServer
{
public:
    EchoServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [s] { s->write(s->readAll()); });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }
};
} // namespace

class TestEventDispatcher : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
#ifndef Q_OS_LINUX
        QSKIP("the epoll dispatcher is Linux's; elsewhere Qt's own runs");
#endif
        QVERIFY(dynamic_cast<EpollEventDispatcher *>(QAbstractEventDispatcher::instance()));
    }

    void queuedCallsFromThisAndOtherThreadsArrive()
    {
        int here = 0;
        QMetaObject::invokeMethod(this, [&] { ++here; }, Qt::QueuedConnection);
        QVERIFY(runUntil([&] { return here == 1; }));

        // The loop is blocked in epoll_wait (only a far timer registered) when the other thread posts.
        std::atomic<int> there = 0;
        QEventLoop loop;
        std::unique_ptr<QThread> poster(QThread::create([&] {
            QThread::msleep(100);
            for (int i = 0; i < 1000; ++i) {
                QMetaObject::invokeMethod(&loop, [&] {
                    if (++there == 1000)
                        loop.quit();
                }, Qt::QueuedConnection);
            }
        }));
        QTimer::singleShot(5000, &loop, [&] { loop.exit(1); });
        QElapsedTimer clock;
        clock.start();
        poster->start();
        QCOMPARE(loop.exec(), 0);
        QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
        poster->wait();
    }

    void eventsPostedBeforeASocketWokeTheLoopGoFirst()
    {
#ifdef Q_OS_LINUX
        // Another thread posts an event, then makes a socket readable; both are ready when the loop
        // wakes. The event goes first, as in Qt's own loops: the server relies on it to apply a
        // user's changed roles before that user's next request.
        int fds[2];
        QCOMPARE(::socketpair(AF_UNIX, SOCK_STREAM, 0, fds), 0);
        constexpr int kRounds = 50;
        int posted = 0;
        int received = 0;
        int overtaken = 0;
        QEventLoop loop;
        QSocketNotifier notifier(fds[0], QSocketNotifier::Read);
        connect(&notifier, &QSocketNotifier::activated, &loop, [&] {
            int available = 0;
            ::ioctl(fds[0], FIONREAD, &available);
            QByteArray bytes(qMax(1, available), Qt::Uninitialized);
            received += int(qMax<ssize_t>(0, ::read(fds[0], bytes.data(), size_t(bytes.size()))));
            if (posted < received)
                ++overtaken;
            if (received == kRounds)
                loop.quit();
        });
        std::unique_ptr<QThread> other(QThread::create([&] {
            for (int i = 0; i < kRounds; ++i) {
                QThread::msleep(3); // the loop waits again
                QMetaObject::invokeMethod(&loop, [&] { ++posted; }, Qt::QueuedConnection);
                [[maybe_unused]] const ssize_t written = ::write(fds[1], "x", 1);
            }
        }));
        QTimer::singleShot(10000, &loop, [&] { loop.exit(1); });
        other->start();
        QCOMPARE(loop.exec(), 0);
        other->wait();
        ::close(fds[0]);
        ::close(fds[1]);
        QCOMPARE(overtaken, 0);
#endif
    }

    void timersFireInOrderNeverEarly()
    {
        QElapsedTimer clock;
        clock.start();
        QList<std::pair<int, qint64>> fired;
        for (const int ms : {30, 10, 20, 0}) {
            QTimer::singleShot(ms, Qt::PreciseTimer, this, [&, ms] { fired.append({ms, clock.elapsed()}); });
        }
        QVERIFY(runUntil([&] { return fired.size() == 4; }));
        QCOMPARE(fired[0].first, 0);
        QCOMPARE(fired[1].first, 10);
        QCOMPARE(fired[2].first, 20);
        QCOMPARE(fired[3].first, 30);
        for (const auto &[ms, at] : std::as_const(fired))
            QVERIFY2(at >= ms, qPrintable(QStringLiteral("%1 ms timer fired at %2 ms").arg(ms).arg(at)));
    }

    void repeatingTimerStopsFromItsOwnEvent()
    {
        QTimer timer;
        timer.setInterval(5);
        int count = 0;
        connect(&timer, &QTimer::timeout, this, [&] {
            if (++count == 5)
                timer.stop();
        });
        timer.start();
        QVERIFY(runUntil([&] { return count == 5; }));
        QTest::qWait(50);
        QCOMPARE(count, 5);
    }

    void zeroTimerDoesNotStarveOthers()
    {
        QTimer zero;
        zero.setInterval(0);
        int spins = 0;
        connect(&zero, &QTimer::timeout, this, [&] { ++spins; });
        zero.start();
        bool later = false;
        QTimer::singleShot(30, this, [&] { later = true; });
        QVERIFY(runUntil([&] { return later; }));
        QVERIFY2(spins > 10, qPrintable(QString::number(spins)));
    }

    void remainingTimeAndRegisteredTimers()
    {
        QObject object;
        QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance();
        const int id = object.startTimer(1000, Qt::CoarseTimer);
        const int left = dispatcher->remainingTime(id);
        QVERIFY2(left > 900 && left <= 1000, qPrintable(QString::number(left)));
        const QList<QAbstractEventDispatcher::TimerInfo> timers = dispatcher->registeredTimers(&object);
        QCOMPARE(timers.size(), 1);
        QCOMPARE(timers[0].timerId, id);
        QCOMPARE(timers[0].interval, 1000);
        QCOMPARE(timers[0].timerType, Qt::CoarseTimer);
        object.killTimer(id);
        QCOMPARE(dispatcher->remainingTime(id), -1);
        QVERIFY(dispatcher->registeredTimers(&object).isEmpty());
    }

    void nestedLoopDoesNotRefireARunningTimer()
    {
        QTimer timer;
        timer.setInterval(1);
        int depth = 0;
        int deepest = 0;
        int count = 0;
        connect(&timer, &QTimer::timeout, this, [&] {
            ++count;
            deepest = qMax(deepest, ++depth);
            if (count == 1)
                QTest::qWait(30); // a nested loop while the timer's event runs
            --depth;
        });
        timer.start();
        QVERIFY(runUntil([&] { return count >= 3; }));
        timer.stop();
        QCOMPARE(deepest, 1);
    }

    void manySocketsEchoAndClose()
    {
        EchoServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        constexpr int kSockets = 300;
        std::vector<std::unique_ptr<QTcpSocket>> clients;
        QList<QByteArray> received(kSockets);
        for (int i = 0; i < kSockets; ++i) {
            auto socket = std::make_unique<QTcpSocket>();
            QTcpSocket *s = socket.get();
            connect(s, &QTcpSocket::connected, s, [s, i] { s->write(QByteArray("ping ") + QByteArray::number(i) + '\n'); });
            connect(s, &QTcpSocket::readyRead, s, [s, i, &received] { received[i] += s->readAll(); });
            s->connectToHost(server.serverAddress(), server.serverPort());
            clients.push_back(std::move(socket));
        }
        const auto allEchoed = [&] {
            for (int i = 0; i < kSockets; ++i) {
                if (received[i] != QByteArray("ping ") + QByteArray::number(i) + '\n')
                    return false;
            }
            return true;
        };
        QVERIFY(runUntil(allEchoed, 10000));

        // Closed sockets' numbers come back for new ones at once: they must be watched afresh.
        for (int i = 0; i < kSockets; i += 2) {
            clients[size_t(i)]->abort();
            received[i].clear();
            QTcpSocket *s = clients[size_t(i)].get();
            s->connectToHost(server.serverAddress(), server.serverPort());
        }
        QVERIFY(runUntil(allEchoed, 10000));

        // A large write goes out in pieces as the socket becomes writable (the write notifier).
        const QByteArray big(8 * 1024 * 1024, 'x');
        QTcpSocket *s = clients[1].get();
        received[1].clear();
        s->write(big);
        QVERIFY(runUntil([&] { return received[1].size() == big.size(); }, 20000));
    }

    void quitFromAnotherThreadEndsABlockedLoop()
    {
        QThread thread;
        cj::platform::useSocketEventDispatcher(thread);
        thread.start();
        QTest::qWait(50); // now blocked in epoll_wait, nothing due
        QElapsedTimer clock;
        clock.start();
        thread.quit();
        QVERIFY(thread.wait(2000));
        QVERIFY(clock.elapsed() < 1000);
    }
};

int main(int argc, char **argv)
{
    QCoreApplication::setEventDispatcher(cj::platform::createSocketEventDispatcher());
    QCoreApplication app(argc, argv);
    TestEventDispatcher test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_event_dispatcher.moc"
