#include "ui/Feedback.h"

#include <QMessageBox>
#include <QPushButton>

#include "core/ErrorText.h"

namespace cj::client::feedback {

void showError(QWidget *parent, const protocol::Error &error, const QString &what)
{
    const QString text = ErrorText::forError(error);
    QMessageBox box(QMessageBox::Warning, what.isEmpty() ? QObject::tr("ClassJournal") : what, text, QMessageBox::Ok,
                    parent);
    box.setObjectName(QStringLiteral("errorBox"));
    box.exec();
}

bool confirm(QWidget *parent, const QString &title, const QString &question)
{
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::Yes | QMessageBox::No, parent);
    box.setObjectName(QStringLiteral("confirmBox"));
    box.button(QMessageBox::Yes)->setText(QObject::tr("Yes"));
    box.button(QMessageBox::No)->setText(QObject::tr("No"));
    box.setDefaultButton(QMessageBox::No);
    return box.exec() == QMessageBox::Yes;
}

void inform(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Information, title, text, QMessageBox::Ok, parent);
    box.setObjectName(QStringLiteral("informationBox"));
    box.exec();
}

} // namespace cj::client::feedback
