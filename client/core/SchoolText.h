#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace cj::client {

// The school's own words for the protocol's codes of the school structure: «четверти», «зачисление»,
// «перенесённый урок» … (wire values in, translated text out).
class SchoolText
{
    Q_DECLARE_TR_FUNCTIONS(SchoolText)
public:
    static QString periodScheme(const QString &scheme); // quarters / halves
    static QString grading(const QString &grading);     // marks / pass_fail
    static QString movementKind(const QString &kind);   // enrolment / transfer / leaving
    static QString lessonOrigin(const QString &origin); // schedule / extra / moved
    static QString problemKind(const QString &kind);    // assignments.check
    static QString gender(const QString &gender);       // "" / m / f
    static QString weekday(int weekday);                 // 1 = Monday: «Понедельник»
    static QString weekdayShort(int weekday);            // «Пн»
    static QString grades(const QList<int> &grades);     // [] → «все классы»
    static QString longDate(const QDate &date);          // «1 сентября 2025 г.»
};

} // namespace cj::client
