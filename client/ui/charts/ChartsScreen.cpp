#include "ui/charts/ChartsScreen.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

#include "core/ErrorText.h"
#include "core/ServerConnection.h"
#include "core/Session.h"
#include "core/reports/CborFields.h"
#include "core/reports/ReportCatalog.h"
#include "protocol/ArgReader.h"
#include "ui/DateEdit.h"
#include "ui/charts/AttendanceChart.h"
#include "ui/charts/MarkDynamicsChart.h"

namespace cj::client {

using protocol::MessageType;
namespace cbor = reports::cbor;

namespace {

// The school year a date falls in starts on 1 September.
QDate yearStart(const QDate &today)
{
    return QDate(today.month() >= 9 ? today.year() : today.year() - 1, 9, 1);
}

} // namespace

bool ChartsScreen::availableTo(const UserInfo &user)
{
    return reports::ReportCatalog::managesSchool(user) || user.has(Role::Teacher);
}

ChartsScreen::ChartsScreen(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("chartsScreen"));
    auto *layout = new QVBoxLayout(this);
    auto *tabs = new QTabWidget(this);
    tabs->addTab(marksTab(), tr("A pupil's marks"));
    tabs->addTab(attendanceTab(), tr("A class's attendance by month"));
    layout->addWidget(tabs);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    layout->addWidget(m_error);
    loadClasses();
}

QWidget *ChartsScreen::marksTab()
{
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    auto *form = new QHBoxLayout;
    const QDate today = m_session->serverToday().isValid() ? m_session->serverToday() : QDate::currentDate();
    m_marksClass = new QComboBox(tab);
    m_marksClass->setObjectName(QStringLiteral("marksClassCombo"));
    m_student = new QComboBox(tab);
    m_student->setObjectName(QStringLiteral("studentCombo"));
    m_student->setMinimumContentsLength(24);
    m_subject = new QComboBox(tab);
    m_subject->setObjectName(QStringLiteral("subjectCombo"));
    m_marksFrom = dateEdit(yearStart(today), "marksFromEdit");
    m_marksTo = dateEdit(today, "marksToEdit");
    auto *show = new QPushButton(tr("Show"), tab);
    show->setObjectName(QStringLiteral("showMarksButton"));
    form->addWidget(new QLabel(tr("Class:"), tab));
    form->addWidget(m_marksClass);
    form->addWidget(new QLabel(tr("Pupil:"), tab));
    form->addWidget(m_student, 1);
    form->addWidget(new QLabel(tr("Subject:"), tab));
    form->addWidget(m_subject, 1);
    form->addWidget(new QLabel(tr("from"), tab));
    form->addWidget(m_marksFrom);
    form->addWidget(new QLabel(tr("to"), tab));
    form->addWidget(m_marksTo);
    form->addWidget(show);
    layout->addLayout(form);
    m_marksChart = new MarkDynamicsChart(tab);
    layout->addWidget(m_marksChart, 1);
    connect(m_marksClass, &QComboBox::currentIndexChanged, this, &ChartsScreen::loadStudentsAndSubjects);
    connect(show, &QPushButton::clicked, this, &ChartsScreen::showMarks);
    return tab;
}

QWidget *ChartsScreen::attendanceTab()
{
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    auto *form = new QHBoxLayout;
    const QDate today = m_session->serverToday().isValid() ? m_session->serverToday() : QDate::currentDate();
    m_attendanceClass = new QComboBox(tab);
    m_attendanceClass->setObjectName(QStringLiteral("attendanceClassCombo"));
    m_attendanceFrom = dateEdit(yearStart(today), "attendanceFromEdit");
    m_attendanceTo = dateEdit(today, "attendanceToEdit");
    auto *show = new QPushButton(tr("Show"), tab);
    show->setObjectName(QStringLiteral("showAttendanceButton"));
    form->addWidget(new QLabel(tr("Class:"), tab));
    form->addWidget(m_attendanceClass);
    form->addWidget(new QLabel(tr("from"), tab));
    form->addWidget(m_attendanceFrom);
    form->addWidget(new QLabel(tr("to"), tab));
    form->addWidget(m_attendanceTo);
    form->addWidget(show);
    form->addStretch(1);
    layout->addLayout(form);
    m_attendanceChart = new AttendanceChart(tab);
    layout->addWidget(m_attendanceChart, 1);
    connect(show, &QPushButton::clicked, this, &ChartsScreen::showAttendance);
    return tab;
}

void ChartsScreen::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void ChartsScreen::loadClasses()
{
    ServerConnection *connection = m_session->connection();
    connection->call(MessageType::AssignmentsList, {}, this, [this, connection](const protocol::Response &assignments) {
        if (!assignments.ok)
            return showError(ErrorText::forError(assignments.error));
        m_assignments = cbor::list(assignments.result, "assignments");
        connection->call(MessageType::ClassesList, {}, this, [this](const protocol::Response &classes) {
            if (!classes.ok)
                return showError(ErrorText::forError(classes.error));
            const UserInfo &u = m_session->user();
            QSet<qint64> taught;
            for (const QCborValue &a : std::as_const(m_assignments)) {
                if (cbor::integer(a.toMap(), "teacherId") == u.id)
                    taught.insert(cbor::integer(a.toMap(), "classId"));
            }
            const QSignalBlocker blocker(m_marksClass);
            for (const QCborValue &cv : cbor::list(classes.result, "classes")) {
                const QCborMap c = cv.toMap();
                const qint64 id = cbor::integer(c, "id");
                const bool own = reports::ReportCatalog::managesSchool(u) || u.classTeacherOf.contains(id);
                if (own || taught.contains(id))
                    m_marksClass->addItem(cbor::text(c, "name"), id);
                if (own)
                    m_attendanceClass->addItem(cbor::text(c, "name"), id);
            }
            loadStudentsAndSubjects();
        });
    });
}

void ChartsScreen::loadStudentsAndSubjects()
{
    const qint64 classId = m_marksClass->currentData().toLongLong();
    m_subject->clear();
    m_subject->addItem(tr("All subjects"), 0);
    QSet<qint64> seen;
    for (const QCborValue &v : std::as_const(m_assignments)) {
        const QCborMap a = v.toMap();
        if (cbor::integer(a, "classId") == classId && !seen.contains(cbor::integer(a, "subjectId"))) {
            seen.insert(cbor::integer(a, "subjectId"));
            m_subject->addItem(cbor::text(a, "subjectName"), cbor::integer(a, "subjectId"));
        }
    }
    m_student->clear();
    if (classId <= 0)
        return;
    m_session->connection()->call(MessageType::StudentsList,
                                  QCborMap{{QStringLiteral("classId"), classId}, {QStringLiteral("includeLeft"), true}}, this,
                                  [this](const protocol::Response &r) {
                                      if (!r.ok)
                                          return showError(ErrorText::forError(r.error));
                                      for (const QCborValue &sv : cbor::list(r.result, "students"))
                                          m_student->addItem(cbor::text(sv.toMap(), "fullName"), cbor::integer(sv.toMap(), "id"));
                                  });
}

void ChartsScreen::showMarks()
{
    const qint64 student = m_student->currentData().toLongLong();
    if (student <= 0)
        return;
    QCborMap args{{QStringLiteral("studentId"), student},
                  {QStringLiteral("from"), protocol::dateToWire(m_marksFrom->date())},
                  {QStringLiteral("to"), protocol::dateToWire(m_marksTo->date())}};
    if (m_subject->currentData().toLongLong() > 0)
        args.insert(QStringLiteral("subjectId"), m_subject->currentData().toLongLong());
    const QString name = m_student->currentText();
    m_session->connection()->call(MessageType::ReportsStudentDynamics, args, this, [this, name](const protocol::Response &r) {
        if (!r.ok)
            return showError(ErrorText::forError(r.error));
        showError(QString());
        m_marksChart->setResult(r.result, name);
        Q_EMIT marksShown();
    });
}

void ChartsScreen::showAttendance()
{
    const qint64 classId = m_attendanceClass->currentData().toLongLong();
    if (classId <= 0)
        return;
    const QCborMap args{{QStringLiteral("classId"), classId},
                        {QStringLiteral("from"), protocol::dateToWire(m_attendanceFrom->date())},
                        {QStringLiteral("to"), protocol::dateToWire(m_attendanceTo->date())}};
    m_session->connection()->call(MessageType::ReportsAttendanceStatement, args, this, [this](const protocol::Response &r) {
        if (!r.ok)
            return showError(ErrorText::forError(r.error));
        showError(QString());
        m_attendanceChart->setResult(r.result);
        Q_EMIT attendanceShown();
    });
}

} // namespace cj::client
