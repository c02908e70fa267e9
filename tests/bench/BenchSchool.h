#pragma once

#include <QList>
#include <QString>
#include <QTemporaryDir>

#include <memory>

#include "BenchOptions.h"
#include "SimulatedTeacher.h"
#include "db/DatabaseConfig.h"

namespace cj::server {
class EmbeddedPostgres;
}

namespace cj::bench {

// What the single-operation timings use from the first school.
struct SchoolSample {
    qint64 schoolId = 0;
    int students = 0;
    QList<qint64> classIds;      // by grade and letter
    QList<qint64> assignmentIds; // by class, subject, subgroup
    QString deputyLogin;
};

// The data the benchmark runs on: a private PostgreSQL cluster (fsync on, the product's embedded
// settings) in a temporary directory, holding the generated school(s) — made by the server's own
// `--generate` at the simulated day, or copied from a cached cluster made the same way (keyed by the
// seed, the size, the day and a digest of the schema and the generator's sources). Accounts the
// benchmark signs in with get a known password.
class BenchSchool
{
public:
    static inline const QString kPassword = QStringLiteral("Bench-pass-1");

    explicit BenchSchool(const BenchOptions &options);
    ~BenchSchool();

    bool prepare(QString *error);
    void stop();

    server::DatabaseConfig database() const;
    QString databaseUrl() const;
    QString binDir() const;
    QString directory() const { return m_dir->path(); } // the cluster's parent, on its file system
    qint64 postmasterPid() const;
    QString generationSummary() const { return m_summary; }
    bool fromCache() const { return m_fromCache; }
    double generationSeconds() const { return m_generationSeconds; }

    // `count` teachers with lessons on the simulated day, taken from the schools in turn; when there
    // are fewer, accounts are reused (noted in *note). Sets their passwords.
    QList<TeacherAccount> teachers(int count, QString *note, QString *error);
    SchoolSample sample(QString *error);

private:
    bool startCluster(QString *error);
    bool generate(QString *error);
    QString cacheKey() const;
    bool copyTree(const QString &from, const QString &to, QString *error) const;

    BenchOptions m_options;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<server::EmbeddedPostgres> m_postgres;
    QString m_summary;
    bool m_fromCache = false;
    double m_generationSeconds = 0;
};

} // namespace cj::bench
