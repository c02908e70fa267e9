#pragma once

#include <QPair>
#include <QWidget>

class QHBoxLayout;
class QLineEdit;

namespace cj::client {

class ClassComboBox;
class DateEdit;
class Session;
class YearComboBox;

// The row of filters above a list or grid: "Label: [field]" pairs left to right, the academic year
// and its classes, a period of dates, and a quick search on the right.
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    FilterBar(Session *session, QWidget *parent = nullptr);

    void add(const QString &label, QWidget *field);
    void add(QWidget *field); // a check box says what it is itself
    YearComboBox *addYear();
    // The classes of `year` (following it); with allText, "all classes" is a choice (id 0).
    ClassComboBox *addClass(YearComboBox *year, const QString &allText = {});
    // "From: [date] to: [date]".
    QPair<DateEdit *, DateEdit *> addPeriod();
    QLineEdit *addSearch(const QString &placeholder);

private:
    int end() const; // where the next field goes: before the stretch (and the search)

    Session *m_session;
    QHBoxLayout *m_layout;
    bool m_searching = false;
};

} // namespace cj::client
