#include "ui/journal/DiaryScreen.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "core/ErrorText.h"
#include "core/ServerConnection.h"
#include "core/Session.h"
#include "core/models/DiaryModel.h"
#include "protocol/ArgReader.h"

namespace cj::client {

DiaryScreen::DiaryScreen(Session *session, qint64 studentId, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_studentId(studentId)
    , m_model(new DiaryModel(this))
{
    setObjectName(QStringLiteral("diaryScreen"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("diaryTitle"));
    m_title->setTextFormat(Qt::RichText);
    m_week = new QLabel(this);
    m_finals = new QLabel(this);
    m_finals->setWordWrap(true);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("diaryView"));
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(true);
    m_view->setShowGrid(false);
    for (DiaryModel::Column c : {DiaryModel::Column::Day, DiaryModel::Column::Lesson, DiaryModel::Column::Subject, DiaryModel::Column::Marks})
        m_view->horizontalHeader()->setSectionResizeMode(int(c), QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(int(DiaryModel::Column::Topic), QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(int(DiaryModel::Column::Homework), QHeaderView::Stretch);

    auto *previous = new QPushButton(tr("◀ Previous week"), this);
    auto *current = new QPushButton(tr("This week"), this);
    auto *next = new QPushButton(tr("Next week ▶"), this);
    connect(previous, &QPushButton::clicked, this, [this] { showWeek(m_monday.addDays(-7)); });
    connect(current, &QPushButton::clicked, this, [this] {
        showWeek(m_session->serverToday().isValid() ? m_session->serverToday() : QDate::currentDate());
    });
    connect(next, &QPushButton::clicked, this, [this] { showWeek(m_monday.addDays(7)); });
    auto *row = new QHBoxLayout;
    const auto &children = session->user().children;
    if (m_studentId == 0 && children.size() > 1) {
        m_children = new QComboBox(this);
        for (const auto &[id, name] : children)
            m_children->addItem(name, id);
        connect(m_children, &QComboBox::activated, this, [this] {
            m_studentId = m_children->currentData().toLongLong();
            load();
        });
        row->addWidget(m_children);
    }
    if (m_studentId == 0 && !children.isEmpty())
        m_studentId = children.first().first;
    row->addWidget(previous);
    row->addWidget(current);
    row->addWidget(next);
    row->addSpacing(12);
    row->addWidget(m_week, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(row);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_finals);
    showWeek(session->serverToday().isValid() ? session->serverToday() : QDate::currentDate());
}

void DiaryScreen::showWeek(const QDate &anyDay)
{
    m_monday = anyDay.addDays(1 - anyDay.dayOfWeek());
    const QLocale l;
    m_week->setText(tr("%1 — %2").arg(l.toString(m_monday, QStringLiteral("d MMMM")), l.toString(m_monday.addDays(6), QStringLiteral("d MMMM yyyy"))));
    load();
}

void DiaryScreen::load()
{
    QCborMap args{{QStringLiteral("from"), protocol::dateToWire(m_monday)}, {QStringLiteral("to"), protocol::dateToWire(m_monday.addDays(6))}};
    if (m_studentId > 0)
        args.insert(QStringLiteral("studentId"), m_studentId);
    m_session->connection()->call(protocol::MessageType::DiaryGet, args, this, [this](const protocol::Response &r) {
        if (!r.ok) {
            m_title->setText(ErrorText::forError(r.error));
            return;
        }
        m_model->setDiary(r.result);
        m_title->setText(tr("<h3>Diary: %1</h3>").arg(m_model->studentTitle().toHtmlEscaped()));
        m_view->resizeRowsToContents();
        const QStringList finals = m_model->finalMarkLines();
        m_finals->setText(finals.isEmpty() ? QString() : tr("Period and year marks: %1").arg(finals.join(QStringLiteral("; "))));
    });
}

} // namespace cj::client
