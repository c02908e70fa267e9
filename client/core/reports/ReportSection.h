#pragma once

#include <QList>
#include <QPageLayout>
#include <QString>

#include "core/reports/ReportTable.h"

namespace cj::client::reports {

// A place to sign: «Директор ____________ / Иванова А. А. /».
struct Signature {
    QString position;
    QString name;
};

// One piece of a printed document, top to bottom.
struct ReportBlock {
    enum class Kind {
        Title,      // the document's name, large and centred
        Subtitle,   // centred lines under the title (class, year, period)
        Heading,    // a part of the document
        Paragraph,  // running text
        Note,       // small print: formulas, legends, footnotes
        Table,
        Signatures, // signature lines, with a place for the seal when the document is certified
        PageBreak,
        Space,      // vertical space in millimetres
    };

    Kind kind = Kind::Paragraph;
    QString text;
    Qt::Alignment align = Qt::AlignLeft;
    bool bold = false;
    double sizePt = 0; // 0: the kind's default
    double spaceMm = 0;
    ReportTable table;
    QList<Signature> signatures;
    bool seal = false;
};

// A run of pages with one orientation: a whole report, or one part of the printed class journal
// (a subject, a statement). Sections start on a new page.
class ReportSection
{
public:
    // How much of the running header and footer its pages carry: a title page has only its number.
    enum class Decoration { Full, FooterOnly };

    QString contentsTitle; // its line in the table of contents (printed journal); empty: none
    QString runningTitle;  // the right-hand part of the page header
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    Decoration decoration = Decoration::Full;
    // Pages are numbered from 1 again here, up to the next section that restarts (one letter per
    // pupil: each family gets «стр. 1 из 2» of its own letter).
    bool restartsNumbering = false;
    QList<ReportBlock> blocks;

    void title(const QString &text);
    void subtitle(const QString &text);
    void heading(const QString &text);
    void paragraph(const QString &text, Qt::Alignment align = Qt::AlignLeft, bool bold = false, double sizePt = 0);
    void note(const QString &text);
    void table(const ReportTable &table);
    void signatures(const QList<Signature> &lines, bool seal);
    void pageBreak();
    void space(double mm);

    QList<const ReportTable *> tables() const;
};

} // namespace cj::client::reports
