#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace cj::server {

class Db;

// A parent or legal representative (законный представитель), linked to one or more students.
struct GuardianRecord {
    qint64 id = 0;
    qint64 schoolId = 0;
    QString surname;
    QString firstName;
    QString patronymic;
    QString relation; // мать, отец, опекун …
    QString phone;
    QString email;
    QString address;
    QString workplace;
    qint64 userId = 0; // the parent account

    QString fullName() const;
};

// SQL for guardians and their links to students.
class GuardianStore
{
public:
    static std::optional<GuardianRecord> byId(Db &db, qint64 id);
    static QHash<qint64, QList<GuardianRecord>> ofStudents(Db &db, const QList<qint64> &studentIds);
    static qint64 insert(Db &db, const GuardianRecord &g);
    static void update(Db &db, const GuardianRecord &g);
    static void link(Db &db, qint64 studentId, qint64 guardianId);
    static bool unlink(Db &db, qint64 studentId, qint64 guardianId); // false: they were not linked
    static QList<qint64> children(Db &db, qint64 guardianId);
    static void remove(Db &db, qint64 guardianId);
    static void setUserId(Db &db, qint64 guardianId, qint64 userId);
    // The students whose guardian's parent account this is.
    static QList<qint64> childrenOfAccount(Db &db, qint64 userId);
};

} // namespace cj::server
