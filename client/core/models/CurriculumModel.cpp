#include "core/models/CurriculumModel.h"

#include "core/WireValue.h"
#include "core/models/ModelColors.h"
#include "protocol/ArgReader.h"

#include <QFont>

#include <algorithm>

namespace cj::client {

using protocol::intOr;

CurriculumModel::CurriculumModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CurriculumModel::setFrame(const QCborArray &classes, const QCborArray &subjects)
{
    beginResetModel();
    m_classes.clear();
    m_subjects.clear();
    for (const QCborValue &v : classes) {
        const QCborMap c = v.toMap();
        m_classes.append({intOr(c.value(QStringLiteral("id"))), c.value(QStringLiteral("name")).toString()});
    }
    for (const QCborValue &v : subjects) {
        const QCborMap s = v.toMap();
        if (!s.value(QStringLiteral("archived")).toBool())
            m_subjects.append({intOr(s.value(QStringLiteral("id"))), s.value(QStringLiteral("name")).toString()});
    }
    endResetModel();
}

void CurriculumModel::setCurriculum(const QCborMap &result)
{
    beginResetModel();
    m_hours.clear();
    m_maximum.clear();
    for (const QCborValue &v : result.value(QStringLiteral("items")).toArray()) {
        const QCborMap item = v.toMap();
        const qint64 subjectId = intOr(item.value(QStringLiteral("subjectId")));
        m_hours.insert(key(intOr(item.value(QStringLiteral("classId"))), subjectId),
                       wire::number(item.value(QStringLiteral("hoursPerWeek"))));
        // A planned subject that was archived since still shows: its hours count.
        const bool known = std::any_of(m_subjects.cbegin(), m_subjects.cend(),
                                       [subjectId](const Row &r) { return r.subjectId == subjectId; });
        if (!known)
            m_subjects.append({subjectId, item.value(QStringLiteral("subjectName")).toString()});
    }
    for (const QCborValue &v : result.value(QStringLiteral("totals")).toArray()) {
        const QCborMap t = v.toMap();
        m_maximum.insert(intOr(t.value(QStringLiteral("classId"))), wire::number(t.value(QStringLiteral("maximum"))));
    }
    endResetModel();
}

void CurriculumModel::applyTotal(const QCborMap &total)
{
    const qint64 classId = intOr(total.value(QStringLiteral("classId")));
    if (!total.contains(QStringLiteral("maximum")))
        return;
    m_maximum.insert(classId, wire::number(total.value(QStringLiteral("maximum"))));
    announceColumn(classId);
}

double CurriculumModel::hours(qint64 classId, qint64 subjectId) const
{
    return m_hours.value(key(classId, subjectId));
}

void CurriculumModel::setHours(qint64 classId, qint64 subjectId, double hours)
{
    if (hours > 0)
        m_hours.insert(key(classId, subjectId), hours);
    else
        m_hours.remove(key(classId, subjectId));
    announceColumn(classId);
}

void CurriculumModel::announceColumn(qint64 classId)
{
    for (int c = 0; c < m_classes.size(); ++c) {
        if (m_classes[c].classId == classId)
            Q_EMIT dataChanged(index(0, c), index(rowCount() - 1, c));
    }
}

double CurriculumModel::total(qint64 classId) const
{
    double sum = 0;
    for (const Row &r : m_subjects)
        sum += hours(classId, r.subjectId);
    return sum;
}

double CurriculumModel::maximum(qint64 classId) const
{
    return m_maximum.value(classId);
}

int CurriculumModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_subjects.size()) + 2;
}

int CurriculumModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_classes.size());
}

QVariant CurriculumModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const qint64 classId = m_classes[index.column()].classId;
    const int row = index.row();
    const bool over = maximum(classId) > 0 && total(classId) > maximum(classId);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: {
        if (isTotalRow(row))
            return total(classId);
        if (isMaximumRow(row))
            return m_maximum.contains(classId) ? QVariant(maximum(classId)) : QVariant();
        const double h = hours(classId, m_subjects[row].subjectId);
        return h > 0 || role == Qt::EditRole ? QVariant(h) : QVariant();
    }
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::BackgroundRole:
        if (isTotalRow(row))
            return over ? colors::problemBackground() : colors::okBackground();
        return {};
    case Qt::ForegroundRole:
        if (isMaximumRow(row))
            return colors::muted();
        return isTotalRow(row) && over ? QVariant(colors::problemText()) : QVariant();
    case Qt::FontRole:
        if (isTotalRow(row)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (isTotalRow(row) && over)
            return tr("Over the maximum weekly hours for the grade");
        return {};
    case ClassIdRole:
        return classId;
    case SubjectIdRole:
        return row < m_subjects.size() ? QVariant(m_subjects[row].subjectId) : QVariant();
    default:
        return {};
    }
}

QVariant CurriculumModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal)
        return section >= 0 && section < m_classes.size() ? QVariant(m_classes[section].name) : QVariant();
    if (section >= 0 && section < m_subjects.size())
        return m_subjects[section].name;
    if (isTotalRow(section))
        return tr("Total a week");
    if (isMaximumRow(section))
        return tr("Maximum allowed");
    return {};
}

Qt::ItemFlags CurriculumModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.row() < m_subjects.size())
        f |= Qt::ItemIsEditable;
    return f;
}

bool CurriculumModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    bool ok = false;
    const double hoursNew = value.toDouble(&ok);
    if (!ok || hoursNew < 0)
        return false;
    const qint64 classId = m_classes[index.column()].classId;
    const qint64 subjectId = m_subjects[index.row()].subjectId;
    const double hoursOld = hours(classId, subjectId);
    if (qFuzzyCompare(hoursOld + 1, hoursNew + 1))
        return true;
    setHours(classId, subjectId, hoursNew);
    Q_EMIT hoursEdited(classId, subjectId, hoursOld, hoursNew);
    return true;
}

} // namespace cj::client
