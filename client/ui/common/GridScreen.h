#pragma once

#include <QWidget>

class QLabel;
class QTableView;
class QToolBar;

namespace cj::client {

class FieldErrors;
class FilterBar;
class Session;

// A screen around one grid edited in place (the curriculum, the week's timetable): a tool bar, a
// row of filters, the grid, a line of explanation and a line for the server's refusals.
class GridScreen : public QWidget
{
    Q_OBJECT
public:
    GridScreen(Session *session, const QString &objectName, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }

protected:
    Session *session() const { return m_session; }
    QToolBar *toolBar() const { return m_toolBar; }
    FilterBar *filters() const { return m_filters; }
    FieldErrors *errors() const { return m_errors; }
    void setHint(const QString &text);

private:
    Session *m_session;
    QToolBar *m_toolBar;
    FilterBar *m_filters;
    QTableView *m_view;
    QLabel *m_hint;
    FieldErrors *m_errors;
};

} // namespace cj::client
