#pragma once

#include "ui/common/ListScreen.h"

class QLabel;
class QTabWidget;

namespace cj::client {

class BellsEditor;
class HolidaysPanel;
class PeriodsEditor;

// Учебный год: the school's years; for the chosen one its quarters and halves, holidays and bells.
class YearScreen : public ListScreen
{
    Q_OBJECT
public:
    explicit YearScreen(Session *session, QWidget *parent = nullptr);
    static QWidget *create(Session *session, QWidget *parent) { return new YearScreen(session, parent); }

private:
    void showYear(const QCborMap &year);
    void yearSaved(const QCborMap &year);
    void selectLikelyYear();
    void editYear(const QCborMap &year);

    qint64 m_shown = 0;
    QLabel *m_summary;
    QTabWidget *m_details;
    PeriodsEditor *m_quarters;
    PeriodsEditor *m_halves;
    HolidaysPanel *m_holidays;
    BellsEditor *m_bells;
};

} // namespace cj::client
