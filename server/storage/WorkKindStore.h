#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace cj::server {

class Db;

struct WorkKind {
    qint64 id = 0;
    qint64 schoolId = 0;
    QString name;
    QString shortName;
    double weight = 1.0;
    bool written = false;
    bool control = false;
    int sortOrder = 0;
    bool archived = false;
};

// SQL for the school's catalogue of kinds of work (виды работ) and their weights.
class WorkKindStore
{
public:
    static QList<WorkKind> list(Db &db, qint64 schoolId, bool includeArchived);
    static std::optional<WorkKind> byId(Db &db, qint64 id);
    static qint64 insert(Db &db, const WorkKind &kind);
    static void update(Db &db, const WorkKind &kind);
    // The customary catalogue (SPEC §7) for a new school; the admin edits it afterwards.
    static void insertDefaults(Db &db, qint64 schoolId);
};

} // namespace cj::server
