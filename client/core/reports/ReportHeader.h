#pragma once

#include <QCoreApplication>
#include <QCborMap>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace cj::client::reports {

// The header every report result carries under "header" (docs/protocol.md, "Reports"): whose
// school, which year, class and period, the dates covered, when it was computed.
struct ReportHeader {
    Q_DECLARE_TR_FUNCTIONS(ReportHeader)
public:
    QString schoolName;
    QString schoolShortName;
    QString schoolAddress;
    QString directorName;
    qint64 yearId = 0;
    QString yearName; // «2025/2026»
    qint64 classId = 0;
    QString className; // «5А»
    int grade = 0;
    QString classTeacherName;
    qint64 periodId = 0;
    QString periodName; // «1 четверть»
    QDate periodStart;
    QDate periodEnd;
    QDate from;
    QDate to;
    QDateTime generatedAt;

    // From a report's result (its "header" map).
    static ReportHeader fromCbor(const QCborMap &result);

    QString school() const { return schoolShortName.isEmpty() ? schoolName : schoolShortName; }
    // «5А класс»
    QString classText() const;
    // «2025/2026 учебный год»
    QString yearText() const;
    // «1 четверть (01.09.2025 – 26.10.2025)», or the dates covered, or the year.
    QString periodText() const;
    // «с 01.09.2025 по 14.09.2025»
    QString rangeText() const;
    // The right-hand part of the page header: class and period.
    QString runningText() const;
};

} // namespace cj::client::reports
