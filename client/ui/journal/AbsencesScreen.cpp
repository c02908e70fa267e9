#include "ui/journal/AbsencesScreen.h"

#include <QCborArray>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "core/ErrorText.h"
#include "core/ServerConnection.h"
#include "core/Session.h"
#include "core/journal/JournalPage.h"
#include "core/models/AbsenceListModel.h"
#include "protocol/ArgReader.h"
#include "ui/journal/MedicalCertificateDialog.h"

namespace cj::client {

using protocol::MessageType;

AbsencesScreen::AbsencesScreen(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new AbsenceListModel(this))
{
    setObjectName(QStringLiteral("absencesScreen"));
    m_classes = new QComboBox(this);
    m_classes->setObjectName(QStringLiteral("classCombo"));
    m_periods = new QComboBox(this);
    m_periods->setObjectName(QStringLiteral("periodCombo"));
    m_periods->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_onlyMissing = new QCheckBox(tr("Only without a reason"), this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("absencesView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(24);
    m_view->horizontalHeader()->setSectionResizeMode(int(AbsenceListModel::Column::Student), QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(int(AbsenceListModel::Column::Subject), QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(int(AbsenceListModel::Column::Reason), QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(int(AbsenceListModel::Column::Date), QHeaderView::ResizeToContents);
    m_view->installEventFilter(this);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Class:"), this));
    top->addWidget(m_classes);
    top->addWidget(new QLabel(tr("Period:"), this));
    top->addWidget(m_periods);
    top->addWidget(m_onlyMissing);
    top->addStretch();
    auto *reasons = new QHBoxLayout;
    reasons->addWidget(new QLabel(tr("Reason for the selected:"), this));
    const std::pair<AbsenceReason, QString> buttons[] = {{AbsenceReason::Ill, tr("«б» ill")},
                                                         {AbsenceReason::Excused, tr("«у» excused")},
                                                         {AbsenceReason::Unexcused, tr("«п» unexcused")},
                                                         {AbsenceReason::None, tr("clear")}};
    for (const auto &[reason, text] : buttons) {
        auto *b = new QPushButton(text, this);
        const int r = int(reason);
        connect(b, &QPushButton::clicked, this, [this, r] { setReasonForSelection(r); });
        reasons->addWidget(b);
    }
    reasons->addStretch();
    auto *certificate = new QPushButton(tr("Medical certificate…"), this);
    certificate->setObjectName(QStringLiteral("certificateButton"));
    certificate->setToolTip(tr("A document covering several days: every absence of the student in those days, all subjects"));
    connect(certificate, &QPushButton::clicked, this, &AbsencesScreen::medicalCertificate);
    reasons->addWidget(certificate);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h3>Absences of the class</h3>Give a reason for each absence: type б, у or п on a row, "
                                    "or use the buttons."), this));
    layout->addLayout(top);
    layout->addLayout(reasons);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);

    connect(m_onlyMissing, &QCheckBox::toggled, m_model, &AbsenceListModel::setOnlyWithoutReason);
    connect(m_classes, &QComboBox::activated, this, [this] {
        m_periods->clear();
        loadClass();
    });
    connect(m_periods, &QComboBox::activated, this, &AbsencesScreen::loadClass);
    loadClasses();
}

void AbsencesScreen::loadClasses()
{
    m_session->connection()->call(MessageType::ClassesList, {}, this, [this](const protocol::Response &r) {
        if (!r.ok) {
            m_message->setText(ErrorText::forError(r.error));
            return;
        }
        const UserInfo &u = m_session->user();
        const bool any = u.has(Role::Admin) || u.has(Role::Director);
        for (const QCborValue &v : r.result.value(QStringLiteral("classes")).toArray()) {
            const QCborMap c = v.toMap();
            const qint64 id = protocol::intOr(c.value(QStringLiteral("id")));
            if (any || u.classTeacherOf.contains(id))
                m_classes->addItem(c.value(QStringLiteral("name")).toString(), id);
        }
        if (m_classes->count() > 0)
            loadClass();
        else
            m_message->setText(tr("You are not the class teacher of any class."));
    });
}

// The absences come from the class's journal pages (every subject), one period at a time.
void AbsencesScreen::loadClass()
{
    const qint64 classId = m_classes->currentData().toLongLong();
    const qint64 periodId = m_periods->currentData().toLongLong();
    m_model->clear();
    m_message->setText(tr("Loading…"));
    ServerConnection *c = m_session->connection();
    c->call(MessageType::AssignmentsList, QCborMap{{QStringLiteral("classId"), classId}}, this, [this, c, periodId](const protocol::Response &r) {
        if (!r.ok) {
            m_message->setText(ErrorText::forError(r.error));
            return;
        }
        const QCborArray assignments = r.result.value(QStringLiteral("assignments")).toArray();
        m_loading = int(assignments.size());
        if (m_loading == 0)
            m_message->setText(tr("The class has no subjects yet."));
        for (const QCborValue &v : assignments) {
            const qint64 id = protocol::intOr(v.toMap().value(QStringLiteral("id")));
            QCborMap args{{QStringLiteral("assignmentId"), id}};
            if (periodId > 0)
                args.insert(QStringLiteral("periodId"), periodId);
            c->call(MessageType::JournalOpen, args, this, [this, c, id](const protocol::Response &page) {
                // Read once: no live updates needed here.
                c->call(MessageType::JournalClose, QCborMap{{QStringLiteral("assignmentId"), id}}, nullptr,
                        [](const protocol::Response &) {});
                if (page.ok) {
                    const JournalPage p = JournalPage::fromCbor(page.result);
                    if (m_periods->count() == 0) {
                        for (const Period &period : p.periods)
                            m_periods->addItem(period.name, period.id);
                        m_periods->setCurrentIndex(m_periods->findData(p.period.id));
                    }
                    m_model->addPage(p);
                }
                if (--m_loading == 0)
                    m_message->setText(tr("Absences: %1.").arg(m_model->rowCount()));
            });
        }
    });
}

void AbsencesScreen::setReasonForSelection(int reason)
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        const Absence a = m_model->absenceAt(row.row());
        const QString wire = absenceReasonToWire(AbsenceReason(reason));
        m_session->connection()->call(
            MessageType::JournalSetAbsenceReason,
            QCborMap{{QStringLiteral("lessonId"), a.lessonId},
                     {QStringLiteral("studentId"), a.studentId},
                     {QStringLiteral("reason"), wire.isEmpty() ? QCborValue(nullptr) : QCborValue(wire)}},
            this, [this, a, reason](const protocol::Response &r) {
                if (r.ok)
                    m_model->setReason(a.lessonId, a.studentId, AbsenceReason(reason));
                else
                    m_message->setText(ErrorText::forError(r.error));
            });
    }
}

void AbsencesScreen::medicalCertificate()
{
    const QDate today = m_session->serverToday().isValid() ? m_session->serverToday() : QDate::currentDate();
    MedicalCertificateDialog dialog(m_model->students(), today, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_session->connection()->call(MessageType::JournalSetAbsenceReason,
                                  QCborMap{{QStringLiteral("studentId"), dialog.studentId()},
                                           {QStringLiteral("from"), protocol::dateToWire(dialog.from())},
                                           {QStringLiteral("to"), protocol::dateToWire(dialog.to())},
                                           {QStringLiteral("reason"), absenceReasonToWire(dialog.reason())}},
                                  this, [this](const protocol::Response &r) {
                                      if (!r.ok) {
                                          m_message->setText(ErrorText::forError(r.error));
                                          return;
                                      }
                                      loadClass();
                                      m_message->setText(tr("Reason given to %n absence(s).", nullptr,
                                                            int(protocol::intOr(r.result.value(QStringLiteral("updated"))))));
                                  });
}

bool AbsencesScreen::eventFilter(QObject *object, QEvent *event)
{
    if (object == m_view && event->type() == QEvent::KeyPress) {
        const QString t = static_cast<QKeyEvent *>(event)->text().toLower();
        // The letters of the journal, on either layout (ЙЦУКЕН: б = «,», у = E, п = G).
        if (t == QStringLiteral("б") || t == QStringLiteral(",")) {
            setReasonForSelection(int(AbsenceReason::Ill));
            return true;
        }
        if (t == QStringLiteral("у") || t == QStringLiteral("e")) {
            setReasonForSelection(int(AbsenceReason::Excused));
            return true;
        }
        if (t == QStringLiteral("п") || t == QStringLiteral("g")) {
            setReasonForSelection(int(AbsenceReason::Unexcused));
            return true;
        }
    }
    return QWidget::eventFilter(object, event);
}

} // namespace cj::client
