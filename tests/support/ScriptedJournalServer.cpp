#include "ScriptedJournalServer.h"

#include <QTimer>

namespace cj::test {

using protocol::MessageType;

ScriptedJournalServer::ScriptedJournalServer(QCborMap openResult)
    : page(std::move(openResult))
{
    for (const QCborValue &v : page.value(QStringLiteral("cells")).toArray()) {
        const QCborMap c = v.toMap();
        m_marks.insert(key(c), c.value(QStringLiteral("marks")).toArray());
        m_attendance.insert(key(c), c.value(QStringLiteral("attendance")));
    }
}

QString ScriptedJournalServer::key(const QCborMap &args)
{
    return QStringLiteral("%1/%2")
        .arg(args.value(QStringLiteral("lessonId")).toInteger())
        .arg(args.value(QStringLiteral("studentId")).toInteger());
}

client::JournalPageEditor::Caller ScriptedJournalServer::caller()
{
    return [this](MessageType type, const QCborMap &args, QObject *, client::JournalPageEditor::ResponseHandler handler) {
        sent.append({type, args});
        protocol::Response r;
        r.type = protocol::messageTypeName(type);
        if (refuseNext && protocol::isWrite(type)) {
            r.ok = false;
            r.error = *refuseNext;
            refuseNext.reset();
        } else {
            r.result = answer(type, args);
        }
        QTimer::singleShot(0, this, [handler, r] { handler(r); });
    };
}

QList<ScriptedJournalServer::Sent> ScriptedJournalServer::writes() const
{
    QList<Sent> list;
    for (const Sent &s : sent) {
        if (protocol::isWrite(s.type))
            list.append(s);
    }
    return list;
}

QCborMap ScriptedJournalServer::answer(MessageType type, const QCborMap &args)
{
    const QString lessonId = QStringLiteral("lessonId"), studentId = QStringLiteral("studentId");
    QCborMap cell{{lessonId, args.value(lessonId)}, {studentId, args.value(studentId)}};
    switch (type) {
    case MessageType::JournalOpen:
        return page;
    case MessageType::JournalSetMarks: {
        QCborArray marks;
        int position = 1;
        for (const QCborValue &m : args.value(QStringLiteral("marks")).toArray()) {
            QCborMap mark = m.toMap();
            mark.insert(QStringLiteral("position"), position++);
            marks.append(mark);
        }
        cell.insert(QStringLiteral("marks"), marks);
        cell.insert(QStringLiteral("attendance"), m_attendance.value(key(args)));
        m_marks.insert(key(args), marks);
        return {{QStringLiteral("cell"), cell}, {QStringLiteral("stats"), QCborMap{}}};
    }
    case MessageType::JournalSetAttendance: {
        const QCborValue kind = args.value(QStringLiteral("kind"));
        const QCborValue attendance = kind.isString()
            ? QCborValue(QCborMap{{QStringLiteral("kind"), kind}, {QStringLiteral("reason"), QCborValue(nullptr)}})
            : QCborValue(nullptr);
        m_attendance.insert(key(args), attendance);
        cell.insert(QStringLiteral("marks"), m_marks.value(key(args)));
        cell.insert(QStringLiteral("attendance"), attendance);
        return {{QStringLiteral("cell"), cell}};
    }
    case MessageType::JournalSetLesson: {
        QCborArray lessons = page.value(QStringLiteral("lessons")).toArray();
        for (qsizetype i = 0; i < lessons.size(); ++i) {
            QCborMap lesson = lessons.at(i).toMap();
            if (lesson.value(QStringLiteral("id")) != args.value(lessonId))
                continue;
            for (auto it = args.constBegin(); it != args.constEnd(); ++it) {
                if (it.key().toString() != lessonId)
                    lesson.insert(it.key(), it.value());
            }
            lessons[i] = lesson;
            page.insert(QStringLiteral("lessons"), lessons);
            return lesson;
        }
        return {};
    }
    case MessageType::JournalSetFinalMark:
        if (!args.contains(QStringLiteral("value")) && !args.contains(QStringLiteral("passed")))
            return {{QStringLiteral("cleared"), true}};
        return args;
    default:
        return {};
    }
}

} // namespace cj::test
