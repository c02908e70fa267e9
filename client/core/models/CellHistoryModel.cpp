#include "core/models/CellHistoryModel.h"

#include <QCborMap>
#include <QLocale>

#include "core/models/AbsenceListModel.h"

namespace cj::client {

void CellHistoryModel::setEntries(const QCborArray &entries)
{
    beginResetModel();
    m_entries.clear();
    for (const QCborValue &v : entries) {
        const QCborMap e = v.toMap();
        m_entries.append({QDateTime::fromString(e.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs),
                          e.value(QStringLiteral("userName")).toString(), e.value(QStringLiteral("workstation")).toString(),
                          e.value(QStringLiteral("entity")).toString(), e.value(QStringLiteral("action")).toString(),
                          e.value(QStringLiteral("old")).toMap(), e.value(QStringLiteral("new")).toMap()});
    }
    endResetModel();
}

QString CellHistoryModel::describe(const Entry &entry, const QCborMap &value) const
{
    QStringList parts;
    if (value.contains(QStringLiteral("marks"))) {
        QList<Mark> marks;
        for (const QCborValue &m : value.value(QStringLiteral("marks")).toArray())
            marks.append(Mark::fromCbor(m.toMap()));
        parts.append(CellText::marks(marks));
    }
    if (value.contains(QStringLiteral("kind"))) {
        const Attendance a{attendanceKindFromWire(value.value(QStringLiteral("kind")).toString()),
                           absenceReasonFromWire(value.value(QStringLiteral("reason")).toString())};
        parts.append(m_symbols.of(a));
    } else if (value.contains(QStringLiteral("reason"))) {
        const AbsenceReason r = absenceReasonFromWire(value.value(QStringLiteral("reason")).toString());
        parts.append(r == AbsenceReason::None ? QString() : AbsenceListModel::reasonText(r));
    }
    if (entry.entity == QLatin1String("lesson")) {
        if (value.contains(QStringLiteral("topic")))
            parts.append(tr("Topic: %1").arg(value.value(QStringLiteral("topic")).toString()));
        if (value.contains(QStringLiteral("homework")))
            parts.append(tr("Homework: %1").arg(value.value(QStringLiteral("homework")).toString()));
    }
    parts.removeAll(QString());
    return parts.isEmpty() ? QStringLiteral("—") : parts.join(QStringLiteral("; "));
}

int CellHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int CellHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant CellHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const Entry &e = m_entries[index.row()];
    switch (Column(index.column())) {
    case Column::At: return QLocale().toString(e.at.toLocalTime(), QStringLiteral("dd.MM.yyyy HH:mm:ss"));
    case Column::Who: return e.userName;
    case Column::Workstation: return e.workstation;
    case Column::Action:
        if (e.action == QLatin1String("correction"))
            return tr("correction (approved request)");
        if (e.action == QLatin1String("set_reason"))
            return tr("absence reason");
        return e.entity == QLatin1String("lesson") ? tr("lesson") : tr("entry");
    case Column::Was: return describe(e, e.oldValue);
    case Column::Became: return describe(e, e.newValue);
    case Column::Count: break;
    }
    return {};
}

QVariant CellHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::At: return tr("When");
    case Column::Who: return tr("Who");
    case Column::Workstation: return tr("Workstation");
    case Column::Action: return tr("What");
    case Column::Was: return tr("Was");
    case Column::Became: return tr("Became");
    case Column::Count: break;
    }
    return {};
}

} // namespace cj::client
