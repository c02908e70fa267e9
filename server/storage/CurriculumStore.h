#pragma once

#include <QList>
#include <QString>

namespace cj::server {

class Db;

// One line of the учебный план: a subject's weekly hours in a class.
struct CurriculumItem {
    qint64 classId = 0;
    QString className;
    qint64 subjectId = 0;
    QString subjectName;
    double hoursPerWeek = 0;
};

// SQL for the curriculum.
class CurriculumStore
{
public:
    // The items of a year's classes (or of one class when classId > 0), by class, then subject order.
    static QList<CurriculumItem> list(Db &db, qint64 yearId, qint64 classId);
    static double totalOfClass(Db &db, qint64 classId, qint64 exceptSubjectId);
    static void set(Db &db, qint64 schoolId, qint64 classId, qint64 subjectId, double hoursPerWeek);
    static void remove(Db &db, qint64 classId, qint64 subjectId);
};

} // namespace cj::server
