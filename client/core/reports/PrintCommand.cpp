#include "core/reports/PrintCommand.h"

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTimer>

#include "core/ErrorText.h"
#include "core/ServerConnection.h"
#include "core/Session.h"
#include "core/Translations.h"
#include "core/reports/CsvWriter.h"
#include "core/reports/ReportJob.h"
#include "core/reports/ReportPrinter.h"

namespace cj::client::reports {

using protocol::MessageType;

namespace {
constexpr int kConnectTimeoutMs = 20000;

QDate parseDate(const QString &text)
{
    QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        date = QDate::fromString(text, QStringLiteral("dd.MM.yyyy"));
    return date;
}
} // namespace

struct PrintCommand::Options {
    ReportKind kind = ReportKind::ProgressStatement;
    QString server;
    QString login;
    QString password;
    QString className;
    bool allClasses = false;
    qint64 assignmentId = 0;
    qint64 studentId = 0;
    qint64 teacherId = 0;
    QString period;
    bool wholeYear = false;
    QDate from;
    QDate to;
    QDate month;
    QDate date;
    QString status;
    QString output;
    bool csv = false;
};

void PrintCommand::prepareEnvironment()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

PrintCommand::PrintCommand()
    : m_out(stdout)
    , m_err(stderr)
    , m_connection(new ServerConnection)
    , m_session(new Session(m_connection))
{
}

PrintCommand::~PrintCommand()
{
    delete m_session;
    delete m_connection;
}

int PrintCommand::run(const QStringList &arguments)
{
    // The connection's own log lines would only repeat what this command says.
    QLoggingCategory::setFilterRules(QStringLiteral("cj.*.info=false"));
    Options options;
    if (!parse(arguments, options))
        return m_exit;
    if (!connectAndSignIn(options) || !loadScope())
        return m_exit;
    const std::optional<QList<ReportParameters>> runs = parametersFor(options);
    if (!runs)
        return m_exit;
    QList<Report> reports;
    if (!fetch(options.kind, *runs, &reports))
        return m_exit;
    return write(options, reports);
}

bool PrintCommand::parse(const QStringList &arguments, Options &options)
{
    // The language decides the help text too, so it is known before the options are described.
    const qsizetype languageAt = arguments.indexOf(QStringLiteral("--language"));
    const bool english = arguments.contains(QStringLiteral("--language=en"))
                         || (languageAt >= 0 && arguments.value(languageAt + 1) == QLatin1String("en"));
    installTranslations(english ? QLocale(QLocale::English, QLocale::UnitedKingdom) : QLocale(QLocale::Russian, QLocale::Russia));
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Prints a ClassJournal report to PDF (and CSV for tables) without a display."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("report"), tr("The report to print; --list shows them."));
    const QCommandLineOption list(QStringLiteral("list"), tr("List the reports."));
    const QCommandLineOption server(QStringLiteral("server"), tr("The server, host:port (port 7446 when omitted)."), QStringLiteral("host:port"));
    const QCommandLineOption login(QStringLiteral("login"), tr("The account to sign in with."), QStringLiteral("login"));
    const QCommandLineOption password(QStringLiteral("password"), tr("The password (visible to other users of this computer; prefer --password-file)."), QStringLiteral("password"));
    const QCommandLineOption passwordFile(QStringLiteral("password-file"), tr("A file whose first line is the password."), QStringLiteral("file"));
    const QCommandLineOption cls(QStringLiteral("class"), tr("The class, by name (5А) or id."), QStringLiteral("class"));
    const QCommandLineOption allClasses(QStringLiteral("all-classes"), tr("The report for every class of the school, one file each."));
    const QCommandLineOption assignment(QStringLiteral("assignment"), tr("The teaching assignment (class and subject) id."), QStringLiteral("id"));
    const QCommandLineOption student(QStringLiteral("student"), tr("One pupil's id (parent letters)."), QStringLiteral("id"));
    const QCommandLineOption teacher(QStringLiteral("teacher"), tr("One teacher's id (journal control)."), QStringLiteral("id"));
    const QCommandLineOption period(QStringLiteral("period"), tr("The school period: its number in the class's scheme, its name or id."), QStringLiteral("period"));
    const QCommandLineOption year(QStringLiteral("year"), tr("The whole school year instead of a period."));
    const QCommandLineOption from(QStringLiteral("from"), tr("First day, YYYY-MM-DD or DD.MM.YYYY."), QStringLiteral("date"));
    const QCommandLineOption to(QStringLiteral("to"), tr("Last day, YYYY-MM-DD or DD.MM.YYYY."), QStringLiteral("date"));
    const QCommandLineOption month(QStringLiteral("month"), tr("The month, YYYY-MM."), QStringLiteral("month"));
    const QCommandLineOption date(QStringLiteral("date"), tr("The day (class enrolment), YYYY-MM-DD."), QStringLiteral("date"));
    const QCommandLineOption status(QStringLiteral("status"), tr("Only correction requests with this status: pending, approved, rejected, withdrawn."), QStringLiteral("status"));
    const QCommandLineOption output(QStringLiteral("output"), tr("The PDF file, or a directory (for --all-classes); the current directory by default."), QStringLiteral("path"));
    const QCommandLineOption csv(QStringLiteral("csv"), tr("Also write the tables as CSV next to the PDF."));
    const QCommandLineOption language(QStringLiteral("language"), tr("The documents' language: ru (default) or en."), QStringLiteral("language"), QStringLiteral("ru"));
    parser.addOptions({list, server, login, password, passwordFile, cls, allClasses, assignment, student, teacher, period, year,
                       from, to, month, date, status, output, csv, language});
    m_exit = Usage;
    if (!parser.parse(arguments)) {
        m_err << parser.errorText() << Qt::endl;
        return false;
    }
    if (!QStringList{QStringLiteral("ru"), QStringLiteral("en")}.contains(parser.value(language))) {
        m_err << tr("Unknown language «%1»: ru or en.").arg(parser.value(language)) << Qt::endl;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        m_exit = Ok;
        return false;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        m_out << QCoreApplication::applicationName() << QLatin1Char(' ') << QCoreApplication::applicationVersion() << Qt::endl;
        m_exit = Ok;
        return false;
    }
    if (parser.isSet(list)) {
        for (ReportKind kind : ReportCatalog::all())
            m_out << ReportCatalog::name(kind).leftJustified(24) << ReportCatalog::title(kind) << Qt::endl;
        m_exit = Ok;
        return false;
    }
    const QStringList positional = parser.positionalArguments();
    const std::optional<ReportKind> kind = positional.size() == 1 ? ReportCatalog::fromName(positional.first()) : std::nullopt;
    if (!kind) {
        m_err << tr("Name one report (see --list).") << Qt::endl;
        return false;
    }
    options.kind = *kind;
    options.server = parser.value(server);
    options.login = parser.value(login);
    options.password = parser.value(password);
    if (parser.isSet(passwordFile)) {
        QFile file(parser.value(passwordFile));
        if (!file.open(QIODevice::ReadOnly)) {
            m_err << tr("Cannot read %1.").arg(file.fileName()) << Qt::endl;
            return false;
        }
        options.password = QString::fromUtf8(file.readLine()).trimmed();
    }
    if (options.server.isEmpty() || options.login.isEmpty() || options.password.isEmpty()) {
        m_err << tr("--server, --login and --password (or --password-file) are required.") << Qt::endl;
        return false;
    }
    options.className = parser.value(cls);
    options.allClasses = parser.isSet(allClasses);
    options.assignmentId = parser.value(assignment).toLongLong();
    options.studentId = parser.value(student).toLongLong();
    options.teacherId = parser.value(teacher).toLongLong();
    options.period = parser.value(period);
    options.wholeYear = parser.isSet(year);
    options.status = parser.value(status);
    options.output = parser.value(output);
    options.csv = parser.isSet(csv);
    const QList<QPair<const QCommandLineOption *, QDate *>> dates{{&from, &options.from}, {&to, &options.to}, {&date, &options.date}};
    for (const auto &[option, target] : dates) {
        if (!parser.isSet(*option))
            continue;
        *target = parseDate(parser.value(*option));
        if (!target->isValid()) {
            m_err << tr("Not a date: %1").arg(parser.value(*option)) << Qt::endl;
            return false;
        }
    }
    if (parser.isSet(month)) {
        options.month = QDate::fromString(parser.value(month) + QStringLiteral("-01"), Qt::ISODate);
        if (!options.month.isValid()) {
            m_err << tr("Not a month: %1").arg(parser.value(month)) << Qt::endl;
            return false;
        }
    }
    m_exit = Ok;
    return true;
}

bool PrintCommand::connectAndSignIn(const Options &options)
{
    m_exit = Connection;
    QString host;
    quint16 port = 0;
    if (!ServerConnection::parseEndpoint(options.server, &host, &port)) {
        m_err << tr("Not a server address: %1").arg(options.server) << Qt::endl;
        m_exit = Usage;
        return false;
    }
    m_connection->setAutoReconnect(false);
    m_connection->setEndpoint(host, port);
    QEventLoop loop;
    bool connected = false;
    QString problem = tr("No answer from %1.").arg(m_connection->endpoint());
    QObject::connect(m_connection, &ServerConnection::handshakeCompleted, &loop, [&] {
        connected = true;
        loop.quit();
    });
    QObject::connect(m_connection, &ServerConnection::connectionError, &loop, [&](const QString &message) {
        problem = tr("Cannot connect to %1: %2").arg(m_connection->endpoint(), message);
        loop.quit();
    });
    QObject::connect(m_connection, &ServerConnection::certificateMismatch, &loop,
                     [&](const QString &endpoint, const QString &known, const QString &presented) {
                         problem = tr("The certificate of %1 has changed (it was %2, now it is %3). If the server was "
                                      "reinstalled, accept the new certificate in the ClassJournal client first.")
                                       .arg(endpoint, known, presented);
                         loop.quit();
                     });
    QTimer::singleShot(kConnectTimeoutMs, &loop, &QEventLoop::quit);
    m_connection->open();
    loop.exec();
    if (!connected) {
        m_err << problem << Qt::endl;
        return false;
    }
    std::optional<protocol::Error> refused;
    bool answered = false;
    m_session->login(options.login, options.password, [&](const std::optional<protocol::Error> &error) {
        refused = error;
        answered = true;
        loop.quit();
    });
    if (!answered)
        loop.exec();
    if (refused) {
        m_err << tr("Sign-in refused: %1").arg(ErrorText::forError(*refused)) << Qt::endl;
        return false;
    }
    m_exit = Ok;
    return true;
}

bool PrintCommand::loadScope()
{
    QEventLoop loop;
    std::optional<protocol::Error> refused;
    int waiting = 2;
    const auto answer = [&](const protocol::Response &response, void (ReportScope::*set)(const QCborMap &)) {
        if (response.ok)
            (m_scope.*set)(response.result);
        else
            refused = response.error;
        if (--waiting == 0)
            loop.quit();
    };
    m_connection->call(MessageType::YearsList, {}, &loop, [&](const protocol::Response &r) { answer(r, &ReportScope::setYears); });
    m_connection->call(MessageType::ClassesList, {}, &loop, [&](const protocol::Response &r) { answer(r, &ReportScope::setClasses); });
    loop.exec();
    if (refused) {
        m_err << tr("The server refused the list of classes: %1").arg(ErrorText::forError(*refused)) << Qt::endl;
        m_exit = Refused;
        return false;
    }
    return true;
}

std::optional<QList<ReportParameters>> PrintCommand::parametersFor(const Options &o)
{
    m_exit = Usage;
    const auto fail = [this](const QString &message) -> std::optional<QList<ReportParameters>> {
        m_err << message << Qt::endl;
        m_exit = Usage;
        return std::nullopt;
    };
    ReportParameters p;
    p.assignmentId = o.assignmentId;
    p.studentId = o.studentId;
    p.teacherId = o.teacherId;
    p.wholeYear = o.wholeYear;
    p.status = o.status;
    p.yearId = m_scope.yearId();
    const QDate today = m_session->serverToday().isValid() ? m_session->serverToday() : QDate::currentDate();
    const ReportCatalog::Subject subject = ReportCatalog::subject(o.kind);
    const ReportCatalog::Time time = ReportCatalog::time(o.kind);

    // Which class: required for class reports (the movement statement may be the whole school's).
    std::optional<ReportScope::SchoolClass> cls;
    if (!o.className.isEmpty()) {
        cls = m_scope.findClass(o.className);
        if (!cls)
            return fail(tr("No class %1 this year.").arg(o.className));
        p.classId = cls->id;
    }
    if (subject == ReportCatalog::Subject::Class && !cls && !o.allClasses && o.kind != ReportKind::MovementStatement
        && !(o.kind == ReportKind::ParentLetters && o.studentId > 0))
        return fail(tr("This report is about a class: give --class or --all-classes."));
    if (o.allClasses && !ReportCatalog::batchable(o.kind))
        return fail(tr("This report cannot be printed for every class at once."));
    if (subject == ReportCatalog::Subject::Assignment && o.assignmentId <= 0)
        return fail(tr("This report is about one subject of a class: give --assignment."));

    // Which period: by number or name in the class's scheme (any class's, for the whole school).
    const qint64 periodClass = cls ? cls->id : (m_scope.classes().isEmpty() ? 0 : m_scope.classes().first().id);
    if (!o.period.isEmpty()) {
        if (time == ReportCatalog::Time::PeriodNumberOrYear) {
            p.periodNumber = o.period.toInt();
            if (p.periodNumber <= 0)
                return fail(tr("For the whole school give the period's number: --period 2."));
        } else {
            const std::optional<ReportScope::Period> period = m_scope.findPeriod(periodClass, o.period);
            if (!period)
                return fail(tr("No period %1.").arg(o.period));
            p.periodId = period->id;
        }
    } else if ((time == ReportCatalog::Time::Period || time == ReportCatalog::Time::PeriodOrYear
                || time == ReportCatalog::Time::PeriodNumberOrYear)
               && !o.wholeYear) {
        // The period going on today.
        for (const ReportScope::Period &period : m_scope.periodsOf(periodClass)) {
            if (today >= period.startsOn && today <= period.endsOn) {
                p.periodId = period.id;
                p.periodNumber = period.number;
            }
        }
        if (p.periodId == 0 && p.periodNumber == 0)
            return fail(tr("No school period today: give --period%1.")
                            .arg(time == ReportCatalog::Time::Period ? QString() : tr(" or --year")));
    }
    if (time == ReportCatalog::Time::Period && o.wholeYear)
        return fail(tr("This report is for one period, not the year."));

    p.from = o.from;
    p.to = o.to;
    if (time == ReportCatalog::Time::Range) {
        // Parent letters cover the last two weeks; other registers the year so far.
        if (!p.to.isValid())
            p.to = today;
        if (!p.from.isValid()) {
            const std::optional<ReportScope::Year> year = m_scope.yearById(p.yearId);
            p.from = o.kind == ReportKind::ParentLetters ? p.to.addDays(-13) : (year ? year->startsOn : p.to.addDays(-30));
        }
    }
    if (p.from.isValid() && p.to.isValid() && p.from > p.to)
        return fail(tr("--from is after --to."));
    p.month = o.month.isValid() ? o.month : QDate(today.year(), today.month(), 1);
    p.date = o.date;

    m_exit = Ok;
    if (o.allClasses) {
        const QList<ReportParameters> runs = m_scope.forEveryClass(p);
        if (runs.isEmpty())
            return fail(tr("No classes to print."));
        return runs;
    }
    return QList<ReportParameters>{p};
}

bool PrintCommand::fetch(ReportKind kind, const QList<ReportParameters> &runs, QList<Report> *reports)
{
    ReportJob job(m_connection, kind, runs);
    QEventLoop loop;
    std::optional<protocol::Error> refused;
    QObject::connect(&job, &ReportJob::progress, &loop, [this](int done, int total, const QString &step) {
        if (!step.isEmpty())
            m_err << QStringLiteral("[%1/%2] ").arg(done).arg(total) << step << Qt::endl;
    });
    QObject::connect(&job, &ReportJob::finished, &loop, [&](const QList<Report> &done) {
        *reports = done;
        loop.quit();
    });
    QObject::connect(&job, &ReportJob::failed, &loop, [&](const protocol::Error &error) {
        refused = error;
        loop.quit();
    });
    job.start();
    loop.exec();
    if (refused) {
        m_err << tr("The server refused the report: %1").arg(ErrorText::forError(*refused)) << Qt::endl;
        m_exit = Refused;
        return false;
    }
    return true;
}

int PrintCommand::write(const Options &options, const QList<Report> &reports)
{
    // One report to a named file, or every report into a directory under its own name.
    const bool toDirectory = options.output.isEmpty() || reports.size() > 1 || QFileInfo(options.output).isDir()
        || options.output.endsWith(QLatin1Char('/'));
    const QDir directory(toDirectory ? (options.output.isEmpty() ? QDir::currentPath() : options.output) : QString());
    if (toDirectory && !directory.exists() && !QDir().mkpath(directory.path())) {
        m_err << tr("Cannot create the directory %1.").arg(directory.path()) << Qt::endl;
        return Output;
    }
    for (const Report &report : reports) {
        QString pdf = toDirectory ? directory.filePath(report.fileName + QStringLiteral(".pdf")) : options.output;
        if (!pdf.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
            pdf += QStringLiteral(".pdf");
        QString error;
        if (!ReportPrinter::writePdf({report}, pdf, &error)) {
            m_err << error << Qt::endl;
            return Output;
        }
        m_out << pdf << Qt::endl;
        if (!options.csv || !report.tabular)
            continue;
        const QString csvPath = pdf.chopped(4) + QStringLiteral(".csv");
        QFile csv(csvPath);
        if (!csv.open(QIODevice::WriteOnly) || csv.write(CsvWriter::write(report)) < 0) {
            m_err << tr("Could not write %1.").arg(csvPath) << Qt::endl;
            return Output;
        }
        m_out << csvPath << Qt::endl;
    }
    return Ok;
}

} // namespace cj::client::reports
