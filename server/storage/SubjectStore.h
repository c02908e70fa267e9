#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace cj::server {

class Db;

struct SubjectRecord {
    qint64 id = 0;
    qint64 schoolId = 0;
    QString name;
    QString shortName;
    QString grading = QStringLiteral("marks"); // or "pass_fail"
    bool extendedWindow = false;
    int sortOrder = 0;
    bool archived = false;
};

// SQL for the school's subjects.
class SubjectStore
{
public:
    static QList<SubjectRecord> list(Db &db, qint64 schoolId, bool includeArchived);
    static std::optional<SubjectRecord> byId(Db &db, qint64 id);
    static bool nameTaken(Db &db, qint64 schoolId, const QString &name, qint64 exceptId);
    static qint64 insert(Db &db, const SubjectRecord &s);
    static void update(Db &db, const SubjectRecord &s);
};

} // namespace cj::server
