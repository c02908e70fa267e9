#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace cj::server {

class Db;

struct SchoolRecord {
    qint64 id = 0;
    QString name;
    QString shortName;
    QString address;
    QString directorName;
};

// SQL for schools themselves and for who leads which class.
class SchoolStore
{
public:
    // A new school comes with the customary catalogue of kinds of work.
    static qint64 create(Db &db, const SchoolRecord &school);
    static std::optional<SchoolRecord> byId(Db &db, qint64 id);
    static std::optional<qint64> firstSchoolId(Db &db);
    static void update(Db &db, const SchoolRecord &school);
    static QList<qint64> classesLedBy(Db &db, qint64 userId); // classes of open years
};

} // namespace cj::server
