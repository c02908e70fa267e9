#include "ui/common/TeacherComboBox.h"

#include <QMap>

#include "core/Permissions.h"
#include "core/ServerConnection.h"
#include "core/Session.h"
#include "protocol/ArgReader.h"

namespace cj::client {

using protocol::MessageType;

TeacherComboBox::TeacherComboBox(Session *session, QWidget *parent)
    : RecordComboBox(parent)
    , m_session(session)
    , m_fromAccounts(Permissions(session->user()).seeAccounts())
{
    setObjectName(QStringLiteral("teacherCombo"));
    if (m_fromAccounts) {
        setSource(session->connection(), MessageType::UsersList, QStringLiteral("users"),
                  QCborMap{{QStringLiteral("role"), QStringLiteral("teacher")}});
        reload();
    }
}

void TeacherComboBox::setYear(qint64 yearId)
{
    if (m_fromAccounts || !yearId)
        return;
    m_session->connection()->call(MessageType::AssignmentsList, QCborMap{{QStringLiteral("yearId"), yearId}}, this,
                                  [this](const protocol::Response &r) {
                                      QMap<QString, QCborMap> byName; // sorted by name, each teacher once
                                      for (const QCborValue &v : r.result.value(QStringLiteral("assignments")).toArray()) {
                                          const QCborMap a = v.toMap();
                                          const QString name = a.value(QStringLiteral("teacherName")).toString();
                                          byName.insert(name, QCborMap{{QStringLiteral("id"), a.value(QStringLiteral("teacherId"))},
                                                                       {QStringLiteral("fullName"), name}});
                                      }
                                      QCborArray teachers;
                                      for (const QCborMap &t : std::as_const(byName))
                                          teachers.append(t);
                                      setRecords(teachers);
                                  });
}

} // namespace cj::client
