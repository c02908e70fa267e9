#pragma once

#include <QDialog>

namespace cj::client {

class CellHistoryModel;
class ServerConnection;

// «История изменений»: the audit trail of a cell (studentId set) or of a lesson, from journal.history.
class CellHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    CellHistoryDialog(ServerConnection *connection, qint64 lessonId, qint64 studentId, const QString &title,
                      QWidget *parent = nullptr);
    CellHistoryModel *model() const { return m_model; }

private:
    CellHistoryModel *m_model;
};

} // namespace cj::client
