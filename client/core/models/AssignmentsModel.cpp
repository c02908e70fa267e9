#include "core/models/AssignmentsModel.h"

#include "core/WireValue.h"

namespace cj::client {

QString AssignmentsModel::title(const QCborMap &a)
{
    QString text = tr("%1 · %2").arg(a.value(QStringLiteral("className")).toString(),
                                     a.value(QStringLiteral("subjectName")).toString());
    const QString subgroup = a.value(QStringLiteral("subgroupName")).toString();
    if (!subgroup.isEmpty())
        text += QStringLiteral(" (") + subgroup + QLatin1Char(')');
    return text + QStringLiteral(" — ") + a.value(QStringLiteral("teacherName")).toString();
}

QString AssignmentsModel::header(int column) const
{
    switch (Column(column)) {
    case Column::Class: return tr("Class");
    case Column::Subject: return tr("Subject");
    case Column::Subgroup: return tr("Subgroup");
    case Column::Teacher: return tr("Teacher");
    case Column::Hours: return tr("Hours a week");
    case Column::Count: break;
    }
    return {};
}

QVariant AssignmentsModel::display(const QCborMap &r, int column) const
{
    switch (Column(column)) {
    case Column::Class: return r.value(QStringLiteral("className")).toString();
    case Column::Subject: return r.value(QStringLiteral("subjectName")).toString();
    case Column::Subgroup: return r.value(QStringLiteral("subgroupName")).toString();
    case Column::Teacher: return r.value(QStringLiteral("teacherName")).toString();
    case Column::Hours: return wire::number(r.value(QStringLiteral("hoursPerWeek")));
    case Column::Count: break;
    }
    return {};
}

QVariant AssignmentsModel::extra(const QCborMap &, int column, int role) const
{
    if (role == Qt::TextAlignmentRole && column == int(Column::Hours))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

} // namespace cj::client
