#include "ui/schedule/GenerateLessonsDialog.h"

#include <QFormLayout>
#include <QLocale>

#include "core/Session.h"
#include "core/WireValue.h"
#include "protocol/ArgReader.h"
#include "ui/common/ClassComboBox.h"
#include "ui/common/DateEdit.h"
#include "ui/common/FieldErrors.h"

namespace cj::client {

GenerateLessonsDialog::GenerateLessonsDialog(Session *session, const QCborMap &year, qint64 classId, QWidget *parent)
    : FormDialog(session, tr("Generate lessons from the schedule"), parent)
{
    setObjectName(QStringLiteral("generateLessonsDialog"));
    m_class = new ClassComboBox(session, this);
    m_class->setRememberKey({});
    m_class->setNoneText(tr("All classes"));
    m_class->setCurrentId(classId);
    m_class->setYear(protocol::intOr(year.value(QStringLiteral("id"))));
    const QDate start = wire::date(year.value(QStringLiteral("startsOn")));
    const QDate end = wire::date(year.value(QStringLiteral("endsOn")));
    m_from = new DateEdit(this);
    m_from->setObjectName(QStringLiteral("fromEdit"));
    m_from->setDate(qBound(start, session->serverToday(), end));
    m_to = new DateEdit(this);
    m_to->setObjectName(QStringLiteral("toEdit"));
    m_to->setDate(end);
    form()->addRow(tr("&Class:"), m_class);
    form()->addRow(tr("&From:"), m_from);
    form()->addRow(tr("&To:"), m_to);
    addNote(tr("Weekends, holidays and days outside the class's quarters (halves) are skipped. Lessons no longer in the "
               "schedule are removed unless the journal already has something for them."));
    okButton()->setText(tr("Generate"));
    errors()->bind(QStringLiteral("from"), m_from);
    errors()->bind(QStringLiteral("to"), m_to);
    errors()->bind(QStringLiteral("classId"), m_class);
}

void GenerateLessonsDialog::submit()
{
    if (m_from->date() > m_to->date())
        return errors()->showAt(m_to, tr("The end must not come before the start."));
    QCborMap args{{QStringLiteral("from"), protocol::dateToWire(m_from->date())},
                  {QStringLiteral("to"), protocol::dateToWire(m_to->date())}};
    if (m_class->currentId())
        args.insert(QStringLiteral("classId"), m_class->currentId());
    send(protocol::MessageType::LessonsGenerate, args);
}

QString GenerateLessonsDialog::summary() const
{
    const QCborMap &r = result();
    QString text = tr("Lessons created: %1; removed: %2.")
                       .arg(protocol::intOr(r.value(QStringLiteral("created"))))
                       .arg(protocol::intOr(r.value(QStringLiteral("removed"))));
    const QCborArray kept = r.value(QStringLiteral("kept")).toArray();
    if (!kept.isEmpty()) {
        QStringList lines;
        for (const QCborValue &v : kept) {
            const QCborMap l = v.toMap();
            lines.append(tr("%1, lesson %2: %3, %4")
                             .arg(QLocale().toString(wire::date(l.value(QStringLiteral("date"))), QLocale::ShortFormat))
                             .arg(protocol::intOr(l.value(QStringLiteral("lessonNumber"))))
                             .arg(l.value(QStringLiteral("className")).toString(), l.value(QStringLiteral("subjectName")).toString()));
        }
        text += QLatin1Char('\n') + tr("No longer in the schedule but kept because the journal has data for them:") + QLatin1Char('\n')
                + lines.join(QLatin1Char('\n'));
    }
    return text;
}

} // namespace cj::client
