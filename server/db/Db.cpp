#include "db/Db.h"

#include "db/SqlArray.h"

#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>
#include <QTimeZone>

#include <atomic>

Q_LOGGING_CATEGORY(lcDb, "cj.db")

namespace cj::server {

namespace {
DatabaseConfig g_config;
std::atomic<int> g_connectionCounter{0};

std::atomic<bool> g_abandon{false};

// Removes the thread's connection when the thread ends (QSqlDatabase connections are per thread).
struct ThreadDb {
    std::unique_ptr<Db> db;
    bool planOnce = false;
    ~ThreadDb()
    {
        // At process exit a worker's thread-local destructors run after QThread::wait() has returned,
        // racing the exit itself (and Qt SQL's own globals): leave the connection to the OS then.
        if (g_abandon.load())
            (void)db.release();
    }
};
thread_local ThreadDb t_db;
} // namespace

SqlError::SqlError(const QString &message, QString sqlState, const QString &sql)
    : std::runtime_error(QStringLiteral("%1 [%2] in: %3").arg(message, sqlState, sql.left(300)).toStdString())
    , m_sqlState(std::move(sqlState))
{
    // QPSQL puts the constraint name in the message text only; keep it for error mapping.
    const QString marker = QStringLiteral("constraint \"");
    const int at = message.indexOf(marker);
    if (at >= 0) {
        const int start = at + marker.size();
        m_constraint = message.mid(start, message.indexOf(QLatin1Char('"'), start) - start);
    }
}

bool SqlError::isConnectionLost() const
{
    return m_sqlState.isEmpty() || m_sqlState.startsWith(QLatin1String("08"))
        || m_sqlState.startsWith(QLatin1String("57P0"));
}

SqlRows::SqlRows(QSqlQuery *query, bool *inUse, std::unique_ptr<QSqlQuery> owned)
    : m_query(query)
    , m_inUse(inUse)
    , m_owned(std::move(owned))
{
}

SqlRows::SqlRows(SqlRows &&other) noexcept
    : m_query(other.m_query)
    , m_inUse(other.m_inUse)
    , m_owned(std::move(other.m_owned))
{
    other.m_query = nullptr;
    other.m_inUse = nullptr;
}

SqlRows::~SqlRows()
{
    if (m_query)
        m_query->finish();
    if (m_inUse)
        *m_inUse = false;
}

std::optional<qint64> SqlRows::optionalInteger(int column) const
{
    if (m_query->isNull(column))
        return std::nullopt;
    return m_query->value(column).toLongLong();
}

QDateTime SqlRows::dateTime(int column) const
{
    QDateTime dt = m_query->value(column).toDateTime();
    return dt;
}

void Db::configure(const DatabaseConfig &config)
{
    g_config = config;
}

const DatabaseConfig &Db::config()
{
    return g_config;
}

Db &Db::local()
{
    if (!t_db.db) {
        const QString name = QStringLiteral("cj-%1").arg(g_connectionCounter.fetch_add(1));
        t_db.db = std::make_unique<Db>(g_config, name);
        t_db.db->m_planOnce = t_db.planOnce;
    }
    if (!t_db.db->m_db.isOpen())
        t_db.db->open();
    return *t_db.db;
}

void Db::closeLocal()
{
    t_db.db.reset();
}

void Db::abandonThreadConnections()
{
    g_abandon.store(true);
}

Db::Db(const DatabaseConfig &config, const QString &connectionName)
    : m_name(connectionName)
    , m_config(config)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
    m_db.setHostName(config.host);
    m_db.setPort(config.port);
    m_db.setDatabaseName(config.databaseName);
    m_db.setUserName(config.user);
    m_db.setPassword(config.password);
    QString options = QStringLiteral("connect_timeout=10;application_name=classjournal-server");
    if (!config.options.isEmpty())
        options += QLatin1Char(';') + config.options;
    m_db.setConnectOptions(options);
}

Db::~Db()
{
    m_statements.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

void Db::open()
{
    if (!m_db.open())
        throw SqlError(m_db.lastError().text(), m_db.lastError().nativeErrorCode(), QStringLiteral("<connect>"));
    // Timestamps are exchanged in UTC; dates are school-local and carry no zone.
    execScript(QStringLiteral("SET TIME ZONE 'UTC'"));
    execScript(QStringLiteral("SET client_min_messages = warning"));
    if (m_planOnce)
        execScript(QStringLiteral("SET plan_cache_mode = force_generic_plan"));
}

void Db::planOnceInThisThread()
{
    t_db.planOnce = true;
    if (t_db.db && !t_db.db->m_planOnce) {
        t_db.db->m_planOnce = true;
        if (t_db.db->m_db.isOpen())
            t_db.db->execScript(QStringLiteral("SET plan_cache_mode = force_generic_plan"));
    }
}

void Db::reconnect()
{
    qCWarning(lcDb) << "reconnecting database connection" << m_name;
    m_statements.clear();
    m_inTransaction = false;
    m_db.close();
    open();
}

void Db::fail(const QSqlError &error, const QString &sql)
{
    throw SqlError(error.databaseText().isEmpty() ? error.text() : error.databaseText(),
                   error.nativeErrorCode(), sql);
}

SqlRows Db::exec(const QString &sql, const QVariantList &params)
{
    Statement &statement = m_statements[sql];
    std::unique_ptr<QSqlQuery> owned;
    QSqlQuery *query = nullptr;
    bool *inUse = nullptr;
    if (!statement.query) {
        statement.query = std::make_unique<QSqlQuery>(m_db);
        statement.query->setForwardOnly(true);
        if (!statement.query->prepare(sql)) {
            const QSqlError error = statement.query->lastError();
            statement.query.reset();
            m_statements.erase(sql);
            fail(error, sql);
        }
    }
    if (statement.inUse) {
        // The same statement is being iterated further up the stack: use a one-off copy.
        owned = std::make_unique<QSqlQuery>(m_db);
        owned->setForwardOnly(true);
        if (!owned->prepare(sql))
            fail(owned->lastError(), sql);
        query = owned.get();
    } else {
        query = statement.query.get();
        statement.inUse = true;
        inUse = &statement.inUse;
    }
    for (int i = 0; i < params.size(); ++i) {
        const QVariant &p = params.at(i);
        // QPSQL sends a null QString as NULL; an empty text is meant (typed-null variants stay NULL).
        if (!p.isNull() && p.typeId() == QMetaType::QString && p.toString().isNull())
            query->bindValue(i, QString(QLatin1String("")));
        else
            query->bindValue(i, p);
    }
    if (!query->exec()) {
        const QSqlError error = query->lastError();
        if (inUse)
            *inUse = false;
        fail(error, sql);
    }
    return SqlRows(query, inUse, std::move(owned));
}

void Db::execScript(const QString &sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        fail(query.lastError(), sql);
}

std::optional<QVariant> Db::scalar(const QString &sql, const QVariantList &params)
{
    SqlRows rows = exec(sql, params);
    if (!rows.next())
        return std::nullopt;
    return rows.value(0);
}

void Db::begin()
{
    execScript(QStringLiteral("BEGIN"));
    m_inTransaction = true;
}

void Db::execAsOne(const QList<SqlStatement> &parts)
{
    QString sql = QStringLiteral("WITH ");
    QVariantList params;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i > 0)
            sql += QStringLiteral(", ");
        sql += QStringLiteral("part") + QString::number(i) + QStringLiteral(" AS (") + parts[i].sql + QLatin1Char(')');
        params += parts[i].params;
    }
    sql += QStringLiteral(" SELECT 1");
    exec(sql, params);
}

void Db::commit()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("COMMIT"))) {
        m_inTransaction = false;
        fail(query.lastError(), QStringLiteral("COMMIT"));
    }
    m_inTransaction = false;
}

void Db::rollback()
{
    m_inTransaction = false;
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("ROLLBACK"));
}

Transaction::Transaction(Db &db)
    : m_db(db)
{
    m_db.begin();
}

Transaction::~Transaction()
{
    if (!m_done) {
        try {
            m_db.rollback();
        } catch (...) {
        }
    }
}

void Transaction::commit()
{
    m_done = true;
    m_db.commit();
}

QString intArrayLiteral(const QList<qint64> &values)
{
    SqlArray array;
    for (qint64 v : values)
        array.add(v);
    return array.literal();
}

QString textArrayLiteral(const QStringList &values)
{
    SqlArray array;
    for (const QString &v : values)
        array.add(v);
    return array.literal();
}

} // namespace cj::server
