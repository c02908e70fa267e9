#include "core/models/SubjectsModel.h"

#include "core/SchoolText.h"
#include "core/models/ModelColors.h"

namespace cj::client {

namespace {
bool archived(const QCborMap &r)
{
    return r.value(QStringLiteral("archived")).toBool();
}
} // namespace

SubjectsModel::SubjectsModel(QObject *parent)
    : RemoteListModel(parent)
{
    setColumns<Column>({
        {tr("Subject"), [](const QCborMap &r) -> QVariant {
             const QString name = r.value(QStringLiteral("name")).toString();
             return archived(r) ? tr("%1 (archived)").arg(name) : name;
         }},
        {tr("Short name"), text("shortName")},
        {tr("Grading"), [](const QCborMap &r) -> QVariant { return SchoolText::grading(r.value(QStringLiteral("grading")).toString()); }},
        {tr("Written work window"), [](const QCborMap &r) -> QVariant {
             return r.value(QStringLiteral("extendedWindow")).toBool() ? tr("10 working days") : tr("7 days");
         }},
        {tr("Order"), number("sortOrder")},
    });
    setStyle([](const QCborMap &r, int, int role) -> QVariant {
        return role == Qt::ForegroundRole && archived(r) ? QVariant(colors::muted()) : QVariant();
    });
}

} // namespace cj::client
