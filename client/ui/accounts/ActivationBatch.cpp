#include "ui/accounts/ActivationBatch.h"

#include <QSet>

#include "core/ErrorText.h"
#include "core/ServerConnection.h"
#include "core/Session.h"
#include "protocol/ArgReader.h"
#include "ui/Feedback.h"
#include "ui/accounts/ActivationCodesDialog.h"

namespace cj::client {

using protocol::MessageType;

ActivationBatch::ActivationBatch(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
}

void ActivationBatch::add(MessageType type, const QCborMap &args, const QString &person, const QString &note)
{
    m_items.append({type, args, person, note});
}

void ActivationBatch::run()
{
    m_issued = {};
    m_failures.clear();
    m_pending = int(m_items.size()) + 1; // held until every request is out
    for (const Item &item : std::as_const(m_items)) {
        m_session->connection()->call(item.type, item.args, this, [this, item](const protocol::Response &r) {
            if (r.ok) {
                QCborMap issued = r.result;
                if (!item.note.isEmpty())
                    issued.insert(QStringLiteral("note"), item.note);
                m_issued.append(issued);
            } else {
                m_failures.append(tr("%1: %2").arg(item.person, ErrorText::forError(r.error)));
            }
            finishOne();
        });
    }
    finishOne();
}

void ActivationBatch::finishOne()
{
    if (--m_pending == 0)
        Q_EMIT finished(m_issued, m_failures);
}

void ActivationBatch::runForClass(qint64 classId, ClassMembers who)
{
    m_session->connection()->call(MessageType::StudentsList,
                                  QCborMap{{QStringLiteral("classId"), classId}, {QStringLiteral("personal"), true}}, this,
                                  [this, who](const protocol::Response &r) {
                                      if (!r.ok) {
                                          Q_EMIT finished({}, {ErrorText::forError(r.error)});
                                          return;
                                      }
                                      addClassMembers(r.result.value(QStringLiteral("students")).toArray(), who);
                                      run();
                                  });
}

void ActivationBatch::addClassMembers(const QCborArray &students, ClassMembers who)
{
    QSet<qint64> guardiansSeen;
    for (const QCborValue &v : students) {
        const QCborMap student = v.toMap();
        const QString studentName = student.value(QStringLiteral("fullName")).toString();
        const QString className = student.value(QStringLiteral("className")).toString();
        if (who == ClassMembers::Students) {
            add(MessageType::AccountsCreateForStudent, QCborMap{{QStringLiteral("studentId"), student.value(QStringLiteral("id"))}},
                studentName, tr("student, %1").arg(className));
            continue;
        }
        for (const QCborValue &g : student.value(QStringLiteral("guardians")).toArray()) {
            const QCborMap guardian = g.toMap();
            const qint64 id = protocol::intOr(guardian.value(QStringLiteral("id")));
            if (guardiansSeen.contains(id))
                continue;
            guardiansSeen.insert(id);
            add(MessageType::AccountsCreateForGuardian, QCborMap{{QStringLiteral("guardianId"), id}},
                guardian.value(QStringLiteral("fullName")).toString(), tr("parent of %1, %2").arg(studentName, className));
        }
    }
}

void ActivationBatch::presentWhenDone(QWidget *parent, std::function<void()> after)
{
    connect(this, &ActivationBatch::finished, parent, [this, parent, after](const QCborArray &issued, const QStringList &failures) {
        deleteLater();
        if (!failures.isEmpty())
            feedback::inform(parent, tr("Activation codes"),
                             tr("Some codes could not be issued:\n%1").arg(failures.join(QLatin1Char('\n'))));
        if (!issued.isEmpty())
            ActivationCodesDialog(m_session, issued, parent).exec();
        if (after)
            after();
    });
}

} // namespace cj::client
