#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace cj::server {

class Db;

// Which current marks: of a class's journal or of one pupil (in any class), between two dates,
// optionally of one subject.
struct CurrentMarkFilter {
    qint64 classId = 0;
    qint64 studentId = 0;
    qint64 subjectId = 0;
    QDate from;
    QDate to;
};

// A current mark with what the reports show and weigh it by.
struct SubjectMark {
    qint64 studentId = 0;
    qint64 subjectId = 0;
    QString subjectName;
    QDate date;
    int value = 0;              // 1..5; 0 for зачёт/незачёт
    std::optional<bool> passed; // зачёт/незачёт
    double weight = 1.0;        // of its kind of work (1 without one)
    bool control = false;
    QString workKindName;       // empty: ответ на уроке
};

// SQL for current marks in the reports (forecast, parents' letters, a pupil's dynamics), in date order.
class CurrentMarksStore
{
public:
    static QList<SubjectMark> marks(Db &db, const CurrentMarkFilter &filter);
};

} // namespace cj::server
