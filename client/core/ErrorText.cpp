#include "core/ErrorText.h"

#include <QDate>
#include <QLocale>

#include "core/ImportText.h"
#include "core/SchoolText.h"
#include "core/WireValue.h"
#include "protocol/ArgReader.h"

namespace cj::client {

using protocol::ErrorCode;

QString ErrorText::forError(const protocol::Error &error)
{
    const QCborMap &d = error.details;
    if (const QString rule = forRule(d.value(QStringLiteral("rule")).toString(), d); !rule.isEmpty())
        return rule;
    switch (error.code) {
    case ErrorCode::BadFrame:
    case ErrorCode::Malformed:
        return tr("The program and the server do not understand each other. Update the program.");
    case ErrorCode::FrameTooLarge:
        return tr("The data sent is too large.");
    case ErrorCode::UnknownType:
        return tr("The server does not support this action. Update the program or the server.");
    case ErrorCode::InvalidArgument:
        return tr("The server rejected the request (field \"%1\").").arg(d.value(QStringLiteral("field")).toString());
    case ErrorCode::HandshakeRequired:
    case ErrorCode::UnsupportedVersion:
        return tr("This version of the program does not fit the server. Update the program.");
    case ErrorCode::NotAuthenticated:
        return tr("Please sign in.");
    case ErrorCode::AuthFailed:
        return tr("Wrong login or password.");
    case ErrorCode::AccountLocked:
        return tr("Your account is locked. Contact the journal administrator.");
    case ErrorCode::AccountNotActivated:
        return tr("The account is not activated yet. Use your activation code for the first sign-in.");
    case ErrorCode::ActivationInvalid:
        return tr("The activation code is wrong or expired. Ask the administrator for a new one.");
    case ErrorCode::WeakPassword:
        return tr("The password is too simple: use at least 8 characters with letters and digits, different from the login.");
    case ErrorCode::Throttled: {
        const qint64 seconds = protocol::intOr(d.value(QStringLiteral("retryAfter")));
        const qint64 minutes = qMax<qint64>(1, (seconds + 59) / 60);
        return tr("Too many failed attempts. Try again in %n minute(s).", nullptr, int(minutes));
    }
    case ErrorCode::RateLimited:
        return tr("Too many requests at once. Wait a moment and try again.");
    case ErrorCode::SessionInvalid:
        return tr("Your session has ended. Please sign in again.");
    case ErrorCode::PermissionDenied:
        return tr("You do not have the right to do this.");
    case ErrorCode::NotFound:
        return tr("The record was not found; it may have been deleted by someone else.");
    case ErrorCode::Conflict:
        if (d.contains(QStringLiteral("clash")))
            return forClash(d);
        if (d.value(QStringLiteral("field")).toString() == QLatin1String("login"))
            return tr("This login is already taken. Choose another one.");
        return tr("Such a record already exists.");
    case ErrorCode::ValidationFailed:
        return tr("Check the data entered.");
    case ErrorCode::WindowClosed: {
        const QDate opensOn = QDate::fromString(d.value(QStringLiteral("opensOn")).toString(), Qt::ISODate);
        if (opensOn.isValid())
            return tr("This cannot be entered yet: it opens on %1.").arg(QLocale().toString(opensOn, QLocale::ShortFormat));
        const QDate deadline = QDate::fromString(d.value(QStringLiteral("deadline")).toString(), Qt::ISODate);
        if (deadline.isValid())
            return tr("The time for entering this ended on %1. File a correction request.")
                .arg(QLocale().toString(deadline, QLocale::ShortFormat));
        return tr("The time for entering this has passed. File a correction request.");
    }
    case ErrorCode::CellLocked: {
        const QDate deadline = QDate::fromString(d.value(QStringLiteral("deadline")).toString(), Qt::ISODate);
        if (deadline.isValid())
            return tr("This entry is locked: its entry window closed on %1. To change it, file a correction request.")
                .arg(QLocale().toString(deadline, QLocale::ShortFormat));
        return tr("This entry is locked. File a correction request.");
    }
    case ErrorCode::RuleViolation:
        return tr("This breaks the school's rules for the journal.");
    case ErrorCode::ReadOnly:
        return tr("The academic year is closed; its journals are read-only.");
    case ErrorCode::ServerBusy:
        return tr("The server is busy or its database is unavailable. Try again shortly.");
    case ErrorCode::ShuttingDown:
        return tr("The server is restarting. The program will reconnect by itself.");
    case ErrorCode::Internal:
        return tr("Internal server error. Tell the administrator.");
    case ErrorCode::Unreachable:
        return tr("No connection to the server.");
    case ErrorCode::Timeout:
        return tr("The server did not answer in time.");
    }
    return tr("Unknown error.");
}

QString ErrorText::forRule(const QString &rule, const QCborMap &details)
{
    if (rule == QLatin1String("period_outside_year"))
        return tr("A period must lie inside the academic year.");
    if (rule == QLatin1String("periods_overlap"))
        return tr("The periods overlap: each period must end before the next one starts.");
    if (rule == QLatin1String("period_order"))
        return tr("Periods must be numbered 1, 2, … in the order of their dates.");
    if (rule == QLatin1String("holiday_outside_year"))
        return tr("The holidays must lie inside the academic year.");
    if (rule == QLatin1String("year_overlap"))
        return tr("These dates overlap another academic year of the school.");
    if (rule == QLatin1String("bells_before_8"))
        return tr("Lessons may not start before 8:00.");
    if (rule == QLatin1String("bells_overlap"))
        return tr("Lessons overlap: each lesson must end before the next one starts.");
    if (rule == QLatin1String("break_too_short"))
        return tr("A break between lessons is shorter than 10 minutes.");
    if (rule == QLatin1String("hours_over_maximum")) {
        const QCborValue maximum = details.value(QStringLiteral("maximum"));
        if (maximum.isInteger() || maximum.isDouble())
            return tr("The weekly hours of the class would exceed the maximum allowed for its grade (%1 h).")
                .arg(QLocale().toString(wire::number(maximum)));
        return tr("The weekly hours of the class would exceed the maximum allowed for its grade.");
    }
    if (rule == QLatin1String("date_outside_year"))
        return tr("The date lies outside the academic year.");
    if (rule == QLatin1String("not_a_member"))
        return tr("The student is not on the class (or group) list on that date.");
    if (rule == QLatin1String("grade_1_no_marks"))
        return tr("Grade 1 is taught without marks: only attendance is recorded (000 §3.7).");
    if (rule == QLatin1String("grade_1_no_homework"))
        return tr("No homework is set in grade 1 (000 §3.7).");
    if (rule == QLatin1String("mark_one_not_allowed"))
        return tr("The mark «1» is not used in this school.");
    if (rule == QLatin1String("final_mark_range"))
        return tr("Period, year, exam and final marks are «2» to «5» only.");
    if (rule == QLatin1String("na_not_allowed"))
        return tr("«н/а» and «осв.» are not allowed for period, year and final marks (000 §5.3): extend the period "
                  "of study and give a mark.");
    if (rule == QLatin1String("pass_fail_subject"))
        return tr("This subject is graded pass/fail (зачёт/незачёт), not with marks — or the other way round.");
    if (rule == QLatin1String("exempt"))
        return tr("The student is exempt from this subject in this period.");
    if (rule == QLatin1String("not_absent"))
        return tr("There is no absence there to give a reason for.");
    if (rule == QLatin1String("already_enrolled"))
        return tr("The student is already on a class list on that date.");
    if (rule == QLatin1String("no_next_period"))
        return tr("A move between subgroups takes effect from the next quarter (half), and this is the last one.");
    if (rule == QLatin1String("subgroup_subject_mismatch"))
        return tr("The subgroup was made for another subject.");
    if (rule == QLatin1String("has_journal_data"))
        return tr("It cannot be deleted: the journal already holds marks, attendance or topics for it.");
    if (rule == QLatin1String("not_empty"))
        return tr("The class cannot be deleted: it has had students or lessons.");
    if (rule == QLatin1String("missing_column"))
        return tr("The file has no column «%1», which is required.").arg(ImportText::column(details.value(QStringLiteral("column")).toString()));
    if (rule == QLatin1String("invalid_rows"))
        return tr("Some rows of the file have errors: correct them or import only the correct rows.");
    if (rule == QLatin1String("last_admin"))
        return tr("The school would be left without an administrator.");
    return {};
}

QString ErrorText::forClash(const QCborMap &details)
{
    const QCborMap with = details.value(QStringLiteral("with")).toMap();
    QString when;
    const int lessonNumber = int(protocol::intOr(with.value(QStringLiteral("lessonNumber")), -1));
    if (with.contains(QStringLiteral("date")))
        when = QLocale().toString(wire::date(with.value(QStringLiteral("date"))), QLocale::ShortFormat);
    else if (with.contains(QStringLiteral("weekday")))
        when = SchoolText::weekday(int(protocol::intOr(with.value(QStringLiteral("weekday")))));
    if (lessonNumber >= 0)
        when = tr("%1, lesson %2").arg(when).arg(lessonNumber);
    QString lesson = with.value(QStringLiteral("className")).toString();
    const QString subject = with.value(QStringLiteral("subjectName")).toString();
    if (!subject.isEmpty())
        lesson += QStringLiteral(", ") + subject;
    const QString subgroup = with.value(QStringLiteral("subgroupName")).toString();
    if (!subgroup.isEmpty())
        lesson += QStringLiteral(" (") + subgroup + QLatin1Char(')');
    const QString clash = details.value(QStringLiteral("clash")).toString();
    if (clash == QLatin1String("teacher"))
        return tr("The teacher %1 already has a lesson then (%2): %3.")
            .arg(with.value(QStringLiteral("teacherName")).toString(), when, lesson);
    if (clash == QLatin1String("room"))
        return tr("Room %1 is already taken then (%2): %3.")
            .arg(with.value(QStringLiteral("room")).toString(), when, lesson);
    if (clash == QLatin1String("class"))
        return tr("The class already has a lesson then (%1): %2.").arg(when, lesson);
    return tr("This clashes with another lesson (%1): %2.").arg(when, lesson);
}

} // namespace cj::client
