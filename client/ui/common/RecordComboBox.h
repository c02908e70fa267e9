#pragma once

#include <QCborMap>
#include <QComboBox>

#include "core/models/NamesModel.h"

namespace cj::client {

class ServerConnection;

// A drop-down of records (years, classes, teachers, subjects …) that knows their ids: filled from a
// list request or given records, with an optional first entry meaning "none" / "all" (id 0), and
// optionally remembering the last choice (QSettings).
class RecordComboBox : public QComboBox
{
    Q_OBJECT
public:
    explicit RecordComboBox(QWidget *parent = nullptr);

    void setTextOf(NamesModel::TextOf textOf) { m_names->setTextOf(std::move(textOf)); }
    void setNoneText(const QString &text) { m_noneText = text; }
    void setRememberKey(const QString &settingsKey) { m_rememberKey = settingsKey; }
    // Which record to pick when nothing was chosen before (default: the first).
    void setFallback(std::function<qint64(const QCborArray &)> pick) { m_fallback = std::move(pick); }
    void setSource(ServerConnection *connection, protocol::MessageType type, const QString &arrayKey,
                   const QCborMap &args = {});
    void setArgs(const QCborMap &args) { m_names->setArgs(args); }
    void reload() { m_names->reload(); }
    void setRecords(const QCborArray &records) { m_names->setRecords(records); rebuild(); }
    QCborArray records() const { return m_names->records(); }

    qint64 currentId() const;
    QCborMap currentRecord() const;
    bool setCurrentId(qint64 id);

Q_SIGNALS:
    void currentIdChanged(qint64 id);
    void loaded();

private:
    void rebuild();

    NamesModel *m_names;
    QString m_noneText;
    QString m_rememberKey;
    qint64 m_wanted = -1; // a selection asked for before the records came
    std::function<qint64(const QCborArray &)> m_fallback;
};

} // namespace cj::client
