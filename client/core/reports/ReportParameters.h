#pragma once

#include <QCborMap>
#include <QDate>
#include <QString>

namespace cj::client::reports {

// What a report is asked for: a class or an assignment, a period or the whole year, dates, a month.
// Zero ids and invalid dates mean "not given".
struct ReportParameters {
    qint64 classId = 0;
    qint64 assignmentId = 0;
    qint64 studentId = 0;
    qint64 teacherId = 0;
    qint64 yearId = 0;
    qint64 periodId = 0;
    bool wholeYear = false;
    int periodNumber = 0; // school results: the period with this number in every class's scheme
    QDate from;
    QDate to;
    QDate month; // its first day
    QDate date;
    QString status; // corrections register: pending, approved …
};

} // namespace cj::client::reports
