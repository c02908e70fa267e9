#pragma once

#include "ui/common/GridEditor.h"

class QLineEdit;
class QPushButton;

namespace cj::client {

class BellsModel;
class RecordComboBox;

// The bell schedules of a year (расписание звонков): pick one or start a new one, edit its lessons'
// times, save with bells.save; the server checks 8:00, overlaps and 10-minute breaks.
class BellsEditor : public GridEditor
{
    Q_OBJECT
public:
    explicit BellsEditor(Session *session, QWidget *parent = nullptr);

    void setYear(qint64 yearId);

protected:
    void addRow() override;
    void removeRow(int row) override;
    void save() override;

private:
    void showSchedule();
    void newSchedule();
    void deleteSchedule();

    qint64 m_yearId = 0;
    RecordComboBox *m_schedules;
    QLineEdit *m_name;
    QPushButton *m_delete;
    BellsModel *m_model;
};

} // namespace cj::client
