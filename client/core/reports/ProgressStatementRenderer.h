#pragma once

#include <QCborMap>
#include <QCoreApplication>

#include "core/reports/Report.h"

namespace cj::client::reports {

// «Сводная ведомость учёта успеваемости обучающихся» (reports.progressStatement): pupils × subjects,
// each subject with its period, year, exam and final marks; certified, kept 75 years (001 §6.3).
class ProgressStatementRenderer
{
    Q_DECLARE_TR_FUNCTIONS(ProgressStatementRenderer)
public:
    static QString title();
    static Report render(const QCborMap &result);
};

} // namespace cj::client::reports
