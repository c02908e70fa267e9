#include "ui/common/GridEditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "ui/common/FieldErrors.h"

namespace cj::client {

GridEditor::GridEditor(Session *session, const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    auto *caption = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), this);
    m_view = new QTableView(this);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_add = new QPushButton(tr("Add"), this);
    m_add->setObjectName(QStringLiteral("addRowButton"));
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeRowButton"));
    m_save = new QPushButton(tr("Save"), this);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    auto *message = new QLabel(this);
    m_errors = new FieldErrors(message, this);

    connect(m_add, &QPushButton::clicked, this, [this] {
        addRow();
        setDirty(true);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QModelIndex index = m_view->currentIndex();
        if (!index.isValid())
            return;
        removeRow(index.row());
        setDirty(true);
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        m_errors->clear();
        save();
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_top = new QVBoxLayout;
    layout->addWidget(caption);
    layout->addLayout(m_top);
    layout->addWidget(m_view, 1);
    layout->addWidget(message);
    layout->addLayout(buttons);
    setDirty(false);
}

void GridEditor::setEditable(bool editable)
{
    m_add->setVisible(editable);
    m_remove->setVisible(editable);
    m_save->setVisible(editable);
    if (!editable)
        m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
}

void GridEditor::setAddText(const QString &text)
{
    m_add->setText(text);
}

void GridEditor::setDirty(bool dirty)
{
    m_save->setText(dirty ? tr("Save changes") : tr("Save"));
    m_save->setEnabled(dirty);
}

} // namespace cj::client
