#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace cj::server {

class Db;

// Движение учащихся: an enrolment, transfer or leaving, with its order (приказ).
struct MovementRecord {
    qint64 id = 0;
    qint64 schoolId = 0;
    qint64 studentId = 0;
    QString studentName;
    QString kind; // "enrolment", "transfer", "leaving"
    QDate onDate;
    QString orderNumber;
    QDate orderDate;
    qint64 fromClassId = 0;
    qint64 toClassId = 0;
    QString fromClassName;
    QString toClassName;
    QString counterpart;
    QString reason;
    qint64 createdBy = 0;
};

struct MovementFilter {
    qint64 schoolId = 0;
    std::optional<QList<qint64>> classIds; // movements into or out of these classes; nullopt: all
    qint64 studentId = 0;
    QDate from;
    QDate to;
};

// SQL for the register of student movement.
class MovementStore
{
public:
    static qint64 insert(Db &db, const MovementRecord &m);
    static std::optional<MovementRecord> byId(Db &db, qint64 id);
    static QList<MovementRecord> list(Db &db, const MovementFilter &filter); // by date
};

} // namespace cj::server
