#include "ui/import/ImportScreen.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>

#include "core/CsvText.h"
#include "core/ServerConnection.h"
#include "core/Session.h"
#include "core/models/ImportPreviewModel.h"
#include "protocol/ArgReader.h"
#include "ui/Feedback.h"
#include "ui/accounts/ActivationCodesDialog.h"
#include "ui/common/FilterBar.h"
#include "ui/common/RemoteAction.h"
#include "ui/common/YearComboBox.h"

namespace cj::client {

using protocol::MessageType;

ImportScreen::ImportScreen(Session *session, QWidget *parent)
    : ListScreen(session, new ImportPreviewModel, QStringLiteral("import"), parent)
{
    addAction(tr("Choose a file…"), QStringLiteral("chooseFileAction"), Needs::Nothing, [this] { chooseFile(); });
    addAction(tr("Check again"), QStringLiteral("recheckAction"), Needs::Nothing, [this] { reload(); });

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_kind->addItem(tr("students"), QStringLiteral("students"));
    m_kind->addItem(tr("staff"), QStringLiteral("staff"));
    m_kind->setCurrentIndex(qBound(0, QSettings().value(QStringLiteral("import/kind")).toInt(), 1));
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("fileEdit"));
    m_file->setReadOnly(true);
    m_file->setPlaceholderText(tr("no file chosen"));
    m_file->setMinimumWidth(320);
    filters()->add(tr("Import:"), m_kind);
    m_year = filters()->addYear();
    filters()->add(tr("File:"), m_file);

    auto *hint = new QLabel(this);
    hint->setWordWrap(true);
    hint->setText(tr("A CSV file (as Excel saves it, separated by ; or ,) whose first line names the columns. Students: "
                     "Фамилия*, Имя*, Отчество, Пол, Дата рождения, Класс*, Дата зачисления, Номер приказа*, Адрес, "
                     "Телефон, СНИЛС, Группа здоровья. Staff: Фамилия*, Имя*, Отчество, Должность, Роли, Email, Телефон, "
                     "Логин. * — required."));
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("countsLabel"));
    m_import = new QPushButton(tr("Import"), this);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setEnabled(false);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_counts, 1);
    bottom->addWidget(m_import);
    content()->insertWidget(0, hint);
    content()->addLayout(bottom);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this](int index) {
        QSettings().setValue(QStringLiteral("import/kind"), index);
        m_year->setEnabled(m_kind->currentData().toString() == QLatin1String("students"));
        reload();
    });
    connect(m_year, &RecordComboBox::currentIdChanged, this, &ImportScreen::reload);
    connect(m_import, &QPushButton::clicked, this, &ImportScreen::commit);
}

ImportPreviewModel *ImportScreen::preview() const
{
    return static_cast<ImportPreviewModel *>(model());
}

void ImportScreen::chooseFile()
{
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a CSV file"), settings.value(QStringLiteral("import/dir")).toString(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("import/dir"), QFileInfo(path).absolutePath());
    openFile(path);
}

bool ImportScreen::openFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        feedback::inform(this, tr("Import from CSV"), tr("The file cannot be read: %1").arg(file.errorString()));
        return false;
    }
    m_csv = decodeCsv(file.readAll());
    m_file->setText(QDir::toNativeSeparators(path));
    reload();
    return true;
}

QCborMap ImportScreen::args() const
{
    QCborMap args{{QStringLiteral("kind"), m_kind->currentData().toString()}, {QStringLiteral("csv"), m_csv}};
    if (m_year->currentId())
        args.insert(QStringLiteral("yearId"), m_year->currentId());
    return args;
}

void ImportScreen::reload()
{
    if (m_csv.isEmpty())
        return;
    m_import->setEnabled(false);
    runRemote(this, connection(), MessageType::ImportPreview, args(), [this](const QCborMap &result) {
        preview()->setPreview(result);
        Q_EMIT preview()->loaded();
        const int valid = preview()->validCount();
        const int invalid = preview()->invalidCount();
        QString counts = tr("Rows: %1; ready to import: %2; with errors: %3").arg(valid + invalid).arg(valid).arg(invalid);
        if (!preview()->ignoredColumns().isEmpty())
            counts += QLatin1Char('\n') + tr("Columns not recognised and left out: %1").arg(preview()->ignoredColumns().join(QStringLiteral(", ")));
        m_counts->setText(counts);
        m_counts->setStyleSheet(invalid ? QStringLiteral("color: #b00020;") : QString());
        m_import->setEnabled(valid > 0);
        m_import->setText(invalid ? tr("Import the %n correct row(s)", nullptr, valid) : tr("Import"));
    }, tr("Import from CSV"));
}

void ImportScreen::commit()
{
    const int valid = preview()->validCount();
    const int invalid = preview()->invalidCount();
    const QString question = invalid
        ? tr("Import %1 rows and skip %2 rows with errors? Each row is imported entirely or not at all.").arg(valid).arg(invalid)
        : tr("Import %1 rows?").arg(valid);
    if (!feedback::confirm(this, tr("Import from CSV"), question))
        return;
    QCborMap commitArgs = args();
    commitArgs.insert(QStringLiteral("skipInvalid"), invalid > 0);
    m_import->setEnabled(false);
    runRemote(this, connection(), MessageType::ImportCommit, commitArgs, [this](const QCborMap &result) {
        feedback::inform(this, tr("Import from CSV"),
                         tr("Imported: %1; skipped: %2.")
                             .arg(protocol::intOr(result.value(QStringLiteral("created"))))
                             .arg(protocol::intOr(result.value(QStringLiteral("skipped")))));
        QCborArray issued;
        for (const QCborValue &v : result.value(QStringLiteral("accounts")).toArray()) {
            QCborMap account = v.toMap();
            account.insert(QStringLiteral("fullName"), personOn(protocol::intOr(account.value(QStringLiteral("line")))));
            issued.append(account);
        }
        if (!issued.isEmpty())
            ActivationCodesDialog(session(), issued, this).exec();
        m_csv.clear();
        m_file->clear();
        preview()->setPreview({});
        m_counts->setText(tr("The file has been imported."));
    }, tr("Import from CSV"));
}

QString ImportScreen::personOn(qint64 line) const
{
    const QCborMap values = preview()->valuesOfLine(line);
    QStringList parts;
    for (const QString &key : {QStringLiteral("surname"), QStringLiteral("firstName"), QStringLiteral("patronymic")})
        parts.append(values.value(key).toString());
    parts.removeAll(QString());
    return parts.join(QLatin1Char(' '));
}

} // namespace cj::client
