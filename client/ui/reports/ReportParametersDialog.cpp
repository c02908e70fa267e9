#include "ui/reports/ReportParametersDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/ErrorText.h"
#include "core/ServerConnection.h"
#include "core/Session.h"
#include "core/reports/CborFields.h"
#include "core/reports/ReportCatalog.h"
#include "core/reports/ReportFormat.h"
#include "ui/DateEdit.h"

namespace cj::client {

using protocol::MessageType;
using reports::ReportCatalog;
using reports::ReportKind;
using reports::ReportParameters;
using reports::ReportScope;
namespace cbor = reports::cbor;

namespace {
// Class choices besides real classes.
constexpr qint64 kAllClasses = -1;
constexpr qint64 kWholeSchool = 0;
} // namespace

ReportParametersDialog::ReportParametersDialog(Session *session, ReportKind kind, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_kind(kind)
{
    setObjectName(QStringLiteral("reportParameters"));
    setWindowTitle(ReportCatalog::title(kind));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(QStringLiteral("<b>%1</b>").arg(ReportCatalog::title(kind).toHtmlEscaped()), this);
    title->setWordWrap(true);
    layout->addWidget(title);
    m_form = new QFormLayout;
    layout->addLayout(m_form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    layout->addWidget(m_error);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Make the report"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("makeButton"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_from && m_from->isEnabled() && m_from->date() > m_to->date()) {
            showError(tr("The first day is after the last one."));
            return;
        }
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    const ReportCatalog::Subject subject = ReportCatalog::subject(kind);
    const ReportCatalog::Time time = ReportCatalog::time(kind);
    if (subject != ReportCatalog::Subject::School || kind == ReportKind::JournalControl) {
        m_class = new QComboBox(this);
        m_class->setObjectName(QStringLiteral("classCombo"));
        m_form->addRow(tr("Class:"), m_class);
        connect(m_class, &QComboBox::currentIndexChanged, this, &ReportParametersDialog::onClassChanged);
    }
    if (subject == ReportCatalog::Subject::Assignment) {
        m_assignment = new QComboBox(this);
        m_assignment->setObjectName(QStringLiteral("assignmentCombo"));
        m_form->addRow(tr("Subject:"), m_assignment);
    }
    switch (time) {
    case ReportCatalog::Time::OptionalPeriod:
    case ReportCatalog::Time::Period:
    case ReportCatalog::Time::PeriodOrYear:
    case ReportCatalog::Time::PeriodNumberOrYear:
        m_period = new QComboBox(this);
        m_period->setObjectName(QStringLiteral("periodCombo"));
        m_form->addRow(tr("Period:"), m_period);
        break;
    case ReportCatalog::Time::OptionalRange:
    case ReportCatalog::Time::Range: {
        const QDate today = m_session->serverToday().isValid() ? m_session->serverToday() : QDate::currentDate();
        // Parent letters are for the last two weeks (000 §4.3.5); the rest from the month's start.
        const QDate from = kind == ReportKind::ParentLetters ? today.addDays(-13) : QDate(today.year(), today.month(), 1);
        m_from = dateEdit(from, "fromEdit");
        m_to = dateEdit(today, "toEdit");
        if (time == ReportCatalog::Time::OptionalRange) {
            m_wholeYear = new QCheckBox(tr("The whole school year"), this);
            m_wholeYear->setObjectName(QStringLiteral("wholeYearCheck"));
            m_wholeYear->setChecked(true);
            m_from->setEnabled(false);
            m_to->setEnabled(false);
            connect(m_wholeYear, &QCheckBox::toggled, this, [this](bool whole) {
                m_from->setEnabled(!whole);
                m_to->setEnabled(!whole);
            });
            m_form->addRow(QString(), m_wholeYear);
        }
        m_form->addRow(tr("From:"), m_from);
        m_form->addRow(tr("To:"), m_to);
        break;
    }
    case ReportCatalog::Time::Month:
        m_month = new QComboBox(this);
        m_month->setObjectName(QStringLiteral("monthCombo"));
        m_form->addRow(tr("Month:"), m_month);
        break;
    case ReportCatalog::Time::Day:
        m_date = dateEdit(m_session->serverToday().isValid() ? m_session->serverToday() : QDate::currentDate(), "dateEdit");
        m_form->addRow(tr("On the day:"), m_date);
        break;
    case ReportCatalog::Time::None:
        break;
    }
    if (kind == ReportKind::CorrectionsRegister) {
        m_status = new QComboBox(this);
        m_status->setObjectName(QStringLiteral("statusCombo"));
        m_status->addItem(tr("All requests"), QString());
        m_status->addItem(tr("Awaiting a decision"), QStringLiteral("pending"));
        m_status->addItem(tr("Approved"), QStringLiteral("approved"));
        m_status->addItem(tr("Rejected"), QStringLiteral("rejected"));
        m_form->addRow(tr("Requests:"), m_status);
    }
    load();
}

void ReportParametersDialog::load()
{
    ServerConnection *connection = m_session->connection();
    const auto answer = [this](const protocol::Response &response, const std::function<void(const QCborMap &)> &use) {
        if (!response.ok) {
            showError(ErrorText::forError(response.error));
            return;
        }
        use(response.result);
        if (--m_waiting == 0)
            onLoaded();
    };
    m_waiting = 2;
    connection->call(MessageType::YearsList, {}, this, [this, answer](const protocol::Response &r) {
        answer(r, [this](const QCborMap &result) { m_scope.setYears(result); });
    });
    connection->call(MessageType::ClassesList, {}, this, [this, answer](const protocol::Response &r) {
        answer(r, [this](const QCborMap &result) { m_scope.setClasses(result); });
    });
    if (m_assignment) {
        ++m_waiting;
        connection->call(MessageType::AssignmentsList, {}, this, [this, answer](const protocol::Response &r) {
            answer(r, [this](const QCborMap &result) { m_assignments = cbor::list(result, "assignments"); });
        });
    }
}

void ReportParametersDialog::onLoaded()
{
    if (m_class)
        fillClasses();
    else
        onClassChanged();
    if (m_class && m_class->count() == 0) {
        showError(tr("There is no class you may print this report for."));
        return;
    }
    m_loaded = true;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
    Q_EMIT loaded();
}

bool ReportParametersDialog::mayPrintAssignment(const QCborMap &a) const
{
    const UserInfo &u = m_session->user();
    return reports::ReportCatalog::managesSchool(u) || cbor::integer(a, "teacherId") == u.id || u.classTeacherOf.contains(cbor::integer(a, "classId"));
}

bool ReportParametersDialog::mayPrintClass(qint64 classId) const
{
    const UserInfo &u = m_session->user();
    if (m_assignment) {
        return std::any_of(m_assignments.begin(), m_assignments.end(), [&](const QCborValue &a) {
            return cbor::integer(a.toMap(), "classId") == classId && mayPrintAssignment(a.toMap());
        });
    }
    return reports::ReportCatalog::managesSchool(u) || u.classTeacherOf.contains(classId)
        || (m_kind == ReportKind::MovementStatement && u.has(Role::Secretary));
}

void ReportParametersDialog::fillClasses()
{
    const UserInfo &u = m_session->user();
    const QSignalBlocker blocker(m_class);
    m_class->clear();
    if (m_kind == ReportKind::JournalControl)
        m_class->addItem(tr("All classes"), kWholeSchool);
    else if (m_kind == ReportKind::MovementStatement && (reports::ReportCatalog::managesSchool(u) || u.has(Role::Secretary)))
        m_class->addItem(tr("The whole school"), kWholeSchool);
    else if (ReportCatalog::batchable(m_kind) && reports::ReportCatalog::managesSchool(u))
        m_class->addItem(tr("Every class (one document each)"), kAllClasses);
    for (const ReportScope::SchoolClass &c : m_scope.classes()) {
        if (mayPrintClass(c.id))
            m_class->addItem(c.name, c.id);
    }
    // A class teacher starts with their own class.
    for (int i = 0; i < m_class->count(); ++i) {
        if (u.classTeacherOf.contains(m_class->itemData(i).toLongLong())) {
            m_class->setCurrentIndex(i);
            break;
        }
    }
    onClassChanged();
}

qint64 ReportParametersDialog::chosenClass() const
{
    return m_class ? m_class->currentData().toLongLong() : kWholeSchool;
}

void ReportParametersDialog::onClassChanged()
{
    qint64 classId = chosenClass();
    // The whole school or every class: the periods and months of the first class stand for all.
    if (classId <= 0 && !m_scope.classes().isEmpty())
        classId = m_scope.classes().first().id;
    if (m_assignment) {
        m_assignment->clear();
        for (const QCborValue &v : std::as_const(m_assignments)) {
            const QCborMap a = v.toMap();
            if (cbor::integer(a, "classId") != classId || !mayPrintAssignment(a))
                continue;
            QString name = cbor::text(a, "subjectName");
            if (!cbor::text(a, "subgroupName").isEmpty())
                name += QStringLiteral(" (%1)").arg(cbor::text(a, "subgroupName"));
            m_assignment->addItem(tr("%1 — %2").arg(name, cbor::text(a, "teacherName")), cbor::integer(a, "id"));
        }
    }
    if (m_period)
        fillPeriods(classId);
    if (m_month)
        fillMonths(classId);
}

void ReportParametersDialog::fillPeriods(qint64 classId)
{
    const QDate today = m_session->serverToday().isValid() ? m_session->serverToday() : QDate::currentDate();
    const ReportCatalog::Time time = ReportCatalog::time(m_kind);
    m_period->clear();
    if (time == ReportCatalog::Time::OptionalPeriod)
        m_period->addItem(tr("The whole school year"), 0);
    const QList<ReportScope::Period> periods = m_scope.periodsOf(classId);
    int current = -1;
    if (time == ReportCatalog::Time::PeriodNumberOrYear) {
        for (int n = 1; n <= 4; ++n)
            m_period->addItem(tr("Period %1 (quarter or half by the class's scheme)").arg(n), n);
        for (const ReportScope::Period &p : periods) {
            if (today >= p.startsOn && today <= p.endsOn)
                current = p.number - 1;
        }
    } else {
        for (const ReportScope::Period &p : periods) {
            if (today >= p.startsOn && today <= p.endsOn)
                current = m_period->count();
            m_period->addItem(tr("%1 (%2)").arg(p.name, reports::ReportFormat::dateRange(p.startsOn, p.endsOn)), p.id);
        }
    }
    if (time == ReportCatalog::Time::PeriodOrYear || time == ReportCatalog::Time::PeriodNumberOrYear)
        m_period->addItem(tr("The whole school year"), 0);
    if (current >= 0 && time != ReportCatalog::Time::OptionalPeriod)
        m_period->setCurrentIndex(current);
}

void ReportParametersDialog::fillMonths(qint64 classId)
{
    m_month->clear();
    const std::optional<ReportScope::SchoolClass> cls = m_scope.classById(classId);
    const std::optional<ReportScope::Year> year = m_scope.yearById(cls ? cls->yearId : m_scope.yearId());
    if (!year)
        return;
    const QDate today = m_session->serverToday().isValid() ? m_session->serverToday() : QDate::currentDate();
    for (QDate m(year->startsOn.year(), year->startsOn.month(), 1); m <= year->endsOn; m = m.addMonths(1)) {
        m_month->addItem(reports::ReportFormat::monthYear(m), m);
        if (m.year() == today.year() && m.month() == today.month())
            m_month->setCurrentIndex(m_month->count() - 1);
    }
}

void ReportParametersDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->show();
}

QList<ReportParameters> ReportParametersDialog::runs() const
{
    ReportParameters p;
    p.yearId = m_scope.yearId();
    const qint64 cls = chosenClass();
    if (cls > 0)
        p.classId = cls;
    if (m_assignment)
        p.assignmentId = m_assignment->currentData().toLongLong();
    if (m_period) {
        const qint64 value = m_period->currentData().toLongLong();
        if (ReportCatalog::time(m_kind) == ReportCatalog::Time::PeriodNumberOrYear)
            p.periodNumber = int(value);
        else
            p.periodId = value;
        p.wholeYear = value == 0;
    }
    if (m_from && !(m_wholeYear && m_wholeYear->isChecked())) {
        p.from = m_from->date();
        p.to = m_to->date();
    }
    if (m_month)
        p.month = m_month->currentData().toDate();
    if (m_date)
        p.date = m_date->date();
    if (m_status)
        p.status = m_status->currentData().toString();
    if (cls == kAllClasses)
        return m_scope.forEveryClass(p);
    return {p};
}

} // namespace cj::client
