#pragma once

#include <QAbstractTableModel>
#include <QCborArray>
#include <QCborMap>
#include <QDateTime>

namespace cj::client {

// A request «Замена сведений в электронном журнале» (003 §2.3.4) as corrections.list gives it.
struct CorrectionRequest {
    qint64 id = 0;
    QDateTime requestedAt;
    qint64 requestedBy = 0;
    QString requestedByName;
    QString className;
    QString subjectName;
    QDate lessonDate;
    QString studentName;
    QString description;
    QString reason;
    QString status; // pending, approved, rejected, withdrawn
    QString decidedByName;
    QDateTime decidedAt;
    QString decisionComment;

    static CorrectionRequest fromCbor(const QCborMap &map);
    bool isPending() const { return status == QLatin1String("pending"); }
};

// The register of correction requests («Журнал замены сведений»), newest first.
class CorrectionListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { RequestedAt, RequestedBy, Class, Subject, LessonDate, Student, Change, Reason, Status, Decision, Count };

    using QAbstractTableModel::QAbstractTableModel;

    void setRequests(const QCborArray &requests);
    void replace(const CorrectionRequest &request); // after a decision or withdrawal
    const CorrectionRequest &requestAt(int row) const { return m_requests[row]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(const QString &status);

private:
    QList<CorrectionRequest> m_requests;
};

} // namespace cj::client
