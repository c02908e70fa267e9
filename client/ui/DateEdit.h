#pragma once

#include <QDateEdit>

namespace cj::client {

// A date field as the school writes dates (ДД.ММ.ГГГГ), with a calendar to pick from.
inline QDateEdit *dateEdit(const QDate &date, const char *objectName)
{
    auto *edit = new QDateEdit(date);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    edit->setObjectName(QString::fromLatin1(objectName));
    return edit;
}

} // namespace cj::client
