#pragma once

#include <QAbstractTableModel>
#include <QCborArray>
#include <QDateTime>

#include "core/journal/CellText.h"

namespace cj::client {

// The audit trail of a cell, or of a lesson's topic and homework (journal.history), oldest first:
// when, who, from which workstation, what was there and what it became.
class CellHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { At, Who, Workstation, Action, Was, Became, Count };

    struct Entry {
        QDateTime at;
        QString userName;
        QString workstation;
        QString entity; // marks, attendance, lesson
        QString action; // set, set_reason, correction …
        QCborMap oldValue;
        QCborMap newValue;
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setEntries(const QCborArray &entries);
    // A recorded value in people's words: «3/5», «н», «по болезни», «Тема: …».
    QString describe(const Entry &entry, const QCborMap &value) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Entry> m_entries;
    AttendanceSymbols m_symbols;
};

} // namespace cj::client
