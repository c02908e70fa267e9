#include "core/reports/AttendanceTally.h"

#include "core/reports/CborFields.h"
#include "core/reports/ReportFormat.h"

namespace cj::client::reports {

QList<ReportCell> AttendanceTally::titles(bool withDaysAndLate)
{
    QList<ReportCell> list{tr("all"), tr("ill"), tr("exc."), tr("unexc.")};
    if (withDaysAndLate)
        list.append({tr("days"), tr("late")});
    return list;
}

void AttendanceTally::appendCells(QList<ReportCell> &row, const QCborMap &tally, bool withDaysAndLate, CellTone tone,
                                  bool blankZero)
{
    QList<const char *> keys{"missed", "ill", "excused", "unexcused"};
    if (withDaysAndLate)
        keys.append({"daysMissed", "late"});
    for (const char *key : keys)
        row.append(ReportCell(ReportFormat::count(cbor::integer(tally, key), blankZero)).toned(tone));
}

QString AttendanceTally::legend()
{
    return tr("Lessons missed: «all» — in total, «ill» — for illness, «exc.» — for an excused reason, «unexc.» — "
              "without an excused reason or with no reason given; «days» — whole days missed (every lesson of the "
              "day); «late» — times late, not counted as missed.");
}

} // namespace cj::client::reports
