#include "core/models/SubstitutionsModel.h"

namespace cj::client {

SubstitutionsModel::SubstitutionsModel(QObject *parent)
    : RemoteListModel(parent)
{
    setColumns<Column>({
        {tr("Date"), date("date")},
        {tr("Lesson"), number("lessonNumber")},
        {tr("Class"), text("className")},
        {tr("Subject"), text("subjectName")},
        {tr("Absent teacher"), text("teacherName")},
        {tr("Substitute teacher"), text("substituteName")},
        {tr("Reason"), text("reason")},
        {tr("Recorded"), timestamp("createdAt")},
        {tr("Recorded by"), text("createdByName")},
    });
}

} // namespace cj::client
