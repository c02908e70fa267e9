#include "ui/structure/YearScreen.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QHeaderView>
#include <QLocale>
#include <QTabWidget>
#include <QVBoxLayout>

#include "core/SchoolText.h"
#include "core/ServerConnection.h"
#include "core/Session.h"
#include "core/WireValue.h"
#include "core/YearChoice.h"
#include "core/models/YearsModel.h"
#include "protocol/ArgReader.h"
#include "ui/common/RecordTable.h"
#include "ui/structure/BellsEditor.h"
#include "ui/structure/HolidaysPanel.h"
#include "ui/structure/PeriodsEditor.h"
#include "ui/structure/YearDialog.h"

namespace cj::client {

YearScreen::YearScreen(Session *session, QWidget *parent)
    : ListScreen(session, new YearsModel, protocol::MessageType::YearsList, QStringLiteral("years"), parent)
{
    const bool editable = permissions().editStructure();
    addAction(tr("New academic year…"), QStringLiteral("newYearAction"), Needs::Nothing, [this] { editYear({}); })
        ->setVisible(editable);
    QAction *edit = addAction(tr("Name, dates and week…"), QStringLiteral("editYearAction"), Needs::OneRecord,
                              [this] { editYear(current()); });
    edit->setVisible(editable);
    setDefaultAction(edit);
    addAction(tr("Refresh"), QStringLiteral("refreshAction"), Needs::Nothing, [this] { reload(); });

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("yearSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_quarters = new PeriodsEditor(session, QStringLiteral("quarters"), this);
    m_halves = new PeriodsEditor(session, QStringLiteral("halves"), this);
    m_quarters->setEditable(editable);
    m_halves->setEditable(editable);
    auto *periods = new QWidget(this);
    auto *periodsLayout = new QHBoxLayout(periods);
    periodsLayout->addWidget(m_quarters);
    periodsLayout->addSpacing(16);
    periodsLayout->addWidget(m_halves);
    m_holidays = new HolidaysPanel(session, this);
    m_bells = new BellsEditor(session, this);
    m_details = new QTabWidget(this);
    m_details->setObjectName(QStringLiteral("yearTabs"));
    m_details->addTab(periods, tr("Quarters and halves"));
    m_details->addTab(m_holidays, tr("Holidays"));
    m_details->addTab(m_bells, tr("Bell schedules"));
    m_details->setEnabled(false);
    table()->setMaximumHeight(table()->verticalHeader()->defaultSectionSize() * 4 + 8);
    table()->setSelectionMode(QAbstractItemView::SingleSelection);
    content()->addWidget(m_summary);
    content()->addWidget(m_details, 3);

    connect(table(), &RecordTable::selectionChangedTo, this, &YearScreen::showYear);
    connect(model(), &RemoteListModel::loaded, this, &YearScreen::selectLikelyYear);
    connect(m_quarters, &PeriodsEditor::yearChanged, this, &YearScreen::yearSaved);
    connect(m_halves, &PeriodsEditor::yearChanged, this, &YearScreen::yearSaved);
    connect(m_holidays, &HolidaysPanel::yearChanged, this, &YearScreen::yearSaved);
    reload();
}

void YearScreen::selectLikelyYear()
{
    if (m_shown && model()->rowOfId(m_shown) >= 0)
        return table()->selectId(m_shown);
    table()->selectId(currentYearId(model()->records(), session()->serverToday()));
}

void YearScreen::showYear(const QCborMap &year)
{
    if (year.isEmpty())
        return;
    m_shown = protocol::intOr(year.value(QStringLiteral("id")));
    m_summary->setText(tr("<b>%1</b>: from %2 to %3, %4-day week")
                           .arg(year.value(QStringLiteral("name")).toString().toHtmlEscaped(),
                                SchoolText::longDate(wire::date(year.value(QStringLiteral("startsOn")))),
                                SchoolText::longDate(wire::date(year.value(QStringLiteral("endsOn")))))
                           .arg(protocol::intOr(year.value(QStringLiteral("weekDays")), 5)));
    m_details->setEnabled(true);
    m_quarters->setYear(year);
    m_halves->setYear(year);
    m_holidays->setYear(year);
    m_bells->setYear(m_shown);
}

void YearScreen::yearSaved(const QCborMap &year)
{
    model()->upsertRecord(year);
    showYear(year);
}

void YearScreen::editYear(const QCborMap &year)
{
    YearDialog dialog(session(), year, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_shown = protocol::intOr(dialog.result().value(QStringLiteral("id")));
    reload();
}

} // namespace cj::client
