#pragma once

#include <QString>

namespace cj::server {

// Latin transliteration of Russian names, for generated logins: "Иванова Мария Петровна" -> "ivanova.mp".
QString transliterate(const QString &cyrillic);
QString suggestedLogin(const QString &surname, const QString &firstName, const QString &patronymic);

} // namespace cj::server
