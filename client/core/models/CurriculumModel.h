#pragma once

#include <QAbstractTableModel>
#include <QCborArray>
#include <QCborMap>
#include <QHash>
#include <QList>

namespace cj::client {

// Учебный план as a grid: subjects (rows) × classes (columns), hours a week in the cells, then the
// weekly total of each class and the maximum allowed for its grade (SPEC §7). Editing a cell only
// announces the change (hoursEdited); the screen sends it and confirms or takes it back.
class CurriculumModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum DataRole { ClassIdRole = Qt::UserRole + 1, SubjectIdRole };

    explicit CurriculumModel(QObject *parent = nullptr);

    // classes.list's classes and subjects.list's subjects (archived ones are left out unless planned).
    void setFrame(const QCborArray &classes, const QCborArray &subjects);
    // curriculum.list's result: items and totals.
    void setCurriculum(const QCborMap &result);
    // curriculum.set's "total" of one class: {classId, hoursPerWeek, maximum}.
    void applyTotal(const QCborMap &total);
    double hours(qint64 classId, qint64 subjectId) const;
    void setHours(qint64 classId, qint64 subjectId, double hours);
    double total(qint64 classId) const;
    double maximum(qint64 classId) const;

    bool isTotalRow(int row) const { return row == int(m_subjects.size()); }
    bool isMaximumRow(int row) const { return row == int(m_subjects.size()) + 1; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void hoursEdited(qint64 classId, qint64 subjectId, double oldHours, double newHours);

private:
    struct Column {
        qint64 classId;
        QString name;
    };
    struct Row {
        qint64 subjectId;
        QString name;
    };
    static quint64 key(qint64 classId, qint64 subjectId) { return quint64(classId) << 32 | quint64(subjectId); }
    void announceColumn(qint64 classId);

    QList<Column> m_classes;
    QList<Row> m_subjects;
    QHash<quint64, double> m_hours;
    QHash<qint64, double> m_maximum;
};

} // namespace cj::client
