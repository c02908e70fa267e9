#include "ui/structure/BellsEditor.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

#include "core/Permissions.h"
#include "core/ServerConnection.h"
#include "core/Session.h"
#include "core/models/BellsModel.h"
#include "protocol/ArgReader.h"
#include "ui/Feedback.h"
#include "ui/common/FieldErrors.h"
#include "ui/common/RecordComboBox.h"
#include "ui/common/RemoteAction.h"

namespace cj::client {

using protocol::MessageType;

BellsEditor::BellsEditor(Session *session, QWidget *parent)
    : GridEditor(session, tr("Bell schedule"), parent)
    , m_model(new BellsModel(this))
{
    setObjectName(QStringLiteral("bellsEditor"));
    m_schedules = new RecordComboBox(this);
    m_schedules->setObjectName(QStringLiteral("bellScheduleCombo"));
    m_schedules->setNoneText(tr("— new schedule —"));
    m_schedules->setSource(session->connection(), MessageType::BellsList, QStringLiteral("schedules"));
    m_schedules->setFallback([](const QCborArray &schedules) { // the first schedule, if there is one
        return schedules.isEmpty() ? 0 : protocol::intOr(schedules.first().toMap().value(QStringLiteral("id")));
    });
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("bellScheduleNameEdit"));
    m_name->setPlaceholderText(tr("e.g. Main, or Grade 1 (September–December)"));
    auto *newButton = new QPushButton(tr("New schedule"), this);
    newButton->setObjectName(QStringLiteral("newBellScheduleButton"));
    m_delete = new QPushButton(tr("Delete schedule"), this);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Schedule:"), this));
    row->addWidget(m_schedules, 1);
    row->addWidget(newButton);
    row->addWidget(m_delete);
    auto *nameRow = new QFormLayout;
    nameRow->addRow(tr("Name:"), m_name);
    top()->addLayout(row);
    top()->addLayout(nameRow);

    view()->setModel(m_model);
    view()->horizontalHeader()->setStretchLastSection(false);
    view()->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    setAddText(tr("Add a lesson"));
    errors()->bind(QStringLiteral("name"), m_name);
    errors()->bindRows(QStringLiteral("bells"), view(),
                       {QStringLiteral("lessonNumber"), QStringLiteral("startsAt"), QStringLiteral("endsAt")});

    const bool editable = Permissions(session->user()).editStructure();
    setEditable(editable);
    newButton->setVisible(editable);
    m_delete->setVisible(editable);
    m_name->setReadOnly(!editable);

    connect(m_schedules, &RecordComboBox::currentIdChanged, this, &BellsEditor::showSchedule);
    connect(newButton, &QPushButton::clicked, this, &BellsEditor::newSchedule);
    connect(m_delete, &QPushButton::clicked, this, &BellsEditor::deleteSchedule);
    connect(m_model, &BellsModel::dataChanged, this, [this] { setDirty(true); });
    connect(m_name, &QLineEdit::textEdited, this, [this] { setDirty(true); });
}

void BellsEditor::setYear(qint64 yearId)
{
    m_yearId = yearId;
    m_schedules->setArgs(QCborMap{{QStringLiteral("yearId"), yearId}});
    m_schedules->reload();
}

void BellsEditor::showSchedule()
{
    const QCborMap schedule = m_schedules->currentRecord();
    m_name->setText(schedule.value(QStringLiteral("name")).toString());
    m_model->setRecords(schedule.value(QStringLiteral("bells")).toArray());
    m_delete->setEnabled(!schedule.isEmpty());
    errors()->clear();
    setDirty(false);
}

void BellsEditor::newSchedule()
{
    m_schedules->setCurrentId(0);
    m_name->setText(m_schedules->count() > 1 ? QString() : tr("Main"));
    m_model->setRecords({});
    for (int i = 0; i < 6; ++i)
        m_model->addBell();
    m_name->setFocus();
    setDirty(true);
}

void BellsEditor::addRow()
{
    m_model->addBell();
}

void BellsEditor::removeRow(int row)
{
    m_model->removeRecordAt(row);
}

void BellsEditor::save()
{
    if (m_name->text().trimmed().isEmpty())
        return errors()->showAt(m_name, tr("Give the schedule a name."));
    QCborMap args{{QStringLiteral("yearId"), m_yearId},
                  {QStringLiteral("name"), m_name->text().trimmed()},
                  {QStringLiteral("bells"), m_model->toWire()}};
    if (const qint64 id = m_schedules->currentId())
        args.insert(QStringLiteral("id"), id);
    session()->connection()->call(MessageType::BellsSave, args, this, [this](const protocol::Response &r) {
        if (!r.ok)
            return errors()->show(r.error);
        m_schedules->setCurrentId(protocol::intOr(r.result.value(QStringLiteral("id"))));
        m_schedules->reload();
    });
}

void BellsEditor::deleteSchedule()
{
    const QCborMap schedule = m_schedules->currentRecord();
    if (schedule.isEmpty()
        || !feedback::confirm(this, tr("Delete the bell schedule"),
                              tr("Delete the bell schedule «%1»?").arg(schedule.value(QStringLiteral("name")).toString())))
        return;
    runRemote(this, session()->connection(), MessageType::BellsDelete,
              QCborMap{{QStringLiteral("id"), schedule.value(QStringLiteral("id"))}},
              [this](const QCborMap &) { m_schedules->reload(); }, tr("Delete the bell schedule"));
}

} // namespace cj::client
