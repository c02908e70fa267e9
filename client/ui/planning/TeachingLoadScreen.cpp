#include "ui/planning/TeachingLoadScreen.h"

#include <QAction>
#include <QLabel>
#include <QVBoxLayout>

#include "core/Session.h"
#include "core/models/AssignmentProblemsModel.h"
#include "core/models/AssignmentsModel.h"
#include "protocol/ArgReader.h"
#include "ui/Feedback.h"
#include "ui/common/ClassComboBox.h"
#include "ui/common/FilterBar.h"
#include "ui/common/RecordTable.h"
#include "ui/common/RemoteAction.h"
#include "ui/common/TeacherComboBox.h"
#include "ui/common/YearComboBox.h"
#include "ui/planning/AssignmentDialog.h"

namespace cj::client {

using protocol::MessageType;

TeachingLoadScreen::TeachingLoadScreen(Session *session, QWidget *parent)
    : ListScreen(session, new AssignmentsModel, MessageType::AssignmentsList, QStringLiteral("assignments"), parent)
    , m_problems(new AssignmentProblemsModel(this))
{
    const bool editable = permissions().editStructure();
    addAction(tr("New assignment…"), QStringLiteral("newAssignmentAction"), Needs::Nothing, [this] { edit({}); })->setVisible(editable);
    QAction *change = addAction(tr("Edit…"), QStringLiteral("editAssignmentAction"), Needs::OneRecord, [this] { edit(current()); });
    change->setVisible(editable);
    setDefaultAction(change);
    addAction(tr("Delete"), QStringLiteral("deleteAssignmentAction"), Needs::OneRecord, [this] {
        const QCborMap a = current();
        if (feedback::confirm(this, tr("Delete the assignment"),
                              tr("Delete «%1»? Only an assignment without lessons can be deleted.").arg(AssignmentsModel::title(a))))
            this->change(MessageType::AssignmentsDelete, QCborMap{{QStringLiteral("id"), a.value(QStringLiteral("id"))}}, {},
                         tr("Delete the assignment"));
    })->setVisible(editable);
    addAction(tr("Check the load"), QStringLiteral("checkLoadAction"), Needs::Nothing, [this] { check(); });
    addAction(tr("Refresh"), QStringLiteral("refreshAction"), Needs::Nothing, [this] { reload(); });

    m_year = filters()->addYear();
    m_class = filters()->addClass(m_year, tr("All classes"));
    m_teacher = new TeacherComboBox(session, this);
    m_teacher->setObjectName(QStringLiteral("teacherFilter"));
    m_teacher->setNoneText(tr("All teachers"));
    filters()->add(tr("Teacher:"), m_teacher);
    addSearch(tr("Find a subject or teacher"));

    // The check's answer, below the load; hidden until the check has run.
    m_checkPanel = new QWidget(this);
    m_verdict = new QLabel(m_checkPanel);
    m_verdict->setObjectName(QStringLiteral("checkVerdict"));
    m_verdict->setWordWrap(true);
    m_problemsTable = new RecordTable(QStringLiteral("assignmentProblems"), m_checkPanel);
    m_problemsTable->setRecordModel(m_problems);
    auto *panelLayout = new QVBoxLayout(m_checkPanel);
    panelLayout->setContentsMargins(0, 0, 0, 0);
    panelLayout->addWidget(m_verdict);
    panelLayout->addWidget(m_problemsTable, 1);
    m_checkPanel->hide();
    splitWith(m_checkPanel, Qt::Vertical);

    connect(m_year, &RecordComboBox::currentIdChanged, m_teacher, &TeacherComboBox::setYear);
    connect(m_class, &RecordComboBox::currentIdChanged, this, &TeachingLoadScreen::reload);
    connect(m_teacher, &RecordComboBox::currentIdChanged, this, &TeachingLoadScreen::reload);
}

void TeachingLoadScreen::reload()
{
    if (!m_year->currentId())
        return;
    QCborMap args{{QStringLiteral("yearId"), m_year->currentId()}};
    if (m_class->currentId())
        args.insert(QStringLiteral("classId"), m_class->currentId());
    if (m_teacher->currentId())
        args.insert(QStringLiteral("teacherId"), m_teacher->currentId());
    model()->setArgs(args);
    ListScreen::reload();
}

void TeachingLoadScreen::edit(const QCborMap &assignment)
{
    if (!m_year->ensureChosen())
        return;
    AssignmentDialog dialog(session(), m_year->currentId(), m_class->currentId(), assignment, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void TeachingLoadScreen::check()
{
    runRemote(this, connection(), MessageType::AssignmentsCheck, QCborMap{{QStringLiteral("yearId"), m_year->currentId()}},
              [this](const QCborMap &result) {
                  // Problems name subgroups by id only; the load knows their names.
                  QHash<qint64, QString> subgroups;
                  for (int row = 0; row < model()->rowCount(); ++row) {
                      const QCborMap a = model()->record(row);
                      subgroups.insert(protocol::intOr(a.value(QStringLiteral("subgroupId"))), a.value(QStringLiteral("subgroupName")).toString());
                  }
                  m_problems->setNames(QStringLiteral("subgroupId"), subgroups);
                  const QCborArray problems = result.value(QStringLiteral("problems")).toArray();
                  m_problems->setRecords(problems);
                  m_problemsTable->setVisible(!problems.isEmpty());
                  m_checkPanel->show();
                  m_verdict->setStyleSheet(problems.isEmpty() ? QStringLiteral("color: #1b5e20;") : QStringLiteral("color: #b00020;"));
                  m_verdict->setText(problems.isEmpty() ? tr("Every curriculum hour is assigned to a teacher.")
                                                        : tr("Found %n problem(s) in the teaching load:", nullptr, int(problems.size())));
              }, tr("Check the load"));
}

} // namespace cj::client
