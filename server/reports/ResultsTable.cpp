#include "reports/ResultsTable.h"

namespace cj::server {

ResultsTable::ResultsTable(const QList<ListedPupil> &pupils, const QList<PupilSubjectMark> &marks,
                           const QList<PupilSubjectMark> &exemptions, const QList<ClassSubject> &subjects)
{
    for (const ListedPupil &p : pupils)
        m_pupils[p.classId].append(p);
    for (const PupilSubjectMark &m : marks)
        m_marks[{m.classId, m.studentId}].append(m);
    for (const PupilSubjectMark &e : exemptions)
        m_exempt[{e.classId, e.studentId}].insert(e.subjectId);
    for (const ClassSubject &s : subjects)
        m_subjects[s.classId].append(s);
}

QList<PupilSubjectMark> ResultsTable::gradedMarks(qint64 classId, qint64 studentId) const
{
    const QSet<qint64> exempt = m_exempt.value({classId, studentId});
    QList<PupilSubjectMark> graded;
    for (const PupilSubjectMark &m : m_marks.value({classId, studentId})) {
        if (!exempt.contains(m.subjectId))
            graded.append(m);
    }
    return graded;
}

ClassResults ResultsTable::of(qint64 classId) const
{
    ClassResults r;
    const QList<ListedPupil> pupils = m_pupils.value(classId);
    for (const ClassSubject &subject : m_subjects.value(classId)) {
        QList<SubjectPupil> column;
        for (const ListedPupil &p : pupils) {
            SubjectPupil sp;
            sp.exempt = m_exempt.value({classId, p.studentId}).contains(subject.subjectId);
            for (const PupilSubjectMark &m : m_marks.value({classId, p.studentId})) {
                if (m.subjectId == subject.subjectId)
                    sp.mark = m.mark;
            }
            column.append(sp);
        }
        r.subjects.append(SubjectResults{subject, SubjectIndicators::of(column, subject.grading == QLatin1String("pass_fail"))});
    }
    for (const ListedPupil &p : pupils) {
        const QList<PupilSubjectMark> graded = gradedMarks(classId, p.studentId);
        QList<ResultMark> marks;
        NamedPupil named{p.studentId, p.fullName, {}};
        for (const PupilSubjectMark &m : graded)
            marks.append(m.mark);
        const PupilCategory category = ClassIndicators::categorize(marks);
        r.totals.add(category);
        switch (category) {
        case PupilCategory::WithoutMarks: r.withoutMarks.append(named); break;
        case PupilCategory::Excellent: r.excellent.append(named); break;
        case PupilCategory::Good: r.good.append(named); break;
        case PupilCategory::OneThree:
            for (const PupilSubjectMark &m : graded) {
                if (m.mark.value == 3)
                    named.subjects.append(m.subjectName);
            }
            r.oneThree.append(named);
            break;
        case PupilCategory::Failing:
            for (const PupilSubjectMark &m : graded) {
                if (m.mark.isFail())
                    named.subjects.append(m.subjectName);
            }
            r.failing.append(named);
            break;
        case PupilCategory::Other: break;
        }
    }
    return r;
}

} // namespace cj::server
