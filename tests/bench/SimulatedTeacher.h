#pragma once

#include <QCborMap>
#include <QDate>
#include <QHash>
#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QSet>

#include <atomic>
#include <functional>

#include "protocol/MessageType.h"

namespace cj::client {
class ServerConnection;
class Session;
} // namespace cj::client

namespace cj::bench {

class LatencyStats;
class Pacer;

// A lesson a teacher gives on the simulated day: the journal page to open and the column to fill.
struct DayLesson {
    qint64 lessonId = 0;
    qint64 assignmentId = 0;
};

struct TeacherAccount {
    QString login;
    QString password;
    QList<DayLesson> lessons; // in the order of the day
};

struct LoadSettings {
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 0;
    int thinkMs = 1000;
    int summaryEvery = 3; // a class summary every this many lessons
};

// One teacher at the morning peak, over the client's own connection and session code, on the thread
// that owns it. Closed loop: sign in, then lesson after lesson — open the page, mark absences, write
// the topic and homework, enter marks, now and then open a class summary, close the page — thinking
// between actions. Open loop: mark saves on a Poisson schedule, latency counted from the scheduled
// moment so a slow server cannot hide its queue. Every write changes the cell, so each is real work.
class SimulatedTeacher : public QObject
{
    Q_OBJECT
public:
    SimulatedTeacher(TeacherAccount account, LoadSettings settings, LatencyStats *stats, Pacer *pacer, quint32 seed,
                     QObject *parent = nullptr);
    ~SimulatedTeacher() override;

    // Connects and signs in (the morning's arrival); the loops need it done.
    void signIn();
    void startClosedLoop(int delayMs);
    void stopClosedLoop(); // finishes the request in flight, then idles (signed in, page open)
    // Mark saves at `perSecond` until `untilNs` (monotonic); needs a page with marks open.
    void startOpenLoop(double perSecond, qint64 untilNs);
    bool canMark() const;
    bool signedIn() const { return m_signedIn; }
    bool signInStarted() const { return m_signInStarted; }
    int outstanding() const { return m_outstanding; }

    // Set once a server answers the summary reports with unknown_type: they are not built yet.
    static std::atomic<bool> s_reportsMissing;

private:
    struct Page {
        qint64 assignmentId = 0;
        qint64 lessonId = 0;
        qint64 periodId = 0;
        qint64 classId = 0;
        bool noMarks = true;
        bool passFail = false;
        QList<qint64> students; // on the list today, not exempt
    };
    using Then = std::function<void(bool ok, const QCborMap &result)>;

    void send(protocol::MessageType type, const QString &op, const QCborMap &args, Then then, qint64 scheduledNs = 0);
    void think(std::function<void()> next);
    void lesson();
    void runActions(QList<std::function<void(std::function<void()>)>> actions);
    void openPage(std::function<void()> next);
    void markAttendance(std::function<void()> next);
    void writeLesson(std::function<void()> next);
    void saveMark(std::function<void()> next, qint64 scheduledNs = 0);
    void openSummary(std::function<void()> next);
    void scheduleOpenLoop();
    qint64 poissonGapNs();
    QCborMap nextMarks(qint64 studentId);

    TeacherAccount m_account;
    LoadSettings m_settings;
    LatencyStats *m_stats;
    Pacer *m_pacer;
    QRandomGenerator m_random;
    client::ServerConnection *m_connection;
    client::Session *m_session;
    bool m_signedIn = false;
    bool m_signInStarted = false;
    bool m_running = false;
    int m_outstanding = 0;
    int m_lessonIndex = 0;
    int m_cycles = 0;
    int m_nextStudent = 0;
    Page m_page;
    QSet<qint64> m_absent;
    QHash<qint64, int> m_lastMark; // student -> last value written today (0/1 for зачёт/незачёт)
    int m_topicVersion = 0;
    double m_openRate = 0;
    qint64 m_openUntilNs = 0;
    qint64 m_nextSendNs = 0;
};

} // namespace cj::bench
