#pragma once

#include "ui/common/ListScreen.h"

class QLabel;

namespace cj::client {

class ClassComboBox;
class SubgroupMembersModel;
class YearComboBox;

// Подгруппы: the subgroups of a class per subject and who is in each, with the dates of moves.
class SubgroupsScreen : public ListScreen
{
    Q_OBJECT
public:
    explicit SubgroupsScreen(Session *session, QWidget *parent = nullptr);
    static QWidget *create(Session *session, QWidget *parent) { return new SubgroupsScreen(session, parent); }

    void reload() override;

protected:
    void updateActions() override;

private:
    void showMembers(const QCborMap &subgroup);
    void editMembers();

    YearComboBox *m_year;
    ClassComboBox *m_class;
    SubgroupMembersModel *m_members;
    QLabel *m_effective;
    QAction *m_assign = nullptr;
};

} // namespace cj::client
