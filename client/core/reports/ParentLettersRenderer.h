#pragma once

#include <QCborMap>
#include <QCoreApplication>

#include "core/reports/Report.h"

namespace cj::client::reports {

// «Информационное письмо для родителей» (reports.parentLetters; 000 §4.3.5, 002 §2.12): one letter
// per pupil, each starting on its own page and numbered on its own — marks by subject, absences,
// homework for the fortnight, and places to sign for the class teacher and the parent.
class ParentLettersRenderer
{
    Q_DECLARE_TR_FUNCTIONS(ParentLettersRenderer)
public:
    static QString title();
    static Report render(const QCborMap &result);
};

} // namespace cj::client::reports
