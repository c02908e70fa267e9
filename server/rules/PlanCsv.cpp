#include "rules/PlanCsv.h"

#include <QRegularExpression>

namespace cj::server {

QChar guessCsvSeparator(const QString &firstLine)
{
    return firstLine.count(QLatin1Char(';')) >= firstLine.count(QLatin1Char(',')) ? QLatin1Char(';') : QLatin1Char(',');
}

QStringList splitCsvLine(const QString &line, QChar separator)
{
    QStringList fields;
    QString current;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < line.size() && line[i + 1] == QLatin1Char('"')) {
                    current += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                current += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == separator) {
            fields.append(current.trimmed());
            current.clear();
        } else {
            current += c;
        }
    }
    fields.append(current.trimmed());
    return fields;
}

PlanCsvResult parsePlanCsv(const QString &text)
{
    PlanCsvResult result;
    QString body = text;
    if (body.startsWith(QChar(0xFEFF)))
        body.remove(0, 1);
    const QStringList lines = body.split(QRegularExpression(QStringLiteral("\r\n|\n|\r")));
    const QChar separator = guessCsvSeparator(lines.value(0));
    static const QRegularExpression number(QStringLiteral("^\\d+\\.?$"));
    for (int i = 0; i < lines.size(); ++i) {
        const int lineNo = i + 1;
        if (lines[i].trimmed().isEmpty())
            continue;
        QStringList f = splitCsvLine(lines[i], separator);
        // A header line: no digit where the hours or number would be.
        if (i == 0 && (f.value(0).contains(QStringLiteral("Тема"), Qt::CaseInsensitive)
                       || f.value(1).contains(QStringLiteral("Тема"), Qt::CaseInsensitive)
                       || f.value(0) == QStringLiteral("№")))
            continue;
        if (number.match(f.value(0)).hasMatch() && f.size() > 1)
            f.removeFirst();
        PlanItem item;
        item.topic = f.value(0);
        if (item.topic.isEmpty()) {
            result.errors.append({lineNo, QStringLiteral("no topic")});
            continue;
        }
        if (item.topic.size() > 1000) {
            result.errors.append({lineNo, QStringLiteral("the topic is longer than 1000 characters")});
            continue;
        }
        if (f.size() > 1 && !f.value(1).isEmpty()) {
            bool ok = false;
            item.hours = QString(f.value(1)).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
            if (!ok || item.hours <= 0 || item.hours > 100) {
                result.errors.append({lineNo, QStringLiteral("hours must be a number from 0.5 to 100, not \"%1\"").arg(f.value(1))});
                continue;
            }
        }
        item.homework = f.value(2);
        result.items.append(item);
    }
    return result;
}

} // namespace cj::server
