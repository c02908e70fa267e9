#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QVBoxLayout;

namespace cj::client {

class FieldErrors;
class Session;

// A small table edited in place and saved as a whole (the periods of a scheme, the bells of a
// schedule): rows are added and removed locally, "Save" sends them, and a refusal is shown under
// the table with the offending row selected.
class GridEditor : public QWidget
{
    Q_OBJECT
public:
    GridEditor(Session *session, const QString &title, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    void setEditable(bool editable);

protected:
    virtual void addRow() = 0;
    virtual void removeRow(int row) = 0;
    virtual void save() = 0;

    Session *session() const { return m_session; }
    FieldErrors *errors() const { return m_errors; }
    QVBoxLayout *top() const { return m_top; } // above the table
    QPushButton *saveButton() const { return m_save; }
    void setAddText(const QString &text);
    // Marks that there are unsaved edits (the Save button says so).
    void setDirty(bool dirty);

private:
    Session *m_session;
    QVBoxLayout *m_top;
    QTableView *m_view;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_save;
    FieldErrors *m_errors;
};

} // namespace cj::client
