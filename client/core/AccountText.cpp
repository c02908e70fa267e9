#include "core/AccountText.h"

#include <QDateTime>
#include <QLocale>

#include "core/WireValue.h"

namespace cj::client {

QString AccountText::status(const QCborMap &u)
{
    if (u.value(QStringLiteral("archived")).toBool())
        return tr("archived");
    if (u.value(QStringLiteral("locked")).toBool()) {
        const QString reason = u.value(QStringLiteral("lockedReason")).toString();
        return reason.isEmpty() ? tr("locked") : tr("locked: %1").arg(reason);
    }
    const QDateTime hold = wire::timestamp(u.value(QStringLiteral("lockoutUntil")));
    if (hold.isValid() && hold > QDateTime::currentDateTime())
        return tr("held after failed sign-ins until %1").arg(QLocale().toString(hold.time(), QLocale::ShortFormat));
    if (!u.value(QStringLiteral("activated")).toBool())
        return u.value(QStringLiteral("activationPending")).toBool() ? tr("waiting for activation")
                                                                     : tr("not activated, no code");
    return tr("active");
}

QString AccountText::loginMethod(const QString &method)
{
    if (method == QLatin1String("password"))
        return tr("password");
    if (method == QLatin1String("activation"))
        return tr("activation code");
    if (method == QLatin1String("token"))
        return tr("session resumed");
    return method;
}

QString AccountText::loginOutcome(const QString &outcome)
{
    if (outcome == QLatin1String("ok"))
        return tr("signed in");
    if (outcome == QLatin1String("wrong_password"))
        return tr("wrong password");
    if (outcome == QLatin1String("wrong_code"))
        return tr("wrong activation code");
    if (outcome == QLatin1String("locked"))
        return tr("account locked");
    if (outcome == QLatin1String("throttled_account"))
        return tr("too many attempts (account)");
    if (outcome == QLatin1String("throttled_address"))
        return tr("too many attempts (computer)");
    if (outcome == QLatin1String("expired"))
        return tr("session expired");
    return outcome;
}

QStringList AccountText::loginOutcomes()
{
    return {QStringLiteral("ok"),     QStringLiteral("wrong_password"),    QStringLiteral("wrong_code"),
            QStringLiteral("locked"), QStringLiteral("throttled_account"), QStringLiteral("throttled_address"),
            QStringLiteral("expired")};
}

} // namespace cj::client
