#pragma once

#include <QDate>
#include <QRandomGenerator>

namespace cj::server {

class Db;

// Fills a generated school's journal up to the day before `today`, as its teachers would have kept
// it: the КТП of every assignment and the topics and homework of the lessons given; attendance (about
// 5 % of lessons missed, mostly in illnesses of several days, reasons set later by the class
// teacher, some lateness); current marks (about 8–10 per student per subject per quarter at three or
// more hours a week, fewer below; kinds of work with their weights, written work marked within its
// window by the lesson's teacher or substitute, double marks in Russian dictations); a few PE
// exemptions; and the period (and, after the year, year) marks of finished periods as the rounding
// policy gives them. Grade 1 keeps attendance and topics only. Seeded and reproducible.
//
// Nothing goes to the audit log: generated history is not user activity, and the journal's history
// of a generated cell starts with the first real change.
class JournalDataGenerator
{
public:
    struct Result {
        int lessons = 0;      // lessons given (with a topic) up to today
        int marks = 0;
        int absences = 0;     // lessons missed («н»)
        int cells = 0;        // student × lesson cells given, for the absence rate
        int periodMarks = 0;  // period and year marks
    };

    JournalDataGenerator(Db &db, QRandomGenerator &random);
    Result generate(qint64 schoolId, const QDate &today);

private:
    Db &m_db;
    QRandomGenerator &m_random;
};

} // namespace cj::server
