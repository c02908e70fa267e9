#include "ui/reports/ReportsMenu.h"

#include "core/Session.h"
#include "core/reports/ReportCatalog.h"
#include "ui/MainWindow.h"
#include "ui/charts/ChartsScreen.h"
#include "ui/reports/ReportRunner.h"

namespace cj::client {

using reports::ReportCatalog;
using reports::ReportKind;

ReportsMenu::ReportsMenu(Session *session, MainWindow *window)
    : QMenu(tr("&Reports"), window)
    , m_session(session)
    , m_window(window)
{
    setObjectName(QStringLiteral("reportsMenu"));
    connect(this, &QMenu::aboutToShow, this, &ReportsMenu::rebuild);
    connect(session, &Session::signedIn, this, &ReportsMenu::rebuild);
    connect(session, &Session::resumed, this, &ReportsMenu::rebuild);
    rebuild();
}

void ReportsMenu::rebuild()
{
    clear();
    const UserInfo &user = m_session->user();
    const QList<QList<ReportKind>> groups{
        {ReportKind::ClassJournal, ReportKind::SubjectPages},
        {ReportKind::ProgressStatement, ReportKind::AttendanceStatement, ReportKind::AttendanceMonth,
         ReportKind::MovementStatement},
        {ReportKind::PeriodResults, ReportKind::SubjectResults, ReportKind::Forecast, ReportKind::SubjectForecast,
         ReportKind::ClassTeacherReport, ReportKind::ParentLetters},
        {ReportKind::SchoolEnrolment, ReportKind::SchoolMovement, ReportKind::SchoolResults, ReportKind::JournalControl},
        {ReportKind::CorrectionsRegister, ReportKind::SubstitutionsRegister},
    };
    for (const QList<ReportKind> &group : groups) {
        bool first = true;
        for (ReportKind kind : group) {
            if (!ReportCatalog::availableTo(kind, user))
                continue;
            if (first && !isEmpty())
                addSeparator();
            first = false;
            QAction *action = addAction(ReportCatalog::title(kind) + QStringLiteral("…"), this,
                                        [this, kind] { ReportRunner::askAndShow(m_session, kind, m_window); });
            action->setObjectName(ReportCatalog::name(kind));
        }
    }
    if (ChartsScreen::availableTo(user)) {
        if (!isEmpty())
            addSeparator();
        QAction *charts = addAction(tr("&Charts: marks and attendance"), this, [this] {
            m_window->openScreen(QStringLiteral("charts"), tr("Charts"),
                                 [](Session *s, QWidget *p) -> QWidget * { return new ChartsScreen(s, p); });
        });
        charts->setObjectName(QStringLiteral("chartsAction"));
    }
    menuAction()->setVisible(!isEmpty());
}

} // namespace cj::client
