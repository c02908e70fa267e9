#pragma once

#include <QCborArray>
#include <QDate>
#include <QList>
#include <QString>

#include <functional>

#include "rpc/Caller.h"
#include "rules/EntryWindows.h"
#include "rules/SchoolSettings.h"
#include "storage/JournalStore.h"
#include "storage/WorkKindStore.h"

namespace cj::server {

// The rules for the marks of one cell (SPEC §3, 000 §3.7, 001 §5): allowed values and kinds of work,
// grade 1, membership, exemption, and the entry window of every mark that changes. Shared by the
// single write path (JournalWriter) and the batched one (MarkBatch), so both decide alike.
class MarkRules
{
public:
    using KindLookup = std::function<std::optional<WorkKind>(qint64 kindId)>;

    struct Inputs {
        const LessonContext *lesson = nullptr;
        qint64 studentId = 0;
        const SchoolSettings *settings = nullptr;
        const LessonDeadlines *deadlines = nullptr;
        QDate today;
        bool waiveWindows = false;
        bool member = false;
        bool exempt = false;
    };

    struct Decision {
        QList<MarkRow> wanted;
        bool changed = false;
        QString description; // «Отметки: «3» → «4»»
    };

    // The marks asked for, read and checked in themselves (throws ArgumentError / RpcError).
    static QList<MarkRow> parse(const QCborArray &given, const Inputs &in, const KindLookup &kindOf);
    // Checks the change from `old` to `wanted` (throws RpcError) and says whether anything changes.
    static Decision decide(const QList<MarkRow> &old, QList<MarkRow> wanted, const Inputs &in);
    static QString marksText(const QList<MarkRow> &marks);
    // How a cell's marks are kept in the audit log.
    static QCborMap auditView(qint64 studentId, const QList<MarkRow> &marks);
};

// Refusals journal rules share.
[[noreturn]] void ruleViolation(const QString &rule, const QString &message);
[[noreturn]] void cellLocked(const QString &window, const QDate &deadline);
[[noreturn]] void notYetOpen(const QString &window, const QDate &opensOn, const QString &message);

} // namespace cj::server
