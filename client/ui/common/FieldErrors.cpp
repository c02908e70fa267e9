#include "ui/common/FieldErrors.h"

#include <QAbstractItemView>
#include <QLabel>
#include <QRegularExpression>

#include "core/ErrorText.h"
#include "protocol/Envelope.h"

namespace cj::client {

FieldErrors::FieldErrors(QLabel *message, QObject *parent)
    : QObject(parent)
    , m_message(message)
{
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->setObjectName(QStringLiteral("errorLabel"));
}

void FieldErrors::bind(const QString &field, QWidget *widget)
{
    m_fields.insert(field, widget);
}

void FieldErrors::bindRows(const QString &field, QAbstractItemView *view, const QStringList &columnKeys)
{
    m_rows.insert(field, Rows{view, columnKeys});
}

void FieldErrors::show(const protocol::Error &error)
{
    clear();
    const QString text = ErrorText::forError(error);
    m_message->setText(text);
    const QString field = error.details.value(QStringLiteral("field")).toString();
    if (field.isEmpty())
        return;
    static const QRegularExpression indexed(QStringLiteral("^(\\w+)\\[(\\d+)\\](?:\\.(\\w+))?"));
    if (const auto m = indexed.match(field); m.hasMatch()) {
        const Rows rows = m_rows.value(m.captured(1));
        if (QAbstractItemView *view = rows.view) {
            const int column = qMax(0, int(rows.columnKeys.indexOf(m.captured(3))));
            const QModelIndex index = view->model()->index(m.captured(2).toInt(), column);
            view->setCurrentIndex(index);
            view->scrollTo(index);
            view->setFocus();
            return;
        }
    }
    if (QWidget *widget = m_fields.value(field))
        mark(widget, text);
}

void FieldErrors::showAt(QWidget *widget, const QString &text)
{
    clear();
    m_message->setText(text);
    mark(widget, text);
}

void FieldErrors::mark(QWidget *widget, const QString &text)
{
    if (!m_marked.contains(widget))
        m_marked.insert(widget, widget->palette());
    QPalette p = widget->palette();
    p.setColor(QPalette::Base, QColor(0xfd, 0xe7, 0xe9));
    p.setColor(QPalette::Button, QColor(0xfd, 0xe7, 0xe9));
    widget->setPalette(p);
    widget->setToolTip(text);
    widget->setFocus();
}

void FieldErrors::clear()
{
    m_message->clear();
    for (auto it = m_marked.cbegin(); it != m_marked.cend(); ++it) {
        it.key()->setPalette(it.value());
        it.key()->setToolTip(QString());
    }
    m_marked.clear();
}

} // namespace cj::client
