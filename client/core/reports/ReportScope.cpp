#include "core/reports/ReportScope.h"

#include "core/reports/CborFields.h"
#include "core/reports/ReportFormat.h"

namespace cj::client::reports {

using namespace cbor;

void ReportScope::setYears(const QCborMap &yearsList)
{
    m_years.clear();
    m_periods.clear();
    for (const QCborValue &yv : list(yearsList, "years")) {
        const QCborMap y = yv.toMap();
        m_years.append({integer(y, "id"), text(y, "name"), ReportFormat::dateOf(value(y, "startsOn")),
                        ReportFormat::dateOf(value(y, "endsOn"))});
        for (const QCborValue &pv : list(y, "periods")) {
            const QCborMap p = pv.toMap();
            m_periods.append({integer(p, "id"), integer(y, "id"), text(p, "scheme"), int(integer(p, "number")), text(p, "name"),
                              ReportFormat::dateOf(value(p, "startsOn")), ReportFormat::dateOf(value(p, "endsOn"))});
        }
    }
}

void ReportScope::setClasses(const QCborMap &classesList)
{
    m_classes.clear();
    for (const QCborValue &cv : list(classesList, "classes")) {
        const QCborMap c = cv.toMap();
        m_classes.append({integer(c, "id"), integer(c, "yearId"), text(c, "name"), int(integer(c, "grade")),
                          text(c, "periodScheme"), text(c, "classTeacherName")});
    }
}

std::optional<ReportScope::SchoolClass> ReportScope::classById(qint64 id) const
{
    for (const SchoolClass &c : m_classes) {
        if (c.id == id)
            return c;
    }
    return std::nullopt;
}

std::optional<ReportScope::SchoolClass> ReportScope::findClass(const QString &nameOrId) const
{
    const QString wanted = nameOrId.trimmed();
    for (const SchoolClass &c : m_classes) {
        if (c.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return c;
    }
    bool number = false;
    const qint64 id = wanted.toLongLong(&number);
    return number ? classById(id) : std::nullopt;
}

QList<ReportScope::Period> ReportScope::periodsOf(qint64 classId) const
{
    QList<Period> list;
    const std::optional<SchoolClass> c = classById(classId);
    if (!c)
        return list;
    for (const Period &p : m_periods) {
        if (p.yearId == c->yearId && p.scheme == c->periodScheme)
            list.append(p);
    }
    std::sort(list.begin(), list.end(), [](const Period &a, const Period &b) { return a.number < b.number; });
    return list;
}

std::optional<ReportScope::Period> ReportScope::periodById(qint64 id) const
{
    for (const Period &p : m_periods) {
        if (p.id == id)
            return p;
    }
    return std::nullopt;
}

std::optional<ReportScope::Period> ReportScope::findPeriod(qint64 classId, const QString &numberNameOrId) const
{
    const QString wanted = numberNameOrId.trimmed();
    const QList<Period> periods = periodsOf(classId);
    bool isNumber = false;
    const qint64 n = wanted.toLongLong(&isNumber);
    for (const Period &p : periods) {
        if ((isNumber && p.number == n) || p.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return p;
    }
    if (isNumber) {
        if (const std::optional<Period> byId = periodById(n))
            return matchingPeriod(classId, byId->id);
    }
    return std::nullopt;
}

std::optional<ReportScope::Period> ReportScope::matchingPeriod(qint64 classId, qint64 periodId) const
{
    const std::optional<Period> chosen = periodById(periodId);
    if (!chosen)
        return std::nullopt;
    const QList<Period> periods = periodsOf(classId);
    for (const Period &p : periods) {
        if (p.id == periodId)
            return p;
    }
    for (const Period &p : periods) {
        if (chosen->endsOn >= p.startsOn && chosen->endsOn <= p.endsOn)
            return p;
    }
    return std::nullopt;
}

qint64 ReportScope::yearId() const
{
    return m_classes.isEmpty() ? (m_years.isEmpty() ? 0 : m_years.first().id) : m_classes.first().yearId;
}

std::optional<ReportScope::Year> ReportScope::yearById(qint64 id) const
{
    for (const Year &y : m_years) {
        if (y.id == id)
            return y;
    }
    return std::nullopt;
}

QList<ReportParameters> ReportScope::forEveryClass(const ReportParameters &parameters) const
{
    QList<ReportParameters> list;
    for (const SchoolClass &c : m_classes) {
        ReportParameters p = parameters;
        p.classId = c.id;
        if (parameters.periodId > 0) {
            const std::optional<Period> own = matchingPeriod(c.id, parameters.periodId);
            if (!own)
                continue; // the class has no period at that time
            p.periodId = own->id;
        }
        list.append(p);
    }
    return list;
}

} // namespace cj::client::reports
