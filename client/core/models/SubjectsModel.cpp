#include "core/models/SubjectsModel.h"

#include "core/SchoolText.h"
#include "core/models/ModelColors.h"
#include "protocol/ArgReader.h"

namespace cj::client {

QString SubjectsModel::header(int column) const
{
    switch (Column(column)) {
    case Column::Name: return tr("Subject");
    case Column::ShortName: return tr("Short name");
    case Column::Grading: return tr("Grading");
    case Column::ExtendedWindow: return tr("Written work window");
    case Column::SortOrder: return tr("Order");
    case Column::Count: break;
    }
    return {};
}

QVariant SubjectsModel::display(const QCborMap &r, int column) const
{
    switch (Column(column)) {
    case Column::Name:
        return r.value(QStringLiteral("archived")).toBool() ? tr("%1 (archived)").arg(r.value(QStringLiteral("name")).toString())
                                                            : r.value(QStringLiteral("name")).toString();
    case Column::ShortName: return r.value(QStringLiteral("shortName")).toString();
    case Column::Grading: return SchoolText::grading(r.value(QStringLiteral("grading")).toString());
    case Column::ExtendedWindow:
        return r.value(QStringLiteral("extendedWindow")).toBool() ? tr("10 working days") : tr("7 days");
    case Column::SortOrder: return protocol::intOr(r.value(QStringLiteral("sortOrder")));
    case Column::Count: break;
    }
    return {};
}

QVariant SubjectsModel::extra(const QCborMap &r, int, int role) const
{
    if (role == Qt::ForegroundRole && r.value(QStringLiteral("archived")).toBool())
        return colors::muted();
    return {};
}

} // namespace cj::client
