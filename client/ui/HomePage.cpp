#include "ui/HomePage.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

#include "core/ErrorText.h"
#include "core/RoleText.h"
#include "core/Session.h"
#include "core/journal/JournalPage.h"
#include "core/models/LessonsModel.h"
#include "protocol/ArgReader.h"
#include "ui/journal/JournalPagesScreen.h"

namespace cj::client {

HomePage::HomePage(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    m_greeting = new QLabel(this);
    m_greeting->setObjectName(QStringLiteral("greetingLabel"));
    m_greeting->setWordWrap(true);
    m_greeting->setTextFormat(Qt::RichText);

    m_lessonsTitle = new QLabel(this);
    m_lessonsTitle->setObjectName(QStringLiteral("todayLessonsLabel"));
    m_lessons = new LessonsModel(this);
    m_lessons->setSource(session->connection(), protocol::MessageType::LessonsList, QStringLiteral("lessons"));
    m_lessonsView = new QTableView(this);
    m_lessonsView->setObjectName(QStringLiteral("todayLessonsView"));
    m_lessonsView->setModel(m_lessons);
    m_lessonsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lessonsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_lessonsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lessonsView->verticalHeader()->hide();
    m_lessonsView->horizontalHeader()->setStretchLastSection(true);
    m_lessonsView->setToolTip(tr("Double-click or press Enter to open the journal page"));
    for (const auto hidden : {LessonsModel::Column::Date, LessonsModel::Column::Teacher})
        m_lessonsView->setColumnHidden(int(hidden), true);
    connect(m_lessonsView, &QTableView::activated, this, &HomePage::openLesson);
    connect(m_lessons, &RemoteListModel::loaded, this, [this] {
        m_lessonsView->resizeColumnsToContents();
        if (m_lessons->rowCount() == 0)
            m_lessonsTitle->setText(tr("<b>No lessons of yours today.</b>"));
    });
    connect(m_lessons, &RemoteListModel::loadFailed, this,
            [this](const protocol::Error &error) { m_lessonsTitle->setText(ErrorText::forError(error)); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_greeting);
    layout->addWidget(m_lessonsTitle);
    layout->addWidget(m_lessonsView, 1);
    layout->addStretch();
    connect(session, &Session::signedIn, this, &HomePage::refresh);
    connect(session, &Session::resumed, this, &HomePage::refresh);
    refresh();
}

void HomePage::refresh()
{
    const UserInfo &u = m_session->user();
    const bool teaches = u.id && u.has(Role::Teacher);
    m_lessonsTitle->setVisible(teaches);
    m_lessonsView->setVisible(teaches);
    if (!u.id) {
        m_greeting->clear();
        return;
    }
    const QDate today = m_session->serverToday();
    m_greeting->setText(tr("<h2>%1</h2><p>%2</p><p>You are signed in as <b>%3</b> (%4).</p>")
                            .arg(u.schoolName.toHtmlEscaped(), QLocale().toString(today, QStringLiteral("dddd, d MMMM yyyy")),
                                 u.fullName.toHtmlEscaped(), RoleText::names(u.roles)));
    if (!teaches)
        return;
    m_lessonsTitle->setText(tr("<b>Today's lessons</b> — double-click one to open its journal page:"));
    m_lessons->setArgs(QCborMap{{QStringLiteral("teacherId"), u.id},
                                {QStringLiteral("from"), protocol::dateToWire(today)},
                                {QStringLiteral("to"), protocol::dateToWire(today)}});
    m_lessons->reload();
}

void HomePage::openLesson(const QModelIndex &index)
{
    const QCborMap lesson = m_lessons->record(index.row());
    const QString title = journalPageTitle(lesson.value(QStringLiteral("className")).toString(),
                                           lesson.value(QStringLiteral("subjectName")).toString(),
                                           lesson.value(QStringLiteral("subgroupName")).toString());
    JournalPagesScreen::openPage(this, m_session, lesson.value(QStringLiteral("assignmentId")).toInteger(), title);
}

} // namespace cj::client
