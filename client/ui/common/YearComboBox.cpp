#include "ui/common/YearComboBox.h"

#include "core/Session.h"
#include "core/YearChoice.h"
#include "ui/Feedback.h"

namespace cj::client {

YearComboBox::YearComboBox(Session *session, QWidget *parent)
    : RecordComboBox(parent)
{
    setObjectName(QStringLiteral("yearCombo"));
    setSource(session->connection(), protocol::MessageType::YearsList, QStringLiteral("years"));
    setFallback([session](const QCborArray &years) { return currentYearId(years, session->serverToday()); });
    reload();
}

bool YearComboBox::ensureChosen()
{
    if (currentId())
        return true;
    feedback::inform(window(), tr("Academic year"), tr("There is no academic year yet. Create it first: School → Academic year."));
    return false;
}

} // namespace cj::client
