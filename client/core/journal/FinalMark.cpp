#include "core/journal/FinalMark.h"

#include "protocol/ArgReader.h"

namespace cj::client {

QString finalMarkKindToWire(FinalMarkKind kind)
{
    switch (kind) {
    case FinalMarkKind::Period: return QStringLiteral("period");
    case FinalMarkKind::Year: return QStringLiteral("year");
    case FinalMarkKind::Exam: return QStringLiteral("exam");
    case FinalMarkKind::Final: return QStringLiteral("final");
    }
    return {};
}

std::optional<FinalMarkKind> finalMarkKindFromWire(const QString &text)
{
    for (FinalMarkKind k : {FinalMarkKind::Period, FinalMarkKind::Year, FinalMarkKind::Exam, FinalMarkKind::Final}) {
        if (finalMarkKindToWire(k) == text)
            return k;
    }
    return std::nullopt;
}

FinalMark FinalMark::fromCbor(const QCborMap &map)
{
    FinalMark f;
    f.studentId = protocol::intOr(map.value(QStringLiteral("studentId")));
    f.kind = finalMarkKindFromWire(map.value(QStringLiteral("kind")).toString()).value_or(FinalMarkKind::Period);
    f.periodId = protocol::intOr(map.value(QStringLiteral("periodId")));
    f.value = int(protocol::intOr(map.value(QStringLiteral("value"))));
    const QCborValue passed = map.value(QStringLiteral("passed"));
    if (passed.isBool())
        f.passed = passed.toBool();
    f.enteredAt = QDateTime::fromString(map.value(QStringLiteral("enteredAt")).toString(), Qt::ISODateWithMs);
    f.enteredBy = map.value(QStringLiteral("enteredBy")).toString();
    return f;
}

QCborMap FinalMark::toWrite(qint64 assignmentId) const
{
    QCborMap map{{QStringLiteral("assignmentId"), assignmentId},
                 {QStringLiteral("studentId"), studentId},
                 {QStringLiteral("kind"), finalMarkKindToWire(kind)}};
    if (kind == FinalMarkKind::Period)
        map.insert(QStringLiteral("periodId"), periodId);
    if (passed)
        map.insert(QStringLiteral("passed"), *passed);
    else if (value > 0)
        map.insert(QStringLiteral("value"), value);
    return map;
}

} // namespace cj::client
