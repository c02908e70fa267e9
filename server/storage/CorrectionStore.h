#pragma once

#include <QCborMap>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace cj::server {

class Db;

struct CorrectionRequest {
    qint64 id = 0;
    qint64 schoolId = 0;
    QDateTime requestedAt;
    qint64 requestedBy = 0;
    QString requestedByName;
    qint64 classId = 0;
    QString className;
    qint64 subjectId = 0;
    QString subjectName;
    qint64 lessonId = 0;
    QDate lessonDate;
    qint64 studentId = 0;
    QString studentName;
    QCborMap change; // {type, args}
    QString description;
    QString reason;
    QString status = QStringLiteral("pending");
    qint64 decidedBy = 0;
    QString decidedByName;
    QDateTime decidedAt;
    QString decisionComment;
};

struct CorrectionFilter {
    qint64 schoolId = 0;
    qint64 requestedBy = 0; // 0: everyone's
    QString status;
    QDate from;
    QDate to;
};

// SQL for the register of correction requests (журнал замены сведений).
class CorrectionStore
{
public:
    static qint64 insert(Db &db, const CorrectionRequest &request);
    static std::optional<CorrectionRequest> byId(Db &db, qint64 id);
    static QList<CorrectionRequest> list(Db &db, const CorrectionFilter &filter);
    static void decide(Db &db, qint64 id, const QString &status, qint64 userId, const QDateTime &at, const QString &comment);
};

} // namespace cj::server
