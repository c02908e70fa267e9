#pragma once

#include <QCborMap>
#include <QCborValue>
#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace cj::client::reports {

// How reports write dates, marks, rates and the words every statement shares, so all documents
// read alike.
class ReportFormat
{
    Q_DECLARE_TR_FUNCTIONS(ReportFormat)
public:
    static QDate dateOf(const QCborValue &value);           // "YYYY-MM-DD"
    static QDate monthOf(const QCborValue &value);          // "YYYY-MM" → its first day
    static QString date(const QDate &date);                 // 01.09.2025
    static QString dayMonth(const QDate &date);             // 01.09
    static QString dateRange(const QDate &from, const QDate &to); // 01.09.2025 – 26.10.2025
    static QString dateTime(const QDateTime &moment);       // 01.09.2025 08:30, local time
    static QString monthName(const QDate &month);           // сентябрь
    static QString monthYear(const QDate &month);           // сентябрь 2025

    // A school period's number as statements write it: I, II, III, IV.
    static QString roman(qint64 number);
    // A rate or average with one decimal («87,5»), a dash when there is nothing to divide by.
    static QString decimal(const QCborValue &number);
    static QString count(qint64 value, bool blankZero = false);

    // A mark as written in the journal: «5», «зач», «незач».
    static QString mark(const QCborMap &mark);
    // A cell's marks («4/5») and attendance («н», «б», «у», «п», «оп»).
    static QString cell(const QCborMap &cell);
    static QString attendance(const QCborMap &attendance);

    // «прибыл(а) 12.11.2025», «выбыл(а) 01.12.2025», both, or nothing.
    static QString membership(const QCborMap &student);

    // A level of education: «1–4 классы» for the wire's "1-4".
    static QString level(const QString &level);

    // Column titles every statement uses.
    static QString numberColumn();   // №
    static QString nameColumn();     // Фамилия, имя ученика
    static QString totalRow();       // Итого
    // Who signs.
    static QString classTeacher();   // Классный руководитель
    static QString director();       // Директор
    static QString deputyDirector(); // Заместитель директора по УВР
    // A date to be filled in by hand: «___» ______________ 20___ г.
    static QString blankDate();

    // The class indicators, printed under every report that shows them (SPEC §7).
    static QString indicatorsFormula();
    // The same for the class as a whole (отличники, хорошисты …).
    static QString classIndicatorsFormula();
};

} // namespace cj::client::reports
