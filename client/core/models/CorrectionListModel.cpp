#include "core/models/CorrectionListModel.h"

#include <QColor>
#include <QLocale>

#include "protocol/ArgReader.h"

namespace cj::client {

CorrectionRequest CorrectionRequest::fromCbor(const QCborMap &m)
{
    CorrectionRequest r;
    r.id = protocol::intOr(m.value(QStringLiteral("id")));
    r.requestedAt = QDateTime::fromString(m.value(QStringLiteral("requestedAt")).toString(), Qt::ISODateWithMs);
    r.requestedBy = protocol::intOr(m.value(QStringLiteral("requestedBy")));
    r.requestedByName = m.value(QStringLiteral("requestedByName")).toString();
    r.className = m.value(QStringLiteral("className")).toString();
    r.subjectName = m.value(QStringLiteral("subjectName")).toString();
    r.lessonDate = QDate::fromString(m.value(QStringLiteral("lessonDate")).toString(), Qt::ISODate);
    r.studentName = m.value(QStringLiteral("studentName")).toString();
    r.description = m.value(QStringLiteral("description")).toString();
    r.reason = m.value(QStringLiteral("reason")).toString();
    r.status = m.value(QStringLiteral("status")).toString();
    r.decidedByName = m.value(QStringLiteral("decidedByName")).toString();
    r.decidedAt = QDateTime::fromString(m.value(QStringLiteral("decidedAt")).toString(), Qt::ISODateWithMs);
    r.decisionComment = m.value(QStringLiteral("decisionComment")).toString();
    return r;
}

QString CorrectionListModel::statusText(const QString &status)
{
    if (status == QLatin1String("pending"))
        return tr("pending");
    if (status == QLatin1String("approved"))
        return tr("approved");
    if (status == QLatin1String("rejected"))
        return tr("rejected");
    if (status == QLatin1String("withdrawn"))
        return tr("withdrawn");
    return status;
}

void CorrectionListModel::setRequests(const QCborArray &requests)
{
    beginResetModel();
    m_requests.clear();
    for (const QCborValue &v : requests)
        m_requests.append(CorrectionRequest::fromCbor(v.toMap()));
    endResetModel();
}

void CorrectionListModel::replace(const CorrectionRequest &request)
{
    for (int row = 0; row < m_requests.size(); ++row) {
        if (m_requests[row].id == request.id) {
            m_requests[row] = request;
            Q_EMIT dataChanged(index(row, 0), index(row, int(Column::Count) - 1));
        }
    }
}

int CorrectionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_requests.size());
}

int CorrectionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant CorrectionListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_requests.size())
        return {};
    const CorrectionRequest &r = m_requests[index.row()];
    const QLocale l;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (Column(index.column())) {
        case Column::RequestedAt: return l.toString(r.requestedAt.toLocalTime(), QLocale::ShortFormat);
        case Column::RequestedBy: return r.requestedByName;
        case Column::Class: return r.className;
        case Column::Subject: return r.subjectName;
        case Column::LessonDate: return l.toString(r.lessonDate, QLocale::ShortFormat);
        case Column::Student: return r.studentName;
        case Column::Change: return r.description;
        case Column::Reason: return r.reason;
        case Column::Status: return statusText(r.status);
        case Column::Decision:
            if (r.decidedByName.isEmpty())
                return QString();
            return r.decisionComment.isEmpty()
                ? tr("%1, %2").arg(r.decidedByName, l.toString(r.decidedAt.toLocalTime(), QLocale::ShortFormat))
                : tr("%1, %2: %3").arg(r.decidedByName, l.toString(r.decidedAt.toLocalTime(), QLocale::ShortFormat), r.decisionComment);
        case Column::Count: break;
        }
    }
    if (role == Qt::ForegroundRole && Column(index.column()) == Column::Status) {
        if (r.status == QLatin1String("approved"))
            return QColor(0x1b, 0x7f, 0x3b);
        if (r.status == QLatin1String("rejected"))
            return QColor(0xb0, 0x00, 0x20);
        if (r.isPending())
            return QColor(0x8a, 0x6d, 0x00);
    }
    return {};
}

QVariant CorrectionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::RequestedAt: return tr("Filed");
    case Column::RequestedBy: return tr("By");
    case Column::Class: return tr("Class");
    case Column::Subject: return tr("Subject");
    case Column::LessonDate: return tr("Lesson");
    case Column::Student: return tr("Student");
    case Column::Change: return tr("Change");
    case Column::Reason: return tr("Reason");
    case Column::Status: return tr("Status");
    case Column::Decision: return tr("Decision");
    case Column::Count: break;
    }
    return {};
}

} // namespace cj::client
