#include "BenchSchool.h"

#include <unistd.h>

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>

#include "ServerProcess.h"
#include "SqlProfile.h"
#include "TestCluster.h"
#include "auth/PasswordHasher.h"
#include "db/Db.h"
#include "db/EmbeddedPostgres.h"
#include "storage/AssignmentStore.h"
#include "storage/ClassStore.h"
#include "storage/LessonStore.h"
#include "storage/SchoolStore.h"
#include "storage/UserStore.h"
#include "storage/YearStore.h"

namespace cj::bench {

namespace {
// Anything here that changes what a generated database holds invalidates the cached clusters.
const QStringList kDataSources = {QStringLiteral("server/app"), QStringLiteral("server/db"), QStringLiteral("server/rules"),
                                  QStringLiteral("server/storage"), QStringLiteral("tests/bench/BenchSchool.cpp")};

QList<qint64> schoolIds(server::Db &db)
{
    QList<qint64> ids;
    const std::optional<qint64> first = server::SchoolStore::firstSchoolId(db);
    for (qint64 id = first.value_or(0); first && server::SchoolStore::byId(db, id); ++id)
        ids.append(id);
    return ids;
}
} // namespace

BenchSchool::BenchSchool(const BenchOptions &options)
    : m_options(options)
{
}

BenchSchool::~BenchSchool()
{
    stop();
}

void BenchSchool::stop()
{
    if (m_postgres)
        m_postgres->stop();
    m_postgres.reset();
}

server::DatabaseConfig BenchSchool::database() const
{
    return m_postgres->connectionConfig();
}

QString BenchSchool::databaseUrl() const
{
    return test::TestCluster::url(database());
}

QString BenchSchool::binDir() const
{
    return server::EmbeddedPostgres::findBinDir();
}

qint64 BenchSchool::postmasterPid() const
{
    return m_postgres ? m_postgres->pid() : 0;
}

QString BenchSchool::cacheKey() const
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(QStringLiteral("%1|%2|%3").arg(m_options.seed).arg(m_options.generateArgument(), m_options.date.toString(Qt::ISODate)).toUtf8());
    QStringList files;
    for (const QString &source : kDataSources) {
        const QString path = QStringLiteral(CJ_SOURCE_DIR "/") + source;
        if (QFileInfo(path).isFile())
            files.append(path);
        QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
    }
    files.sort();
    for (const QString &path : files) {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly)) {
            hash.addData(path.toUtf8());
            hash.addData(f.readAll());
        }
    }
    return QString::fromLatin1(hash.result().toHex().left(16));
}

bool BenchSchool::copyTree(const QString &from, const QString &to, QString *error) const
{
    // cp -a keeps the owner (the cluster belongs to the unprivileged PostgreSQL user) and modes.
    QProcess cp;
    cp.setProcessChannelMode(QProcess::MergedChannels);
    cp.start(QStringLiteral("cp"), {QStringLiteral("-a"), from, to});
    if (!cp.waitForFinished(600000) || cp.exitCode() != 0) {
        *error = QStringLiteral("cp -a %1 %2 failed: %3").arg(from, to, QString::fromLocal8Bit(cp.readAll()));
        return false;
    }
    // The copy's gigabytes are still in the page cache: written back during the run, they would
    // compete with every commit's WAL flush (fsync is on) and show up as latency that is not ours.
    ::sync();
    return true;
}

bool BenchSchool::startCluster(QString *error)
{
    server::EmbeddedPostgres::Options options;
    options.clusterDir = m_dir->path() + QStringLiteral("/cluster");
    options.durable = true; // fsync on: the baseline and the server both pay for durable commits
    if (m_options.sqlProfile)
        options.extraSettings = SqlProfile::clusterSettings();
    m_postgres = std::make_unique<server::EmbeddedPostgres>(options);
    return m_postgres->start(error);
}

bool BenchSchool::generate(QString *error)
{
    QElapsedTimer timer;
    timer.start();
    int code = 0;
    QString errors;
    m_summary = test::ServerProcess::runOnce({QStringLiteral("--generate"), m_options.generateArgument(), QStringLiteral("--seed"),
                                              QString::number(m_options.seed), QStringLiteral("--today"),
                                              m_options.date.toString(Qt::ISODate), QStringLiteral("--db"), databaseUrl(),
                                              QStringLiteral("--data-dir"), m_dir->path() + QStringLiteral("/generate")},
                                             &code, &errors, 3600000)
                    .trimmed();
    if (code != 0) {
        *error = QStringLiteral("classjournal-server --generate failed: %1").arg(errors.right(2000));
        return false;
    }
    // A school's database has had months of autovacuum: hint bits set, statistics current. Straight
    // after a bulk load the first readers would do that work, and autovacuum would do it during the
    // measurements (it made the whole-school results ten times slower in a region than in one school).
    try {
        server::Db db(database(), QStringLiteral("bench-vacuum"));
        db.open();
        db.execScript(QStringLiteral("VACUUM (ANALYZE)"));
    } catch (const server::SqlError &e) {
        *error = QStringLiteral("VACUUM: %1").arg(QString::fromStdString(e.what()));
        return false;
    }
    m_generationSeconds = double(timer.elapsed()) / 1000.0;
    return true;
}

bool BenchSchool::prepare(QString *error)
{
    m_dir = test::makeSharedTempDir(QStringLiteral("bench"));
    const QString cluster = m_dir->path() + QStringLiteral("/cluster");
    const QString cached = m_options.cacheDir.isEmpty() ? QString()
                                                        : QStringLiteral("%1/%2/cluster").arg(m_options.cacheDir, cacheKey());
    // What the generator said travels with the cached cluster, for the report.
    QFile summary(QFileInfo(cached).path() + QStringLiteral("/summary.txt"));
    if (!cached.isEmpty() && QFile::exists(cached + QStringLiteral("/PG_VERSION"))) {
        m_fromCache = true;
        if (summary.open(QIODevice::ReadOnly))
            m_summary = QString::fromUtf8(summary.readAll());
        return copyTree(cached, cluster, error) && startCluster(error);
    }
    if (!startCluster(error) || !generate(error))
        return false;
    if (cached.isEmpty())
        return true;
    // Keep a cleanly stopped copy; a half-written one is never picked up (it is renamed into place).
    stop();
    const QString partial = cached + QStringLiteral(".partial");
    QDir(partial).removeRecursively();
    QDir().mkpath(QFileInfo(cached).path());
    if (summary.open(QIODevice::WriteOnly))
        summary.write(m_summary.toUtf8());
    if (!copyTree(cluster, partial, error) || !QDir().rename(partial, cached)) {
        *error = QStringLiteral("cannot keep the generated cluster in %1").arg(cached);
        return false;
    }
    return startCluster(error);
}

QList<TeacherAccount> BenchSchool::teachers(int count, QString *note, QString *error)
{
    QList<QList<TeacherAccount>> bySchool;
    try {
        server::Db db(database(), QStringLiteral("bench-teachers"));
        db.open();
        server::PasswordHasher::initialize();
        const QString hash = server::PasswordHasher::hash(kPassword); // one hash: argon2id is slow on purpose
        for (const qint64 schoolId : schoolIds(db)) {
            server::LessonFilter filter;
            filter.schoolId = schoolId;
            filter.from = m_options.date;
            filter.to = m_options.date;
            QMap<qint64, QList<DayLesson>> day; // teacher -> lessons of the day, in order
            for (const server::LessonRecord &l : server::LessonStore::list(db, filter)) {
                if (l.substituteId == 0)
                    day[l.teacherId].append(DayLesson{l.id, l.assignmentId});
            }
            server::UserFilter users;
            users.schoolId = schoolId;
            users.role = QStringLiteral("teacher");
            QList<TeacherAccount> accounts;
            for (const server::UserRecord &u : server::UserStore::list(db, users)) {
                if (!day.contains(u.id))
                    continue;
                server::UserStore::setPassword(db, u.id, hash);
                accounts.append(TeacherAccount{u.login, kPassword, day.value(u.id)});
            }
            bySchool.append(accounts);
        }
    } catch (const server::SqlError &e) {
        *error = QString::fromStdString(e.what());
        return {};
    }
    QList<TeacherAccount> distinct;
    for (qsizetype i = 0; distinct.size() < count; ++i) {
        bool any = false;
        for (const QList<TeacherAccount> &school : bySchool) {
            if (i < school.size() && distinct.size() < count) {
                distinct.append(school[i]);
                any = true;
            }
        }
        if (!any)
            break;
    }
    if (distinct.isEmpty()) {
        *error = QStringLiteral("no teacher has lessons on %1").arg(m_options.date.toString(Qt::ISODate));
        return {};
    }
    QList<TeacherAccount> chosen = distinct;
    for (qsizetype i = 0; chosen.size() < count; ++i)
        chosen.append(distinct[i % distinct.size()]);
    if (chosen.size() > distinct.size())
        *note = QStringLiteral("only %1 teachers have lessons that day: %2 sign in twice (two workstations)")
                    .arg(distinct.size())
                    .arg(chosen.size() - distinct.size());
    return chosen;
}

SchoolSample BenchSchool::sample(QString *error)
{
    SchoolSample s;
    try {
        server::Db db(database(), QStringLiteral("bench-sample"));
        db.open();
        s.schoolId = schoolIds(db).value(0);
        const QList<server::YearRecord> years = server::YearStore::list(db, s.schoolId, true);
        if (years.isEmpty()) {
            *error = QStringLiteral("the generated school has no year");
            return s;
        }
        for (const server::ClassRecord &c : server::ClassStore::list(db, years.first().id, m_options.date)) {
            s.classIds.append(c.id);
            s.students += c.studentCount;
        }
        server::AssignmentFilter filter;
        filter.yearId = years.first().id;
        for (const server::AssignmentRecord &a : server::AssignmentStore::list(db, filter))
            s.assignmentIds.append(a.id);
        server::UserFilter users;
        users.schoolId = s.schoolId;
        users.role = QStringLiteral("deputy");
        const QList<server::UserRecord> deputies = server::UserStore::list(db, users);
        if (deputies.isEmpty()) {
            *error = QStringLiteral("the generated school has no deputy");
            return s;
        }
        server::PasswordHasher::initialize();
        server::UserStore::setPassword(db, deputies.first().id, server::PasswordHasher::hash(kPassword));
        s.deputyLogin = deputies.first().login;
    } catch (const server::SqlError &e) {
        *error = QString::fromStdString(e.what());
    }
    return s;
}

} // namespace cj::bench
