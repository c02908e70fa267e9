#include "ui/schedule/ScheduleScreen.h"

#include <QComboBox>
#include <QHeaderView>
#include <QSettings>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include "core/Permissions.h"
#include "core/ServerConnection.h"
#include "core/Session.h"
#include "core/WireValue.h"
#include "core/models/ScheduleWeekModel.h"
#include "protocol/ArgReader.h"
#include "ui/common/ClassComboBox.h"
#include "ui/common/DateEdit.h"
#include "ui/common/FieldErrors.h"
#include "ui/common/FilterBar.h"
#include "ui/common/TeacherComboBox.h"
#include "ui/common/YearComboBox.h"
#include "ui/schedule/ScheduleSlotDialog.h"

namespace cj::client {

using protocol::MessageType;
using View = ScheduleWeekModel::View;

namespace {
// Remembered per person: staff-room computers are shared.
QString viewSetting(const Session *session)
{
    return QStringLiteral("schedule/view/") + session->user().login;
}
} // namespace

ScheduleScreen::ScheduleScreen(Session *session, QWidget *parent)
    : GridScreen(session, QStringLiteral("scheduleScreen"), parent)
    , m_model(new ScheduleWeekModel(this))
{
    toolBar()->addAction(tr("Refresh"), this, &ScheduleScreen::reload);
    m_year = filters()->addYear();
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("viewCombo"));
    m_kind->addItem(tr("of a class"), int(View::Class));
    m_kind->addItem(tr("of a teacher"), int(View::Teacher));
    m_kind->addItem(tr("of a room"), int(View::Room));
    // A teacher who does not build the timetable opens on their own week.
    const UserInfo &user = session->user();
    const bool ownWeek = user.has(Role::Teacher) && !Permissions(user).editSchedule();
    m_kind->setCurrentIndex(qBound(0, QSettings().value(viewSetting(session), ownWeek ? int(View::Teacher) : int(View::Class)).toInt(), 2));
    filters()->add(tr("Schedule"), m_kind);
    m_class = new ClassComboBox(session, this);
    m_teacher = new TeacherComboBox(session, this);
    if (ownWeek)
        m_teacher->setCurrentId(user.id);
    m_room = new QComboBox(this);
    m_room->setObjectName(QStringLiteral("roomCombo"));
    m_room->setEditable(true);
    m_room->setMinimumContentsLength(8);
    for (QWidget *which : {static_cast<QWidget *>(m_class), static_cast<QWidget *>(m_teacher), static_cast<QWidget *>(m_room)})
        filters()->add(which);
    m_week = new DateEdit(this);
    m_week->setObjectName(QStringLiteral("weekEdit"));
    m_week->setDate(session->serverToday());
    filters()->add(tr("Week of:"), m_week);

    view()->setModel(m_model);
    view()->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view()->setWordWrap(true);
    view()->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    view()->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view()->verticalHeader()->setDefaultAlignment(Qt::AlignCenter);
    view()->verticalHeader()->setMinimumSectionSize(fontMetrics().height() * 2 + 14);
    // Room for "08:30–09:15" under the lesson number (the header under-measures two-line text).
    view()->verticalHeader()->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("08:30–09:15")) + 24);

    connect(m_year, &RecordComboBox::currentIdChanged, this, &ScheduleScreen::yearChanged);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ScheduleScreen::viewChanged);
    connect(m_class, &RecordComboBox::currentIdChanged, this, &ScheduleScreen::reload);
    connect(m_teacher, &RecordComboBox::currentIdChanged, this, &ScheduleScreen::reload);
    connect(m_room, &QComboBox::currentTextChanged, this, &ScheduleScreen::reload);
    connect(m_week, &QDateEdit::dateChanged, this, &ScheduleScreen::reload);
    connect(view(), &QTableView::doubleClicked, this, &ScheduleScreen::editSlot);
    viewChanged();
}

void ScheduleScreen::yearChanged()
{
    const qint64 yearId = m_year->currentId();
    const QCborMap year = m_year->currentRecord();
    m_model->setWeekDays(int(protocol::intOr(year.value(QStringLiteral("weekDays")), 5)));
    // Before the year begins, its first week is the one to plan.
    const QDate start = wire::date(year.value(QStringLiteral("startsOn")));
    if (start.isValid() && session()->serverToday() < start) {
        const QSignalBlocker blocker(m_week);
        m_week->setDate(start);
    }
    m_class->setYear(yearId);
    m_teacher->setYear(yearId);
    session()->connection()->call(MessageType::BellsList, QCborMap{{QStringLiteral("yearId"), yearId}}, this,
                                  [this](const protocol::Response &r) {
                                      m_bellSchedules = r.result.value(QStringLiteral("schedules")).toArray();
                                      reload();
                                  });
    // Rooms to choose from: those of the classes (any other may be typed).
    connect(m_class, &RecordComboBox::loaded, this, [this] {
        QStringList rooms;
        for (const QCborValue &c : m_class->records())
            rooms.append(c.toMap().value(QStringLiteral("room")).toString());
        rooms.removeAll(QString());
        rooms.removeDuplicates();
        rooms.sort();
        const QSignalBlocker blocker(m_room);
        const QString keep = m_room->currentText();
        m_room->clear();
        m_room->addItems(rooms);
        m_room->setCurrentText(keep.isEmpty() && !rooms.isEmpty() ? rooms.first() : keep);
    }, Qt::SingleShotConnection);
}

void ScheduleScreen::viewChanged()
{
    const View view = View(m_kind->currentData().toInt());
    QSettings().setValue(viewSetting(session()), m_kind->currentIndex());
    m_class->setVisible(view == View::Class);
    m_teacher->setVisible(view == View::Teacher);
    m_room->setVisible(view == View::Room);
    m_model->setView(view);
    const bool editable = Permissions(session()->user()).editSchedule();
    if (!editable)
        setHint(QString());
    else if (view == View::Class)
        setHint(tr("Double-click a lesson to change it or an empty cell to put a lesson there. Changes take effect "
                   "from the date you choose; lessons already held stay as they were."));
    else
        setHint(tr("The schedule is edited in the week of a class."));
    reload();
}

QDate ScheduleScreen::monday() const
{
    const QDate day = m_week->date();
    return day.addDays(1 - day.dayOfWeek());
}

void ScheduleScreen::reload()
{
    const View view = View(m_kind->currentData().toInt());
    QCborMap args{{QStringLiteral("weekOf"), protocol::dateToWire(monday())}};
    QCborArray bells;
    switch (view) {
    case View::Class: {
        if (!m_class->currentId())
            return;
        args.insert(QStringLiteral("classId"), m_class->currentId());
        const qint64 bellsId = protocol::intOr(m_class->currentRecord().value(QStringLiteral("bellScheduleId")));
        for (const QCborValue &s : std::as_const(m_bellSchedules)) {
            if (protocol::intOr(s.toMap().value(QStringLiteral("id"))) == bellsId)
                bells = s.toMap().value(QStringLiteral("bells")).toArray();
        }
        break;
    }
    case View::Teacher:
        if (!m_teacher->currentId())
            return;
        args.insert(QStringLiteral("teacherId"), m_teacher->currentId());
        args.insert(QStringLiteral("yearId"), m_year->currentId());
        break;
    case View::Room:
        if (m_room->currentText().trimmed().isEmpty())
            return;
        args.insert(QStringLiteral("room"), m_room->currentText().trimmed());
        args.insert(QStringLiteral("yearId"), m_year->currentId());
        break;
    }
    // Teachers and rooms serve several classes: show the school's first (main) bells.
    if (bells.isEmpty() && !m_bellSchedules.isEmpty())
        bells = m_bellSchedules.first().toMap().value(QStringLiteral("bells")).toArray();
    m_model->setBells(bells);
    session()->connection()->call(MessageType::ScheduleList, args, this, [this](const protocol::Response &r) {
        if (!r.ok)
            return errors()->show(r.error);
        errors()->clear();
        m_model->setEntries(r.result.value(QStringLiteral("entries")).toArray());
    });
}

void ScheduleScreen::editSlot(const QModelIndex &index)
{
    if (!index.isValid() || m_model->view() != View::Class || !Permissions(session()->user()).editSchedule())
        return;
    const QDate from = qMax(monday().addDays(index.column()), session()->serverToday());
    ScheduleSlotDialog dialog(session(), m_class->currentRecord(), index.data(ScheduleWeekModel::WeekdayRole).toInt(),
                              index.data(ScheduleWeekModel::LessonNumberRole).toInt(), m_model->entriesAt(index), from, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

} // namespace cj::client
