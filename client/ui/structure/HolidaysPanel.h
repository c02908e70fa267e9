#pragma once

#include "ui/common/ListScreen.h"

namespace cj::client {

// The holidays of the year shown in the year screen; every change answers with the whole Year,
// which is handed back through yearChanged.
class HolidaysPanel : public ListScreen
{
    Q_OBJECT
public:
    explicit HolidaysPanel(Session *session, QWidget *parent = nullptr);

    void setYear(const QCborMap &year);
    void reload() override {} // the holidays come with the year

Q_SIGNALS:
    void yearChanged(const QCborMap &year);

private:
    void edit(const QCborMap &holiday);

    qint64 m_yearId = 0;
};

} // namespace cj::client
