#pragma once

#include <QCborMap>
#include <QDate>
#include <QList>
#include <QString>

#include <memory>

#include "rules/SchoolSettings.h"
#include "rules/Calendar.h"
#include "storage/JournalStore.h"

namespace cj::server {

// The last day each kind of entry for a lesson may be made (SPEC §3; windows from the settings).
struct LessonDeadlines {
    QDate attendance;
    QDate topic;
    QDate homework;
    QDate oralMark;
    QDate writtenMark; // already the extended one for subjects with extendedWindow

    QCborMap toCbor() const;
};

// When period, year, exam and final marks may be set.
struct FinalMarkWindow {
    QDate opensOn;
    QDate closesOn;
    QString window; // periodMark | examMark
};

// The entry windows of one assignment's class and year, turned into dates with its working-day
// calendar.
class Deadlines
{
public:
    Deadlines(const SchoolSettings &settings, const AssignmentContext &assignment, std::shared_ptr<const Calendar> calendar);

    LessonDeadlines forLesson(const QDate &lessonDate) const;
    // For kind period: the given period; for year: the scheme's last period.
    FinalMarkWindow forFinalMark(const QString &kind, qint64 periodId) const;
    const QList<PeriodRecord> &periods() const { return m_periods; }
    // The period of the class's scheme containing a date (or nullptr).
    const PeriodRecord *periodOf(const QDate &date) const;
    // The last day an entry dated `base` may still be made under `window`.
    QDate deadline(const QDate &base, const EntryWindow &window) const;

private:
    SchoolSettings m_settings;
    AssignmentContext m_assignment;
    std::shared_ptr<const Calendar> m_calendar;
    QList<PeriodRecord> m_periods;
};

} // namespace cj::server
