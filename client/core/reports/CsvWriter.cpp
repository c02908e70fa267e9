#include "core/reports/CsvWriter.h"

namespace cj::client::reports {

QString CsvWriter::field(const QString &text)
{
    if (!text.contains(QLatin1Char(';')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray CsvWriter::write(const Report &report)
{
    struct Titled {
        QString heading;
        const ReportTable *table;
    };
    QList<Titled> tables;
    for (const ReportSection &section : report.sections) {
        QString heading;
        for (const ReportBlock &block : section.blocks) {
            if (block.kind == ReportBlock::Kind::Heading)
                heading = block.text;
            else if (block.kind == ReportBlock::Kind::Table)
                tables.append({heading, &block.table});
        }
    }
    QString out;
    const QString eol = QStringLiteral("\r\n");
    for (qsizetype t = 0; t < tables.size(); ++t) {
        if (t > 0)
            out += eol;
        if (tables.size() > 1 && !tables[t].heading.isEmpty())
            out += field(tables[t].heading) + eol;
        const ReportTable &table = *tables[t].table;
        for (int r = 0; r < table.rowCount(); ++r) {
            QStringList fields;
            for (int c = 0; c < table.columnCount(); ++c) {
                const ReportCell &cell = table.at(r, c);
                fields.append(cell.covered ? QString() : field(cell.text));
            }
            out += fields.join(QLatin1Char(';')) + eol;
        }
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace cj::client::reports
