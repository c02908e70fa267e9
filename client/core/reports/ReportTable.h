#pragma once

#include <QList>
#include <QString>

namespace cj::client::reports {

// How a cell stands out on paper: muted (the pupil was not in the class then), a total row, or
// something the reader must notice (a likely «2», a lesson without a topic).
enum class CellTone { Normal, Muted, Total, Alert };

// One cell of a printed table. Spans work as in HTML: the cell covers colSpan × rowSpan positions.
struct ReportCell {
    QString text;
    int colSpan = 1;
    int rowSpan = 1;
    bool bold = false;
    CellTone tone = CellTone::Normal;
    Qt::Alignment align = {}; // none: the column's alignment
    bool covered = false;     // a position inside another cell's span

    ReportCell() = default;
    ReportCell(QString t) : text(std::move(t)) {}                 // NOLINT: cells are written as text
    ReportCell(const char *t) : text(QString::fromUtf8(t)) {}     // NOLINT
    ReportCell span(int cols, int rows = 1) const { ReportCell c = *this; c.colSpan = cols; c.rowSpan = rows; return c; }
    ReportCell strong() const { ReportCell c = *this; c.bold = true; return c; }
    ReportCell toned(CellTone t) const { ReportCell c = *this; c.tone = t; return c; }
    ReportCell aligned(Qt::Alignment a) const { ReportCell c = *this; c.align = a; return c; }
};

// A column's width on paper. Fixed columns keep their width; stretching ones share what is left
// (never below minimum). Columns with the same group id (>= 0) stay on one sheet when a table
// too wide for the page is split into several sheets.
struct ReportColumn {
    double widthMm = 10;
    bool stretch = false;
    Qt::Alignment align = Qt::AlignHCenter;
    int group = -1;

    static ReportColumn fixed(double mm, Qt::Alignment a = Qt::AlignHCenter, int group = -1) { return {mm, false, a, group}; }
    static ReportColumn stretching(double minMm, Qt::Alignment a = Qt::AlignLeft) { return {minMm, true, a, -1}; }
};

// A table as the reader sees it, independent of the output: header rows (repeated on every page),
// body rows, spans and tones. The same table becomes a QTextTable for print and rows for CSV.
class ReportTable
{
public:
    enum class Part { Header, Body };

    explicit ReportTable(QList<ReportColumn> columns = {}, int frozenColumns = 0);

    int columnCount() const { return int(m_columns.size()); }
    const QList<ReportColumn> &columns() const { return m_columns; }
    // Columns repeated on every sheet when the table is split by width (№, name).
    int frozenColumns() const { return m_frozen; }

    // Appends a row, placing the cells left to right into the positions not covered by spans
    // from the rows above (header spans stay in the header, body spans in the body).
    void appendRow(Part part, const QList<ReportCell> &cells);
    void appendHeader(const QList<ReportCell> &cells) { appendRow(Part::Header, cells); }
    void append(const QList<ReportCell> &cells) { appendRow(Part::Body, cells); }

    const QList<QList<ReportCell>> &headerRows() const { return m_header; }
    const QList<QList<ReportCell>> &bodyRows() const { return m_body; }
    int rowCount() const { return int(m_header.size() + m_body.size()); }
    const ReportCell &at(int row, int column) const; // header rows first

    // Font size for the whole table: dense grids print smaller.
    double fontPt() const { return m_fontPt; }
    void setFontPt(double pt) { m_fontPt = pt; }

    // The same table restricted to some columns (in order), spans clipped to them.
    ReportTable columnsSubset(const QList<int> &columns) const;

private:
    QList<QList<ReportCell>> &rowsOf(Part part) { return part == Part::Header ? m_header : m_body; }

    QList<ReportColumn> m_columns;
    int m_frozen = 0;
    QList<QList<ReportCell>> m_header;
    QList<QList<ReportCell>> m_body;
    double m_fontPt = 8;
};

} // namespace cj::client::reports
