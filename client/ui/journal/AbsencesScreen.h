#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableView;

namespace cj::client {

class AbsenceListModel;
class Session;

// The class teacher's absences screen (002 §2.9): every absence of the class in a period, by date,
// with its reason — «б» ill, «у» excused, «п» unexcused — set for the selected rows with a button
// or its letter, and the «справка» form for several days at once.
class AbsencesScreen : public QWidget
{
    Q_OBJECT
public:
    explicit AbsencesScreen(Session *session, QWidget *parent = nullptr);
    AbsenceListModel *model() const { return m_model; }

protected:
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    void loadClasses();
    void loadClass();
    void setReasonForSelection(int reason);
    void medicalCertificate();

    Session *m_session;
    AbsenceListModel *m_model;
    QComboBox *m_classes;
    QComboBox *m_periods;
    QCheckBox *m_onlyMissing;
    QTableView *m_view;
    QLabel *m_message;
    int m_loading = 0;
};

} // namespace cj::client
