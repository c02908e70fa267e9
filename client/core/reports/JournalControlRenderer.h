#pragma once

#include <QCborMap>
#include <QCoreApplication>

#include "core/reports/Report.h"

namespace cj::client::reports {

// «Контроль ведения электронного журнала» (reports.journalControl; 003 §2.3, 000 §4.6.6): per teacher
// and class-subject the lessons without topic or homework, marks filled late, pupils without marks,
// with one mark, with too few for the hours, КТП hours, substitutions, the last entry — problems
// highlighted — and each teacher's activity.
class JournalControlRenderer
{
    Q_DECLARE_TR_FUNCTIONS(JournalControlRenderer)
public:
    static QString title();
    static Report render(const QCborMap &result);
};

} // namespace cj::client::reports
