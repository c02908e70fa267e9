#pragma once

#include <QCborArray>
#include <QDialog>

namespace cj::client {

class ActivationCodesModel;
class Session;

// The activation codes just issued, shown once, with their printable slips (one per person, several
// to a page). The client keeps codes nowhere else: close this and only new codes can be issued.
class ActivationCodesDialog : public QDialog
{
    Q_OBJECT
public:
    // issued: results of users.issueActivation / accounts.createFor…, optionally with a "note".
    ActivationCodesDialog(Session *session, const QCborArray &issued, QWidget *parent = nullptr);

    // Renders and previews the slips; also used without the dialog.
    static void printSlips(QWidget *parent, Session *session, const QCborArray &issued);

private:
    Session *m_session;
    ActivationCodesModel *m_model;
};

} // namespace cj::client
