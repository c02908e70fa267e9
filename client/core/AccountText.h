#pragma once

#include <QCborMap>
#include <QCoreApplication>
#include <QString>

namespace cj::client {

// Russian words for the state of accounts and for the login log (журнал входов).
class AccountText
{
    Q_DECLARE_TR_FUNCTIONS(AccountText)
public:
    // «заблокирована: …», «временная блокировка после неудачных попыток», «не активирована» …
    static QString status(const QCborMap &user);
    static QString loginMethod(const QString &method);   // password / activation / token
    static QString loginOutcome(const QString &outcome); // ok / wrong_password / …
    static QStringList loginOutcomes();                  // every outcome's wire name, for filters
};

} // namespace cj::client
