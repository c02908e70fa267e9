#pragma once

#include <QString>

class QAbstractItemModel;
class QTextDocument;

namespace cj::client {

// A list as a printable document: a title, a subtitle (school, filters, date) and the model's rows
// as a table with its headers — what is on screen, sorted and filtered as shown.
void renderTable(QTextDocument *document, const QString &title, const QString &subtitle, const QAbstractItemModel *model);

} // namespace cj::client
