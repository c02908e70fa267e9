#include "ui/common/YearComboBox.h"

#include "core/Session.h"
#include "core/YearChoice.h"

namespace cj::client {

YearComboBox::YearComboBox(Session *session, QWidget *parent)
    : RecordComboBox(parent)
{
    setObjectName(QStringLiteral("yearCombo"));
    setSource(session->connection(), protocol::MessageType::YearsList, QStringLiteral("years"));
    setFallback([session](const QCborArray &years) { return currentYearId(years, session->serverToday()); });
    reload();
}

} // namespace cj::client
