#include "rules/EntryWindows.h"

#include "protocol/ArgReader.h"

namespace cj::server {

QCborMap LessonDeadlines::toCbor() const
{
    using protocol::dateToWire;
    using namespace Qt::StringLiterals;
    QCborMap map; // key by key: every lesson of a journal page carries one (handlers/JournalCbor.cpp)
    map.insert("attendance"_L1, dateToWire(attendance));
    map.insert("topic"_L1, dateToWire(topic));
    map.insert("homework"_L1, dateToWire(homework));
    map.insert("oralMark"_L1, dateToWire(oralMark));
    map.insert("writtenMark"_L1, dateToWire(writtenMark));
    return map;
}

Deadlines::Deadlines(const SchoolSettings &settings, const AssignmentContext &assignment, std::shared_ptr<const Calendar> calendar)
    : m_settings(settings)
    , m_assignment(assignment)
    , m_calendar(std::move(calendar))
    , m_periods(m_calendar->periods(assignment.periodScheme))
{
}

QDate Deadlines::deadline(const QDate &base, const EntryWindow &window) const
{
    return window.working ? m_calendar->addWorkingDays(base, window.days, m_assignment.grade) : base.addDays(window.days);
}

LessonDeadlines Deadlines::forLesson(const QDate &date) const
{
    const EntryWindows &w = m_settings.windows;
    LessonDeadlines d;
    d.attendance = deadline(date, w.attendance);
    d.topic = deadline(date, w.topic);
    d.homework = deadline(date, w.homework);
    d.oralMark = deadline(date, w.oralMark);
    d.writtenMark = deadline(date, m_assignment.extendedWindow ? w.extendedWrittenMark : w.writtenMark);
    return d;
}

const PeriodRecord *Deadlines::periodOf(const QDate &date) const
{
    for (const PeriodRecord &p : m_periods) {
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
        fw.closesOn = deadline(m_assignment.yearEnd, w.examMark);
        return fw;
    }
    fw.window = QStringLiteral("periodMark");
    const PeriodRecord *period = nullptr;
    if (kind == QLatin1String("year")) {
        period = m_periods.isEmpty() ? nullptr : &m_periods.last();
    } else {
        for (const PeriodRecord &p : m_periods) {
            if (p.id == periodId)
                period = &p;
        }
    }
    const QDate end = period ? period->endsOn : m_assignment.yearEnd;
    fw.opensOn = end.addDays(-w.periodMarkOpensDaysBefore);
    fw.closesOn = deadline(end, w.periodMark);
    return fw;
}

} // namespace cj::server
