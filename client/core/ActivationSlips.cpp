#include "core/ActivationSlips.h"

#include <QLocale>
#include <QTextDocument>

#include "core/SchoolText.h"
#include "core/WireValue.h"

namespace cj::client {

namespace {
constexpr int kSlipsPerPage = 2; // each half an A4 page, to cut apart
} // namespace

ActivationSlips::Slip ActivationSlips::fromIssued(const QCborMap &issued)
{
    return Slip{issued.value(QStringLiteral("fullName")).toString(), issued.value(QStringLiteral("login")).toString(),
                issued.value(QStringLiteral("activationCode")).toString(),
                wire::timestamp(issued.value(QStringLiteral("activationExpiresAt"))).date(),
                issued.value(QStringLiteral("note")).toString()};
}

void ActivationSlips::render(QTextDocument *document, const QList<Slip> &slips, const QString &schoolName,
                             const QString &serverAddress)
{
    QString html = QStringLiteral("<html><body style=\"font-family: 'DejaVu Sans'; font-size: 10pt;\">");
    for (int i = 0; i < slips.size(); ++i) {
        const bool newPage = i > 0 && i % kSlipsPerPage == 0;
        html += newPage ? QStringLiteral("<div style=\"page-break-before: always;\"></div>") : QString();
        html += slipHtml(slips[i], schoolName, serverAddress);
        if ((i + 1) % kSlipsPerPage != 0 && i + 1 < slips.size())
            html += QStringLiteral("<p align=\"center\" style=\"color: #888888;\">- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -</p>");
    }
    html += QStringLiteral("</body></html>");
    document->setHtml(html);
}

QString ActivationSlips::slipHtml(const Slip &s, const QString &schoolName, const QString &serverAddress)
{
    const QString until = SchoolText::longDate(s.validUntil);
    auto row = [](const QString &label, const QString &value, bool strong) {
        return QStringLiteral("<tr><td width=\"35%\">%1</td><td>%2%3%4</td></tr>")
            .arg(label.toHtmlEscaped(), strong ? QStringLiteral("<b style=\"font-family: 'DejaVu Sans Mono'; font-size: 13pt;\">") : QString(),
                 value.toHtmlEscaped(), strong ? QStringLiteral("</b>") : QString());
    };
    QString html = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"8\" style=\"border-style: solid; border-color: #444444;\"><tr><td>");
    html += QStringLiteral("<p style=\"font-size: 12pt;\"><b>%1</b><br/>%2</p>")
                .arg(tr("Access to the electronic class journal").toHtmlEscaped(), schoolName.toHtmlEscaped());
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">");
    html += row(tr("For:"), s.fullName, false);
    if (!s.note.isEmpty())
        html += row(QString(), s.note, false);
    html += row(tr("Server:"), serverAddress, true);
    html += row(tr("Login:"), s.login, true);
    html += row(tr("Activation code:"), s.code, true);
    html += row(tr("Valid until:"), until, false);
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p><b>%1</b></p><ol>").arg(tr("First sign-in").toHtmlEscaped());
    html += QStringLiteral("<li>%1</li>").arg(tr("Start the ClassJournal program and enter the server and the login shown above.").toHtmlEscaped());
    html += QStringLiteral("<li>%1</li>").arg(tr("Tick “First sign-in: I have an activation code” and type the code (dashes and letter case do not matter).").toHtmlEscaped());
    html += QStringLiteral("<li>%1</li>").arg(tr("Choose your own password: at least 8 characters, letters and digits, not the same as the login.").toHtmlEscaped());
    html += QStringLiteral("</ol><p style=\"font-size: 9pt;\">%1</p>")
                .arg(tr("The code works once. Do not pass the code or your password to anyone: by the school's rules "
                        "only its owner may use an account. If the code has expired, ask the journal administrator for a new one.")
                         .toHtmlEscaped());
    html += QStringLiteral("</td></tr></table>");
    return html;
}

} // namespace cj::client
