#pragma once

#include <QCborMap>
#include <QDate>
#include <QString>

namespace cj::server {
class RequestContext;
struct ClassRecord;
namespace handlers {

// The order (приказ) behind a movement.
struct Order {
    QString number;
    QDate date;
    QString reason;
    QString counterpart; // where from / where to
};

// Enrols a student into a class from a date and records the enrolment; returns the Movement.
QCborMap enrolStudent(RequestContext &ctx, qint64 studentId, const ClassRecord &cls, const QDate &onDate, const Order &order);

// Students' personal cards, their movement between classes, guardians, and their accounts.
QCborMap studentsList(RequestContext &ctx);
QCborMap studentsGet(RequestContext &ctx);
QCborMap studentsCreate(RequestContext &ctx);
QCborMap studentsUpdate(RequestContext &ctx);
QCborMap studentsTransfer(RequestContext &ctx);
QCborMap studentsLeave(RequestContext &ctx);
QCborMap studentsReenrol(RequestContext &ctx);
QCborMap movementsList(RequestContext &ctx);
QCborMap guardiansSave(RequestContext &ctx);
QCborMap guardiansRemove(RequestContext &ctx);
QCborMap accountsCreateForStudent(RequestContext &ctx);
QCborMap accountsCreateForGuardian(RequestContext &ctx);

} // namespace handlers
} // namespace cj::server
