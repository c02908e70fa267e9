#include "core/models/LessonsModel.h"

#include <QLocale>

#include "core/SchoolText.h"
#include "core/WireValue.h"
#include "core/models/ModelColors.h"

namespace cj::client {

LessonsModel::LessonsModel(QObject *parent)
    : RemoteListModel(parent)
{
    setColumns<Column>({
        {tr("Date"), date("date")},
        {tr("Lesson"), number("lessonNumber")},
        {tr("Time"), [](const QCborMap &r) -> QVariant {
             const QString starts = r.value(QStringLiteral("startsAt")).toString();
             return starts.isEmpty() ? QString() : starts + QStringLiteral("–") + r.value(QStringLiteral("endsAt")).toString();
         }},
        {tr("Class"), text("className")},
        {tr("Subject"), [](const QCborMap &r) -> QVariant {
             const QString subgroup = r.value(QStringLiteral("subgroupName")).toString();
             const QString subject = r.value(QStringLiteral("subjectName")).toString();
             return subgroup.isEmpty() ? subject : tr("%1 (%2)").arg(subject, subgroup);
         }},
        {tr("Teacher"), text("teacherName")},
        {tr("Room"), text("room")},
        {tr("Kind"), [](const QCborMap &r) -> QVariant {
             const QString origin = SchoolText::lessonOrigin(r.value(QStringLiteral("origin")).toString());
             const QDate from = wire::date(r.value(QStringLiteral("movedFrom")));
             return from.isValid() ? tr("%1 from %2").arg(origin, QLocale().toString(from, QLocale::ShortFormat)) : origin;
         }},
        {tr("Substitute teacher"), text("substituteName")},
    });
    setStyle([](const QCborMap &r, int column, int role) -> QVariant {
        if (role == Qt::BackgroundRole && column == int(Column::Substitute) && r.value(QStringLiteral("substituteId")).isInteger())
            return colors::warningBackground();
        if (role == Qt::TextAlignmentRole && column == int(Column::Number))
            return int(Qt::AlignCenter);
        return {};
    });
}

} // namespace cj::client
