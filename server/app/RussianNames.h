#pragma once

#include <QRandomGenerator>
#include <QString>

namespace cj::server {

struct PersonName {
    QString surname;
    QString firstName;
    QString patronymic;
};

// Realistic Russian names for generated schools: common surnames in the right gender, first names,
// and patronymics formed from fathers' names.
class RussianNames
{
public:
    static PersonName person(QRandomGenerator &random, bool female);
    static PersonName parentOf(QRandomGenerator &random, const QString &childSurname, bool female, bool childFemale);
};

} // namespace cj::server
