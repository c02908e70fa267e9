#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace cj::server {

class Db;

struct ClassRecord {
    qint64 id = 0;
    qint64 schoolId = 0;
    qint64 yearId = 0;
    int grade = 0;
    QString letter;
    qint64 classTeacherId = 0;
    QString classTeacherName;
    QString room;
    QString periodScheme; // "quarters" or "halves"
    qint64 bellScheduleId = 0;
    int studentCount = 0; // on the list on the date asked for

    QString name() const { return QString::number(grade) + letter; } // "5А"
};

// SQL for classes.
class ClassStore
{
public:
    // The classes of a year by grade and letter; studentCount counts the list on `onDate`.
    static QList<ClassRecord> list(Db &db, qint64 yearId, const QDate &onDate);
    static std::optional<ClassRecord> byId(Db &db, qint64 id, const QDate &onDate = {});
    static std::optional<ClassRecord> byName(Db &db, qint64 yearId, int grade, const QString &letter);
    static qint64 insert(Db &db, const ClassRecord &c);
    static void update(Db &db, const ClassRecord &c);
    // A class that never had a student nor a lesson.
    static bool isEmpty(Db &db, qint64 id);
    static void remove(Db &db, qint64 id);
};

} // namespace cj::server
