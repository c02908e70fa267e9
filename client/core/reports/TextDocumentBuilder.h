#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSizeF>

#include <memory>

#include "core/reports/ReportSection.h"

class QPaintDevice;
class QTextBlockFormat;
class QTextCharFormat;
class QTextCursor;
class QTextDocument;

namespace cj::client::reports {

// Turns a report section into a QTextDocument laid out for one page body: headings and text, tables
// as QTextTables whose header rows repeat on every page, tables too wide for the paper split into
// several sheets (the frozen columns — №, name — repeated), signature lines. DejaVu fonts, so
// Cyrillic prints and embeds everywhere.
class TextDocumentBuilder
{
    Q_DECLARE_TR_FUNCTIONS(TextDocumentBuilder)
public:
    // device: what the document is laid out for (null: the screen); bodySize: the page body in the
    // device's pixels (empty: no pages); bodyWidthMm: the paper width the tables must fit.
    static std::unique_ptr<QTextDocument> build(const ReportSection &section, QPaintDevice *device,
                                                const QSizeF &bodySize, double bodyWidthMm);

    // The sheets a table is printed on: each a list of columns (the frozen ones first), together
    // no wider than widthMm, keeping column groups whole.
    static QList<QList<int>> sheetsFor(const ReportTable &table, double widthMm);

    static QString sansFamily();
    static QString serifFamily();

private:
    explicit TextDocumentBuilder(QTextDocument *document, double bodyWidthMm);
    void add(const ReportBlock &block);
    void addText(const ReportBlock &block);
    void addTable(const ReportTable &table, bool breakBefore);
    void addSignatures(const ReportBlock &block);
    void startBlock(const QTextBlockFormat &format, const QTextCharFormat &charFormat);
    QTextCursor &cursor();
    // Space asked for before the next block or table, in format units; cleared.
    double takePendingSpace();

    QTextDocument *m_document;
    std::unique_ptr<QTextCursor> m_cursor;
    double m_widthMm;
    bool m_blockFree = true;  // the cursor's block is empty and may take the next paragraph
    bool m_breakNext = false; // the next block starts a new page
    double m_pendingSpaceMm = 0;
};

} // namespace cj::client::reports
