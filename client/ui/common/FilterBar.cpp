#include "ui/common/FilterBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

#include "ui/common/ClassComboBox.h"
#include "ui/common/DateEdit.h"
#include "ui/common/YearComboBox.h"

namespace cj::client {

FilterBar::FilterBar(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_layout(new QHBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addStretch(); // fields go before it, the search after it
}

int FilterBar::end() const
{
    return m_layout->count() - (m_searching ? 2 : 1);
}

void FilterBar::add(QWidget *field)
{
    if (end() > 0)
        m_layout->insertSpacing(end(), 12);
    m_layout->insertWidget(end(), field);
}

void FilterBar::add(const QString &label, QWidget *field)
{
    add(new QLabel(label, this));
    m_layout->insertWidget(end(), field);
}

YearComboBox *FilterBar::addYear()
{
    auto *year = new YearComboBox(m_session, this);
    add(tr("Academic year:"), year);
    return year;
}

ClassComboBox *FilterBar::addClass(YearComboBox *year, const QString &allText)
{
    auto *schoolClass = new ClassComboBox(m_session, this);
    schoolClass->setNoneText(allText);
    connect(year, &RecordComboBox::currentIdChanged, schoolClass, &ClassComboBox::setYear);
    add(tr("Class:"), schoolClass);
    return schoolClass;
}

QPair<DateEdit *, DateEdit *> FilterBar::addPeriod()
{
    auto *from = new DateEdit(this);
    from->setObjectName(QStringLiteral("fromEdit"));
    auto *to = new DateEdit(this);
    to->setObjectName(QStringLiteral("toEdit"));
    add(tr("From:"), from);
    m_layout->insertWidget(end(), new QLabel(tr("to:"), this));
    m_layout->insertWidget(end(), to);
    return {from, to};
}

QLineEdit *FilterBar::addSearch(const QString &placeholder)
{
    auto *search = new QLineEdit(this);
    search->setObjectName(QStringLiteral("searchEdit"));
    search->setPlaceholderText(placeholder);
    search->setClearButtonEnabled(true);
    search->setMinimumWidth(220);
    m_layout->addWidget(search);
    m_searching = true;
    return search;
}

} // namespace cj::client
