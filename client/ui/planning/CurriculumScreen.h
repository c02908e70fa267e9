#pragma once

#include <QCborArray>
#include <QCborMap>

#include "ui/common/GridScreen.h"

class QUndoStack;

namespace cj::client {

class CurriculumModel;
class YearComboBox;

// Учебный план: hours a week per subject and class in one grid, with each class's weekly total
// against the maximum for its grade. Each edit is saved at once and can be undone (Ctrl+Z).
class CurriculumScreen : public GridScreen
{
    Q_OBJECT
public:
    explicit CurriculumScreen(Session *session, QWidget *parent = nullptr);
    static QWidget *create(Session *session, QWidget *parent) { return new CurriculumScreen(session, parent); }

    CurriculumModel *model() const { return m_model; }
    void reload();

private:
    void sendHours(qint64 classId, qint64 subjectId, double hours);

    YearComboBox *m_year;
    CurriculumModel *m_model;
    QUndoStack *m_undo;
    int m_loading = 0; // answers still awaited for the grid's three lists
    QCborArray m_classes;
    QCborArray m_subjects;
    QCborMap m_curriculum;
};

} // namespace cj::client
