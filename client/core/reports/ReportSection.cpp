#include "core/reports/ReportSection.h"

namespace cj::client::reports {

namespace {
ReportBlock textBlock(ReportBlock::Kind kind, const QString &text, Qt::Alignment align)
{
    ReportBlock block;
    block.kind = kind;
    block.text = text;
    block.align = align;
    return block;
}
} // namespace

void ReportSection::title(const QString &text)
{
    blocks.append(textBlock(ReportBlock::Kind::Title, text, Qt::AlignHCenter));
}

void ReportSection::subtitle(const QString &text)
{
    blocks.append(textBlock(ReportBlock::Kind::Subtitle, text, Qt::AlignHCenter));
}

void ReportSection::heading(const QString &text)
{
    blocks.append(textBlock(ReportBlock::Kind::Heading, text, Qt::AlignLeft));
}

void ReportSection::paragraph(const QString &text, Qt::Alignment align, bool bold, double sizePt)
{
    ReportBlock block = textBlock(ReportBlock::Kind::Paragraph, text, align);
    block.bold = bold;
    block.sizePt = sizePt;
    blocks.append(block);
}

void ReportSection::note(const QString &text)
{
    blocks.append(textBlock(ReportBlock::Kind::Note, text, Qt::AlignLeft));
}

void ReportSection::table(const ReportTable &table)
{
    ReportBlock block;
    block.kind = ReportBlock::Kind::Table;
    block.table = table;
    blocks.append(block);
}

void ReportSection::signatures(const QList<Signature> &lines, bool seal)
{
    ReportBlock block;
    block.kind = ReportBlock::Kind::Signatures;
    block.signatures = lines;
    block.seal = seal;
    blocks.append(block);
}

void ReportSection::pageBreak()
{
    ReportBlock block;
    block.kind = ReportBlock::Kind::PageBreak;
    blocks.append(block);
}

void ReportSection::space(double mm)
{
    ReportBlock block;
    block.kind = ReportBlock::Kind::Space;
    block.spaceMm = mm;
    blocks.append(block);
}

QList<const ReportTable *> ReportSection::tables() const
{
    QList<const ReportTable *> list;
    for (const ReportBlock &block : blocks) {
        if (block.kind == ReportBlock::Kind::Table)
            list.append(&block.table);
    }
    return list;
}

} // namespace cj::client::reports
