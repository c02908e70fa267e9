#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

namespace cj::server {

// One pupil's day: the lessons they were due at and what became of them.
struct AttendanceDay {
    qint64 studentId = 0;
    QDate date;
    int lessons = 0;   // lessons of the day the pupil was on the list (class or subgroup) for
    int missed = 0;    // absences («н»)
    int ill = 0;       // of them «б»
    int excused = 0;   // of them «у»
    int unexcused = 0; // of them «п», and those whose reason is not set
    int late = 0;      // «оп», not missed

    // A day missed: every lesson of that day was missed (SPEC §7).
    bool wholeDayMissed() const { return lessons > 0 && missed == lessons; }
};

struct Tally {
    int missed = 0;
    int ill = 0;
    int excused = 0;
    int unexcused = 0;
    int daysMissed = 0;
    int late = 0;

    void add(const AttendanceDay &day);
    Tally &operator+=(const Tally &other);
};

// Attendance totals of a class over a range, by pupil, month and day (the attendance statement, the
// month grid, the class teacher's report, parents' letters).
class AttendanceTally
{
public:
    explicit AttendanceTally(const QList<AttendanceDay> &days);

    static QString monthOf(const QDate &date) { return date.toString(QStringLiteral("yyyy-MM")); }
    // Every month from the one of `from` to the one of `to`, "YYYY-MM".
    static QStringList monthsBetween(const QDate &from, const QDate &to);

    Tally pupil(qint64 studentId) const;
    Tally pupilMonth(qint64 studentId, const QString &month) const;
    AttendanceDay pupilDay(qint64 studentId, const QDate &date) const;
    Tally classTotal() const;
    Tally classMonth(const QString &month) const;
    Tally classDay(const QDate &date) const;
    // Days on which the class had lessons, in order.
    QList<QDate> days() const;

private:
    QHash<qint64, Tally> m_pupils;
    QHash<std::pair<qint64, QString>, Tally> m_pupilMonths;
    QHash<std::pair<qint64, QDate>, AttendanceDay> m_pupilDays;
    QHash<QString, Tally> m_months;
    QMap<QDate, Tally> m_days;
    Tally m_total;
};

} // namespace cj::server
