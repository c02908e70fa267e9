#pragma once

#include <QHash>
#include <QObject>
#include <QPalette>
#include <QPointer>

class QAbstractItemView;
class QLabel;
class QWidget;

namespace cj::protocol {
struct Error;
}

namespace cj::client {

// Shows a refusal where it belongs: the Russian text in the form's message line and, when the
// server named the argument at fault (details.field), that field tinted, explained and focused.
// A field like "bells[2]" points at row 2 of a bound table.
class FieldErrors : public QObject
{
    Q_OBJECT
public:
    explicit FieldErrors(QLabel *message, QObject *parent = nullptr);

    void bind(const QString &field, QWidget *widget);
    void bindRows(const QString &field, QAbstractItemView *view);
    void show(const protocol::Error &error);
    // A check of our own before sending (a required field left empty).
    void showAt(QWidget *widget, const QString &text);
    void clear();

private:
    void mark(QWidget *widget, const QString &text);

    QLabel *m_message;
    QHash<QString, QPointer<QWidget>> m_fields;
    QHash<QString, QPointer<QAbstractItemView>> m_rows;
    QHash<QWidget *, QPalette> m_marked; // the palette to give back
};

} // namespace cj::client
