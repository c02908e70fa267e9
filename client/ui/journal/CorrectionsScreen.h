#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace cj::client {

class CorrectionListModel;
class Session;

// Correction requests: a teacher's own (withdraw while pending), or for the administrator and the
// director the register «Журнал замены сведений» with approve and reject (a rejection needs a
// comment).
class CorrectionsScreen : public QWidget
{
    Q_OBJECT
public:
    explicit CorrectionsScreen(Session *session, QWidget *parent = nullptr);
    CorrectionListModel *model() const { return m_model; }

    // For the register: approve, or reject with a comment (required).
    void decide(int row, bool approve, const QString &comment);

private:
    void load();
    void updateButtons();
    void withdraw(int row);

    Session *m_session;
    bool m_decides;
    CorrectionListModel *m_model;
    QComboBox *m_status;
    QTableView *m_view;
    QPushButton *m_approve = nullptr;
    QPushButton *m_reject = nullptr;
    QPushButton *m_withdraw;
    QLabel *m_message;
};

} // namespace cj::client
