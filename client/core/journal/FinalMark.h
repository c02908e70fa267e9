#pragma once

#include <QCborMap>
#include <QDateTime>
#include <QString>

#include <optional>

namespace cj::client {

// Четвертная / полугодовая (period), годовая (year), экзаменационная (exam), итоговая (final).
enum class FinalMarkKind { Period, Year, Exam, Final };

QString finalMarkKindToWire(FinalMarkKind kind);
std::optional<FinalMarkKind> finalMarkKindFromWire(const QString &text);

// A period/year/exam/final mark: 2..5 or зачёт/незачёт (docs/protocol.md "FinalMark").
struct FinalMark {
    qint64 studentId = 0;
    FinalMarkKind kind = FinalMarkKind::Period;
    qint64 periodId = 0; // period marks only
    int value = 0;
    std::optional<bool> passed;
    QDateTime enteredAt;
    QString enteredBy;

    bool isSet() const { return value > 0 || passed.has_value(); }
    bool sameSlot(const FinalMark &other) const
    {
        return studentId == other.studentId && kind == other.kind && periodId == other.periodId;
    }
    static FinalMark fromCbor(const QCborMap &map);
    // Args of journal.setFinalMark; an unset mark clears.
    QCborMap toWrite(qint64 assignmentId) const;
};

} // namespace cj::client
