#include "core/models/HolidaysModel.h"

#include "core/SchoolText.h"
#include "protocol/ArgReader.h"

namespace cj::client {

HolidaysModel::HolidaysModel(QObject *parent)
    : RemoteListModel(parent)
{
    setColumns<Column>({
        {tr("Holidays"), text("name")},
        {tr("From"), date("startsOn")},
        {tr("To (inclusive)"), date("endsOn")},
        {tr("Days"), dayCount()},
        {tr("For"), [](const QCborMap &r) -> QVariant {
             QList<int> grades;
             for (const QCborValue &g : r.value(QStringLiteral("grades")).toArray())
                 grades.append(int(protocol::intOr(g)));
             return SchoolText::grades(grades);
         }},
    });
}

} // namespace cj::client
