#pragma once

#include <QAbstractTableModel>
#include <QCborMap>
#include <QDate>

#include "core/journal/CellText.h"
#include "core/journal/JournalCell.h"

namespace cj::client {

// The electronic diary (дневник) of one student for a stretch of days, as diary.get gives it: a
// row per lesson — day, number, subject, topic, homework, marks and attendance.
class DiaryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Day, Lesson, Subject, Topic, Homework, Marks, Count };

    struct Entry {
        QDate date;
        int lessonNumber = 0;
        QString subjectName;
        QString topic;
        QString homework;
        QList<Mark> marks;
        Attendance attendance;
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setDiary(const QCborMap &result);
    QString studentTitle() const { return m_title; }
    // Period, year … marks: «Математика: 4» lines.
    QStringList finalMarkLines() const { return m_finals; }
    const Entry &entryAt(int row) const { return m_entries[row]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Entry> m_entries;
    QString m_title;
    QStringList m_finals;
    AttendanceSymbols m_symbols;
};

} // namespace cj::client
