#pragma once

#include <QCborMap>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>

class QFormLayout;
class QWidget;

namespace cj::client {

class FieldErrors;

// The fields of a record form declared once by their protocol names — a person's names, a card's
// dates and choices — and read and written as one CBOR map: values() gives the args to send,
// setValues() fills from a record, hideAbsent() hides what the server did not send to this person
// (personal data the role may not see). Each field is bound to the form's error display.
class FieldSet : public QObject
{
    Q_OBJECT
public:
    using Choices = QList<QPair<QString, QString>>; // wire value, shown text

    FieldSet(QFormLayout *form, FieldErrors *errors, QObject *parent = nullptr);

    QWidget *addText(const QString &key, const QString &label, bool required = false, const QString &placeholder = {});
    QWidget *addLongText(const QString &key, const QString &label);
    QWidget *addDate(const QString &key, const QString &label, bool optional = true);
    QWidget *addCheck(const QString &key, const QString &text);
    // editable: the person may also type a value of their own.
    QWidget *addChoice(const QString &key, const QString &label, const Choices &choices, bool editable = false);

    void setValues(const QCborMap &record);
    QCborMap values() const;
    void hideAbsent(const QCborMap &record);
    // The first empty required field is marked; false then.
    bool checkRequired();
    QWidget *widget(const QString &key) const;

private:
    enum class Kind { Text, LongText, Date, Check, Choice };
    struct Field {
        QString key;
        Kind kind;
        QWidget *widget;
        bool required;
        QString label;
    };
    QWidget *add(const QString &key, const QString &label, Kind kind, QWidget *widget, bool required = false);

    QFormLayout *m_form;
    FieldErrors *m_errors;
    QList<Field> m_fields;
};

} // namespace cj::client
