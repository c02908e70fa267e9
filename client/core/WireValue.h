#pragma once

#include <QCborValue>
#include <QDate>
#include <QDateTime>
#include <QTime>

namespace cj::client::wire {

// Values as the protocol carries them (docs/protocol.md §2), turned into Qt types for models and
// forms, and back. Invalid Qt values stand for the protocol's null.
QDate date(const QCborValue &value);          // "YYYY-MM-DD"
QDateTime timestamp(const QCborValue &value); // ISO 8601 UTC, shown in local time
QTime time(const QCborValue &value);          // "HH:MM"
QString timeText(const QTime &time);          // "HH:MM"
double number(const QCborValue &value);       // integer or floating point ("number" fields)
QCborValue idOrNull(qint64 id);               // 0 → null

} // namespace cj::client::wire
