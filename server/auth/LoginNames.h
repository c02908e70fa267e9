#pragma once

#include <QString>

namespace cj::server {

class Db;

// Latin transliteration of Russian names, for generated logins: "Иванова Мария Петровна" -> "ivanova.mp".
QString transliterate(const QString &cyrillic);
QString suggestedLogin(const QString &surname, const QString &firstName, const QString &patronymic);
// The suggested login, with a number added while it is taken ("ivanova.mp2").
QString availableLogin(Db &db, const QString &surname, const QString &firstName, const QString &patronymic);

} // namespace cj::server
