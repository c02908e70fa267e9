#pragma once

#include <QCborMap>
#include <QString>

#include "domain/Grading.h"

namespace cj::server {

class Db;

// How long after a lesson each kind of entry stays open (SPEC §3 "Rules about time"; defaults from
// the seeds: 001 §5, 002 §2.6, 004 row 19).
struct EntryWindow {
    int days = 0;         // after the lesson's (or period's) date; 0 = that day only
    bool working = false; // count working days (skipping weekends and holidays) instead of calendar days
};

struct EntryWindows {
    EntryWindow attendance{0, false};
    EntryWindow topic{0, false};
    EntryWindow homework{0, false};
    EntryWindow oralMark{0, false};
    EntryWindow writtenMark{7, false};
    EntryWindow extendedWrittenMark{10, true};
    EntryWindow periodMark{5, true};
    EntryWindow examMark{60, false};
    int periodMarkOpensDaysBefore = 14;
};

// The school's settings that rules depend on, with the seeds' defaults for anything not set.
struct SchoolSettings {
    EntryWindows windows;
    RoundingPolicy rounding;
    bool allowOne = false; // «1» allowed as a current mark (SPEC §7: only if the school allows it)
    QCborMap symbols;      // how attendance is shown: absent/late/ill/excused/unexcused

    // Cached per school: read on every journal write, changed rarely and only by this process.
    static SchoolSettings load(Db &db, qint64 schoolId);
    // Drops the cached copy; call after the transaction that saved new settings has committed.
    static void forget(qint64 schoolId);
    QCborMap toCbor() const;
    // Applies the fields present in `changes` (as in settings.update); returns the first invalid
    // field's name, or an empty string.
    QString apply(const QCborMap &changes);
    void save(Db &db, qint64 schoolId, qint64 userId) const;
};

} // namespace cj::server
