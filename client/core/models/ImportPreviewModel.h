#pragma once

#include <QStringList>

#include "core/models/RemoteListModel.h"

namespace cj::client {

// The rows of a CSV file as import.preview read them: the file's line, its columns as the server
// understood them (named in Russian), and what is wrong. Bad rows are tinted, the faulty cell more
// strongly.
class ImportPreviewModel : public RemoteListModel
{
    Q_OBJECT
public:
    enum class FixedColumn { Line, Errors }; // the value columns lie between them, as found in the file
    using RemoteListModel::RemoteListModel;

    void setPreview(const QCborMap &result);
    int validCount() const { return m_valid; }
    int invalidCount() const { return m_invalid; }
    // The file's columns the server did not recognise (and ignores).
    QStringList ignoredColumns() const { return m_ignored; }
    // A row's "values" by line number, e.g. to name the people whose accounts were created.
    QCborMap valuesOfLine(qint64 line) const;

protected:
    int columns() const override { return int(m_keys.size()) + 2; }
    QString header(int column) const override;
    QVariant display(const QCborMap &record, int column) const override;
    QVariant extra(const QCborMap &record, int column, int role) const override;

private:
    QString keyOf(int column) const { return m_keys.value(column - 1); }
    bool isErrorsColumn(int column) const { return column == int(m_keys.size()) + 1; }

    QStringList m_keys;
    QStringList m_ignored;
    int m_valid = 0;
    int m_invalid = 0;
};

} // namespace cj::client
