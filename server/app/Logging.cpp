#include "app/Logging.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QMutex>

#include <cstdio>

namespace cj::server {

namespace {
void writeLine(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    static QMutex mutex;
    const char *level = "info ";
    switch (type) {
    case QtDebugMsg: level = "debug"; break;
    case QtInfoMsg: level = "info "; break;
    case QtWarningMsg: level = "warn "; break;
    case QtCriticalMsg: level = "error"; break;
    case QtFatalMsg: level = "fatal"; break;
    }
    const QByteArray line = QStringLiteral("%1 %2 %3: %4\n")
                                .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")),
                                     QLatin1String(level),
                                     QLatin1String(context.category ? context.category : "default"), message)
                                .toUtf8();
    QMutexLocker lock(&mutex);
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}
} // namespace

bool installLogging(const QString &level)
{
    QString rules;
    if (level == QLatin1String("debug"))
        rules = QStringLiteral("cj.*.debug=true\ncj.*.info=true");
    else if (level == QLatin1String("info"))
        rules = QStringLiteral("*.debug=false\ncj.*.info=true");
    else if (level == QLatin1String("warning"))
        rules = QStringLiteral("*.debug=false\n*.info=false");
    else if (level == QLatin1String("error"))
        rules = QStringLiteral("*.debug=false\n*.info=false\n*.warning=false");
    else
        return false;
    QLoggingCategory::setFilterRules(rules);
    qInstallMessageHandler(writeLine);
    return true;
}

} // namespace cj::server
