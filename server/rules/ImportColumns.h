#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

#include "domain/Role.h"

namespace cj::server {

// A column of an import file: its key (the English header, used in results), its Russian header.
struct ImportColumn {
    QString key;
    QString russian;
    bool required = false;
};

// The columns of the student and staff import files, and how their values are read (docs/protocol.md,
// import.preview): headers in Russian or English in any order, dates as ДД.ММ.ГГГГ or YYYY-MM-DD,
// м/ж or m/f, roles by their Russian or wire names.
class ImportColumns
{
public:
    static const QList<ImportColumn> &students();
    static const QList<ImportColumn> &staff();
    // Column index -> key for the headers that are known; the others go to `ignored`.
    static QHash<int, QString> resolve(const QStringList &header, const QList<ImportColumn> &columns, QStringList *ignored);

    static std::optional<QDate> parseDate(const QString &text);
    static std::optional<QString> parseGender(const QString &text); // "", "m" or "f"
    static std::optional<Roles> parseRoles(const QString &text, QString *unknown);
    // "5А", "11 Б" -> grade and upper-case letter.
    static bool parseClassName(const QString &text, int *grade, QString *letter);
};

} // namespace cj::server
