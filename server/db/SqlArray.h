#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace cj::server {

// A PostgreSQL array literal built value by value, bound as one text parameter and cast in SQL
// ("?::bigint[]"): set-based statements for a whole batch, still with bound parameters only.
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
    QString literal() const { return QLatin1Char('{') + m_items + QLatin1Char('}'); }
    bool isEmpty() const { return m_count == 0; }

private:
    void append(const QString &item);

    QString m_items;
    int m_count = 0;
};

} // namespace cj::server
