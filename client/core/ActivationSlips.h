#pragma once

#include <QCborMap>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

class QTextDocument;

namespace cj::client {

// The printed slip handed to a person with their login and one-time activation code: where to
// connect, what to type, until when the code works — two to an A4 page, to cut apart.
class ActivationSlips
{
    Q_DECLARE_TR_FUNCTIONS(ActivationSlips)
public:
    struct Slip {
        QString fullName;
        QString login;
        QString code;
        QDate validUntil;
        QString note; // whose parent, which class …; may be empty
    };

    // From the result of users.issueActivation / accounts.createFor… (fullName, login, code, expiry),
    // with the client's own "note" when it added one.
    static Slip fromIssued(const QCborMap &issued);
    static void render(QTextDocument *document, const QList<Slip> &slips, const QString &schoolName,
                       const QString &serverAddress);

private:
    static QString slipHtml(const Slip &slip, const QString &schoolName, const QString &serverAddress);
};

} // namespace cj::client
