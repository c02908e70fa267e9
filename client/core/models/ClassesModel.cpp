#include "core/models/ClassesModel.h"

#include "core/SchoolText.h"

namespace cj::client {

ClassesModel::ClassesModel(QObject *parent)
    : RemoteListModel(parent)
{
    setColumns<Column>({
        {tr("Class"), text("name")},
        {tr("Students"), number("studentCount")},
        {tr("Class teacher"), text("classTeacherName")},
        {tr("Room"), text("room")},
        {tr("Periods"), [](const QCborMap &r) -> QVariant { return SchoolText::periodScheme(r.value(QStringLiteral("periodScheme")).toString()); }},
        {tr("Bells"), [this](const QCborMap &r) -> QVariant { return nameOf(r, QStringLiteral("bellScheduleId")); }},
    });
}

} // namespace cj::client
