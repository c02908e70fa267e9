#include "ui/common/DateEdit.h"

namespace cj::client {

namespace {
const QDate kNoDate(1900, 1, 1); // the minimum stands for "not given"
} // namespace

DateEdit::DateEdit(QWidget *parent)
    : QDateEdit(parent)
{
    setCalendarPopup(true);
    setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    setMinimumDate(kNoDate);
    setMaximumDate(QDate(2100, 12, 31));
    QDateEdit::setDate(QDate::currentDate());
}

void DateEdit::setOptional(bool optional)
{
    setSpecialValueText(optional ? tr("not given") : QString());
}

QDate DateEdit::date() const
{
    const QDate d = QDateEdit::date();
    return !specialValueText().isEmpty() && d == kNoDate ? QDate() : d;
}

void DateEdit::setDate(const QDate &date)
{
    QDateEdit::setDate(date.isValid() ? date : (specialValueText().isEmpty() ? QDate::currentDate() : kNoDate));
}

} // namespace cj::client
