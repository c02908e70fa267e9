#pragma once

#include <QCborMap>
#include <QDialog>

#include <functional>

#include "protocol/MessageType.h"

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QVBoxLayout;

namespace cj::client {

class FieldErrors;
class Session;

// The dialog every "create / edit a record" form is: fields in a form, a line for the server's
// refusal (shown at the field it names), and OK/Cancel. OK calls submit(); the dialog closes only
// when the server has accepted, and result() then holds what it returned.
class FormDialog : public QDialog
{
    Q_OBJECT
public:
    FormDialog(Session *session, const QString &title, QWidget *parent = nullptr);

    const QCborMap &result() const { return m_result; }

protected:
    virtual void submit() = 0;

    Session *session() const { return m_session; }
    QFormLayout *form() const { return m_form; }
    QVBoxLayout *body() const { return m_body; } // the form first; more widgets may follow
    // Puts the form on the first page of tabs (titled `formTitle`) for dialogs with several pages.
    QTabWidget *makeTabs(const QString &formTitle);
    FieldErrors *errors() const { return m_errors; }
    QPushButton *okButton() const { return m_ok; }
    void addNote(const QString &text);
    // Checks a required text field; marks it and returns false when it is empty.
    bool require(QLineEdit *edit, const QString &message);
    // Sends the request; on success stores the result, runs `saved` and closes the dialog.
    void send(protocol::MessageType type, const QCborMap &args, std::function<void(const QCborMap &)> saved = {});

private:
    Session *m_session;
    QVBoxLayout *m_body;
    QWidget *m_formPage;
    QFormLayout *m_form;
    FieldErrors *m_errors;
    QPushButton *m_ok;
    QCborMap m_result;
};

} // namespace cj::client
