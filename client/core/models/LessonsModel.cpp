#include "core/models/LessonsModel.h"

#include "core/SchoolText.h"
#include "core/WireValue.h"
#include "core/models/ModelColors.h"
#include "protocol/ArgReader.h"

#include <QLocale>

namespace cj::client {

QString LessonsModel::header(int column) const
{
    switch (Column(column)) {
    case Column::Date: return tr("Date");
    case Column::Number: return tr("Lesson");
    case Column::Time: return tr("Time");
    case Column::Class: return tr("Class");
    case Column::Subject: return tr("Subject");
    case Column::Teacher: return tr("Teacher");
    case Column::Room: return tr("Room");
    case Column::Origin: return tr("Kind");
    case Column::Substitute: return tr("Substitute teacher");
    case Column::Count: break;
    }
    return {};
}

QVariant LessonsModel::display(const QCborMap &r, int column) const
{
    switch (Column(column)) {
    case Column::Date: return wire::date(r.value(QStringLiteral("date")));
    case Column::Number: return protocol::intOr(r.value(QStringLiteral("lessonNumber")));
    case Column::Time: {
        const QString starts = r.value(QStringLiteral("startsAt")).toString();
        return starts.isEmpty() ? QString() : starts + QStringLiteral("–") + r.value(QStringLiteral("endsAt")).toString();
    }
    case Column::Class: return r.value(QStringLiteral("className")).toString();
    case Column::Subject: {
        const QString subgroup = r.value(QStringLiteral("subgroupName")).toString();
        const QString subject = r.value(QStringLiteral("subjectName")).toString();
        return subgroup.isEmpty() ? subject : tr("%1 (%2)").arg(subject, subgroup);
    }
    case Column::Teacher: return r.value(QStringLiteral("teacherName")).toString();
    case Column::Room: return r.value(QStringLiteral("room")).toString();
    case Column::Origin: {
        const QString origin = SchoolText::lessonOrigin(r.value(QStringLiteral("origin")).toString());
        const QDate from = wire::date(r.value(QStringLiteral("movedFrom")));
        return from.isValid() ? tr("%1 from %2").arg(origin, QLocale().toString(from, QLocale::ShortFormat)) : origin;
    }
    case Column::Substitute: return r.value(QStringLiteral("substituteName")).toString();
    case Column::Count: break;
    }
    return {};
}

QVariant LessonsModel::extra(const QCborMap &r, int column, int role) const
{
    if (role == Qt::BackgroundRole && column == int(Column::Substitute) && r.value(QStringLiteral("substituteId")).isInteger())
        return colors::warningBackground();
    if (role == Qt::TextAlignmentRole && column == int(Column::Number))
        return int(Qt::AlignCenter);
    return {};
}

} // namespace cj::client
