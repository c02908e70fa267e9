#include "ui/journal/JournalPagesScreen.h"

#include <QCborArray>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/ErrorText.h"
#include "core/ServerConnection.h"
#include "core/Session.h"
#include "core/models/JournalPagesModel.h"
#include "protocol/ArgReader.h"
#include "ui/MainWindow.h"
#include "ui/journal/JournalScreen.h"

namespace cj::client {

using protocol::MessageType;

JournalPagesScreen::JournalPagesScreen(Session *session, Mode mode, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_mode(mode)
    , m_model(new JournalPagesModel(this))
{
    setObjectName(QStringLiteral("journalPagesScreen"));
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("pagesList"));
    m_list->setModel(m_model);
    m_list->setUniformItemSizes(true);
    m_list->setSpacing(2);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    auto *open = new QPushButton(tr("Open the journal page"), this);
    open->setDefault(true);
    connect(open, &QPushButton::clicked, this, &JournalPagesScreen::openCurrent);
    connect(m_list, &QListView::activated, this, &JournalPagesScreen::openCurrent);

    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(this);
    heading->setTextFormat(Qt::RichText);
    switch (mode) {
    case Mode::MyClasses:
        heading->setText(tr("<h3>My classes</h3>The classes and groups you teach, and the lessons you substitute."));
        break;
    case Mode::MyClass:
        heading->setText(tr("<h3>My class</h3>Every subject of your class. You set absence reasons and period marks; "
                            "the rest is for reading."));
        break;
    case Mode::AnyClass:
        heading->setText(tr("<h3>Class journals</h3>Choose a class, then a subject."));
        break;
    }
    layout->addWidget(heading);
    if (mode != Mode::MyClasses) {
        m_classes = new QComboBox(this);
        m_classes->setObjectName(QStringLiteral("classCombo"));
        m_classes->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        auto *row = new QHBoxLayout;
        row->addWidget(new QLabel(tr("Class:"), this));
        row->addWidget(m_classes);
        row->addStretch();
        layout->addLayout(row);
        connect(m_classes, &QComboBox::currentIndexChanged, this,
                [this](int i) { loadClass(m_classes->itemData(i).toLongLong()); });
    }
    layout->addWidget(m_list, 1);
    layout->addWidget(m_message);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(open);
    layout->addLayout(buttons);
    load();
}

void JournalPagesScreen::load()
{
    ServerConnection *c = m_session->connection();
    const qint64 me = m_session->user().id;
    if (m_mode == Mode::MyClasses) {
        c->call(MessageType::AssignmentsList, QCborMap{{QStringLiteral("teacherId"), me}}, this, [this, c, me](const protocol::Response &r) {
            if (!r.ok) {
                m_message->setText(ErrorText::forError(r.error));
                return;
            }
            m_model->setAssignments(r.result.value(QStringLiteral("assignments")).toArray(), JournalPageEntry::Kind::Own);
            m_list->setCurrentIndex(m_model->index(0, 0));
            // Lessons I substitute, from two weeks back to a week ahead.
            const QDate today = m_session->serverToday().isValid() ? m_session->serverToday() : QDate::currentDate();
            c->call(MessageType::LessonsList,
                    QCborMap{{QStringLiteral("teacherId"), me},
                             {QStringLiteral("from"), protocol::dateToWire(today.addDays(-14))},
                             {QStringLiteral("to"), protocol::dateToWire(today.addDays(7))}},
                    this, [this, me](const protocol::Response &lessons) {
                        if (lessons.ok)
                            m_model->addSubstitutions(lessons.result.value(QStringLiteral("lessons")).toArray(), me);
                        if (m_model->rowCount() == 0)
                            m_message->setText(tr("You have no teaching assignments this year."));
                        else if (!m_list->currentIndex().isValid())
                            m_list->setCurrentIndex(m_model->index(0, 0));
                    });
        });
        return;
    }
    c->call(MessageType::ClassesList, {}, this, [this](const protocol::Response &r) {
        if (!r.ok) {
            m_message->setText(ErrorText::forError(r.error));
            return;
        }
        const QList<qint64> mine = m_session->user().classTeacherOf;
        const QSignalBlocker block(m_classes);
        for (const QCborValue &v : r.result.value(QStringLiteral("classes")).toArray()) {
            const QCborMap cls = v.toMap();
            const qint64 id = protocol::intOr(cls.value(QStringLiteral("id")));
            if (m_mode == Mode::MyClass && !mine.contains(id))
                continue;
            m_classes->addItem(cls.value(QStringLiteral("name")).toString(), id);
        }
        if (m_classes->count() == 0) {
            m_message->setText(tr("No classes."));
            return;
        }
        m_classes->setCurrentIndex(0);
        loadClass(m_classes->itemData(0).toLongLong());
    });
}

void JournalPagesScreen::loadClass(qint64 classId)
{
    m_session->connection()->call(MessageType::AssignmentsList, QCborMap{{QStringLiteral("classId"), classId}}, this,
                                  [this](const protocol::Response &r) {
                                      if (!r.ok) {
                                          m_message->setText(ErrorText::forError(r.error));
                                          return;
                                      }
                                      m_model->setAssignments(r.result.value(QStringLiteral("assignments")).toArray(),
                                                              JournalPageEntry::Kind::Class);
                                      m_list->setCurrentIndex(m_model->index(0, 0));
                                  });
}

void JournalPagesScreen::openCurrent()
{
    const QModelIndex index = m_list->currentIndex();
    if (!index.isValid())
        return;
    openPage(this, m_session, index.data(JournalPagesModel::AssignmentIdRole).toLongLong(),
             m_model->entries()[index.row()].title());
}

void JournalPagesScreen::openPage(QWidget *from, Session *session, qint64 assignmentId, const QString &title)
{
    if (auto *main = qobject_cast<MainWindow *>(from->window())) {
        main->openScreen(JournalScreen::screenKey(assignmentId), title, [assignmentId](Session *s, QWidget *parent) -> QWidget * {
            return new JournalScreen(s, assignmentId, 0, parent);
        });
        return;
    }
    auto *screen = new JournalScreen(session, assignmentId);
    screen->setAttribute(Qt::WA_DeleteOnClose);
    screen->setWindowTitle(title);
    screen->resize(1200, 760);
    screen->show();
}

} // namespace cj::client
