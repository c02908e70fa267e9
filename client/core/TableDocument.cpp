#include "core/TableDocument.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QTextDocument>

namespace cj::client {

namespace {
QString cellText(const QVariant &value)
{
    const QLocale locale;
    switch (value.typeId()) {
    case QMetaType::QDate: return locale.toString(value.toDate(), QLocale::ShortFormat);
    case QMetaType::QDateTime: return locale.toString(value.toDateTime(), QLocale::ShortFormat);
    case QMetaType::QTime: return locale.toString(value.toTime(), QLocale::ShortFormat);
    case QMetaType::Double: return locale.toString(value.toDouble());
    default: return value.toString();
    }
}
} // namespace

void renderTable(QTextDocument *document, const QString &title, const QString &subtitle, const QAbstractItemModel *model)
{
    QString html = QStringLiteral("<html><body style=\"font-family: 'DejaVu Sans'; font-size: 9pt;\">");
    html += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(title.toHtmlEscaped(), subtitle.toHtmlEscaped());
    html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" style=\"border-style: solid;\"><thead><tr>");
    for (int c = 0; c < model->columnCount(); ++c)
        html += QStringLiteral("<th bgcolor=\"#eeeeee\">%1</th>").arg(model->headerData(c, Qt::Horizontal).toString().toHtmlEscaped());
    html += QStringLiteral("</tr></thead>");
    for (int r = 0; r < model->rowCount(); ++r) {
        html += QStringLiteral("<tr>");
        for (int c = 0; c < model->columnCount(); ++c)
            html += QStringLiteral("<td>%1</td>").arg(cellText(model->index(r, c).data()).toHtmlEscaped());
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table></body></html>");
    document->setHtml(html);
}

} // namespace cj::client
