#pragma once

#include "ui/common/ListScreen.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cj::client {

class ImportPreviewModel;
class YearComboBox;

// Импорт из CSV: students or staff from a spreadsheet. The server reads the file and says what is
// wrong line by line (bad rows tinted); nothing is written until «Import», which can skip the bad
// rows. New staff accounts come with activation codes to print.
class ImportScreen : public ListScreen
{
    Q_OBJECT
public:
    explicit ImportScreen(Session *session, QWidget *parent = nullptr);
    static QWidget *create(Session *session, QWidget *parent) { return new ImportScreen(session, parent); }

    void reload() override; // reads the chosen file again and previews it
    bool openFile(const QString &path);
    ImportPreviewModel *preview() const;

private:
    void chooseFile();
    void commit();
    QCborMap args() const;
    QString personOn(qint64 line) const;

    QComboBox *m_kind;
    YearComboBox *m_year;
    QLineEdit *m_file;
    QLabel *m_counts;
    QPushButton *m_import;
    QString m_csv;
};

} // namespace cj::client
