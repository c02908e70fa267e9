#include "core/reports/ReportTable.h"

#include <QPoint>

namespace cj::client::reports {

ReportTable::ReportTable(QList<ReportColumn> columns, int frozenColumns)
    : m_columns(std::move(columns))
    , m_frozen(frozenColumns)
{
}

void ReportTable::appendRow(Part part, const QList<ReportCell> &cells)
{
    QList<QList<ReportCell>> &rows = rowsOf(part);
    const int width = columnCount();
    const int index = int(rows.size());
    QList<ReportCell> row(width);
    // Positions still covered by row spans from above.
    for (int r = 0; r < index; ++r) {
        for (int c = 0; c < width; ++c) {
            const ReportCell &cell = rows[r][c];
            if (cell.covered || r + cell.rowSpan <= index)
                continue;
            for (int k = c; k < qMin(width, c + cell.colSpan); ++k)
                row[k].covered = true;
        }
    }
    int column = 0;
    for (const ReportCell &cell : cells) {
        while (column < width && row[column].covered)
            ++column;
        if (column >= width)
            break;
        row[column] = cell;
        row[column].colSpan = qBound(1, cell.colSpan, width - column);
        for (int k = 1; k < row[column].colSpan; ++k)
            row[column + k].covered = true;
        column += row[column].colSpan;
    }
    rows.append(row);
}

const ReportCell &ReportTable::at(int row, int column) const
{
    return row < m_header.size() ? m_header[row][column] : m_body[row - m_header.size()][column];
}

namespace {

// The cell whose span covers (row, column) within one part of the table.
QPoint anchorOf(const QList<QList<ReportCell>> &rows, int row, int column)
{
    for (int r = row; r >= 0; --r) {
        for (int c = column; c >= 0; --c) {
            const ReportCell &cell = rows[r][c];
            if (!cell.covered && c + cell.colSpan > column && r + cell.rowSpan > row)
                return {c, r};
        }
    }
    return {column, row};
}

QList<QList<ReportCell>> subsetOf(const QList<QList<ReportCell>> &rows, const QList<int> &columns)
{
    QList<QList<ReportCell>> result;
    result.reserve(rows.size());
    for (int r = 0; r < rows.size(); ++r) {
        QList<ReportCell> row(columns.size());
        for (int j = 0; j < columns.size(); ++j) {
            const QPoint anchor = anchorOf(rows, r, columns[j]);
            const bool continues = j > 0 && anchorOf(rows, r, columns[j - 1]) == anchor;
            if (anchor.y() != r || continues) {
                row[j].covered = true;
                continue;
            }
            row[j] = rows[r][anchor.x()];
            int span = 1;
            while (j + span < columns.size() && anchorOf(rows, r, columns[j + span]) == anchor)
                ++span;
            row[j].colSpan = span;
        }
        result.append(row);
    }
    return result;
}

} // namespace

ReportTable ReportTable::columnsSubset(const QList<int> &columns) const
{
    QList<ReportColumn> kept;
    int frozen = 0;
    for (int c : columns) {
        kept.append(m_columns[c]);
        if (c < m_frozen)
            ++frozen;
    }
    ReportTable table(kept, frozen);
    table.m_fontPt = m_fontPt;
    table.m_header = subsetOf(m_header, columns);
    table.m_body = subsetOf(m_body, columns);
    return table;
}

} // namespace cj::client::reports
