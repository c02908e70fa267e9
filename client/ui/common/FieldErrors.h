#pragma once

#include <QHash>
#include <QObject>
#include <QPalette>
#include <QPointer>
#include <QStringList>

class QAbstractItemView;
class QLabel;
class QWidget;

namespace cj::protocol {
struct Error;
}

namespace cj::client {

// Shows a refusal where it belongs: the Russian text in the form's message line and, when the
// server named the argument at fault (details.field), that field tinted, explained and focused.
// A field like "bells[2].startsAt" points at row 2 of a bound table, in the column of startsAt.
class FieldErrors : public QObject
{
    Q_OBJECT
public:
    explicit FieldErrors(QLabel *message, QObject *parent = nullptr);

    void bind(const QString &field, QWidget *widget);
    // columnKeys: the protocol name of each column, for pointing at the very cell.
    void bindRows(const QString &field, QAbstractItemView *view, const QStringList &columnKeys = {});
    void show(const protocol::Error &error);
    // A check of our own before sending (a required field left empty).
    void showAt(QWidget *widget, const QString &text);
    void clear();

private:
    void mark(QWidget *widget, const QString &text);

    QLabel *m_message;
    QHash<QString, QPointer<QWidget>> m_fields;
    struct Rows {
        QPointer<QAbstractItemView> view;
        QStringList columnKeys;
    };
    QHash<QString, Rows> m_rows;
    QHash<QWidget *, QPalette> m_marked; // the palette to give back
};

} // namespace cj::client
