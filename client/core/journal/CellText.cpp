#include "core/journal/CellText.h"

#include <QCborMap>
#include <QRegularExpression>
#include <QStringList>

#include "core/ErrorText.h"

namespace cj::client {

namespace {
// Both layouts: the Cyrillic letter and the Latin key it sits on (ЙЦУКЕН «н» = Y, «о» = J, «з» = P),
// plus Latin mnemonics (n/l for absent/late).
const QStringList kAbsent = {QStringLiteral("н"), QStringLiteral("y"), QStringLiteral("n"),
                             QStringLiteral("б"), QStringLiteral("у"), QStringLiteral("п")};
const QStringList kLate = {QStringLiteral("оп"), QStringLiteral("о"), QStringLiteral("j"), QStringLiteral("l"),
                           QStringLiteral("o"), QStringLiteral("jg")};
const QStringList kPassed = {QStringLiteral("зч"), QStringLiteral("з"), QStringLiteral("+"), QStringLiteral("p"),
                             QStringLiteral("зачёт"), QStringLiteral("зачет"), QStringLiteral("px")};
const QStringList kFailed = {QStringLiteral("нз"), QStringLiteral("-"), QStringLiteral("yp"), QStringLiteral("незачёт"),
                             QStringLiteral("незачет")};
const QStringList kNotAllowed = {QStringLiteral("н/а"), QStringLiteral("на"), QStringLiteral("н\\а"),
                                 QStringLiteral("осв"), QStringLiteral("осв."), QStringLiteral("y/f")};

QString passText(bool passed)
{
    return passed ? QStringLiteral("зч") : QStringLiteral("нз");
}
} // namespace

AttendanceSymbols AttendanceSymbols::fromCbor(const QCborMap &symbols)
{
    AttendanceSymbols s;
    auto take = [&](const char *key, QString *into) {
        const QString v = symbols.value(QLatin1String(key)).toString();
        if (!v.isEmpty())
            *into = v;
    };
    take("absent", &s.absent);
    take("late", &s.late);
    take("ill", &s.ill);
    take("excused", &s.excused);
    take("unexcused", &s.unexcused);
    return s;
}

QString AttendanceSymbols::of(const Attendance &a) const
{
    switch (a.kind) {
    case AttendanceKind::Present: return {};
    case AttendanceKind::Late: return late;
    case AttendanceKind::Absent: break;
    }
    switch (a.reason) {
    case AbsenceReason::Ill: return ill;
    case AbsenceReason::Excused: return excused;
    case AbsenceReason::Unexcused: return unexcused;
    case AbsenceReason::None: break;
    }
    return absent;
}

QString CellText::mark(const Mark &m)
{
    if (m.passed)
        return passText(*m.passed);
    return m.value > 0 ? QString::number(m.value) : QString();
}

QString CellText::marks(const QList<Mark> &marks)
{
    QStringList parts;
    for (const Mark &m : marks)
        parts.append(mark(m));
    return parts.join(QLatin1Char('/'));
}

QString CellText::cell(const JournalCell &cell, const AttendanceSymbols &symbols)
{
    const QString m = marks(cell.marks);
    const QString a = symbols.of(cell.attendance);
    if (m.isEmpty())
        return a;
    return a.isEmpty() ? m : m + QLatin1Char(' ') + a;
}

QString CellText::finalMark(const FinalMark &mark)
{
    if (mark.passed)
        return passText(*mark.passed);
    return mark.value > 0 ? QString::number(mark.value) : QString();
}

std::optional<TypedCell> CellText::parse(const QString &text, QString *error)
{
    TypedCell typed;
    const QString t = text.trimmed().toLower();
    if (t.isEmpty()) {
        typed.clear = true;
        return typed;
    }
    static const QRegularExpression separators(QStringLiteral("[\\s/,;]+"));
    QList<Mark> marks;
    bool passFail = false;
    bool numeric = false;
    for (const QString &token : t.split(separators, Qt::SkipEmptyParts)) {
        Mark m;
        if (token.size() == 1 && token[0] >= QLatin1Char('1') && token[0] <= QLatin1Char('5')) {
            m.value = token[0].digitValue();
            numeric = true;
        } else if (kPassed.contains(token)) {
            m.passed = true;
            passFail = true;
        } else if (kFailed.contains(token)) {
            m.passed = false;
            passFail = true;
        } else if (kAbsent.contains(token)) {
            typed.attendance = AttendanceKind::Absent;
            continue;
        } else if (kLate.contains(token)) {
            typed.attendance = AttendanceKind::Late;
            continue;
        } else {
            if (error)
                *error = tr("«%1» is not a mark. Type 1–5 (a double mark as «3/5»), «н» for absent, «оп» for late.")
                             .arg(token);
            return std::nullopt;
        }
        marks.append(m);
    }
    if (passFail && numeric) {
        if (error)
            *error = tr("A cell holds either marks or зачёт/незачёт, not both.");
        return std::nullopt;
    }
    if (marks.size() > 4) {
        if (error)
            *error = tr("A cell holds at most four marks.");
        return std::nullopt;
    }
    if (!marks.isEmpty())
        typed.marks = marks;
    return typed;
}

std::optional<FinalMark> CellText::parseFinal(const QString &text, QString *error)
{
    FinalMark mark;
    const QString t = text.trimmed().toLower();
    if (t.isEmpty())
        return mark;
    if (kNotAllowed.contains(t) || t.startsWith(QStringLiteral("осв"))) {
        if (error)
            *error = ErrorText::forRule(QStringLiteral("na_not_allowed"));
        return std::nullopt;
    }
    if (t.size() == 1 && t[0] >= QLatin1Char('2') && t[0] <= QLatin1Char('5')) {
        mark.value = t[0].digitValue();
        return mark;
    }
    if (kPassed.contains(t)) {
        mark.passed = true;
        return mark;
    }
    if (kFailed.contains(t)) {
        mark.passed = false;
        return mark;
    }
    if (error)
        *error = ErrorText::forRule(QStringLiteral("final_mark_range"));
    return std::nullopt;
}

QString CellText::keyboardHelp()
{
    return tr("<b>Typing in the journal</b><table cellspacing=4>"
              "<tr><td><b>1</b>–<b>5</b></td><td>a mark</td></tr>"
              "<tr><td><b>3/5</b> or <b>3 5</b></td><td>a double mark (two marks in one cell)</td></tr>"
              "<tr><td><b>н</b> (key Y, or N)</td><td>absent</td></tr>"
              "<tr><td><b>оп</b> or <b>о</b> (key J, or L)</td><td>late</td></tr>"
              "<tr><td><b>зч</b>, <b>+</b> (key P)</td><td>зачёт</td></tr>"
              "<tr><td><b>нз</b>, <b>−</b></td><td>незачёт</td></tr>"
              "<tr><td>Enter</td><td>save and go down</td></tr>"
              "<tr><td>Tab, arrows</td><td>save and move</td></tr>"
              "<tr><td>Delete, Backspace</td><td>clear the cell</td></tr>"
              "<tr><td>F2, double click</td><td>open the cell: kind of work, comment, attendance</td></tr>"
              "<tr><td>Ctrl+C / Ctrl+V</td><td>copy / paste cells (works with spreadsheets)</td></tr>"
              "<tr><td>Ctrl+Z / Ctrl+Y</td><td>undo / redo</td></tr>"
              "</table>");
}

} // namespace cj::client
