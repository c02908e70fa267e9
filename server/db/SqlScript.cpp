#include "db/SqlScript.h"

namespace cj::server {

QStringList splitSqlScript(const QString &script)
{
    QStringList statements;
    QString current;
    const qsizetype n = script.size();
    qsizetype i = 0;
    auto flush = [&] {
        const QString s = current.trimmed();
        if (!s.isEmpty())
            statements.append(s);
        current.clear();
    };
    while (i < n) {
        const QChar c = script[i];
        if (c == QLatin1Char('-') && i + 1 < n && script[i + 1] == QLatin1Char('-')) {
            while (i < n && script[i] != QLatin1Char('\n'))
                ++i;
            continue;
        }
        if (c == QLatin1Char('/') && i + 1 < n && script[i + 1] == QLatin1Char('*')) {
            const qsizetype end = script.indexOf(QLatin1String("*/"), i + 2);
            i = end < 0 ? n : end + 2;
            current += QLatin1Char(' ');
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            qsizetype j = i + 1;
            while (j < n) {
                if (script[j] == c) {
                    if (j + 1 < n && script[j + 1] == c) { // doubled quote inside
                        j += 2;
                        continue;
                    }
                    break;
                }
                ++j;
            }
            current += script.mid(i, j - i + 1);
            i = j + 1;
            continue;
        }
        if (c == QLatin1Char('$')) {
            qsizetype j = i + 1;
            while (j < n && (script[j].isLetterOrNumber() || script[j] == QLatin1Char('_')))
                ++j;
            if (j < n && script[j] == QLatin1Char('$')) {
                const QString tag = script.mid(i, j - i + 1);
                const qsizetype end = script.indexOf(tag, j + 1);
                const qsizetype stop = end < 0 ? n : end + tag.size();
                current += script.mid(i, stop - i);
                i = stop;
                continue;
            }
        }
        if (c == QLatin1Char(';')) {
            flush();
            ++i;
            continue;
        }
        current += c;
        ++i;
    }
    flush();
    return statements;
}

} // namespace cj::server
