#pragma once

#include <QCborMap>
#include <QCoreApplication>

#include "core/reports/Report.h"

namespace cj::client::reports {

// «Отчёт классного руководителя за учебный период» (reports.classTeacherReport): the class's
// progress, attendance and movement for the period, in one signed document.
class ClassTeacherReportRenderer
{
    Q_DECLARE_TR_FUNCTIONS(ClassTeacherReportRenderer)
public:
    static QString title();
    static Report render(const QCborMap &result);
};

} // namespace cj::client::reports
