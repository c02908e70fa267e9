#include "ui/common/FieldSet.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

#include "core/WireValue.h"
#include "protocol/ArgReader.h"
#include "ui/common/DateEdit.h"
#include "ui/common/FieldErrors.h"

namespace cj::client {

FieldSet::FieldSet(QFormLayout *form, FieldErrors *errors, QObject *parent)
    : QObject(parent)
    , m_form(form)
    , m_errors(errors)
{
}

QWidget *FieldSet::add(const QString &key, const QString &label, Kind kind, QWidget *widget, bool required)
{
    widget->setObjectName(key + QStringLiteral("Field"));
    m_fields.append({key, kind, widget, required, label});
    if (kind == Kind::Check)
        m_form->addRow(QString(), widget);
    else
        m_form->addRow(required ? label + QStringLiteral(" *") : label, widget);
    m_errors->bind(key, widget);
    return widget;
}

QWidget *FieldSet::addText(const QString &key, const QString &label, bool required, const QString &placeholder)
{
    auto *edit = new QLineEdit(m_form->parentWidget());
    edit->setPlaceholderText(placeholder);
    return add(key, label, Kind::Text, edit, required);
}

QWidget *FieldSet::addLongText(const QString &key, const QString &label)
{
    auto *edit = new QPlainTextEdit(m_form->parentWidget());
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().height() * 4);
    return add(key, label, Kind::LongText, edit);
}

QWidget *FieldSet::addDate(const QString &key, const QString &label, bool optional)
{
    auto *edit = new DateEdit(m_form->parentWidget());
    edit->setOptional(optional);
    if (optional)
        edit->setDate({});
    return add(key, label, Kind::Date, edit);
}

QWidget *FieldSet::addCheck(const QString &key, const QString &text)
{
    return add(key, text, Kind::Check, new QCheckBox(text, m_form->parentWidget()));
}

QWidget *FieldSet::addChoice(const QString &key, const QString &label, const Choices &choices, bool editable)
{
    auto *combo = new QComboBox(m_form->parentWidget());
    combo->setEditable(editable);
    for (const auto &[value, text] : choices)
        combo->addItem(text, value);
    return add(key, label, Kind::Choice, combo);
}

void FieldSet::setValues(const QCborMap &record)
{
    for (const Field &f : std::as_const(m_fields)) {
        const QCborValue v = record.value(f.key);
        switch (f.kind) {
        case Kind::Text: static_cast<QLineEdit *>(f.widget)->setText(v.toString()); break;
        case Kind::LongText: static_cast<QPlainTextEdit *>(f.widget)->setPlainText(v.toString()); break;
        case Kind::Date: static_cast<DateEdit *>(f.widget)->setDate(wire::date(v)); break;
        case Kind::Check: static_cast<QCheckBox *>(f.widget)->setChecked(v.toBool()); break;
        case Kind::Choice: {
            auto *combo = static_cast<QComboBox *>(f.widget);
            const int index = combo->findData(v.toString());
            if (index >= 0)
                combo->setCurrentIndex(index);
            else if (combo->isEditable())
                combo->setEditText(v.toString());
            break;
        }
        }
    }
}

QCborMap FieldSet::values() const
{
    QCborMap map;
    for (const Field &f : m_fields) {
        if (m_form->isRowVisible(f.widget) == false)
            continue; // hidden: not this person's to see, so not theirs to send
        switch (f.kind) {
        case Kind::Text: map.insert(f.key, static_cast<QLineEdit *>(f.widget)->text().trimmed()); break;
        case Kind::LongText: map.insert(f.key, static_cast<QPlainTextEdit *>(f.widget)->toPlainText().trimmed()); break;
        case Kind::Date: map.insert(f.key, protocol::optionalDateToWire(static_cast<DateEdit *>(f.widget)->date())); break;
        case Kind::Check: map.insert(f.key, static_cast<QCheckBox *>(f.widget)->isChecked()); break;
        case Kind::Choice: {
            auto *combo = static_cast<QComboBox *>(f.widget);
            const bool typed = combo->isEditable() && combo->currentText() != combo->itemText(combo->currentIndex());
            map.insert(f.key, typed ? combo->currentText().trimmed() : combo->currentData().toString());
            break;
        }
        }
    }
    return map;
}

void FieldSet::hideAbsent(const QCborMap &record)
{
    for (const Field &f : std::as_const(m_fields))
        m_form->setRowVisible(f.widget, record.contains(f.key));
}

bool FieldSet::checkRequired()
{
    for (const Field &f : std::as_const(m_fields)) {
        if (f.required && f.kind == Kind::Text && static_cast<QLineEdit *>(f.widget)->text().trimmed().isEmpty()) {
            m_errors->showAt(f.widget, tr("Fill in “%1”.").arg(QString(f.label).remove(QLatin1Char('&')).remove(QLatin1Char(':'))));
            return false;
        }
    }
    return true;
}

QWidget *FieldSet::widget(const QString &key) const
{
    for (const Field &f : m_fields) {
        if (f.key == key)
            return f.widget;
    }
    return nullptr;
}

} // namespace cj::client
