#pragma once

#include <QDateEdit>

namespace cj::client {

// A date field with a calendar to pick from, in the school's dd.MM.yyyy. An optional one may be left
// empty («не указана»): date() is then invalid.
class DateEdit : public QDateEdit
{
    Q_OBJECT
public:
    explicit DateEdit(QWidget *parent = nullptr);

    void setOptional(bool optional);
    QDate date() const;
    void setDate(const QDate &date);
};

} // namespace cj::client
