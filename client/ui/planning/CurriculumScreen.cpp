#include "ui/planning/CurriculumScreen.h"

#include <QAction>
#include <QHeaderView>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>

#include "core/Permissions.h"
#include "core/ServerConnection.h"
#include "core/Session.h"
#include "core/models/CurriculumModel.h"
#include "ui/common/FieldErrors.h"
#include "ui/common/FilterBar.h"
#include "ui/common/HoursDelegate.h"
#include "ui/common/YearComboBox.h"
#include "ui/planning/HoursChangeCommand.h"

namespace cj::client {

using protocol::MessageType;

CurriculumScreen::CurriculumScreen(Session *session, QWidget *parent)
    : GridScreen(session, QStringLiteral("curriculumScreen"), parent)
    , m_model(new CurriculumModel(this))
    , m_undo(new QUndoStack(this))
{
    const bool editable = Permissions(session->user()).editStructure();
    QAction *undo = m_undo->createUndoAction(this, tr("Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("Redo"));
    redo->setShortcut(QKeySequence::Redo);
    if (editable) {
        toolBar()->addAction(undo);
        toolBar()->addAction(redo);
    }
    toolBar()->addAction(tr("Refresh"), this, &CurriculumScreen::reload);
    m_year = filters()->addYear();

    view()->setModel(m_model);
    view()->setItemDelegate(new HoursDelegate(view()));
    view()->setEditTriggers(editable ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed
                                     : QAbstractItemView::NoEditTriggers);
    view()->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view()->horizontalHeader()->setDefaultSectionSize(64);
    view()->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view()->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    setHint(editable ? tr("Type the hours a week into a cell (in steps of 0.5; 0 removes the subject from the class's plan). "
                          "The total turns red when it is over the maximum for the grade.")
                     : tr("The total turns red when it is over the maximum for the grade."));

    connect(m_year, &RecordComboBox::currentIdChanged, this, &CurriculumScreen::reload);
    connect(m_model, &CurriculumModel::hoursEdited, this, [this](qint64 classId, qint64 subjectId, double before, double after) {
        // The grid already shows the new value; the command's first redo sends it.
        m_undo->push(new HoursChangeCommand(m_model, [this](qint64 c, qint64 s, double h) { sendHours(c, s, h); },
                                            classId, subjectId, before, after));
    });
}

void CurriculumScreen::reload()
{
    const qint64 yearId = m_year->currentId();
    if (!yearId)
        return;
    m_undo->clear();
    m_loading = 3;
    const auto arrived = [this] {
        if (--m_loading > 0)
            return;
        m_model->setFrame(m_classes, m_subjects);
        m_model->setCurriculum(m_curriculum);
    };
    // Each list arrives on its own; a refusal is shown and leaves its part empty.
    const auto take = [this, arrived](const protocol::Response &r, auto store) {
        if (!r.ok)
            errors()->show(r.error);
        store(r.result);
        arrived();
    };
    ServerConnection *c = session()->connection();
    const QCborMap byYear{{QStringLiteral("yearId"), yearId}};
    c->call(MessageType::ClassesList, byYear, this, [this, take](const protocol::Response &r) {
        take(r, [this](const QCborMap &result) { m_classes = result.value(QStringLiteral("classes")).toArray(); });
    });
    c->call(MessageType::SubjectsList, {}, this, [this, take](const protocol::Response &r) {
        take(r, [this](const QCborMap &result) { m_subjects = result.value(QStringLiteral("subjects")).toArray(); });
    });
    c->call(MessageType::CurriculumList, byYear, this, [this, take](const protocol::Response &r) {
        take(r, [this](const QCborMap &result) { m_curriculum = result; });
    });
}

void CurriculumScreen::sendHours(qint64 classId, qint64 subjectId, double hours)
{
    errors()->clear();
    const QCborMap args{{QStringLiteral("classId"), classId},
                        {QStringLiteral("subjectId"), subjectId},
                        {QStringLiteral("hoursPerWeek"), hours}};
    session()->connection()->call(MessageType::CurriculumSet, args, this, [this](const protocol::Response &r) {
        if (r.ok) {
            m_model->applyTotal(r.result.value(QStringLiteral("total")).toMap());
            return;
        }
        // Refused (e.g. over the maximum): show why and show the plan as the server holds it.
        const protocol::Error error = r.error;
        reload();
        errors()->show(error);
    });
}

} // namespace cj::client
