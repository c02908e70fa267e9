#include "rules/EntryWindows.h"

#include "protocol/ArgReader.h"

namespace cj::server {

QCborMap LessonDeadlines::toCbor() const
{
    using protocol::dateToWire;
    return QCborMap{{QStringLiteral("attendance"), dateToWire(attendance)},
                    {QStringLiteral("topic"), dateToWire(topic)},
                    {QStringLiteral("homework"), dateToWire(homework)},
                    {QStringLiteral("oralMark"), dateToWire(oralMark)},
                    {QStringLiteral("writtenMark"), dateToWire(writtenMark)}};
}

Deadlines::Deadlines(const SchoolSettings &settings, const AssignmentContext &assignment, QList<HolidayRange> holidays,
                     QList<PeriodInfo> periods)
    : m_settings(settings)
    , m_assignment(assignment)
    , m_calendar(assignment.weekDays, std::move(holidays), assignment.grade)
    , m_periods(std::move(periods))
{
}

LessonDeadlines Deadlines::forLesson(const QDate &date) const
{
    const EntryWindows &w = m_settings.windows;
    LessonDeadlines d;
    d.attendance = m_calendar.deadline(date, w.attendance);
    d.topic = m_calendar.deadline(date, w.topic);
    d.homework = m_calendar.deadline(date, w.homework);
    d.oralMark = m_calendar.deadline(date, w.oralMark);
    d.writtenMark = m_calendar.deadline(date, m_assignment.extendedWindow ? w.extendedWrittenMark : w.writtenMark);
    return d;
}

const PeriodInfo *Deadlines::periodOf(const QDate &date) const
{
    for (const PeriodInfo &p : m_periods) {
        if (date >= p.startsOn && date <= p.endsOn)
            return &p;
    }
    return nullptr;
}

FinalMarkWindow Deadlines::forFinalMark(const QString &kind, qint64 periodId) const
{
    const EntryWindows &w = m_settings.windows;
    FinalMarkWindow fw;
    if (kind == QLatin1String("exam") || kind == QLatin1String("final")) {
        fw.window = QStringLiteral("examMark");
        fw.opensOn = m_periods.isEmpty() ? m_assignment.yearStart : m_periods.last().startsOn;
        fw.closesOn = m_calendar.deadline(m_assignment.yearEnd, w.examMark);
        return fw;
    }
    fw.window = QStringLiteral("periodMark");
    const PeriodInfo *period = nullptr;
    if (kind == QLatin1String("year")) {
        period = m_periods.isEmpty() ? nullptr : &m_periods.last();
    } else {
        for (const PeriodInfo &p : m_periods) {
            if (p.id == periodId)
                period = &p;
        }
    }
    const QDate end = period ? period->endsOn : m_assignment.yearEnd;
    fw.opensOn = end.addDays(-w.periodMarkOpensDaysBefore);
    fw.closesOn = m_calendar.deadline(end, w.periodMark);
    return fw;
}

} // namespace cj::server
