#pragma once

#include <QString>

class QTextDocument;
class QWidget;

namespace cj::client {

// Print preview of a document on A4 (print or save as PDF from there). QTextDocument paginates by
// itself, so long lists and many slips print on as many pages as they need.
void previewDocument(QWidget *parent, QTextDocument *document, const QString &title);

} // namespace cj::client
