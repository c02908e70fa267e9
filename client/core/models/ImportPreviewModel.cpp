#include "core/models/ImportPreviewModel.h"

#include "core/ImportText.h"
#include "core/models/ModelColors.h"
#include "protocol/ArgReader.h"

namespace cj::client {

namespace {
QStringList errorMessages(const QCborMap &row, const QString &field = {})
{
    QStringList list;
    for (const QCborValue &v : row.value(QStringLiteral("errors")).toArray()) {
        const QCborMap e = v.toMap();
        if (field.isEmpty() || e.value(QStringLiteral("field")).toString() == field)
            list.append(ImportText::problem(e));
    }
    return list;
}
} // namespace

void ImportPreviewModel::setPreview(const QCborMap &result)
{
    const QCborArray rows = result.value(QStringLiteral("rows")).toArray();
    QStringList keys;
    for (const QCborValue &row : rows) {
        for (const QCborValue &key : row.toMap().value(QStringLiteral("values")).toMap().keys()) {
            if (!keys.contains(key.toString()))
                keys.append(key.toString());
        }
    }
    // The usual order of the columns, whatever order the server's map has.
    std::stable_sort(keys.begin(), keys.end(),
                     [](const QString &a, const QString &b) { return ImportText::columnRank(a) < ImportText::columnRank(b); });
    m_ignored.clear();
    for (const QCborValue &v : result.value(QStringLiteral("ignoredColumns")).toArray())
        m_ignored.append(v.toString());
    m_valid = int(protocol::intOr(result.value(QStringLiteral("valid"))));
    m_invalid = int(protocol::intOr(result.value(QStringLiteral("invalid"))));
    beginResetModel();
    m_keys = keys;
    endResetModel();
    setRecords(rows);
}

QCborMap ImportPreviewModel::valuesOfLine(qint64 line) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (protocol::intOr(record(row).value(QStringLiteral("line"))) == line)
            return record(row).value(QStringLiteral("values")).toMap();
    }
    return {};
}

QString ImportPreviewModel::header(int column) const
{
    if (column == int(FixedColumn::Line))
        return tr("Line");
    if (isErrorsColumn(column))
        return tr("Problems");
    return ImportText::column(keyOf(column));
}

QVariant ImportPreviewModel::display(const QCborMap &r, int column) const
{
    if (column == int(FixedColumn::Line))
        return protocol::intOr(r.value(QStringLiteral("line")));
    if (isErrorsColumn(column))
        return errorMessages(r).join(QStringLiteral("; "));
    return r.value(QStringLiteral("values")).toMap().value(keyOf(column)).toString();
}

QVariant ImportPreviewModel::extra(const QCborMap &r, int column, int role) const
{
    const bool bad = !r.value(QStringLiteral("errors")).toArray().isEmpty();
    if (!bad)
        return {};
    const QStringList here = column > 0 && !isErrorsColumn(column) ? errorMessages(r, keyOf(column)) : QStringList();
    switch (role) {
    case Qt::BackgroundRole:
        return here.isEmpty() ? colors::warningBackground() : colors::problemBackground();
    case Qt::ForegroundRole:
        return isErrorsColumn(column) ? QVariant(colors::problemText()) : QVariant();
    case Qt::ToolTipRole:
        return (here.isEmpty() ? errorMessages(r) : here).join(QLatin1Char('\n'));
    default:
        return {};
    }
}

} // namespace cj::client
