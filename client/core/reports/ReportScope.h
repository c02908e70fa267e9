#pragma once

#include <QCborMap>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

#include "core/reports/ReportParameters.h"

namespace cj::client::reports {

// What reports may be asked about: the school's classes and the periods of their years, from
// classes.list and years.list. Finds a class by name («5А») or id and a period by number, name or
// id, and matches a period chosen for one class to another class's scheme (a quarter to the half
// it falls in) when a report runs for every class.
class ReportScope
{
public:
    struct SchoolClass {
        qint64 id = 0;
        qint64 yearId = 0;
        QString name;
        int grade = 0;
        QString periodScheme;
        QString classTeacherName;
    };
    struct Period {
        qint64 id = 0;
        qint64 yearId = 0;
        QString scheme;
        int number = 0;
        QString name;
        QDate startsOn;
        QDate endsOn;
    };
    struct Year {
        qint64 id = 0;
        QString name;
        QDate startsOn;
        QDate endsOn;
    };

    void setYears(const QCborMap &yearsList);
    void setClasses(const QCborMap &classesList);

    const QList<SchoolClass> &classes() const { return m_classes; }
    const QList<Year> &years() const { return m_years; }
    std::optional<SchoolClass> findClass(const QString &nameOrId) const;
    std::optional<SchoolClass> classById(qint64 id) const;
    // The periods of the class's year in its scheme, in order.
    QList<Period> periodsOf(qint64 classId) const;
    std::optional<Period> periodById(qint64 id) const;
    std::optional<Period> findPeriod(qint64 classId, const QString &numberNameOrId) const;
    // The class's own period for a period chosen elsewhere: the same one when the schemes agree,
    // else the class's period that contains the chosen one's last day.
    std::optional<Period> matchingPeriod(qint64 classId, qint64 periodId) const;
    // The year the classes belong to.
    qint64 yearId() const;
    std::optional<Year> yearById(qint64 id) const;

    // One set of parameters per class, the period matched to each class's scheme.
    QList<ReportParameters> forEveryClass(const ReportParameters &parameters) const;

private:
    QList<Year> m_years;
    QList<Period> m_periods;
    QList<SchoolClass> m_classes;
};

} // namespace cj::client::reports
