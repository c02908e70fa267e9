#include "core/models/SubstitutionsModel.h"

#include "core/WireValue.h"
#include "protocol/ArgReader.h"

namespace cj::client {

QString SubstitutionsModel::header(int column) const
{
    switch (Column(column)) {
    case Column::Date: return tr("Date");
    case Column::Number: return tr("Lesson");
    case Column::Class: return tr("Class");
    case Column::Subject: return tr("Subject");
    case Column::Teacher: return tr("Absent teacher");
    case Column::Substitute: return tr("Substitute teacher");
    case Column::Reason: return tr("Reason");
    case Column::RecordedAt: return tr("Recorded");
    case Column::RecordedBy: return tr("Recorded by");
    case Column::Count: break;
    }
    return {};
}

QVariant SubstitutionsModel::display(const QCborMap &r, int column) const
{
    switch (Column(column)) {
    case Column::Date: return wire::date(r.value(QStringLiteral("date")));
    case Column::Number: return protocol::intOr(r.value(QStringLiteral("lessonNumber")));
    case Column::Class: return r.value(QStringLiteral("className")).toString();
    case Column::Subject: return r.value(QStringLiteral("subjectName")).toString();
    case Column::Teacher: return r.value(QStringLiteral("teacherName")).toString();
    case Column::Substitute: return r.value(QStringLiteral("substituteName")).toString();
    case Column::Reason: return r.value(QStringLiteral("reason")).toString();
    case Column::RecordedAt: return wire::timestamp(r.value(QStringLiteral("createdAt")));
    case Column::RecordedBy: return r.value(QStringLiteral("createdByName")).toString();
    case Column::Count: break;
    }
    return {};
}

} // namespace cj::client
