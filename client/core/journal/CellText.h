#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

#include "core/journal/FinalMark.h"
#include "core/journal/JournalCell.h"

class QCborMap;

namespace cj::client {

// The letters the school shows for attendance (settings.get "symbols"; defaults from SPEC §7).
struct AttendanceSymbols {
    QString absent = QStringLiteral("н");
    QString late = QStringLiteral("оп");
    QString ill = QStringLiteral("б");
    QString excused = QStringLiteral("у");
    QString unexcused = QStringLiteral("п");

    static AttendanceSymbols fromCbor(const QCborMap &symbols);
    QString of(const Attendance &attendance) const; // "" when present
};

// What a teacher typed into a cell, understood: marks, attendance, or clearing.
struct TypedCell {
    std::optional<QList<Mark>> marks;           // set when marks were typed (value or passed only)
    std::optional<AttendanceKind> attendance;   // set when «н» or «оп» was typed
    bool clear = false;                          // nothing typed: clear the cell
    // Pasted text stands for the whole cell: what it does not mention is cleared. Typed text
    // changes only what it mentions (typing «н» keeps a mark).
    bool wholeCell = false;
};

// How cells read («5», «3/5», «зч», «н», «б», «оп») and how typed text becomes a cell. One place for
// the keys, so the grid, paste and the help tooltip agree.
class CellText
{
    Q_DECLARE_TR_FUNCTIONS(CellText)
public:
    static QString marks(const QList<Mark> &marks); // «3/5», «зч», «нз»
    static QString mark(const Mark &mark);
    static QString cell(const JournalCell &cell, const AttendanceSymbols &symbols); // «5 оп», «н»
    static QString finalMark(const FinalMark &mark);

    // Cell input; nullopt with *error set when it cannot be understood.
    // The reason letters («б», «у», «п») read as an absence, so copied cells paste back.
    static std::optional<TypedCell> parse(const QString &text, QString *error = nullptr);
    // Period/year/exam/final mark input: value 2..5, зачёт/незачёт, or empty (clear). «н/а» and «осв.»
    // are refused with the rule's text (000 §5.3).
    static std::optional<FinalMark> parseFinal(const QString &text, QString *error = nullptr);

    // The keyboard help shown as the grid's tooltip (rich text).
    static QString keyboardHelp();
};

} // namespace cj::client
