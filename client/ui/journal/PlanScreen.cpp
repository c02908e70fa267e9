#include "ui/journal/PlanScreen.h"

#include <QCborArray>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "core/ErrorText.h"
#include "core/ServerConnection.h"
#include "core/Session.h"
#include "core/models/PlanItemsModel.h"
#include "protocol/ArgReader.h"

namespace cj::client {

using protocol::MessageType;

QString PlanScreen::screenKey(qint64 assignmentId)
{
    return QStringLiteral("plan/%1").arg(assignmentId);
}

PlanScreen::PlanScreen(Session *session, qint64 assignmentId, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_assignmentId(assignmentId)
    , m_model(new PlanItemsModel(this))
{
    setObjectName(QStringLiteral("planScreen"));
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("planView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->horizontalHeader()->setSectionResizeMode(int(PlanItemsModel::Column::Topic), QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(int(PlanItemsModel::Column::Homework), QHeaderView::Stretch);
    m_view->verticalHeader()->setDefaultSectionSize(24);

    m_figures = new QLabel(this);
    m_figures->setObjectName(QStringLiteral("planFigures"));
    m_figures->setTextFormat(Qt::RichText);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("planMessage"));
    m_message->setWordWrap(true);

    auto button = [this](const QString &text, auto slot) {
        auto *b = new QPushButton(text, this);
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    auto *add = button(tr("Add a topic"), [this] {
        const int row = m_view->currentIndex().isValid() ? m_view->currentIndex().row() + 1 : m_model->rowCount();
        m_model->insertItem(row);
        m_view->setCurrentIndex(m_model->index(row, int(PlanItemsModel::Column::Topic)));
        m_view->edit(m_view->currentIndex());
    });
    auto *remove = button(tr("Remove"), [this] { m_model->removeItem(m_view->currentIndex().row()); });
    auto *up = button(tr("Up"), [this] {
        const QModelIndex i = m_view->currentIndex();
        if (m_model->moveItem(i.row(), i.row() - 1))
            m_view->setCurrentIndex(m_model->index(i.row() - 1, i.column()));
    });
    auto *down = button(tr("Down"), [this] {
        const QModelIndex i = m_view->currentIndex();
        if (m_model->moveItem(i.row(), i.row() + 1))
            m_view->setCurrentIndex(m_model->index(i.row() + 1, i.column()));
    });
    auto *import = button(tr("Import CSV…"), &PlanScreen::chooseCsvFile);
    import->setToolTip(tr("Columns: №;Тема;Часы;Домашнее задание (number and hours optional), «;» or «,» separated"));
    auto *saveButton = button(tr("Save the plan"), &PlanScreen::save);
    saveButton->setObjectName(QStringLiteral("savePlanButton"));
    m_applyFrom = new QDateEdit(session->serverToday().isValid() ? session->serverToday() : QDate::currentDate(), this);
    m_applyFrom->setCalendarPopup(true);
    auto *applyButton = button(tr("Spread topics over lessons"), &PlanScreen::apply);
    applyButton->setObjectName(QStringLiteral("applyPlanButton"));
    applyButton->setToolTip(tr("Lessons from the date that have no topic get the next topics of the plan, in order "
                               "(a topic of N hours fills N lessons)"));

    auto *row = new QHBoxLayout;
    for (QWidget *w : {static_cast<QWidget *>(add), static_cast<QWidget *>(remove), static_cast<QWidget *>(up),
                       static_cast<QWidget *>(down), static_cast<QWidget *>(import), static_cast<QWidget *>(saveButton)})
        row->addWidget(w);
    row->addStretch();
    row->addWidget(new QLabel(tr("from"), this));
    row->addWidget(m_applyFrom);
    row->addWidget(applyButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_figures);
    layout->addLayout(row);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    connect(m_model, &PlanItemsModel::totalsChanged, this, &PlanScreen::updateFigures);
    load();
}

void PlanScreen::load()
{
    m_session->connection()->call(MessageType::PlanGet, QCborMap{{QStringLiteral("assignmentId"), m_assignmentId}}, this,
                                  [this](const protocol::Response &r) {
                                      if (!r.ok) {
                                          m_message->setText(ErrorText::forError(r.error));
                                          return;
                                      }
                                      show(r.result);
                                  });
}

void PlanScreen::show(const QCborMap &plan)
{
    QList<PlanItem> items;
    for (const QCborValue &v : plan.value(QStringLiteral("items")).toArray())
        items.append(PlanItem::fromCbor(v.toMap()));
    m_curriculumHours = plan.value(QStringLiteral("curriculumHours")).toDouble();
    m_scheduled = int(protocol::intOr(plan.value(QStringLiteral("scheduledLessons"))));
    m_given = int(protocol::intOr(plan.value(QStringLiteral("givenLessons"))));
    m_withTopic = int(protocol::intOr(plan.value(QStringLiteral("lessonsWithTopic"))));
    m_model->setItems(items);
    m_model->setModified(false);
}

void PlanScreen::updateFigures()
{
    const double planned = m_model->plannedHours();
    const QLocale l;
    const bool mismatch = qAbs(planned - m_curriculumHours) > 0.01 && m_curriculumHours > 0;
    m_figures->setText(
        tr("Planned: <b>%1</b> h &nbsp;·&nbsp; by the curriculum: <b>%2</b> h &nbsp;·&nbsp; lessons in the schedule: <b>%3</b> "
           "&nbsp;·&nbsp; given so far: <b>%4</b>, with a topic: <b>%5</b>")
            .arg(mismatch ? QStringLiteral("<span style='color:#b00020'>%1</span>").arg(l.toString(planned)) : l.toString(planned),
                 l.toString(m_curriculumHours))
            .arg(m_scheduled)
            .arg(m_given)
            .arg(m_withTopic)
        + (mismatch ? QStringLiteral("<br><span style='color:#b00020'>%1</span>")
                          .arg(tr("The planned hours differ from the curriculum by %1 h.").arg(l.toString(planned - m_curriculumHours)))
                    : QString()));
}

void PlanScreen::save()
{
    const QCborArray items = m_model->toSave();
    if (items.isEmpty()) {
        m_message->setText(tr("The plan has no topics."));
        return;
    }
    m_session->connection()->call(MessageType::PlanSave,
                                  QCborMap{{QStringLiteral("assignmentId"), m_assignmentId}, {QStringLiteral("items"), items}},
                                  this, [this](const protocol::Response &r) {
                                      if (!r.ok) {
                                          m_message->setText(tr("Not saved: %1").arg(ErrorText::forError(r.error)));
                                          return;
                                      }
                                      show(r.result);
                                      m_message->setText(tr("The plan is saved."));
                                  });
}

void PlanScreen::apply()
{
    if (m_model->isModified()) {
        m_message->setText(tr("Save the plan first."));
        return;
    }
    m_session->connection()->call(
        MessageType::PlanApply,
        QCborMap{{QStringLiteral("assignmentId"), m_assignmentId}, {QStringLiteral("from"), protocol::dateToWire(m_applyFrom->date())}},
        this, [this](const protocol::Response &r) {
            if (!r.ok) {
                m_message->setText(ErrorText::forError(r.error));
                return;
            }
            show(r.result.value(QStringLiteral("plan")).toMap());
            m_message->setText(tr("Topics given to %n lesson(s).", nullptr, int(protocol::intOr(r.result.value(QStringLiteral("filled"))))));
        });
}

void PlanScreen::chooseCsvFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a lesson plan"), QString(), tr("CSV files (*.csv *.txt)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_message->setText(tr("The file cannot be read: %1").arg(file.errorString()));
        return;
    }
    importCsv(QString::fromUtf8(file.readAll()));
}

void PlanScreen::importCsv(const QString &csv)
{
    m_session->connection()->call(
        MessageType::PlanImportCsv, QCborMap{{QStringLiteral("assignmentId"), m_assignmentId}, {QStringLiteral("csv"), csv}},
        this, [this](const protocol::Response &r) {
            if (!r.ok) {
                m_message->setText(ErrorText::forError(r.error));
                return;
            }
            QList<PlanItem> items;
            for (const QCborValue &v : r.result.value(QStringLiteral("items")).toArray())
                items.append(PlanItem::fromCbor(v.toMap()));
            QStringList errors;
            for (const QCborValue &v : r.result.value(QStringLiteral("errors")).toArray()) {
                const QCborMap e = v.toMap();
                errors.append(tr("line %1: %2").arg(protocol::intOr(e.value(QStringLiteral("line")))).arg(e.value(QStringLiteral("message")).toString()));
            }
            QString text = tr("Topics read from the file: %1.").arg(items.size());
            if (!errors.isEmpty())
                text += QStringLiteral("\n\n") + tr("Lines with errors (skipped):") + QStringLiteral("\n") + errors.join(QLatin1Char('\n'));
            if (items.isEmpty()) {
                QMessageBox::warning(this, tr("Import a lesson plan"), text);
                return;
            }
            if (QMessageBox::question(this, tr("Import a lesson plan"),
                                      text + QStringLiteral("\n\n") + tr("Replace the topics of the list with these? (Save the plan afterwards.)"))
                != QMessageBox::Yes)
                return;
            m_model->setItems(items);
            m_model->setModified(true);
            m_message->setText(errors.isEmpty() ? tr("Imported; save the plan to keep it.")
                                                : tr("Imported with %n line(s) skipped; save the plan to keep it.", nullptr, int(errors.size())));
        });
}

} // namespace cj::client
