#include "ui/structure/ClassDialog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QSpinBox>

#include "core/SchoolText.h"
#include "core/Session.h"
#include "core/WireValue.h"
#include "protocol/ArgReader.h"
#include "ui/common/FieldErrors.h"
#include "ui/common/TeacherComboBox.h"

namespace cj::client {

using protocol::MessageType;

ClassDialog::ClassDialog(Session *session, qint64 yearId, const QCborMap &c, QWidget *parent)
    : FormDialog(session, c.isEmpty() ? tr("New class") : tr("Class %1").arg(c.value(QStringLiteral("name")).toString()), parent)
    , m_yearId(yearId)
    , m_id(protocol::intOr(c.value(QStringLiteral("id"))))
{
    setObjectName(QStringLiteral("classDialog"));
    m_grade = new QSpinBox(this);
    m_grade->setObjectName(QStringLiteral("gradeSpin"));
    m_grade->setRange(1, 11);
    m_grade->setValue(int(protocol::intOr(c.value(QStringLiteral("grade")), 5)));
    m_grade->setEnabled(c.isEmpty());
    m_letter = new QLineEdit(c.value(QStringLiteral("letter")).toString(), this);
    m_letter->setObjectName(QStringLiteral("letterEdit"));
    m_letter->setMaxLength(8);
    m_letter->setPlaceholderText(tr("e.g. А"));
    m_letter->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[А-ЯЁа-яёA-Za-z0-9-]{1,8}")), m_letter));
    m_teacher = new TeacherComboBox(session, this);
    m_teacher->setObjectName(QStringLiteral("classTeacherCombo"));
    m_teacher->setNoneText(tr("— not appointed —"));
    m_teacher->setCurrentId(protocol::intOr(c.value(QStringLiteral("classTeacherId"))));
    m_teacher->setYear(yearId);
    m_room = new QLineEdit(c.value(QStringLiteral("room")).toString(), this);
    m_room->setObjectName(QStringLiteral("roomEdit"));
    m_scheme = new QComboBox(this);
    m_scheme->setObjectName(QStringLiteral("schemeCombo"));
    for (const QString &scheme : {QStringLiteral("quarters"), QStringLiteral("halves")})
        m_scheme->addItem(SchoolText::periodScheme(scheme), scheme);
    const auto schemeForGrade = [this] { m_scheme->setCurrentIndex(m_grade->value() >= 10 ? 1 : 0); };
    if (c.isEmpty()) {
        schemeForGrade();
        connect(m_grade, &QSpinBox::valueChanged, this, schemeForGrade);
    } else {
        m_scheme->setCurrentIndex(m_scheme->findData(c.value(QStringLiteral("periodScheme")).toString()));
    }
    m_bells = new RecordComboBox(this);
    m_bells->setObjectName(QStringLiteral("bellsCombo"));
    m_bells->setNoneText(tr("— not chosen —"));
    m_bells->setSource(session->connection(), MessageType::BellsList, QStringLiteral("schedules"),
                       QCborMap{{QStringLiteral("yearId"), yearId}});
    m_bells->setCurrentId(protocol::intOr(c.value(QStringLiteral("bellScheduleId"))));
    m_bells->reload();

    form()->addRow(tr("&Grade:"), m_grade);
    form()->addRow(tr("&Letter:"), m_letter);
    form()->addRow(tr("Class &teacher:"), m_teacher);
    form()->addRow(tr("&Room:"), m_room);
    form()->addRow(tr("&Periods:"), m_scheme);
    form()->addRow(tr("&Bells:"), m_bells);
    if (c.isEmpty())
        okButton()->setText(tr("Create"));
    errors()->bind(QStringLiteral("grade"), m_grade);
    errors()->bind(QStringLiteral("letter"), m_letter);
    errors()->bind(QStringLiteral("classTeacherId"), m_teacher);
    errors()->bind(QStringLiteral("room"), m_room);
    errors()->bind(QStringLiteral("periodScheme"), m_scheme);
    errors()->bind(QStringLiteral("bellScheduleId"), m_bells);
}

void ClassDialog::submit()
{
    if (!require(m_letter, tr("Enter the letter of the class.")))
        return;
    QCborMap args{{QStringLiteral("letter"), m_letter->text().trimmed().toUpper()},
                  {QStringLiteral("classTeacherId"), wire::idOrNull(m_teacher->currentId())},
                  {QStringLiteral("room"), m_room->text().trimmed()},
                  {QStringLiteral("periodScheme"), m_scheme->currentData().toString()}};
    if (m_bells->currentId())
        args.insert(QStringLiteral("bellScheduleId"), m_bells->currentId());
    if (m_id) {
        args.insert(QStringLiteral("id"), m_id);
        send(MessageType::ClassesUpdate, args);
        return;
    }
    args.insert(QStringLiteral("yearId"), m_yearId);
    args.insert(QStringLiteral("grade"), m_grade->value());
    if (!m_teacher->currentId())
        args.remove(QStringLiteral("classTeacherId"));
    send(MessageType::ClassesCreate, args);
}

} // namespace cj::client
