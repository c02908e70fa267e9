#include "rules/BellRules.h"

#include "rpc/RpcError.h"

namespace cj::server {

void BellRules::check(const QList<Bell> &bells)
{
    if (bells.isEmpty())
        invalid(QStringLiteral("bells"), QStringLiteral("a bell schedule needs at least one lesson"));
    for (qsizetype i = 0; i < bells.size(); ++i) {
        const Bell &b = bells[i];
        const QString at = QStringLiteral("bells[%1]").arg(i);
        if (b.startsAt < QTime(8, 0))
            violated(at + QStringLiteral(".startsAt"), QStringLiteral("bells_before_8"),
                     QStringLiteral("lessons start no earlier than 08:00"));
        if (b.endsAt <= b.startsAt)
            violated(at + QStringLiteral(".endsAt"), QStringLiteral("bells_overlap"), QStringLiteral("a lesson ends before it starts"));
        if (i == 0)
            continue;
        const Bell &prev = bells[i - 1];
        if (b.lessonNumber == prev.lessonNumber)
            invalid(at + QStringLiteral(".lessonNumber"), QStringLiteral("lesson numbers repeat"));
        if (b.startsAt < prev.endsAt)
            violated(at + QStringLiteral(".startsAt"), QStringLiteral("bells_overlap"),
                     QStringLiteral("the lesson starts before the one before it ends"));
        if (prev.endsAt.secsTo(b.startsAt) < kMinimumBreakMinutes * 60)
            violated(at + QStringLiteral(".startsAt"), QStringLiteral("break_too_short"),
                     QStringLiteral("breaks are at least %1 minutes").arg(kMinimumBreakMinutes));
    }
}

} // namespace cj::server
