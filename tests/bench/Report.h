#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace cj::bench {

// The benchmark's printout: headings, lines and tables in Markdown, so what the terminal shows is
// exactly what goes into docs/benchmarks.md.
class Report
{
public:
    void heading(const QString &text);
    void line(const QString &text);
    void table(const QStringList &header, const QList<QStringList> &rows);
    QString markdown() const { return m_text; }

    // Replaces the part of `file` between the results markers (appends them when missing).
    static bool writeInto(const QString &file, const QString &markdown, QString *error);

    static QString ms(double value);              // "12.3 ms", "1.25 s"
    static QString megabytes(qint64 bytes);       // "123 MB"
    static QString number(double value, int decimals = 0); // thousands separated by a thin space

private:
    QString m_text;
};

} // namespace cj::bench
