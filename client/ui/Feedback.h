#pragma once

#include <QString>

class QWidget;

namespace cj::protocol {
struct Error;
}

namespace cj::client {

// One way to tell people about refusals and failures: the server's reason in Russian, by error code.
namespace feedback {
void showError(QWidget *parent, const protocol::Error &error, const QString &what = {});
bool confirm(QWidget *parent, const QString &title, const QString &question);
void inform(QWidget *parent, const QString &title, const QString &text);
} // namespace feedback

} // namespace cj::client
