#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include "reports/ClassIndicators.h"
#include "storage/ResultsStore.h"

namespace cj::server {

struct NamedPupil {
    qint64 id = 0;
    QString fullName;
    QStringList subjects; // «с одной 3»: the subject of the «3»; неуспевающий: the subjects failed
};

struct SubjectResults {
    ClassSubject subject;
    SubjectIndicators indicators;
};

// Итоги успеваемости of one class for one period (or the year).
struct ClassResults {
    QList<SubjectResults> subjects;
    ClassIndicators totals;
    QList<NamedPupil> excellent;
    QList<NamedPupil> good;
    QList<NamedPupil> oneThree;
    QList<NamedPupil> failing;
    QList<NamedPupil> withoutMarks;
};

// Turns who is on the lists, their marks and exemptions (for any number of classes) into each class's
// results by subject and by pupil (SPEC §7 class indicators). Marks of subjects a pupil is exempt
// from are left out.
class ResultsTable
{
public:
    ResultsTable(const QList<ListedPupil> &pupils, const QList<PupilSubjectMark> &marks,
                 const QList<PupilSubjectMark> &exemptions, const QList<ClassSubject> &subjects);

    ClassResults of(qint64 classId) const;

private:
    QHash<qint64, QList<ListedPupil>> m_pupils;                            // by class
    QHash<std::pair<qint64, qint64>, QList<PupilSubjectMark>> m_marks;     // by (class, pupil)
    QHash<std::pair<qint64, qint64>, QSet<qint64>> m_exempt;               // subjects by (class, pupil)
    QHash<qint64, QList<ClassSubject>> m_subjects;                         // by class

    QList<PupilSubjectMark> gradedMarks(qint64 classId, qint64 studentId) const;
};

} // namespace cj::server
