#pragma once

#include <QCborArray>
#include <QDialog>

#include "core/reports/ReportCatalog.h"
#include "core/reports/ReportParameters.h"
#include "core/reports/ReportScope.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;

namespace cj::client {

class Session;

// What a report is asked for, chosen by the person: the class (or every class), the subject, the
// period or the whole year, dates, a month — only what that report needs, and only the classes and
// subjects the person may print.
class ReportParametersDialog : public QDialog
{
    Q_OBJECT
public:
    ReportParametersDialog(Session *session, reports::ReportKind kind, QWidget *parent = nullptr);

    reports::ReportKind kind() const { return m_kind; }
    bool isLoaded() const { return m_loaded; }
    // One set of parameters, or one per class when «all classes» is chosen.
    QList<reports::ReportParameters> runs() const;

Q_SIGNALS:
    void loaded();

private:
    void load();
    void onLoaded();
    void fillClasses();
    void onClassChanged();
    void fillPeriods(qint64 classId);
    void fillMonths(qint64 classId);
    bool mayPrintClass(qint64 classId) const;
    bool mayPrintAssignment(const QCborMap &assignment) const;
    qint64 chosenClass() const;
    void showError(const QString &text);

    Session *m_session;
    reports::ReportKind m_kind;
    reports::ReportScope m_scope;
    QCborArray m_assignments;
    bool m_loaded = false;
    int m_waiting = 0;

    QFormLayout *m_form;
    QComboBox *m_class = nullptr;
    QComboBox *m_assignment = nullptr;
    QComboBox *m_period = nullptr;
    QComboBox *m_month = nullptr;
    QComboBox *m_status = nullptr;
    QCheckBox *m_wholeYear = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QDateEdit *m_date = nullptr;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace cj::client
