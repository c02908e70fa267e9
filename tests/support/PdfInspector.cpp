#include "PdfInspector.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace cj::test {

QString PdfInspector::run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

bool PdfInspector::toolsAvailable()
{
    for (const char *tool : {"pdfinfo", "pdftotext", "pdftoppm", "pdffonts"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            return false;
    }
    return true;
}

PdfInspector::PdfInspector(QString path)
    : m_path(std::move(path))
{
    const QString info = run(QStringLiteral("pdfinfo"), {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                                         QStringLiteral("100000"), m_path});
    static const QRegularExpression pages(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption);
    m_pages = pages.match(info).captured(1).toInt();
    static const QRegularExpression size(QStringLiteral("^Page\\s+\\d+ size:\\s+([\\d.]+) x ([\\d.]+)"),
                                         QRegularExpression::MultilineOption);
    for (auto it = size.globalMatch(info); it.hasNext();) {
        const auto m = it.next();
        m_sizes.append(QSizeF(m.captured(1).toDouble(), m.captured(2).toDouble()));
    }
    m_pageTexts = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), m_path, QStringLiteral("-")})
                      .split(QLatin1Char('\f'));
}

QSizeF PdfInspector::pageSize(int page) const
{
    return m_sizes.value(page - 1);
}

bool PdfInspector::isLandscape(int page) const
{
    const QSizeF s = pageSize(page);
    return s.width() > s.height();
}

QString PdfInspector::text() const
{
    return m_pageTexts.join(QLatin1Char('\f'));
}

QString PdfInspector::pageText(int page) const
{
    return m_pageTexts.value(page - 1);
}

QList<PdfInspector::Word> PdfInspector::words(int page) const
{
    QList<Word> list;
    const QString html = run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), QStringLiteral("-f"), QString::number(page),
                                                           QStringLiteral("-l"), QString::number(page), m_path, QStringLiteral("-")});
    static const QRegularExpression word(QStringLiteral(
        "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>"));
    for (auto it = word.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        list.append({m.captured(5), QRectF(QPointF(m.captured(1).toDouble(), m.captured(2).toDouble()),
                                           QPointF(m.captured(3).toDouble(), m.captured(4).toDouble()))});
    }
    return list;
}

QStringList PdfInspector::fonts() const
{
    QStringList list;
    const QStringList lines = run(QStringLiteral("pdffonts"), {m_path}).split(QLatin1Char('\n'));
    for (qsizetype i = 2; i < lines.size(); ++i) {
        const QStringList parts = lines[i].split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (parts.size() >= 5)
            list.append(parts.first() + QLatin1Char(' ') + (lines[i].contains(QLatin1String(" yes ")) ? QStringLiteral("emb") : QStringLiteral("not-emb")));
    }
    return list;
}

bool PdfInspector::fontsEmbedded() const
{
    const QStringList list = fonts();
    return !list.isEmpty() && std::all_of(list.begin(), list.end(), [](const QString &f) { return f.endsWith(QLatin1String(" emb")); });
}

QImage PdfInspector::pageImage(int page, int dpi) const
{
    QTemporaryDir dir;
    const QString prefix = dir.filePath(QStringLiteral("page"));
    run(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-f"),
                                     QString::number(page), QStringLiteral("-l"), QString::number(page),
                                     QStringLiteral("-singlefile"), m_path, prefix});
    return QImage(prefix + QStringLiteral(".png"));
}

double PdfInspector::inkCoverage(const QImage &image)
{
    if (image.isNull())
        return 0;
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    qint64 ink = 0;
    for (int y = 0; y < gray.height(); ++y) {
        const uchar *line = gray.constScanLine(y);
        for (int x = 0; x < gray.width(); ++x)
            ink += line[x] < 200 ? 1 : 0;
    }
    return double(ink) / (qint64(gray.width()) * gray.height());
}

} // namespace cj::test
