#pragma once

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>
#include <unordered_map>
#include <optional>
#include <stdexcept>
#include <type_traits>

#include "db/DatabaseConfig.h"
#include "db/SqlStatement.h"

namespace cj::server {

// A failed statement, with PostgreSQL's SQLSTATE so callers can tell a duplicate from a bug.
class SqlError : public std::runtime_error
{
public:
    SqlError(const QString &message, QString sqlState, const QString &sql);
    const QString &sqlState() const { return m_sqlState; }
    bool isUniqueViolation() const { return m_sqlState == QLatin1String("23505"); }
    bool isForeignKeyViolation() const { return m_sqlState == QLatin1String("23503"); }
    bool isCheckViolation() const { return m_sqlState == QLatin1String("23514"); }
    bool isExclusionViolation() const { return m_sqlState == QLatin1String("23P01"); }
    bool isSerializationFailure() const
    {
        return m_sqlState == QLatin1String("40001") || m_sqlState == QLatin1String("40P01");
    }
    // No SQLSTATE, class 08 (connection) or 57P0x (server shutting down): the connection is gone.
    bool isConnectionLost() const;
    const QString &constraint() const { return m_constraint; }

private:
    QString m_sqlState;
    QString m_constraint;
};

class Db;

// The rows of one executed statement. Move-only; releases the cached statement when destroyed.
class SqlRows
{
public:
    SqlRows(SqlRows &&other) noexcept;
    SqlRows &operator=(SqlRows &&) = delete;
    SqlRows(const SqlRows &) = delete;
    ~SqlRows();

    bool next() { return m_query->next(); }
    QVariant value(int column) const { return m_query->value(column); }
    bool isNull(int column) const { return m_query->isNull(column); }
    qint64 integer(int column) const { return m_query->value(column).toLongLong(); }
    std::optional<qint64> optionalInteger(int column) const;
    double number(int column) const { return m_query->value(column).toDouble(); }
    QString text(int column) const { return m_query->value(column).toString(); }
    bool boolean(int column) const { return m_query->value(column).toBool(); }
    QDate date(int column) const { return m_query->value(column).toDate(); }
    QDateTime dateTime(int column) const;
    QByteArray bytes(int column) const { return m_query->value(column).toByteArray(); }
    int rowsAffected() const { return m_query->numRowsAffected(); }
    // Every remaining row, each turned into a record by `read` (called with these rows at that row).
    template<typename Read>
    auto all(Read read) -> QList<std::decay_t<decltype(read(*this))>>
    {
        QList<std::decay_t<decltype(read(*this))>> list;
        while (next())
            list.append(read(*this));
        return list;
    }

private:
    friend class Db;
    SqlRows(QSqlQuery *query, bool *inUse, std::unique_ptr<QSqlQuery> owned);

    QSqlQuery *m_query;
    bool *m_inUse;
    std::unique_ptr<QSqlQuery> m_owned; // a one-off statement when the cached one is busy
};

// One database connection per thread, with its prepared statements cached: QPSQL prepares with a
// round trip each time, so reusing statements matters on the hot paths. Only bound parameters.
class Db
{
public:
    static void configure(const DatabaseConfig &config);
    static const DatabaseConfig &config();
    // The calling thread's connection, opened on first use and closed when the thread ends.
    static Db &local();
    // Drops the calling thread's connection (before the database goes away).
    static void closeLocal();
    // The process is stopping: connections of threads that end from now on are not closed (the OS
    // closes them), so no thread-local teardown races the exit.
    static void abandonThreadConnections();

    explicit Db(const DatabaseConfig &config, const QString &connectionName);
    ~Db();
    Db(const Db &) = delete;
    Db &operator=(const Db &) = delete;

    void open(); // throws SqlError
    void reconnect();
    // The calling thread's statements are planned once, when first run, instead of at every
    // execution: for a thread that runs the same few set-based statements all day (the group-commit
    // writers), where planning each execution anew was a third of the database's work. Kept across
    // reconnects.
    static void planOnceInThisThread();
    QSqlDatabase &connection() { return m_db; }

    SqlRows exec(const QString &sql, const QVariantList &params = {});
    // Data-modifying statements run as one, each a part of its WITH: one round trip, and outside a
    // transaction one implicit transaction of its own, committed before this returns — all of them
    // or none. The parts see the database as it was before any of them.
    void execAsOne(const QList<SqlStatement> &parts);
    // Statements run once (DDL, migrations): not prepared, no parameters.
    void execScript(const QString &sql);

    // Shorthands for single-value queries.
    std::optional<QVariant> scalar(const QString &sql, const QVariantList &params = {});

    void begin();
    void commit();
    void rollback();
    bool inTransaction() const { return m_inTransaction; }

private:
    struct Statement {
        std::unique_ptr<QSqlQuery> query;
        bool inUse = false;
    };
    [[noreturn]] void fail(const QSqlError &error, const QString &sql);

    QString m_name;
    DatabaseConfig m_config;
    QSqlDatabase m_db;
    // Node-based: SqlRows keeps a pointer to a statement's inUse flag across inserts.
    std::unordered_map<QString, Statement> m_statements;
    bool m_inTransaction = false;
    bool m_planOnce = false;
};

// Rolls back unless committed: every write happens inside one of these.
class Transaction
{
public:
    explicit Transaction(Db &db);
    ~Transaction();
    void commit();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

private:
    Db &m_db;
    bool m_done = false;
};

// A NULL of the given type for binding (QPSQL needs a typed null to infer nothing wrongly).
inline QVariant sqlNull() { return QVariant(QMetaType::fromType<QString>()); }
template<typename T>
QVariant orNull(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant(QMetaType::fromType<T>());
}
inline QVariant orNull(const QDate &date) { return date.isValid() ? QVariant(date) : QVariant(QMetaType::fromType<QDate>()); }
inline QVariant orNullId(qint64 id) { return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>()); }
inline QVariant orNullText(const QString &text) { return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text); }

// PostgreSQL array literal for binding a list as one parameter: '{1,2,3}' with "$n::bigint[]".
QString intArrayLiteral(const QList<qint64> &values);
QString textArrayLiteral(const QStringList &values);

} // namespace cj::server
