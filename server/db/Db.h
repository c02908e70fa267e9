#pragma once

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

#include <memory>
#include <unordered_map>
#include <optional>
#include <stdexcept>
#include <type_traits>

#include "db/DatabaseConfig.h"
#include "db/SqlStatement.h"

struct pg_conn;
struct pg_result;

namespace cj::server {

// A failed statement, with PostgreSQL's SQLSTATE so callers can tell a duplicate from a bug.
class SqlError : public std::runtime_error
{
public:
    SqlError(const QString &message, QString sqlState, const QString &sql, QString constraint = {});
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

// The rows of one executed statement, all received (libpq's result), read as text by type.
class SqlRows
{
public:
    SqlRows(SqlRows &&other) noexcept;
    SqlRows &operator=(SqlRows &&) = delete;
    SqlRows(const SqlRows &) = delete;
    ~SqlRows();

    bool next() { return ++m_row < m_rows; }
    QVariant value(int column) const;
    bool isNull(int column) const;
    qint64 integer(int column) const;
    std::optional<qint64> optionalInteger(int column) const;
    double number(int column) const;
    QString text(int column) const;
    bool boolean(int column) const;
    QDate date(int column) const;
    QDateTime dateTime(int column) const;
    QByteArray bytes(int column) const;
    int rowsAffected() const;
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
    explicit SqlRows(pg_result *result);
    const char *raw(int column) const;
    unsigned type(int column) const;

    pg_result *m_result;
    int m_rows = 0;
    int m_row = -1;
};

// One database connection per thread (libpq), with its prepared statements cached: each is parsed
// and prepared once per connection and then executed with its parameters sent apart from the SQL
// (PQexecPrepared), so PostgreSQL never parses a statement again, however long its array
// parameters. Only bound parameters.
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
    SqlRows exec(const QString &sql, const QVariantList &params = {});
    SqlRows exec(const SqlStatement &statement) { return exec(statement.sql, statement.params); }
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
    bool isOpen() const;
    void close();
    [[noreturn]] void fail(pg_result *result, const QString &sql);
    // The prepared statement's name for `sql`, preparing it on first use.
    const QByteArray &prepared(const QString &sql);

    QString m_name;
    DatabaseConfig m_config;
    pg_conn *m_conn = nullptr;
    std::unordered_map<QString, QByteArray> m_statements; // SQL -> prepared statement name
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

// A NULL for binding: a typed null variant (a null QString alone binds as empty text).
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
QVariant intArrayLiteral(const QList<qint64> &values);
QVariant textArrayLiteral(const QStringList &values);

} // namespace cj::server
