#pragma once

#include <QDialog>

#include "core/journal/JournalWrite.h"

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace cj::client {

class ServerConnection;

// «Подать заявку на замену сведений» (003 §2.3.4): the exact change wanted, shown in words, and the
// reason (required); sent with corrections.file for the administrator to approve.
class CorrectionRequestDialog : public QDialog
{
    Q_OBJECT
public:
    CorrectionRequestDialog(ServerConnection *connection, const JournalWrite &write, const QString &where,
                            const QString &what, const QString &whyLocked, QWidget *parent = nullptr);

private:
    void submit();

    ServerConnection *m_connection;
    JournalWrite m_write;
    QPlainTextEdit *m_reason;
    QLabel *m_error;
    QPushButton *m_submit;
};

} // namespace cj::client
