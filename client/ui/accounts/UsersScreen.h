#pragma once

#include "ui/common/ListScreen.h"

class QCheckBox;
class QComboBox;

namespace cj::client {

// Пользователи: the school's accounts — create, edit, roles, lock with a reason, lift a hold after
// failed sign-ins, archive; activation codes with printable slips, one or many at once.
class UsersScreen : public ListScreen
{
    Q_OBJECT
public:
    explicit UsersScreen(Session *session, QWidget *parent = nullptr);
    static QWidget *create(Session *session, QWidget *parent) { return new UsersScreen(session, parent); }

    void reload() override;

protected:
    void updateActions() override;

private:
    void edit(const QCborMap &user);
    void toggleLock();
    void issueCodes();
    static QString rolesOf(const QCborMap &user); // «Учитель, Секретарь», for the slip

    QComboBox *m_role;
    QCheckBox *m_lockedOut;
    QCheckBox *m_archived;
    QAction *m_lock = nullptr;
    QAction *m_archive = nullptr;
};

} // namespace cj::client
