#pragma once

#include <QList>
#include <QString>
#include <QTime>

#include <optional>

namespace cj::server {

class Db;

struct Bell {
    int lessonNumber = 0;
    QTime startsAt;
    QTime endsAt;
};

// Расписание звонков: a named set of bells of one year (the main one, a shorter one for grade 1 …).
struct BellScheduleRecord {
    qint64 id = 0;
    qint64 yearId = 0;
    QString name;
    QList<Bell> bells; // by lesson number
};

// SQL for bell schedules and their bells.
class BellStore
{
public:
    static QList<BellScheduleRecord> list(Db &db, qint64 yearId);
    static std::optional<BellScheduleRecord> byId(Db &db, qint64 id);
    static bool nameTaken(Db &db, qint64 yearId, const QString &name, qint64 exceptId);
    static qint64 insert(Db &db, qint64 schoolId, const BellScheduleRecord &schedule); // with its bells
    static void update(Db &db, const BellScheduleRecord &schedule);                    // name and bells
    static bool usedByClass(Db &db, qint64 id);
    static void remove(Db &db, qint64 id);
};

} // namespace cj::server
