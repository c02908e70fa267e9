#include "SimulatedTeacher.h"

#include <QCborArray>
#include <QTimer>

#include <cmath>

#include "LatencyStats.h"
#include "Pacer.h"
#include "ProcessMeter.h"
#include "core/ServerConnection.h"
#include "core/Session.h"
#include "protocol/ArgReader.h"
#include "protocol/ErrorCode.h"

namespace cj::bench {

using protocol::MessageType;

std::atomic<bool> SimulatedTeacher::s_reportsMissing{false};

namespace {
constexpr int kMarksPerLesson = 5;
constexpr int kAbsencesPerLesson = 2;

bool isSummary(MessageType type)
{
    return type == MessageType::ReportsProgressStatement || type == MessageType::ReportsPeriodResults;
}
} // namespace

SimulatedTeacher::SimulatedTeacher(TeacherAccount account, LoadSettings settings, LatencyStats *stats, Pacer *pacer,
                                   quint32 seed, QObject *parent)
    : QObject(parent)
    , m_account(std::move(account))
    , m_settings(std::move(settings))
    , m_stats(stats)
    , m_pacer(pacer)
    , m_random(seed)
    , m_connection(new client::ServerConnection)
    , m_session(new client::Session(m_connection))
{
    m_connection->setEndpoint(m_settings.host, m_settings.port);
    m_connection->setAutoReconnect(false); // a dropped connection is an error to count, not to hide
}

SimulatedTeacher::~SimulatedTeacher()
{
    delete m_session;
    delete m_connection;
}

void SimulatedTeacher::startClosedLoop(int delayMs)
{
    m_running = m_signedIn;
    QTimer::singleShot(delayMs, this, [this] { lesson(); });
}

void SimulatedTeacher::stopClosedLoop()
{
    m_running = false;
}

bool SimulatedTeacher::canMark() const
{
    return m_signedIn && m_page.lessonId > 0 && !m_page.noMarks && !m_page.students.isEmpty();
}

void SimulatedTeacher::signIn()
{
    m_signInStarted = true;
    const qint64 start = monotonicNs();
    ++m_outstanding;
    auto *handshake = new QMetaObject::Connection;
    auto *failure = new QMetaObject::Connection;
    const auto finish = [this, handshake, failure] {
        disconnect(*handshake);
        disconnect(*failure);
        delete handshake;
        delete failure;
        --m_outstanding;
    };
    *handshake = connect(m_connection, &client::ServerConnection::handshakeCompleted, this, [this, start, finish] {
        finish();
        m_stats->record(QStringLiteral("connect (TLS + hello)"), start, monotonicNs() - start);
        const qint64 loginStart = monotonicNs();
        ++m_outstanding;
        m_session->login(m_account.login, m_account.password, [this, loginStart](const std::optional<protocol::Error> &e) {
            --m_outstanding;
            if (e) {
                m_stats->error(QStringLiteral("auth.login"), loginStart, protocol::errorCodeName(e->code));
                return;
            }
            m_stats->record(QStringLiteral("auth.login"), loginStart, monotonicNs() - loginStart);
            m_signedIn = true;
        });
    });
    *failure = connect(m_connection, &client::ServerConnection::connectionError, this, [this, start, finish] {
        finish();
        m_stats->error(QStringLiteral("connect (TLS + hello)"), start, QStringLiteral("unreachable"));
    });
    m_connection->open();
}

void SimulatedTeacher::send(MessageType type, const QString &op, const QCborMap &args, Then then, qint64 scheduledNs)
{
    const qint64 start = scheduledNs > 0 ? scheduledNs : monotonicNs();
    ++m_outstanding;
    m_connection->call(type, args, this, [this, type, op, start, then](const protocol::Response &r) {
        --m_outstanding;
        if (r.ok)
            m_stats->record(op, start, monotonicNs() - start);
        else if (isSummary(type) && r.error.code == protocol::ErrorCode::UnknownType)
            s_reportsMissing = true; // the server has no reports yet: nothing to measure, nothing wrong
        else
            m_stats->error(op, start, protocol::errorCodeName(r.error.code));
        if (then)
            then(r.ok, r.result);
    });
}

void SimulatedTeacher::think(std::function<void()> next)
{
    // Exponential think times (capped): people do not act in lockstep.
    const double mean = m_settings.thinkMs;
    const double ms = qMin(5 * mean, -mean * std::log(1.0 - m_random.generateDouble()));
    QTimer::singleShot(int(ms), this, std::move(next));
}

void SimulatedTeacher::lesson()
{
    if (!m_running || m_account.lessons.isEmpty())
        return;
    ++m_cycles;
    QList<std::function<void(std::function<void()>)>> actions;
    actions.append([this](auto next) { openPage(next); });
    for (int i = 0; i < kAbsencesPerLesson; ++i)
        actions.append([this](auto next) { markAttendance(next); });
    actions.append([this](auto next) { writeLesson(next); });
    for (int i = 0; i < kMarksPerLesson; ++i)
        actions.append([this](auto next) { saveMark(next); });
    if (m_cycles % m_settings.summaryEvery == 0)
        actions.append([this](auto next) { openSummary(next); });
    actions.append([this](auto next) {
        send(MessageType::JournalClose, QStringLiteral("journal.close"),
             QCborMap{{QStringLiteral("assignmentId"), m_page.assignmentId}}, [next](bool, const QCborMap &) { next(); });
    });
    runActions(actions);
}

void SimulatedTeacher::runActions(QList<std::function<void(std::function<void()>)>> actions)
{
    if (!m_running)
        return;
    if (actions.isEmpty()) {
        lesson();
        return;
    }
    const auto action = actions.takeFirst();
    action([this, actions] { think([this, actions] { runActions(actions); }); });
}

void SimulatedTeacher::openPage(std::function<void()> next)
{
    const DayLesson day = m_account.lessons.at(m_lessonIndex++ % m_account.lessons.size());
    send(MessageType::JournalOpen, QStringLiteral("journal.open"), QCborMap{{QStringLiteral("assignmentId"), day.assignmentId}},
         [this, day, next](bool ok, const QCborMap &r) {
             m_page = Page{};
             m_page.assignmentId = day.assignmentId;
             if (ok) {
                 const QCborMap assignment = r.value(QStringLiteral("assignment")).toMap();
                 const QString today = r.value(QStringLiteral("today")).toString();
                 m_page.lessonId = day.lessonId;
                 m_page.periodId = protocol::intOr(r.value(QStringLiteral("period")).toMap().value(QStringLiteral("id")));
                 m_page.classId = protocol::intOr(assignment.value(QStringLiteral("classId")));
                 m_page.noMarks = assignment.value(QStringLiteral("noMarks")).toBool();
                 m_page.passFail = assignment.value(QStringLiteral("grading")).toString() == QLatin1String("pass_fail");
                 QSet<qint64> exempt;
                 for (const QCborValue &v : r.value(QStringLiteral("exempt")).toArray())
                     exempt.insert(protocol::intOr(v));
                 for (const QCborValue &v : r.value(QStringLiteral("students")).toArray()) {
                     const QCborMap s = v.toMap();
                     const QString joined = s.value(QStringLiteral("joinedOn")).toString();
                     const QString left = s.value(QStringLiteral("leftOn")).toString();
                     const qint64 id = protocol::intOr(s.value(QStringLiteral("id")));
                     // ISO dates compare as text; empty means "on the list all along".
                     if ((joined.isEmpty() || joined <= today) && (left.isEmpty() || left > today) && !exempt.contains(id))
                         m_page.students.append(id);
                 }
             }
             next();
         });
}

void SimulatedTeacher::markAttendance(std::function<void()> next)
{
    if (m_page.lessonId == 0 || m_page.students.isEmpty())
        return next();
    const qint64 student = m_page.students.at(m_random.bounded(int(m_page.students.size())));
    const bool absent = !m_absent.contains(student);
    if (absent)
        m_absent.insert(student);
    else
        m_absent.remove(student);
    send(MessageType::JournalSetAttendance, QStringLiteral("journal.setAttendance"),
         QCborMap{{QStringLiteral("lessonId"), m_page.lessonId},
                  {QStringLiteral("studentId"), student},
                  {QStringLiteral("kind"), absent ? QCborValue(QStringLiteral("absent")) : QCborValue(nullptr)}},
         [next](bool, const QCborMap &) { next(); });
}

void SimulatedTeacher::writeLesson(std::function<void()> next)
{
    if (m_page.lessonId == 0)
        return next();
    ++m_topicVersion;
    QCborMap args{{QStringLiteral("lessonId"), m_page.lessonId},
                  {QStringLiteral("topic"), QStringLiteral("Повторение и обобщение (вариант %1)").arg(m_topicVersion)}};
    if (!m_page.noMarks) // grade 1 has no homework (000 §3.7)
        args.insert(QStringLiteral("homework"), QStringLiteral("упр. %1, с. %2").arg(m_topicVersion).arg(10 + m_topicVersion % 90));
    send(MessageType::JournalSetLesson, QStringLiteral("journal.setLesson"), args, [next](bool, const QCborMap &) { next(); });
}

QCborMap SimulatedTeacher::nextMarks(qint64 studentId)
{
    const int last = m_lastMark.value(studentId, -1);
    if (m_page.passFail) {
        const int passed = last == 1 ? 0 : 1;
        m_lastMark.insert(studentId, passed);
        return QCborMap{{QStringLiteral("passed"), passed == 1}};
    }
    const int value = last < 0 ? 4 : (last - 2) % 3 + 3; // 4, 5, 3, 4, … : always a change
    m_lastMark.insert(studentId, value);
    return QCborMap{{QStringLiteral("value"), value}};
}

void SimulatedTeacher::saveMark(std::function<void()> next, qint64 scheduledNs)
{
    if (!canMark()) {
        if (next)
            next();
        return;
    }
    qint64 student = 0;
    for (qsizetype tries = 0; tries < m_page.students.size() && student == 0; ++tries) {
        const qint64 candidate = m_page.students.at(m_nextStudent++ % m_page.students.size());
        if (!m_absent.contains(candidate))
            student = candidate;
    }
    if (student == 0)
        student = m_page.students.first();
    send(MessageType::JournalSetMarks, QStringLiteral("journal.setMarks"),
         QCborMap{{QStringLiteral("lessonId"), m_page.lessonId},
                  {QStringLiteral("studentId"), student},
                  {QStringLiteral("marks"), QCborArray{nextMarks(student)}}},
         [next](bool, const QCborMap &) {
             if (next)
                 next();
         },
         scheduledNs);
}

void SimulatedTeacher::openSummary(std::function<void()> next)
{
    if (s_reportsMissing || m_page.lessonId == 0)
        return next();
    const auto done = [next](bool, const QCborMap &) { next(); };
    // A class teacher looks at their class's statement; a subject teacher at their subject's results.
    const QList<qint64> led = m_session->user().classTeacherOf;
    if (!led.isEmpty()) {
        send(MessageType::ReportsProgressStatement, QStringLiteral("reports.progressStatement"),
             QCborMap{{QStringLiteral("classId"), led.first()}}, done);
    } else {
        send(MessageType::ReportsPeriodResults, QStringLiteral("reports.periodResults"),
             QCborMap{{QStringLiteral("assignmentId"), m_page.assignmentId}, {QStringLiteral("periodId"), m_page.periodId}},
             done);
    }
}

void SimulatedTeacher::startOpenLoop(double perSecond, qint64 untilNs)
{
    m_openRate = perSecond;
    m_openUntilNs = untilNs;
    m_nextSendNs = monotonicNs() + poissonGapNs();
    scheduleOpenLoop();
}

qint64 SimulatedTeacher::poissonGapNs()
{
    return qint64(-std::log(1.0 - m_random.generateDouble()) / m_openRate * 1e9);
}

void SimulatedTeacher::scheduleOpenLoop()
{
    const qint64 now = monotonicNs();
    // Everything due by now goes out, each timed from when it was due.
    while (m_nextSendNs <= now && m_nextSendNs < m_openUntilNs) {
        saveMark({}, m_nextSendNs);
        m_nextSendNs += poissonGapNs();
    }
    if (m_nextSendNs < m_openUntilNs)
        m_pacer->at(m_nextSendNs, [this] { scheduleOpenLoop(); });
}

} // namespace cj::bench
