#include "rules/SchoolSettings.h"

#include <QCborArray>
#include <QHash>
#include <QMutex>

#include "storage/SettingsStore.h"

namespace cj::server {

namespace {
// Read on every journal write; changed rarely, and only through save() in this process.
QMutex g_cacheMutex;
QHash<qint64, SchoolSettings> g_cache;

const QString kWindows = QStringLiteral("entryWindows");
const QString kRounding = QStringLiteral("rounding");
const QString kAllowOne = QStringLiteral("allowOne");
const QString kSymbols = QStringLiteral("symbols");
const QString kOpensBefore = QStringLiteral("periodMarkOpensDaysBefore");

struct WindowField {
    const char *name;
    EntryWindow EntryWindows::*member;
};
const WindowField kWindowFields[] = {
    {"attendance", &EntryWindows::attendance},   {"topic", &EntryWindows::topic},
    {"homework", &EntryWindows::homework},       {"oralMark", &EntryWindows::oralMark},
    {"writtenMark", &EntryWindows::writtenMark}, {"extendedWrittenMark", &EntryWindows::extendedWrittenMark},
    {"periodMark", &EntryWindows::periodMark},   {"examMark", &EntryWindows::examMark},
};

QCborMap defaultSymbols()
{
    return QCborMap{{QStringLiteral("absent"), QStringLiteral("н")},
                    {QStringLiteral("late"), QStringLiteral("оп")},
                    {QStringLiteral("ill"), QStringLiteral("б")},
                    {QStringLiteral("excused"), QStringLiteral("у")},
                    {QStringLiteral("unexcused"), QStringLiteral("п")}};
}

QCborMap windowsToCbor(const EntryWindows &w)
{
    QCborMap map;
    for (const WindowField &f : kWindowFields) {
        const EntryWindow &window = w.*(f.member);
        map.insert(QString::fromLatin1(f.name),
                   QCborMap{{QStringLiteral("days"), window.days}, {QStringLiteral("working"), window.working}});
    }
    map.insert(kOpensBefore, w.periodMarkOpensDaysBefore);
    return map;
}

// Returns the invalid field, or empty.
QString windowsFromCbor(const QCborMap &map, EntryWindows *w)
{
    for (const WindowField &f : kWindowFields) {
        const QString name = QString::fromLatin1(f.name);
        if (!map.contains(name))
            continue;
        const QCborMap value = map.value(name).toMap();
        const QCborValue days = value.value(QStringLiteral("days"));
        if (!days.isInteger() || days.toInteger() < 0 || days.toInteger() > 366)
            return kWindows + QLatin1Char('.') + name;
        (w->*(f.member)).days = int(days.toInteger());
        (w->*(f.member)).working = value.value(QStringLiteral("working")).toBool(false);
    }
    if (map.contains(kOpensBefore)) {
        const QCborValue v = map.value(kOpensBefore);
        if (!v.isInteger() || v.toInteger() < 0 || v.toInteger() > 120)
            return kWindows + QLatin1Char('.') + kOpensBefore;
        w->periodMarkOpensDaysBefore = int(v.toInteger());
    }
    return {};
}
} // namespace

SchoolSettings SchoolSettings::load(Db &db, qint64 schoolId)
{
    {
        QMutexLocker lock(&g_cacheMutex);
        const auto it = g_cache.constFind(schoolId);
        if (it != g_cache.constEnd())
            return *it;
    }
    SchoolSettings s;
    s.symbols = defaultSymbols();
    s.apply(SettingsStore::all(db, schoolId));
    QMutexLocker lock(&g_cacheMutex);
    g_cache.insert(schoolId, s);
    return s;
}

QCborMap SchoolSettings::toCbor() const
{
    return QCborMap{{kWindows, windowsToCbor(windows)},
                    {kRounding, rounding.toCbor()},
                    {kAllowOne, allowOne},
                    {kSymbols, symbols}};
}

QString SchoolSettings::apply(const QCborMap &changes)
{
    if (changes.contains(kWindows)) {
        if (!changes.value(kWindows).isMap())
            return kWindows;
        const QString bad = windowsFromCbor(changes.value(kWindows).toMap(), &windows);
        if (!bad.isEmpty())
            return bad;
    }
    if (changes.contains(kRounding)) {
        if (!changes.value(kRounding).isMap())
            return kRounding;
        QCborMap current = rounding.toCbor();
        const QCborMap map = changes.value(kRounding).toMap();
        for (auto it = map.constBegin(); it != map.constEnd(); ++it)
            current.insert(it.key(), it.value());
        const RoundingPolicy merged = RoundingPolicy::fromCbor(current);
        const QString bad = merged.invalidField();
        if (!bad.isEmpty())
            return kRounding + QLatin1Char('.') + bad;
        rounding = merged;
    }
    if (changes.contains(kAllowOne)) {
        if (!changes.value(kAllowOne).isBool())
            return kAllowOne;
        allowOne = changes.value(kAllowOne).toBool();
    }
    if (changes.contains(kSymbols)) {
        const QCborMap map = changes.value(kSymbols).toMap();
        for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
            if (!symbols.contains(it.key()) || !it.value().isString() || it.value().toString().isEmpty()
                || it.value().toString().size() > 4)
                return kSymbols + QLatin1Char('.') + it.key().toString();
            symbols.insert(it.key(), it.value());
        }
    }
    return {};
}

void SchoolSettings::forget(qint64 schoolId)
{
    QMutexLocker lock(&g_cacheMutex);
    g_cache.remove(schoolId);
}

void SchoolSettings::save(Db &db, qint64 schoolId, qint64 userId) const
{

    const QCborMap all = toCbor();
    for (auto it = all.constBegin(); it != all.constEnd(); ++it)
        SettingsStore::put(db, schoolId, it.key().toString(), it.value(), userId);
}

} // namespace cj::server
