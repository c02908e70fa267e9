#include "ui/HomePage.h"

#include <QLabel>
#include <QVBoxLayout>

#include "core/RoleText.h"
#include "core/Session.h"

namespace cj::client {

HomePage::HomePage(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    m_greeting = new QLabel(this);
    m_greeting->setObjectName(QStringLiteral("greetingLabel"));
    m_greeting->setWordWrap(true);
    m_greeting->setTextFormat(Qt::RichText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_greeting);
    layout->addStretch();
    connect(session, &Session::signedIn, this, &HomePage::refresh);
    connect(session, &Session::resumed, this, &HomePage::refresh);
    refresh();
}

void HomePage::refresh()
{
    const UserInfo &u = m_session->user();
    if (!u.id) {
        m_greeting->clear();
        return;
    }
    m_greeting->setText(tr("<h2>%1</h2><p>%2</p><p>You are signed in as <b>%3</b> (%4).</p>")
                            .arg(u.schoolName.toHtmlEscaped(), m_session->serverToday().toString(QStringLiteral("dddd, d MMMM yyyy")),
                                 u.fullName.toHtmlEscaped(), RoleText::names(u.roles)));
}

} // namespace cj::client
