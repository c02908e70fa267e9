#include "Report.h"

#include <QFile>

namespace cj::bench {

namespace {
const QString kBegin = QStringLiteral("<!-- classjournal-bench results: begin -->");
const QString kEnd = QStringLiteral("<!-- classjournal-bench results: end -->");
} // namespace

void Report::heading(const QString &text)
{
    m_text += QStringLiteral("\n### %1\n\n").arg(text);
}

void Report::line(const QString &text)
{
    m_text += text + QLatin1Char('\n');
}

void Report::table(const QStringList &header, const QList<QStringList> &rows)
{
    const auto row = [](const QStringList &cells) { return QStringLiteral("| %1 |\n").arg(cells.join(QStringLiteral(" | "))); };
    if (!m_text.endsWith(QStringLiteral("\n\n")))
        m_text += QLatin1Char('\n');
    m_text += row(header);
    QStringList rule;
    for (qsizetype i = 0; i < header.size(); ++i)
        rule.append(QStringLiteral("---"));
    m_text += row(rule);
    for (const QStringList &r : rows)
        m_text += row(r);
    m_text += QLatin1Char('\n');
}

bool Report::writeInto(const QString &file, const QString &markdown, QString *error)
{
    QFile f(file);
    QString text;
    if (f.exists()) {
        if (!f.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read %1").arg(file);
            return false;
        }
        text = QString::fromUtf8(f.readAll());
        f.close();
    }
    const QString section = kBegin + QLatin1Char('\n') + markdown.trimmed() + QLatin1Char('\n') + kEnd;
    const qsizetype begin = text.indexOf(kBegin);
    const qsizetype end = text.indexOf(kEnd);
    if (begin >= 0 && end > begin)
        text.replace(begin, end + kEnd.size() - begin, section);
    else
        text += QLatin1Char('\n') + section + QLatin1Char('\n');
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = QStringLiteral("cannot write %1").arg(file);
        return false;
    }
    f.write(text.toUtf8());
    return true;
}

QString Report::ms(double value)
{
    if (value >= 1000)
        return QStringLiteral("%1 s").arg(value / 1000, 0, 'f', 2);
    return QStringLiteral("%1 ms").arg(value, 0, 'f', value < 10 ? 2 : 1);
}

QString Report::megabytes(qint64 bytes)
{
    return QStringLiteral("%1 MB").arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', 0);
}

QString Report::number(double value, int decimals)
{
    QString digits = QString::number(value, 'f', decimals);
    const qsizetype point = decimals > 0 ? digits.indexOf(QLatin1Char('.')) : digits.size();
    for (qsizetype i = point - 3; i > (digits.startsWith(QLatin1Char('-')) ? 1 : 0); i -= 3)
        digits.insert(i, QLatin1Char(','));
    return digits;
}

} // namespace cj::bench
