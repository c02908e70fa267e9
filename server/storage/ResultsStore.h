#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include "reports/ClassIndicators.h"

namespace cj::server {

class Db;

// A class at the end of one of its periods (or of its year), as the results reports count it: who
// is on the list on `endsOn`, with their marks for `periodId` (year marks when it is 0).
struct ResultsScope {
    qint64 classId = 0;
    qint64 periodId = 0; // 0: the year
    QDate endsOn;
};

struct ListedPupil {
    qint64 classId = 0;
    qint64 studentId = 0;
    QString fullName;
};

struct ClassSubject {
    qint64 classId = 0;
    qint64 subjectId = 0;
    QString name;
    QString grading; // marks | pass_fail
};

// A pupil and a subject: a result mark, or (mark unset) an exemption.
struct PupilSubjectMark {
    qint64 classId = 0;
    qint64 studentId = 0;
    qint64 subjectId = 0;
    QString subjectName;
    ResultMark mark;
};

// A period, year, exam or final mark as the progress statement lists it.
struct StatementMark {
    qint64 studentId = 0;
    qint64 subjectId = 0;
    QString kind;
    qint64 periodId = 0;
    ResultMark mark;
};

// SQL for the results reports: a few set-based statements for any number of classes at once, so a
// whole school's statement costs the same handful of queries as one class's.
class ResultsStore
{
public:
    // Pupils on each scope's list at its end, alphabetical within a class.
    static QList<ListedPupil> pupils(Db &db, const QList<ResultsScope> &scopes);
    // Their period marks (year marks for year scopes), whichever class's journal they were set in.
    static QList<PupilSubjectMark> marks(Db &db, qint64 yearId, const QList<ResultsScope> &scopes);
    // Their exemptions that cover the scope's period (for the year: whole-year exemptions).
    static QList<PupilSubjectMark> exemptions(Db &db, qint64 yearId, const QList<ResultsScope> &scopes);
    // The subjects the classes are taught (their teaching load), in the school's subject order.
    static QList<ClassSubject> subjects(Db &db, const QList<qint64> &classIds);
    // Period, year, exam and final marks set in the class's journal in the year.
    static QList<StatementMark> statementMarks(Db &db, qint64 classId, qint64 yearId);
};

} // namespace cj::server
