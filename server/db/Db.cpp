#include "db/Db.h"

#include "db/SqlArray.h"
#include "db/SqlBinaryArray.h"
#include "protocol/ArgReader.h"

#include <QLoggingCategory>
#include <QThread>
#include <QUuid>

#include <libpq-fe.h>

#include <atomic>
#include <cstdlib>
#include <vector>

Q_LOGGING_CATEGORY(lcDb, "cj.db")

namespace cj::server {

namespace {
DatabaseConfig g_config;
std::atomic<int> g_connectionCounter{0};

std::atomic<bool> g_abandon{false};

// Closes the thread's connection when the thread ends (a libpq connection serves one thread).
struct ThreadDb {
    std::unique_ptr<Db> db;
    bool planOnce = false;
    ~ThreadDb()
    {
        // At process exit a worker's thread-local destructors run after QThread::wait() has returned,
        // racing the exit itself: leave the connection to the OS then.
        if (g_abandon.load())
            (void)db.release();
    }
};
thread_local ThreadDb t_db;
} // namespace

SqlError::SqlError(const QString &message, QString sqlState, const QString &sql, QString constraint)
    : std::runtime_error(QStringLiteral("%1 [%2] in: %3").arg(message, sqlState, sql.left(300)).toStdString())
    , m_sqlState(std::move(sqlState))
    , m_constraint(std::move(constraint))
{
}

bool SqlError::isConnectionLost() const
{
    return m_sqlState.isEmpty() || m_sqlState.startsWith(QLatin1String("08"))
        || m_sqlState.startsWith(QLatin1String("57P0"));
}

namespace {
// PostgreSQL's type oids (catalog/pg_type.h, a server header) of the columns read by type.
enum : Oid {
    kBool = 16, kBytea = 17, kInt8 = 20, kInt2 = 21, kInt4 = 23, kOid = 26, kFloat4 = 700, kFloat8 = 701,
    kDate = 1082, kTime = 1083, kTimestamp = 1114, kTimestampTz = 1184, kNumeric = 1700,
};

int digits(const char *p, int count)
{
    int v = 0;
    for (int i = 0; i < count; ++i)
        v = v * 10 + (p[i] - '0');
    return v;
}

// "2026-03-17"
QDate parseDate(const char *text, int length)
{
    if (length != 10)
        return QDate::fromString(QString::fromLatin1(text, length), Qt::ISODate);
    return QDate(digits(text, 4), digits(text + 5, 2), digits(text + 8, 2));
}

// "12:30:00[.123456]"
QTime parseTime(const char *text, int length, int *used)
{
    int ms = 0;
    int at = 8;
    if (length > 8 && text[8] == '.') {
        int scale = 100;
        for (at = 9; at < length && text[at] >= '0' && text[at] <= '9'; ++at, scale /= 10)
            ms += (text[at] - '0') * scale;
    }
    if (used)
        *used = at;
    return QTime(digits(text, 2), digits(text + 3, 2), digits(text + 6, 2), ms);
}

// "2026-03-17 12:30:00[.123456][+03[:30]]" (timestamptz as the session's zone, UTC, writes it)
QDateTime parseDateTime(const char *text, int length)
{
    if (length < 19 || text[10] != ' ')
        return QDateTime::fromString(QString::fromLatin1(text, length), Qt::ISODate);
    const QDate date = parseDate(text, 10);
    int used = 0;
    const QTime time = parseTime(text + 11, length - 11, &used);
    const char *zone = text + 11 + used;
    const int rest = length - 11 - used;
    int offset = 0;
    if (rest >= 3 && (zone[0] == '+' || zone[0] == '-')) {
        offset = digits(zone + 1, 2) * 3600 + (rest >= 6 ? digits(zone + 4, 2) * 60 : 0);
        if (zone[0] == '-')
            offset = -offset;
    }
    return QDateTime(date, time, Qt::UTC).addSecs(-offset);
}

QMetaType metaTypeOf(Oid type)
{
    switch (type) {
    case kBool: return QMetaType::fromType<bool>();
    case kInt8:
    case kOid: return QMetaType::fromType<qlonglong>();
    case kInt2:
    case kInt4: return QMetaType::fromType<int>();
    case kFloat4:
    case kFloat8:
    case kNumeric: return QMetaType::fromType<double>();
    case kDate: return QMetaType::fromType<QDate>();
    case kTime: return QMetaType::fromType<QTime>();
    case kTimestamp:
    case kTimestampTz: return QMetaType::fromType<QDateTime>();
    case kBytea: return QMetaType::fromType<QByteArray>();
    default: return QMetaType::fromType<QString>();
    }
}

// A parameter as PostgreSQL's text input takes it; false for NULL.
bool paramText(const QVariant &v, QByteArray *out)
{
    if (v.isNull())
        return false;
    if (v.metaType() == QMetaType::fromType<SqlText>()) {
        *out = v.value<SqlText>().utf8;
        return true;
    }
    switch (v.typeId()) {
    case QMetaType::Bool: *out = v.toBool() ? "t" : "f"; return true;
    case QMetaType::Int:
    case QMetaType::Short:
    case QMetaType::Long:
    case QMetaType::LongLong: *out = QByteArray::number(v.toLongLong()); return true;
    case QMetaType::UInt:
    case QMetaType::UShort:
    case QMetaType::ULong:
    case QMetaType::ULongLong: *out = QByteArray::number(v.toULongLong()); return true;
    case QMetaType::Double:
    case QMetaType::Float: *out = QByteArray::number(v.toDouble(), 'g', 17); return true;
    case QMetaType::QDate: {
        const QDate d = v.toDate();
        if (!d.isValid())
            return false;
        *out = protocol::dateToWire(d).toLatin1();
        return true;
    }
    case QMetaType::QTime: {
        const QTime t = v.toTime();
        if (!t.isValid())
            return false;
        *out = t.toString(Qt::ISODateWithMs).toLatin1();
        return true;
    }
    case QMetaType::QDateTime: {
        const QDateTime dt = v.toDateTime();
        if (!dt.isValid())
            return false;
        *out = protocol::dateTimeToWire(dt).toLatin1();
        return true;
    }
    case QMetaType::QByteArray: *out = "\\x" + v.toByteArray().toHex(); return true; // bytea
    case QMetaType::QUuid: *out = v.toUuid().toString(QUuid::WithoutBraces).toLatin1(); return true;
    default: *out = v.toString().toUtf8(); return true;
    }
}

// "?" placeholders as PostgreSQL's "$n", outside quoted literals and identifiers.
QByteArray numberedPlaceholders(const QString &sql)
{
    const QByteArray in = sql.toUtf8();
    QByteArray out;
    out.reserve(in.size() + 16);
    int n = 0;
    char quote = 0;
    for (const char c : in) {
        if (quote) {
            if (c == quote)
                quote = 0;
        } else if (c == '\'' || c == '"') {
            quote = c;
        } else if (c == '?') {
            out += '$' + QByteArray::number(++n);
            continue;
        }
        out += c;
    }
    return out;
}
} // namespace

SqlRows::SqlRows(pg_result *result)
    : m_result(result)
    , m_rows(PQntuples(result))
{
}

SqlRows::SqlRows(SqlRows &&other) noexcept
    : m_result(other.m_result)
    , m_rows(other.m_rows)
    , m_row(other.m_row)
{
    other.m_result = nullptr;
    other.m_rows = 0;
}

SqlRows::~SqlRows()
{
    if (m_result)
        PQclear(m_result);
}

const char *SqlRows::raw(int column) const
{
    return PQgetvalue(m_result, m_row, column);
}

unsigned SqlRows::type(int column) const
{
    return PQftype(m_result, column);
}

bool SqlRows::isNull(int column) const
{
    return PQgetisnull(m_result, m_row, column);
}

QVariant SqlRows::value(int column) const
{
    const Oid oid = type(column);
    if (isNull(column))
        return QVariant(metaTypeOf(oid));
    switch (oid) {
    case kBool: return boolean(column);
    case kInt8:
    case kOid: return qlonglong(integer(column));
    case kInt2:
    case kInt4: return int(integer(column));
    case kFloat4:
    case kFloat8:
    case kNumeric: return number(column);
    case kDate: return date(column);
    case kTime: return parseTime(raw(column), PQgetlength(m_result, m_row, column), nullptr);
    case kTimestamp:
    case kTimestampTz: return dateTime(column);
    case kBytea: return bytes(column);
    default: return text(column);
    }
}

qint64 SqlRows::integer(int column) const
{
    switch (type(column)) {
    case kInt2:
    case kInt4:
    case kInt8:
    case kOid: return std::strtoll(raw(column), nullptr, 10);
    default: return value(column).toLongLong();
    }
}

std::optional<qint64> SqlRows::optionalInteger(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return integer(column);
}

double SqlRows::number(int column) const
{
    const Oid t = type(column);
    const bool numeric = t == kInt2 || t == kInt4 || t == kInt8 || t == kFloat4 || t == kFloat8 || t == kNumeric;
    return numeric ? std::strtod(raw(column), nullptr) : value(column).toDouble();
}

QString SqlRows::text(int column) const
{
    switch (type(column)) {
    case kBool:
    case kFloat4:
    case kFloat8:
    case kNumeric:
    case kTime:
    case kTimestamp:
    case kTimestampTz:
    case kBytea:
        // As the value Qt would give for the column, not PostgreSQL's own spelling of it.
        return isNull(column) ? QString() : value(column).toString();
    default: return QString::fromUtf8(raw(column), PQgetlength(m_result, m_row, column));
    }
}

bool SqlRows::boolean(int column) const
{
    if (type(column) == kBool)
        return raw(column)[0] == 't';
    return value(column).toBool();
}

QDate SqlRows::date(int column) const
{
    if (isNull(column))
        return {};
    if (type(column) == kDate)
        return parseDate(raw(column), PQgetlength(m_result, m_row, column));
    return dateTime(column).date();
}

QDateTime SqlRows::dateTime(int column) const
{
    if (isNull(column))
        return {};
    return parseDateTime(raw(column), PQgetlength(m_result, m_row, column));
}

QByteArray SqlRows::bytes(int column) const
{
    if (type(column) != kBytea)
        return QByteArray(raw(column), PQgetlength(m_result, m_row, column));
    size_t length = 0;
    unsigned char *data = PQunescapeBytea(reinterpret_cast<const unsigned char *>(raw(column)), &length);
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(length));
    PQfreemem(data);
    return bytes;
}

int SqlRows::rowsAffected() const
{
    return std::atoi(PQcmdTuples(m_result));
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
    if (!t_db.db->isOpen())
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
}

Db::~Db()
{
    close();
}

bool Db::isOpen() const
{
    return m_conn && PQstatus(m_conn) == CONNECTION_OK;
}

void Db::close()
{
    if (m_conn)
        PQfinish(m_conn);
    m_conn = nullptr;
    m_statements.clear();
}

void Db::open()
{
    close();
    QList<QByteArray> keys{"host", "port", "dbname", "user", "connect_timeout", "application_name", "client_encoding"};
    QList<QByteArray> values{m_config.host.toUtf8(), QByteArray::number(m_config.port), m_config.databaseName.toUtf8(),
                             m_config.user.toUtf8(), "10", "classjournal-server", "UTF8"};
    if (!m_config.password.isEmpty()) {
        keys.append("password");
        values.append(m_config.password.toUtf8());
    }
    for (const QString &option : m_config.options.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype eq = option.indexOf(QLatin1Char('='));
        if (eq > 0) {
            keys.append(option.left(eq).trimmed().toUtf8());
            values.append(option.mid(eq + 1).trimmed().toUtf8());
        }
    }
    std::vector<const char *> k, v;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        k.push_back(keys[i].constData());
        v.push_back(values[i].constData());
    }
    k.push_back(nullptr);
    v.push_back(nullptr);
    m_conn = PQconnectdbParams(k.data(), v.data(), 0);
    if (PQstatus(m_conn) != CONNECTION_OK) {
        const QString message = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
        close();
        throw SqlError(message, QString(), QStringLiteral("<connect>"));
    }
    // PostgreSQL's warnings go to the server's log, not to stderr (libpq's default).
    PQsetNoticeProcessor(m_conn, [](void *, const char *message) { qCWarning(lcDb).noquote() << QString::fromUtf8(message).trimmed(); },
                         nullptr);
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
        if (t_db.db->isOpen())
            t_db.db->execScript(QStringLiteral("SET plan_cache_mode = force_generic_plan"));
    }
}

void Db::reconnect()
{
    qCWarning(lcDb) << "reconnecting database connection" << m_name;
    m_inTransaction = false;
    open();
}

void Db::fail(pg_result *result, const QString &sql)
{
    const auto field = [result](int code) {
        return result ? QString::fromUtf8(PQresultErrorField(result, code)) : QString();
    };
    QString message = field(PG_DIAG_MESSAGE_PRIMARY);
    if (message.isEmpty())
        message = QString::fromUtf8(m_conn ? PQerrorMessage(m_conn) : "no connection").trimmed();
    // No SQLSTATE when the connection itself failed: SqlError::isConnectionLost() tells callers.
    const QString state = isOpen() ? field(PG_DIAG_SQLSTATE) : QString();
    const QString constraint = field(PG_DIAG_CONSTRAINT_NAME);
    if (result)
        PQclear(result);
    throw SqlError(message, state, sql, constraint);
}

const QByteArray &Db::prepared(const QString &sql)
{
    if (!m_conn)
        open();
    const auto found = m_statements.find(sql);
    if (found != m_statements.end())
        return found->second;
    const QByteArray name = "cj" + QByteArray::number(qulonglong(m_statements.size() + 1));
    PGresult *result = PQprepare(m_conn, name.constData(), numberedPlaceholders(sql).constData(), 0, nullptr);
    if (PQresultStatus(result) != PGRES_COMMAND_OK)
        fail(result, sql);
    PQclear(result);
    return m_statements.emplace(sql, name).first->second;
}

SqlRows Db::exec(const QString &sql, const QVariantList &params)
{
    const QByteArray &name = prepared(sql);
    const size_t count = size_t(params.size());
    std::vector<QByteArray> texts(count);
    std::vector<const char *> values(count, nullptr);
    std::vector<int> lengths(count, 0);
    std::vector<int> formats(count, 0); // text, but for SqlBinary
    for (size_t i = 0; i < count; ++i) {
        const QVariant &v = params.at(qsizetype(i));
        if (v.metaType() == QMetaType::fromType<SqlBinary>()) {
            texts[i] = v.value<SqlBinary>().bytes;
            formats[i] = 1;
        } else if (!paramText(v, &texts[i])) {
            continue; // NULL
        }
        values[i] = texts[i].constData();
        lengths[i] = int(texts[i].size());
    }
    PGresult *result = PQexecPrepared(m_conn, name.constData(), int(count), values.data(), lengths.data(), formats.data(), 0);
    const ExecStatusType status = PQresultStatus(result);
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK)
        fail(result, sql);
    return SqlRows(result);
}

void Db::execScript(const QString &sql)
{
    if (!m_conn)
        open();
    PGresult *result = PQexec(m_conn, sql.toUtf8().constData());
    const ExecStatusType status = PQresultStatus(result);
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK)
        fail(result, sql);
    PQclear(result);
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
    m_inTransaction = false;
    execScript(QStringLiteral("COMMIT"));
}

void Db::rollback()
{
    m_inTransaction = false;
    if (!isOpen())
        return;
    PQclear(PQexec(m_conn, "ROLLBACK"));
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

QVariant intArrayLiteral(const QList<qint64> &values)
{
    SqlArray array;
    for (qint64 v : values)
        array.add(v);
    return array.literal();
}

QVariant textArrayLiteral(const QStringList &values)
{
    SqlArray array;
    for (const QString &v : values)
        array.add(v);
    return array.literal();
}

} // namespace cj::server
