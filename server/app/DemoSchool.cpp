#include "app/DemoSchool.h"

#include "auth/PasswordHasher.h"
#include "db/Db.h"
#include "storage/SchoolStore.h"
#include "storage/UserStore.h"

namespace cj::server {

namespace {
struct DemoAccount {
    const char16_t *login;
    const char16_t *surname;
    const char16_t *firstName;
    const char16_t *patronymic;
    Role role;
    const char16_t *password;
};

const DemoAccount kAccounts[] = {
    {u"admin", u"Соколова", u"Ирина", u"Викторовна", Role::Admin, u"admin2025"},
    {u"director", u"Кузнецов", u"Андрей", u"Павлович", Role::Director, u"director2025"},
    {u"deputy", u"Морозова", u"Елена", u"Сергеевна", Role::Deputy, u"deputy2025"},
    {u"teacher", u"Иванова", u"Мария", u"Петровна", Role::Teacher, u"teacher2025"},
    {u"secretary", u"Белова", u"Ольга", u"Николаевна", Role::Secretary, u"secretary2025"},
};
} // namespace

QString DemoSchool::fillIfEmpty(Db &db, QString *error)
{
    if (SchoolStore::firstSchoolId(db))
        return QStringLiteral("The database already holds a school; demo data not added.\n");
    Transaction tx(db);
    SchoolRecord school;
    school.name = QStringLiteral("МБОУ «Средняя общеобразовательная школа № 1»");
    school.shortName = QStringLiteral("СОШ № 1");
    school.directorName = QStringLiteral("Кузнецов А. П.");
    const qint64 schoolId = SchoolStore::create(db, school);
    QString text = QStringLiteral("Demo school \"%1\" created. Accounts (login / password):\n").arg(school.shortName);
    for (const DemoAccount &a : kAccounts) {
        UserRecord u;
        u.schoolId = schoolId;
        u.login = QString::fromUtf16(a.login);
        u.surname = QString::fromUtf16(a.surname);
        u.firstName = QString::fromUtf16(a.firstName);
        u.patronymic = QString::fromUtf16(a.patronymic);
        u.roles = a.role;
        u.id = UserStore::insert(db, u);
        UserStore::setPassword(db, u.id, PasswordHasher::hash(QString::fromUtf16(a.password)));
        text += QStringLiteral("  %1 / %2  (%3)\n").arg(u.login, QString::fromUtf16(a.password), roleName(a.role));
    }
    tx.commit();
    Q_UNUSED(error);
    return text;
}

bool DemoSchool::generate(Db &db, const QString &size, quint32 seed, QString *error)
{
    Q_UNUSED(db);
    Q_UNUSED(seed);
    *error = QStringLiteral("unknown size '%1'").arg(size);
    return false;
}

} // namespace cj::server
