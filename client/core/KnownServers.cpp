#include "core/KnownServers.h"

#include <QSettings>

namespace cj::client {

namespace {
QString key(const QString &endpoint)
{
    // QSettings treats '/' as a group separator; host names never contain it, but be safe.
    QString k = endpoint;
    return QStringLiteral("knownServers/") + k.replace(QLatin1Char('/'), QLatin1Char('_'));
}
} // namespace

KnownServers::Verdict KnownServers::check(const QString &endpoint, const QString &fingerprint) const
{
    const QString known = fingerprintFor(endpoint);
    if (known.isEmpty())
        return Verdict::FirstUse;
    return known.compare(fingerprint, Qt::CaseInsensitive) == 0 ? Verdict::Match : Verdict::Mismatch;
}

QString KnownServers::fingerprintFor(const QString &endpoint) const
{
    return QSettings().value(key(endpoint)).toString();
}

void KnownServers::remember(const QString &endpoint, const QString &fingerprint)
{
    QSettings().setValue(key(endpoint), fingerprint);
}

void KnownServers::forget(const QString &endpoint)
{
    QSettings().remove(key(endpoint));
}

} // namespace cj::client
