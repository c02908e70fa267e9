#include "ui/students/StudentsScreen.h"

#include <QAction>
#include <QCheckBox>
#include <QMenu>
#include <QToolBar>
#include <QToolButton>

#include "core/Session.h"
#include "core/WireValue.h"
#include "core/models/StudentsModel.h"
#include "protocol/ArgReader.h"
#include "ui/Feedback.h"
#include "ui/accounts/ActivationBatch.h"
#include "ui/common/ClassComboBox.h"
#include "ui/common/FilterBar.h"
#include "ui/common/RecordTable.h"
#include "ui/common/RemoteAction.h"
#include "ui/common/YearComboBox.h"
#include "ui/students/StudentCardDialog.h"

namespace cj::client {

using protocol::MessageType;

StudentsScreen::StudentsScreen(Session *session, QWidget *parent)
    : ListScreen(session, new StudentsModel, MessageType::StudentsList, QStringLiteral("students"), parent)
{
    const bool moves = permissions().moveStudents();
    addAction(tr("Enrol…"), QStringLiteral("enrolAction"), Needs::Nothing, [this] { enrol(); })->setVisible(moves);
    setDefaultAction(addAction(tr("Personal card…"), QStringLiteral("cardAction"), Needs::OneRecord, [this] { openCard(); }));
    addAction(tr("Transfer…"), QStringLiteral("transferAction"), Needs::OneRecord,
              [this] { move(MovementDialog::Kind::Transfer); })->setVisible(moves);
    addAction(tr("Leaving…"), QStringLiteral("leaveAction"), Needs::OneRecord,
              [this] { move(MovementDialog::Kind::Leaving); })->setVisible(moves);
    addAction(tr("Return…"), QStringLiteral("returnAction"), Needs::OneRecord,
              [this] { move(MovementDialog::Kind::Return); })->setVisible(moves);

    auto *accounts = new QMenu(this);
    m_studentAccount = accounts->addAction(tr("Account and slip for the selected student…"), this, &StudentsScreen::issueForStudent);
    m_studentAccount->setObjectName(QStringLiteral("studentAccountAction"));
    m_classStudents = accounts->addAction(tr("Slips for all students of the class…"), this, [this] { issueForClass(false); });
    m_classStudents->setObjectName(QStringLiteral("classStudentsSlipsAction"));
    m_classParents = accounts->addAction(tr("Slips for all parents of the class…"), this, [this] { issueForClass(true); });
    m_classParents->setObjectName(QStringLiteral("classParentsSlipsAction"));
    QAction *accountsAction = toolBar()->addAction(tr("Accounts"));
    accountsAction->setMenu(accounts);
    accountsAction->setObjectName(QStringLiteral("accountsMenuAction"));
    if (auto *button = qobject_cast<QToolButton *>(toolBar()->widgetForAction(accountsAction)))
        button->setPopupMode(QToolButton::InstantPopup);
    accountsAction->setVisible(permissions().createStudentAccounts() || permissions().leadsAnyClass());
    addPrintAction(tr("List of students"));
    addAction(tr("Refresh"), QStringLiteral("refreshAction"), Needs::Nothing, [this] { reload(); });

    m_year = filters()->addYear();
    m_class = filters()->addClass(m_year, tr("All classes"));
    m_showLeft = new QCheckBox(tr("Show students who left"), this);
    m_showLeft->setObjectName(QStringLiteral("showLeftCheck"));
    filters()->add(m_showLeft);
    addSearch(tr("Find by name"));
    connect(m_class, &RecordComboBox::currentIdChanged, this, &StudentsScreen::reload);
    connect(m_showLeft, &QCheckBox::toggled, this, &StudentsScreen::reload);
}

void StudentsScreen::reload()
{
    const QCborMap year = m_year->currentRecord();
    if (year.isEmpty())
        return;
    // The list as it stood on a day of the chosen year: today, or the year's last day.
    const QDate day = qBound(wire::date(year.value(QStringLiteral("startsOn"))), session()->serverToday(),
                             wire::date(year.value(QStringLiteral("endsOn"))));
    QCborMap args{{QStringLiteral("date"), protocol::dateToWire(day)},
                  {QStringLiteral("includeLeft"), m_showLeft->isChecked()},
                  {QStringLiteral("personal"), true}};
    if (m_class->currentId())
        args.insert(QStringLiteral("classId"), m_class->currentId());
    else
        args.insert(QStringLiteral("yearId"), m_year->currentId());
    model()->setArgs(args);
    ListScreen::reload();
}

void StudentsScreen::updateActions()
{
    ListScreen::updateActions();
    const qint64 classId = m_class->currentId();
    const bool one = table()->selectionModel()->selectedRows().size() == 1;
    const qint64 studentClass = protocol::intOr(current().value(QStringLiteral("classId")));
    m_studentAccount->setEnabled(one && permissions().createStudentAccounts(studentClass));
    m_classStudents->setEnabled(classId && permissions().createStudentAccounts(classId));
    m_classParents->setEnabled(classId && permissions().createStudentAccounts(classId));
}

void StudentsScreen::enrol()
{
    if (!m_year->ensureChosen())
        return;
    StudentCardDialog dialog(session(), m_year->currentId(), m_class->currentId(), this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        const qint64 id = protocol::intOr(dialog.result().value(QStringLiteral("id")));
        connect(model(), &RemoteListModel::loaded, this, [this, id] { table()->selectId(id); }, Qt::SingleShotConnection);
    }
}

void StudentsScreen::openCard()
{
    runRemote(this, connection(), MessageType::StudentsGet, QCborMap{{QStringLiteral("id"), currentId()}},
              [this](const QCborMap &student) {
                  StudentCardDialog dialog(session(), student, this);
                  dialog.exec();
                  reload(); // guardians and accounts may have changed even without "Save"
              }, tr("Personal card"));
}

void StudentsScreen::move(MovementDialog::Kind kind)
{
    MovementDialog dialog(session(), kind, current(), m_year->currentId(), this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void StudentsScreen::issueForStudent()
{
    const QCborMap student = current();
    auto *batch = new ActivationBatch(session(), this);
    batch->add(MessageType::AccountsCreateForStudent, QCborMap{{QStringLiteral("studentId"), student.value(QStringLiteral("id"))}},
               student.value(QStringLiteral("fullName")).toString(),
               tr("student, %1").arg(student.value(QStringLiteral("className")).toString()));
    batch->presentWhenDone(this, [this] { reload(); });
    batch->run();
}

void StudentsScreen::issueForClass(bool parents)
{
    const QString className = m_class->currentText();
    const QString question = parents
        ? tr("Issue new activation codes to all parents of class %1? Codes issued earlier and not yet used stop working; "
             "passwords already chosen keep working until the new code is used.").arg(className)
        : tr("Issue new activation codes to all students of class %1? Codes issued earlier and not yet used stop working; "
             "passwords already chosen keep working until the new code is used.").arg(className);
    if (!feedback::confirm(this, tr("Activation slips for the class"), question))
        return;
    auto *batch = new ActivationBatch(session(), this);
    batch->presentWhenDone(this, [this] { reload(); });
    batch->runForClass(m_class->currentId(), parents ? ActivationBatch::ClassMembers::Parents : ActivationBatch::ClassMembers::Students);
}

} // namespace cj::client
