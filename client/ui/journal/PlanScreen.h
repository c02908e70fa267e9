#pragma once

#include <QWidget>

class QDateEdit;
class QLabel;
class QTableView;

namespace cj::client {

class PlanItemsModel;
class Session;

// КТП (calendar-thematic plan) of one assignment: the topics with hours and homework, typed or
// imported from CSV (with the file's errors per line), saved as a whole, then spread over the
// lessons («распределить темы по урокам»). The figures compare planned hours with the curriculum
// and with the lessons in the schedule and given so far (000 §4.4.7).
class PlanScreen : public QWidget
{
    Q_OBJECT
public:
    PlanScreen(Session *session, qint64 assignmentId, QWidget *parent = nullptr);
    static QString screenKey(qint64 assignmentId);
    PlanItemsModel *model() const { return m_model; }

    // Parses CSV text with plan.importCsv and, if the person agrees, puts the topics in the list.
    void importCsv(const QString &csv);

private:
    void load();
    void show(const QCborMap &plan);
    void save();
    void apply();
    void updateFigures();
    void chooseCsvFile();

    Session *m_session;
    qint64 m_assignmentId;
    PlanItemsModel *m_model;
    QTableView *m_view;
    QLabel *m_figures;
    QLabel *m_message;
    QDateEdit *m_applyFrom;
    double m_curriculumHours = 0;
    int m_scheduled = 0;
    int m_given = 0;
    int m_withTopic = 0;
};

} // namespace cj::client
