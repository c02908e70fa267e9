#include "core/models/AssignmentsModel.h"

namespace cj::client {

AssignmentsModel::AssignmentsModel(QObject *parent)
    : RemoteListModel(parent)
{
    setColumns<Column>({
        {tr("Class"), text("className")},
        {tr("Subject"), text("subjectName")},
        {tr("Subgroup"), text("subgroupName")},
        {tr("Hours a week"), number("hoursPerWeek")},
        {tr("Teacher"), text("teacherName")},
    });
}

QString AssignmentsModel::title(const QCborMap &a)
{
    QString text = tr("%1 · %2").arg(a.value(QStringLiteral("className")).toString(),
                                     a.value(QStringLiteral("subjectName")).toString());
    const QString subgroup = a.value(QStringLiteral("subgroupName")).toString();
    if (!subgroup.isEmpty())
        text += QStringLiteral(" (") + subgroup + QLatin1Char(')');
    return text + QStringLiteral(" — ") + a.value(QStringLiteral("teacherName")).toString();
}

} // namespace cj::client
