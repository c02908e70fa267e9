#pragma once

#include <QCborMap>
#include <QCoreApplication>
#include <QList>

#include "core/reports/ReportTable.h"

namespace cj::client::reports {

// The attendance figures every attendance table prints (docs/protocol.md, Tally): lessons missed in
// all, for illness, excused, unexcused, whole days missed, times late — their column titles, their
// cells and the legend that explains them.
class AttendanceTally
{
    Q_DECLARE_TR_FUNCTIONS(AttendanceTally)
public:
    // The four "missed" columns, or all six with days and lateness.
    static QList<ReportCell> titles(bool withDaysAndLate);
    static void appendCells(QList<ReportCell> &row, const QCborMap &tally, bool withDaysAndLate, CellTone tone,
                            bool blankZero);
    static QString legend();
};

} // namespace cj::client::reports
