#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace cj::client {

class Session;

class ChangePasswordDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ChangePasswordDialog(Session *session, QWidget *parent = nullptr);

private:
    void submit();

    Session *m_session;
    QLineEdit *m_current;
    QLineEdit *m_new;
    QLineEdit *m_repeat;
    QLabel *m_error;
};

} // namespace cj::client
