#pragma once

#include "ui/common/ListScreen.h"

class QCheckBox;

namespace cj::client {

// Предметы: the school's subjects, how each is graded; old ones are archived, never deleted.
class SubjectsScreen : public ListScreen
{
    Q_OBJECT
public:
    explicit SubjectsScreen(Session *session, QWidget *parent = nullptr);
    static QWidget *create(Session *session, QWidget *parent) { return new SubjectsScreen(session, parent); }

    void reload() override;

protected:
    void updateActions() override;

private:
    void edit(const QCborMap &subject);

    QCheckBox *m_showArchived;
    QAction *m_archive = nullptr;
};

} // namespace cj::client
