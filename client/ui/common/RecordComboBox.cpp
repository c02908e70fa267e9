#include "ui/common/RecordComboBox.h"

#include <QSettings>

#include "protocol/ArgReader.h"

namespace cj::client {

RecordComboBox::RecordComboBox(QWidget *parent)
    : QComboBox(parent)
    , m_names(new NamesModel(this))
{
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setMinimumContentsLength(12);
    connect(m_names, &NamesModel::loaded, this, [this] {
        rebuild();
        Q_EMIT loaded();
    });
    connect(this, &QComboBox::currentIndexChanged, this, [this] {
        if (signalsBlocked())
            return;
        if (!m_rememberKey.isEmpty())
            QSettings().setValue(m_rememberKey, currentId());
        Q_EMIT currentIdChanged(currentId());
    });
}

void RecordComboBox::setSource(ServerConnection *connection, protocol::MessageType type, const QString &arrayKey,
                               const QCborMap &args)
{
    m_names->setSource(connection, type, arrayKey);
    m_names->setArgs(args);
}

void RecordComboBox::rebuild()
{
    qint64 keep = m_wanted >= 0 ? m_wanted
                  : count() > 0 ? currentId()
                  : !m_rememberKey.isEmpty() ? QSettings().value(m_rememberKey, -1).toLongLong()
                                              : -1;
    if ((keep < 0 || m_names->rowOfId(keep) < 0) && m_fallback && (keep != 0 || m_noneText.isEmpty()))
        keep = m_fallback(m_names->records());
    {
        const QSignalBlocker blocker(this);
        clear();
        if (!m_noneText.isEmpty())
            addItem(m_noneText, 0);
        for (int row = 0; row < m_names->rowCount(); ++row)
            addItem(m_names->textOf(m_names->record(row)), m_names->idAt(row));
        const int index = findData(keep);
        setCurrentIndex(index >= 0 ? index : 0);
    }
    m_wanted = -1;
    Q_EMIT currentIdChanged(currentId());
}

qint64 RecordComboBox::currentId() const
{
    return currentData().toLongLong();
}

QCborMap RecordComboBox::currentRecord() const
{
    const int row = m_names->rowOfId(currentId());
    return row >= 0 ? m_names->record(row) : QCborMap();
}

bool RecordComboBox::setCurrentId(qint64 id)
{
    const int index = findData(id);
    if (index < 0) {
        m_wanted = id; // applied when the records arrive
        return false;
    }
    setCurrentIndex(index);
    return true;
}

} // namespace cj::client
