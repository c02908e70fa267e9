#include "ui/journal/JournalSettingsScreen.h"

#include <QCborArray>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include "core/ErrorText.h"
#include "core/ServerConnection.h"
#include "core/Session.h"
#include "core/models/WorkKindListModel.h"
#include "domain/Grading.h"
#include "protocol/ArgReader.h"

namespace cj::client {

using protocol::MessageType;

namespace {
// The families of thresholds schools use (SPEC §7).
const double kPresets[3][3] = {{2.5, 3.5, 4.5}, {2.6, 3.6, 4.6}, {2.65, 3.65, 4.65}};
} // namespace

JournalSettingsScreen::JournalSettingsScreen(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_kinds(new WorkKindListModel(this))
{
    setObjectName(QStringLiteral("journalSettingsScreen"));
    auto *windows = new QGroupBox(tr("Entry windows: how long after the lesson entries stay open"), this);
    auto *grid = new QGridLayout(windows);
    const std::pair<const char *, QString> names[] = {
        {"attendance", tr("Attendance")},
        {"topic", tr("Topic of the lesson")},
        {"homework", tr("Homework")},
        {"oralMark", tr("Oral marks")},
        {"writtenMark", tr("Marks for written work")},
        {"extendedWrittenMark", tr("Written work in Russian and literature")},
        {"periodMark", tr("Period and year marks (after the period ends)")},
        {"examMark", tr("Exam and final marks (after the year ends)")},
    };
    int row = 0;
    for (const auto &[key, text] : names) {
        WindowRow w{new QSpinBox(windows), new QCheckBox(tr("working days"), windows)};
        w.days->setRange(0, 120);
        w.days->setSuffix(tr(" d."));
        w.days->setToolTip(tr("0: the lesson's day only"));
        w.days->setObjectName(QStringLiteral("window_%1").arg(QString::fromLatin1(key)));
        grid->addWidget(new QLabel(text, windows), row, 0);
        grid->addWidget(w.days, row, 1);
        grid->addWidget(w.working, row, 2);
        m_windows.insert(QString::fromLatin1(key), w);
        ++row;
    }
    m_opensBefore = new QSpinBox(windows);
    m_opensBefore->setRange(0, 60);
    m_opensBefore->setSuffix(tr(" d."));
    grid->addWidget(new QLabel(tr("Period marks open before the period ends"), windows), row, 0);
    grid->addWidget(m_opensBefore, row, 1);
    grid->setColumnStretch(3, 1);

    auto *rounding = new QGroupBox(tr("Period marks from the average"), this);
    auto *form = new QFormLayout(rounding);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_preset = new QComboBox(rounding);
    m_preset->setObjectName(QStringLiteral("presetCombo"));
    m_preset->addItem(tr("2.5 / 3.5 / 4.5 — arithmetic rounding"));
    m_preset->addItem(tr("2.6 / 3.6 / 4.6"));
    m_preset->addItem(tr("2.65 / 3.65 / 4.65"));
    m_preset->addItem(tr("other thresholds"));
    auto *thresholds = new QHBoxLayout;
    thresholds->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < 3; ++i) {
        m_thresholds[i] = new QDoubleSpinBox(rounding);
        m_thresholds[i]->setDecimals(2);
        m_thresholds[i]->setRange(1.01, 4.99);
        m_thresholds[i]->setSingleStep(0.05);
        m_thresholds[i]->setPrefix(QStringLiteral("«%1» ≥ ").arg(i + 3));
        m_thresholds[i]->setMaximumWidth(120);
        thresholds->addWidget(m_thresholds[i]);
        if (i == 2)
            thresholds->addStretch();
        connect(m_thresholds[i], &QDoubleSpinBox::valueChanged, this, [this] {
            int preset = 3;
            for (int p = 0; p < 3; ++p) {
                if (qAbs(m_thresholds[0]->value() - kPresets[p][0]) < 1e-6 && qAbs(m_thresholds[1]->value() - kPresets[p][1]) < 1e-6
                    && qAbs(m_thresholds[2]->value() - kPresets[p][2]) < 1e-6)
                    preset = p;
            }
            const QSignalBlocker block(m_preset);
            m_preset->setCurrentIndex(preset);
        });
    }
    m_minMarks = new QSpinBox(rounding);
    m_minMarks->setObjectName(QStringLiteral("minMarksSpin"));
    m_minMarks->setRange(0, 50);
    m_weighted = new QCheckBox(tr("round the weighted average (kinds of work have weights)"), rounding);
    m_controlTwo = new QCheckBox(tr("a «2» for a control work blocks a «5»"), rounding);
    m_allowOne = new QCheckBox(tr("the mark «1» is used in this school"), rounding);
    m_allowOne->setObjectName(QStringLiteral("allowOneCheck"));
    form->addRow(tr("Thresholds:"), m_preset);
    form->addRow(QString(), thresholds);
    form->addRow(tr("At least this many marks for a forecast:"), m_minMarks);
    form->addRow(QString(), m_weighted);
    form->addRow(QString(), m_controlTwo);
    form->addRow(QString(), m_allowOne);
    connect(m_preset, &QComboBox::activated, this, &JournalSettingsScreen::applyPreset);

    auto *save = new QPushButton(tr("Save the settings"), this);
    save->setObjectName(QStringLiteral("saveSettingsButton"));
    connect(save, &QPushButton::clicked, this, &JournalSettingsScreen::save);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);

    auto *kinds = new QGroupBox(tr("Kinds of work and their weights"), this);
    auto *kindsLayout = new QVBoxLayout(kinds);
    m_kindsView = new QTableView(kinds);
    m_kindsView->setObjectName(QStringLiteral("workKindsView"));
    m_kindsView->setModel(m_kinds);
    m_kindsView->verticalHeader()->hide();
    m_kindsView->horizontalHeader()->setSectionResizeMode(int(WorkKindListModel::Column::Name), QHeaderView::Stretch);
    m_kindsView->setMinimumHeight(200);
    auto *add = new QPushButton(tr("Add a kind of work"), kinds);
    connect(add, &QPushButton::clicked, this, [this] {
        WorkKind k;
        k.name = tr("New kind of work");
        k.sortOrder = m_kinds->rowCount() + 1;
        m_kinds->addKind(k);
        saveKind(m_kinds->rowCount() - 1);
    });
    kindsLayout->addWidget(m_kindsView);
    kindsLayout->addWidget(add, 0, Qt::AlignLeft);
    connect(m_kinds, &WorkKindListModel::kindEdited, this, [this](int row) { saveKind(row); });

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(new QLabel(tr("<h3>Journal settings</h3>The school's own rules for the journal (its local act)."), content));
    layout->addWidget(windows);
    layout->addWidget(rounding);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(save);
    saveRow->addWidget(m_message, 1);
    layout->addLayout(saveRow);
    layout->addWidget(kinds, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    load();
}

void JournalSettingsScreen::load()
{
    ServerConnection *c = m_session->connection();
    c->call(MessageType::SettingsGet, {}, this, [this](const protocol::Response &r) {
        if (!r.ok) {
            m_message->setText(ErrorText::forError(r.error));
            return;
        }
        show(r.result);
    });
    c->call(MessageType::WorkKindsList, QCborMap{{QStringLiteral("includeArchived"), true}}, this, [this](const protocol::Response &r) {
        if (r.ok)
            m_kinds->setKinds(WorkKind::listFromCbor(r.result.value(QStringLiteral("workKinds"))));
    });
}

void JournalSettingsScreen::show(const QCborMap &settings)
{
    m_loaded = settings;
    const QCborMap windows = settings.value(QStringLiteral("entryWindows")).toMap();
    for (auto it = m_windows.cbegin(); it != m_windows.cend(); ++it) {
        const QCborMap w = windows.value(it.key()).toMap();
        it->days->setValue(int(protocol::intOr(w.value(QStringLiteral("days")))));
        it->working->setChecked(w.value(QStringLiteral("working")).toBool());
    }
    m_opensBefore->setValue(int(protocol::intOr(settings.value(QStringLiteral("periodMarkOpensDaysBefore")),
                                                protocol::intOr(windows.value(QStringLiteral("periodMarkOpensDaysBefore")), 14))));
    const RoundingPolicy p = RoundingPolicy::fromCbor(settings.value(QStringLiteral("rounding")).toMap());
    for (int i = 0; i < 3; ++i)
        m_thresholds[i]->setValue(p.thresholds[i]);
    m_minMarks->setValue(p.minMarks);
    m_weighted->setChecked(p.weighted);
    m_controlTwo->setChecked(p.controlTwoBlocksFive);
    m_allowOne->setChecked(settings.value(QStringLiteral("allowOne")).toBool());
}

void JournalSettingsScreen::applyPreset(int index)
{
    if (index < 0 || index > 2)
        return;
    for (int i = 0; i < 3; ++i)
        m_thresholds[i]->setValue(kPresets[index][i]);
}

QCborMap JournalSettingsScreen::settingsFromForm() const
{
    QCborMap windows;
    for (auto it = m_windows.cbegin(); it != m_windows.cend(); ++it)
        windows.insert(it.key(), QCborMap{{QStringLiteral("days"), it->days->value()}, {QStringLiteral("working"), it->working->isChecked()}});
    RoundingPolicy p;
    for (int i = 0; i < 3; ++i)
        p.thresholds[i] = m_thresholds[i]->value();
    p.minMarks = m_minMarks->value();
    p.weighted = m_weighted->isChecked();
    p.controlTwoBlocksFive = m_controlTwo->isChecked();
    return {{QStringLiteral("entryWindows"), windows},
            {QStringLiteral("periodMarkOpensDaysBefore"), m_opensBefore->value()},
            {QStringLiteral("rounding"), p.toCbor()},
            {QStringLiteral("allowOne"), m_allowOne->isChecked()}};
}

void JournalSettingsScreen::save()
{
    RoundingPolicy p = RoundingPolicy::fromCbor(settingsFromForm().value(QStringLiteral("rounding")).toMap());
    if (!p.invalidField().isEmpty()) {
        m_message->setText(tr("The thresholds must rise: «3» < «4» < «5»."));
        return;
    }
    m_session->connection()->call(MessageType::SettingsUpdate, settingsFromForm(), this, [this](const protocol::Response &r) {
        if (!r.ok) {
            m_message->setText(tr("Not saved: %1").arg(ErrorText::forError(r.error)));
            return;
        }
        show(r.result);
        m_message->setText(tr("Saved. Open journal pages use the new settings when reopened."));
    });
}

void JournalSettingsScreen::saveKind(int row)
{
    m_session->connection()->call(MessageType::WorkKindsSave, m_kinds->kindAt(row).toSave(), this, [this, row](const protocol::Response &r) {
        if (!r.ok) {
            m_message->setText(tr("Kind of work not saved: %1").arg(ErrorText::forError(r.error)));
            return;
        }
        m_kinds->replace(row, WorkKind::fromCbor(r.result));
    });
}

} // namespace cj::client
