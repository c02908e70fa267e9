#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace cj::server {

class Db;

// Замещение: a lesson given by another teacher, as the register shows it.
struct SubstitutionRecord {
    qint64 lessonId = 0;
    QDate date;
    int lessonNumber = 0;
    qint64 classId = 0;
    QString className;
    QString subjectName;
    qint64 teacherId = 0; // the teacher replaced
    QString teacherName;
    qint64 substituteId = 0;
    QString substituteName;
    QString reason;
    QDateTime createdAt;
    QString createdByName;
};

// SQL for substitutions.
class SubstitutionStore
{
public:
    // Sets (or replaces) the substitute of a lesson.
    static void set(Db &db, qint64 schoolId, qint64 lessonId, qint64 teacherId, const QString &reason, qint64 createdBy,
                    const QDateTime &at);
    static bool remove(Db &db, qint64 lessonId);
    // The register between two dates; teacherId > 0: as substitute or as the teacher replaced.
    static QList<SubstitutionRecord> list(Db &db, qint64 schoolId, const QDate &from, const QDate &to, qint64 teacherId);
};

} // namespace cj::server
