#pragma once

#include <QList>
#include <QString>

#include "storage/PlanStore.h"

namespace cj::server {

// Reads a КТП file: lines "№;Тема;Часы;Домашнее задание" (`;` or `,`, quotes allowed, header and
// number optional). Bad lines are reported with their number, never half-read.
struct PlanCsvResult {
    QList<PlanItem> items;
    QList<std::pair<int, QString>> errors; // line, message
};

PlanCsvResult parsePlanCsv(const QString &text);

// Splits one CSV line by the separator, honouring double quotes ("" inside quotes is a quote).
QStringList splitCsvLine(const QString &line, QChar separator);
QChar guessCsvSeparator(const QString &firstLine);

} // namespace cj::server
