#include "ui/common/ClassComboBox.h"

#include "core/Session.h"
#include "protocol/ArgReader.h"

namespace cj::client {

ClassComboBox::ClassComboBox(Session *session, QWidget *parent)
    : RecordComboBox(parent)
{
    setObjectName(QStringLiteral("classCombo"));
    setRememberKey(QStringLiteral("ui/class"));
    setSource(session->connection(), protocol::MessageType::ClassesList, QStringLiteral("classes"));
    const QList<qint64> led = session->user().classTeacherOf;
    setFallback([led](const QCborArray &classes) -> qint64 {
        for (const QCborValue &c : classes) {
            if (led.contains(protocol::intOr(c.toMap().value(QStringLiteral("id")))))
                return protocol::intOr(c.toMap().value(QStringLiteral("id")));
        }
        return classes.isEmpty() ? 0 : protocol::intOr(classes.first().toMap().value(QStringLiteral("id")));
    });
}

void ClassComboBox::setYear(qint64 yearId)
{
    if (!yearId)
        return;
    setArgs(QCborMap{{QStringLiteral("yearId"), yearId}});
    reload();
}

} // namespace cj::client
