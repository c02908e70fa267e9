#pragma once

#include <QCborMap>
#include <QCoreApplication>
#include <QStringList>

#include "core/reports/Report.h"

namespace cj::client::reports {

// What every report starts with: its header read from the result, a file name, and a first
// section opened by the title block (school, document name, class and year, period).
class ReportScaffold
{
    Q_DECLARE_TR_FUNCTIONS(ReportScaffold)
public:
    static Report start(const QString &title, const QCborMap &result);
    // Appends a section headed by the title block; extra lines go under it.
    static ReportSection &open(Report &report, QPageLayout::Orientation orientation,
                               const QStringList &extraLines = {});
    // The title block alone, for a section that already exists.
    static void titleBlock(ReportSection &section, const Report &report, const QStringList &extraLines = {});
    // A file name without characters file systems refuse: «Сводная ведомость … 5А 2025-2026».
    static QString fileName(const QStringList &parts);
    // «Классный руководитель: …», or nothing when no one is named.
    static QString classTeacherLine(const QString &name);
};

} // namespace cj::client::reports
