#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QVariant>

#include <optional>

namespace cj::server {

// A parameter already in the text form PostgreSQL's input takes, UTF-8 (an array literal): bound
// as it is, without going through QString.
struct SqlText {
    QByteArray utf8;
};

// A PostgreSQL array literal built value by value, bound as one text parameter and cast in SQL
// ("?::bigint[]"): set-based statements for a whole batch, still with bound parameters only. Built
// as bytes, for it is on the path of every batch of marks.
class SqlArray
{
public:
    SqlArray &add(qint64 value);
    SqlArray &add(const std::optional<qint64> &value);
    SqlArray &add(bool value);
    SqlArray &add(const std::optional<bool> &value);
    SqlArray &add(const QString &text);
    SqlArray &add(const QDate &date);
    SqlArray &add(const QDateTime &moment);
    SqlArray &addNull();
    QVariant literal() const;
    bool isEmpty() const { return m_count == 0; }

private:
    void separate();

    QByteArray m_items;
    int m_count = 0;
    qint64 m_lastMomentMs = -1; // a batch's rows share their time: formatted once
    QByteArray m_lastMoment;
};

} // namespace cj::server

Q_DECLARE_METATYPE(cj::server::SqlText)
