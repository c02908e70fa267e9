#include "ui/common/GridScreen.h"

#include <QLabel>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include "ui/common/FieldErrors.h"
#include "ui/common/FilterBar.h"

namespace cj::client {

GridScreen::GridScreen(Session *session, const QString &objectName, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_toolBar(new QToolBar(this))
    , m_filters(new FilterBar(session, this))
    , m_view(new QTableView(this))
    , m_hint(new QLabel(this))
{
    setObjectName(objectName);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_view->setObjectName(objectName.chopped(int(qstrlen("Screen"))) + QStringLiteral("View"));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_hint->setWordWrap(true);
    auto *message = new QLabel(this);
    m_errors = new FieldErrors(message, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_hint);
    layout->addWidget(message);
}

void GridScreen::setHint(const QString &text)
{
    m_hint->setText(text);
}

} // namespace cj::client
