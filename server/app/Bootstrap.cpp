#include "app/Bootstrap.h"

#include <QRegularExpression>

#include "auth/AuthService.h"
#include "db/Db.h"
#include "storage/AuditStore.h"
#include "storage/SchoolStore.h"
#include "storage/UserStore.h"

namespace cj::server {

QString Bootstrap::createAdmin(Db &db, const QString &login, const QString &schoolName, QString *error)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9._-]{2,64}$"));
    if (!pattern.match(login).hasMatch()) {
        *error = QStringLiteral("a login is 2-64 Latin letters, digits, '.', '_' or '-'");
        return {};
    }
    Transaction tx(db);
    std::optional<UserRecord> user = UserStore::byLogin(db, login);
    if (!user) {
        qint64 schoolId = SchoolStore::firstSchoolId(db).value_or(0);
        if (schoolId == 0) {
            SchoolRecord school;
            school.name = schoolName.isEmpty() ? QStringLiteral("Школа") : schoolName;
            schoolId = SchoolStore::create(db, school);
        }
        UserRecord u;
        u.schoolId = schoolId;
        u.login = login;
        u.surname = QStringLiteral("Администратор");
        u.firstName = QStringLiteral("Системный");
        u.position = QStringLiteral("Администратор электронного журнала");
        u.roles = Role::Admin;
        u.id = UserStore::insert(db, u);
        user = u;
    } else if (!user->roles.testFlag(Role::Admin)) {
        *error = QStringLiteral("user '%1' exists and is not an administrator").arg(login);
        return {};
    }
    QDateTime expires;
    const QString code = AuthService::issueActivationCode(db, user->id, &expires);
    AuditEntry entry;
    entry.schoolId = user->schoolId;
    entry.workstation = QStringLiteral("command line");
    entry.entity = QStringLiteral("user");
    entry.entityId = user->id;
    entry.action = QStringLiteral("bootstrap_admin");
    AuditStore::append(db, entry);
    tx.commit();
    return code;
}

} // namespace cj::server
