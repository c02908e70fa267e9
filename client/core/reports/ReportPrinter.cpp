#include "core/reports/ReportPrinter.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

#include <memory>
#include <vector>

#include "core/reports/PageGeometry.h"
#include "core/reports/ReportFormat.h"
#include "core/reports/TextDocumentBuilder.h"

namespace cj::client::reports {

namespace {
constexpr int kMaxPaginationRounds = 4;
constexpr double kRunningFontPt = 7;
} // namespace

struct ReportPrinter::LaidOut {
    struct Section {
        std::unique_ptr<QTextDocument> document;
        QSizeF area;       // the page's paint area as the section sees it (rotated when turned)
        double bodyTop = 0; // device pixels
        bool turned = false;
        int pages = 0;
    };
    std::vector<Section> sections;
    Pagination pagination;
    double pixelsPerMm = 0;
};

ReportPrinter::ReportPrinter(Paper paper, Progress progress)
    : m_paper(paper)
    , m_progress(std::move(progress))
{
}

bool ReportPrinter::step()
{
    ++m_done;
    return !m_progress || m_progress(qMin(m_done, m_total), m_total);
}

bool ReportPrinter::layOut(Report &report, QPagedPaintDevice *device, LaidOut &out)
{
    const double dpi = device->logicalDpiY();
    out.pixelsPerMm = dpi / 25.4;
    bool mixed = false;
    for (const ReportSection &s : report.sections)
        mixed = mixed || s.orientation != report.sections.first().orientation;

    auto layOutSection = [&](int index) {
        const ReportSection &section = report.sections[index];
        LaidOut::Section &laid = out.sections[index];
        QSizeF area;
        if (m_paper == Paper::PerSection) {
            area = PageGeometry::layout(section.orientation).paintRectPixels(int(dpi)).size();
        } else {
            area = device->pageLayout().paintRectPixels(int(dpi)).size();
            laid.turned = mixed && section.orientation != device->pageLayout().orientation();
            if (laid.turned)
                area.transpose();
        }
        laid.area = area;
        laid.bodyTop = PageGeometry::kHeaderMm * out.pixelsPerMm;
        const QSizeF body(area.width(), area.height() - (PageGeometry::kHeaderMm + PageGeometry::kFooterMm) * out.pixelsPerMm);
        laid.document = TextDocumentBuilder::build(section, device, body, body.width() / out.pixelsPerMm);
        laid.pages = laid.document->pageCount();
    };

    auto paginate = [&] {
        Pagination &p = out.pagination;
        p = Pagination{};
        int page = 1;
        for (const LaidOut::Section &s : out.sections) {
            p.firstPage.append(page);
            p.pageCount.append(s.pages);
            page += s.pages;
        }
        p.totalPages = page - 1;
    };

    out.sections.clear();
    out.sections.resize(report.sections.size());
    for (int i = 0; i < report.sections.size(); ++i) {
        layOutSection(i);
        if (!step())
            return false;
    }
    paginate();
    for (int round = 0; report.paginate && round < kMaxPaginationRounds; ++round) {
        const QList<int> changed = report.paginate(report, out.pagination);
        if (changed.isEmpty())
            break;
        for (int i : changed)
            layOutSection(i);
        paginate();
    }
    return true;
}

bool ReportPrinter::paint(const Report &report, const LaidOut &laidOut, QPagedPaintDevice *device, QPainter &painter,
                          bool first)
{
    const double mm = laidOut.pixelsPerMm;
    QFont running(TextDocumentBuilder::sansFamily());
    running.setPointSizeF(kRunningFontPt);
    const QString footerLeft = report.header.generatedAt.isValid()
        ? tr("Generated %1").arg(ReportFormat::dateTime(report.header.generatedAt))
        : QString();
    int pageNumber = 0;
    int numberedPages = 0; // pages of the run of sections numbered together
    for (int s = 0; s < report.sections.size(); ++s) {
        const ReportSection &section = report.sections[s];
        const LaidOut::Section &laid = laidOut.sections[s];
        if (s == 0 || section.restartsNumbering) {
            pageNumber = 0;
            numberedPages = 0;
            for (int k = s; k < report.sections.size() && (k == s || !report.sections[k].restartsNumbering); ++k)
                numberedPages += laidOut.sections[k].pages;
        }
        const double bodyHeight = laid.document->pageSize().height();
        for (int page = 0; page < laid.pages; ++page) {
            ++pageNumber;
            if (!first) {
                if (m_paper == Paper::PerSection)
                    device->setPageLayout(PageGeometry::layout(section.orientation));
                device->newPage();
            }
            first = false;
            painter.save();
            if (laid.turned) {
                // A landscape page on portrait paper (or the other way): its top along the sheet's right edge.
                painter.translate(laid.area.height(), 0);
                painter.rotate(90);
            }
            const double width = laid.area.width();
            painter.setFont(running);
            painter.setPen(QPen(Qt::black, 0.2 * mm));
            const QFontMetricsF metrics(running, device);
            const double textHeight = metrics.height();
            if (section.decoration == ReportSection::Decoration::Full) {
                const QString right = report.runningRight(section);
                const double rightWidth = qMin(width * 0.45, metrics.horizontalAdvance(right) + 1);
                const QRectF band(0, laid.bodyTop - 2 * mm - textHeight, width, textHeight);
                painter.drawText(band.adjusted(0, 0, -rightWidth - 4 * mm, 0), Qt::AlignLeft | Qt::AlignBottom,
                                 metrics.elidedText(report.runningHeader(), Qt::ElideRight, width - rightWidth - 4 * mm));
                painter.drawText(QRectF(width - rightWidth, band.top(), rightWidth, textHeight), Qt::AlignRight | Qt::AlignBottom,
                                 metrics.elidedText(right, Qt::ElideLeft, rightWidth));
                painter.drawLine(QPointF(0, laid.bodyTop - 1.5 * mm), QPointF(width, laid.bodyTop - 1.5 * mm));
            }
            const double footerTop = laid.area.height() - PageGeometry::kFooterMm * mm;
            painter.drawLine(QPointF(0, footerTop + 1.5 * mm), QPointF(width, footerTop + 1.5 * mm));
            const QRectF footer(0, footerTop + 2.5 * mm, width, textHeight);
            painter.drawText(footer, Qt::AlignLeft | Qt::AlignTop, footerLeft);
            painter.drawText(footer, Qt::AlignRight | Qt::AlignTop,
                             tr("page %1 of %2").arg(pageNumber).arg(numberedPages));

            painter.translate(0, laid.bodyTop);
            painter.setClipRect(QRectF(0, 0, width, bodyHeight));
            painter.translate(0, -page * bodyHeight);
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = QRectF(0, page * bodyHeight, width, bodyHeight);
            laid.document->documentLayout()->draw(&painter, context);
            painter.restore();
        }
        if (!step())
            return false;
    }
    return true;
}

int ReportPrinter::print(const QList<Report> &reports, QPagedPaintDevice *device)
{
    m_done = 0;
    m_total = 0;
    for (const Report &r : reports)
        m_total += 2 * int(r.sections.size());
    if (reports.isEmpty() || m_total == 0)
        return 0;
    if (m_paper == Paper::PerSection)
        device->setPageLayout(PageGeometry::layout(reports.first().sections.first().orientation));
    QPainter painter;
    int pages = 0;
    for (int i = 0; i < reports.size(); ++i) {
        Report report = reports[i];
        LaidOut laidOut;
        if (!layOut(report, device, laidOut))
            return -1;
        if (i == 0 && !painter.begin(device))
            return 0;
        if (!paint(report, laidOut, device, painter, i == 0))
            return -1;
        pages += laidOut.pagination.totalPages;
    }
    painter.end();
    return pages;
}

bool ReportPrinter::writePdf(const QList<Report> &reports, const QString &path, QString *error, const Progress &progress)
{
    int pages = 0;
    {
        QPdfWriter writer(path);
        writer.setResolution(600);
        // PDF/A-1b: the archive format (001 §6.4), fonts embedded, nothing that needs the outside.
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setCreator(QStringLiteral("ClassJournal"));
        if (!reports.isEmpty())
            writer.setTitle(reports.first().title);
        ReportPrinter printer(Paper::PerSection, progress);
        pages = printer.print(reports, &writer);
    }
    if (pages > 0)
        return true;
    QFile::remove(path);
    if (error)
        *error = pages < 0 ? tr("Cancelled.") : tr("Could not write %1.").arg(path);
    return false;
}

} // namespace cj::client::reports
