#pragma once

#include <QImage>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

namespace cj::test {

// What poppler-utils see in a PDF: the page count and sizes (pdfinfo), the text (pdftotext), the
// embedded fonts (pdffonts) and page images (pdftoppm) — to check printed documents as a reader would.
class PdfInspector
{
public:
    explicit PdfInspector(QString path);

    bool isValid() const { return m_pages > 0; }
    int pageCount() const { return m_pages; }
    QSizeF pageSize(int page) const; // points; page from 1
    bool isLandscape(int page) const;
    QString text() const;             // the whole document, pages separated by form feeds
    QString pageText(int page) const;
    // The words of a page with their boxes (points, from the top left), as pdftotext -bbox sees them.
    struct Word {
        QString text;
        QRectF box;
    };
    QList<Word> words(int page) const;
    QStringList fonts() const;        // "DejaVuSans emb" …
    bool fontsEmbedded() const;
    QImage pageImage(int page, int dpi = 30) const;
    // Share of the page's pixels that are not white: 0 for a blank page.
    static double inkCoverage(const QImage &image);

    static bool toolsAvailable();

private:
    static QString run(const QString &program, const QStringList &arguments);

    QString m_path;
    int m_pages = 0;
    QList<QSizeF> m_sizes;
    QStringList m_pageTexts;
};

} // namespace cj::test
