#include "core/reports/TextDocumentBuilder.h"

#include <QAbstractTextDocumentLayout>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

#include <numeric>

#include "core/reports/PageGeometry.h"
#include "core/reports/ReportFormat.h"

namespace cj::client::reports {

namespace {

const QColor kInk(0, 0, 0);
const QColor kGreyInk(80, 80, 80);
const QColor kHeaderFill(236, 236, 236);
const QColor kMutedFill(222, 222, 222);
const QColor kTotalFill(242, 242, 242);
const QColor kAlertFill(255, 214, 214);

QTextCharFormat charFormat(const QString &family, double pt, bool bold = false, const QColor &ink = kInk)
{
    QTextCharFormat f;
    f.setFontFamilies({family});
    f.setFontPointSize(pt);
    f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    f.setForeground(ink);
    return f;
}

QTextBlockFormat blockFormat(Qt::Alignment align, double topMm = 0, double bottomMm = 0)
{
    QTextBlockFormat f;
    f.setAlignment(align);
    f.setTopMargin(PageGeometry::formatUnits(topMm));
    f.setBottomMargin(PageGeometry::formatUnits(bottomMm));
    return f;
}

// Column widths in millimetres for one sheet: fixed columns as given, stretching ones sharing the
// rest; if even the minimum does not fit, everything shrinks in proportion.
QList<double> widthsMm(const QList<ReportColumn> &columns, double available)
{
    double fixed = 0;
    double stretchMin = 0;
    for (const ReportColumn &c : columns)
        (c.stretch ? stretchMin : fixed) += c.widthMm;
    QList<double> widths;
    const double shrink = fixed + stretchMin > available ? available / (fixed + stretchMin) : 1.0;
    const double stretchShare = stretchMin > 0 ? qMax(stretchMin * shrink, available - fixed * shrink) / stretchMin : 0;
    for (const ReportColumn &c : columns)
        widths.append(c.stretch ? c.widthMm * stretchShare : c.widthMm * shrink);
    return widths;
}

} // namespace

double TextDocumentBuilder::takePendingSpace()
{
    const double units = PageGeometry::formatUnits(m_pendingSpaceMm);
    m_pendingSpaceMm = 0;
    return units;
}

QString TextDocumentBuilder::sansFamily()
{
    return QStringLiteral("DejaVu Sans");
}

QString TextDocumentBuilder::serifFamily()
{
    return QStringLiteral("DejaVu Serif");
}

TextDocumentBuilder::TextDocumentBuilder(QTextDocument *document, double bodyWidthMm)
    : m_document(document)
    , m_cursor(std::make_unique<QTextCursor>(document))
    , m_widthMm(bodyWidthMm)
{
}

QTextCursor &TextDocumentBuilder::cursor()
{
    return *m_cursor;
}

std::unique_ptr<QTextDocument> TextDocumentBuilder::build(const ReportSection &section, QPaintDevice *device,
                                                          const QSizeF &bodySize, double bodyWidthMm)
{
    auto document = std::make_unique<QTextDocument>();
    if (device)
        document->documentLayout()->setPaintDevice(device);
    document->setUseDesignMetrics(true); // positions computed for the printer, not screen pixels
    document->setDocumentMargin(0);
    QFont base(sansFamily());
    base.setPointSizeF(9);
    document->setDefaultFont(base);
    if (!bodySize.isEmpty())
        document->setPageSize(bodySize);

    TextDocumentBuilder builder(document.get(), bodyWidthMm);
    // One edit block: the layout runs once at the end instead of after every cell.
    builder.cursor().beginEditBlock();
    for (const ReportBlock &block : section.blocks)
        builder.add(block);
    builder.cursor().endEditBlock();
    return document;
}

void TextDocumentBuilder::startBlock(const QTextBlockFormat &format, const QTextCharFormat &charFormat)
{
    QTextBlockFormat f = format;
    f.setTopMargin(f.topMargin() + takePendingSpace());
    if (m_breakNext) {
        f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        m_breakNext = false;
    }
    if (m_blockFree) {
        cursor().setBlockFormat(f);
        cursor().setBlockCharFormat(charFormat);
    } else {
        cursor().insertBlock(f, charFormat);
    }
    cursor().setCharFormat(charFormat);
    m_blockFree = false;
}

void TextDocumentBuilder::add(const ReportBlock &block)
{
    switch (block.kind) {
    case ReportBlock::Kind::Table: {
        const QList<QList<int>> sheets = sheetsFor(block.table, m_widthMm);
        for (qsizetype i = 0; i < sheets.size(); ++i)
            addTable(sheets.size() == 1 ? block.table : block.table.columnsSubset(sheets[i]), i > 0);
        break;
    }
    case ReportBlock::Kind::Signatures:
        addSignatures(block);
        break;
    case ReportBlock::Kind::PageBreak:
        m_breakNext = true;
        break;
    case ReportBlock::Kind::Space:
        // At the very start a block's bottom margin (the layout drops a first top margin); else the
        // top margin of what follows (a bottom margin before a table is dropped).
        if (m_blockFree && m_document->characterCount() <= 1)
            startBlock(blockFormat(Qt::AlignLeft, 0, block.spaceMm), charFormat(sansFamily(), 1));
        else
            m_pendingSpaceMm += block.spaceMm;
        break;
    default:
        addText(block);
        break;
    }
}

void TextDocumentBuilder::addText(const ReportBlock &block)
{
    using Kind = ReportBlock::Kind;
    QTextBlockFormat format;
    QTextCharFormat chars;
    switch (block.kind) {
    case Kind::Title:
        format = blockFormat(block.align, 0, 1);
        chars = charFormat(serifFamily(), block.sizePt > 0 ? block.sizePt : 13, true);
        break;
    case Kind::Subtitle:
        format = blockFormat(block.align, 0, 0.5);
        chars = charFormat(serifFamily(), block.sizePt > 0 ? block.sizePt : 10.5, block.bold);
        break;
    case Kind::Heading:
        format = blockFormat(block.align, 3, 1.5);
        chars = charFormat(sansFamily(), block.sizePt > 0 ? block.sizePt : 10, true);
        break;
    case Kind::Note:
        format = blockFormat(block.align, 1.5, 0);
        chars = charFormat(sansFamily(), block.sizePt > 0 ? block.sizePt : 7, block.bold, kGreyInk);
        break;
    default:
        format = blockFormat(block.align, 0, 1);
        chars = charFormat(serifFamily(), block.sizePt > 0 ? block.sizePt : 10.5, block.bold);
        break;
    }
    startBlock(format, chars);
    cursor().insertText(block.text, chars);
}

QList<QList<int>> TextDocumentBuilder::sheetsFor(const ReportTable &table, double widthMm)
{
    const QList<ReportColumn> &columns = table.columns();
    QList<int> frozen;
    double frozenWidth = 0;
    for (int c = 0; c < qMin(table.frozenColumns(), table.columnCount()); ++c) {
        frozen.append(c);
        frozenWidth += columns[c].widthMm;
    }
    // Units that may not be separated: a column, or a run of columns of one group.
    QList<QList<int>> units;
    for (int c = int(frozen.size()); c < table.columnCount(); ++c) {
        if (!units.isEmpty() && columns[c].group >= 0 && columns[units.last().last()].group == columns[c].group)
            units.last().append(c);
        else
            units.append({c});
    }
    QList<QList<int>> sheets;
    QList<int> sheet = frozen;
    double width = frozenWidth;
    for (const QList<int> &unit : units) {
        double unitWidth = 0;
        for (int c : unit)
            unitWidth += columns[c].widthMm;
        // A few per cent too wide is not worth another sheet: the columns shrink a little instead.
        if (sheet.size() > frozen.size() && width + unitWidth > widthMm * 1.05) {
            sheets.append(sheet);
            sheet = frozen;
            width = frozenWidth;
        }
        sheet.append(unit);
        width += unitWidth;
    }
    sheets.append(sheet);
    return sheets;
}

void TextDocumentBuilder::addTable(const ReportTable &table, bool breakBefore)
{
    const int rows = table.rowCount();
    const int columns = table.columnCount();
    if (rows == 0 || columns == 0)
        return;
    if (m_blockFree && m_document->characterCount() <= 1) {
        // The document's first block stands above the table: keep it from taking a line.
        QTextBlockFormat tiny;
        tiny.setLineHeight(1, QTextBlockFormat::FixedHeight);
        cursor().setBlockFormat(tiny);
        cursor().setBlockCharFormat(charFormat(sansFamily(), 1));
    }
    const QList<double> widths = widthsMm(table.columns(), m_widthMm);
    const double total = std::accumulate(widths.begin(), widths.end(), 0.0);
    // Column percentages are of the table's width, the table's of the page's.
    QList<QTextLength> constraints;
    for (double w : widths)
        constraints.append(QTextLength(QTextLength::PercentageLength, w / total * 100));
    QTextTableFormat format;
    format.setHeaderRowCount(int(table.headerRows().size()));
    // Separate cell borders of half a unit meet as one thin, even line. Collapsed borders looked the
    // same but cost Qt a look at every neighbour's format per cell and page: a class's year journal
    // printed 2.5 times slower with them.
    format.setBorderCollapse(false);
    format.setBorder(0.5);
    format.setBorderBrush(kInk);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setCellSpacing(0);
    format.setCellPadding(PageGeometry::formatUnits(0.5));
    format.setMargin(0);
    format.setTopMargin(takePendingSpace());
    format.setWidth(QTextLength(QTextLength::PercentageLength, qMin(100.0, total / m_widthMm * 100)));
    format.setColumnWidthConstraints(constraints);
    if (breakBefore || m_breakNext)
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    m_breakNext = false;

    QTextTable *textTable = cursor().insertTable(rows, columns, format);
    const int headerRows = int(table.headerRows().size());
    for (int r = 0; r < rows; ++r) {
        const bool header = r < headerRows;
        for (int c = 0; c < columns; ++c) {
            const ReportCell &cell = table.at(r, c);
            if (cell.covered)
                continue;
            QTextTableCell textCell = textTable->cellAt(r, c);
            QTextTableCellFormat cellFormat = textCell.format().toTableCellFormat();
            cellFormat.setVerticalAlignment(QTextCharFormat::AlignMiddle);
            QColor fill;
            QColor ink = kInk;
            bool bold = cell.bold;
            switch (cell.tone) {
            case CellTone::Normal:
                if (header)
                    fill = kHeaderFill;
                break;
            case CellTone::Muted:
                fill = kMutedFill;
                ink = kGreyInk;
                break;
            case CellTone::Total:
                fill = kTotalFill;
                bold = true;
                break;
            case CellTone::Alert:
                fill = kAlertFill;
                bold = true;
                break;
            }
            if (fill.isValid())
                cellFormat.setBackground(fill);
            textCell.setFormat(cellFormat);
            const Qt::Alignment align = cell.align ? cell.align
                                                   : (header ? Qt::AlignHCenter : table.columns()[c].align);
            QTextCursor at = textCell.firstCursorPosition();
            at.setBlockFormat(blockFormat(align));
            // Headers half a point smaller: their words must fit narrow columns.
            const double pt = header ? qMax(6.0, table.fontPt() - 0.5) : table.fontPt();
            const QTextCharFormat chars = charFormat(sansFamily(), pt, bold, ink);
            // Empty cells too get the row's font: Qt moves a row to the next page only when no
            // cell's first line fits, and an empty line of another height would keep it behind.
            at.setBlockCharFormat(chars);
            if (!cell.text.isEmpty())
                at.insertText(cell.text, chars);
        }
    }
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < columns; ++c) {
            const ReportCell &cell = table.at(r, c);
            if (!cell.covered && (cell.colSpan > 1 || cell.rowSpan > 1))
                textTable->mergeCells(r, c, cell.rowSpan, cell.colSpan);
        }
    }
    cursor().movePosition(QTextCursor::End);
    m_blockFree = true;
}

void TextDocumentBuilder::addSignatures(const ReportBlock &block)
{
    m_pendingSpaceMm += 6;
    QTextTableFormat format;
    format.setTopMargin(takePendingSpace());
    format.setBorder(0);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_None);
    format.setCellSpacing(0);
    format.setCellPadding(PageGeometry::formatUnits(1.5));
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 34),
                                      QTextLength(QTextLength::PercentageLength, 22),
                                      QTextLength(QTextLength::PercentageLength, 44)});
    const QTextCharFormat chars = charFormat(serifFamily(), 10.5);
    QTextTable *table = cursor().insertTable(int(block.signatures.size()), 3, format);
    for (int r = 0; r < block.signatures.size(); ++r) {
        const Signature &s = block.signatures[r];
        table->cellAt(r, 0).firstCursorPosition().insertText(s.position, chars);
        table->cellAt(r, 1).firstCursorPosition().insertText(QStringLiteral("_______________"), chars);
        const QString name = s.name.isEmpty() ? QStringLiteral("/ ____________________ /")
                                              : QStringLiteral("/ %1 /").arg(s.name);
        table->cellAt(r, 2).firstCursorPosition().insertText(name, chars);
    }
    cursor().movePosition(QTextCursor::End);
    m_blockFree = true;
    if (block.seal) {
        startBlock(blockFormat(Qt::AlignLeft, 2), chars);
        cursor().insertText(tr("Seal"), chars);
        startBlock(blockFormat(Qt::AlignLeft, 2), chars);
        cursor().insertText(ReportFormat::blankDate(), chars);
    }
}

} // namespace cj::client::reports
