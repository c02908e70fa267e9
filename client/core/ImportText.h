#pragma once

#include <QCborMap>
#include <QCoreApplication>
#include <QString>

namespace cj::client {

// Words for CSV import: the columns the server recognised (by their protocol keys, e.g. "birthDate")
// and what is wrong with a row (by the problem's rule, e.g. "bad_date").
class ImportText
{
    Q_DECLARE_TR_FUNCTIONS(ImportText)
public:
    static QString column(const QString &key);
    static int columnRank(const QString &key); // where the column stands in the usual order
    // {field, rule, message}; the server's (English) message when the rule is unknown.
    static QString problem(const QCborMap &error);
};

} // namespace cj::client
