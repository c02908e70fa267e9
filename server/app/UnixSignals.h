#pragma once

#include <QObject>

class QSocketNotifier;

namespace cj::server {

// Turns SIGTERM/SIGINT into a Qt signal on the main thread (the self-pipe pattern Qt documents).
class UnixSignals : public QObject
{
    Q_OBJECT
public:
    explicit UnixSignals(QObject *parent = nullptr);
    ~UnixSignals() override;

Q_SIGNALS:
    void terminationRequested(int signal);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace cj::server
