#pragma once

#include <QCborMap>
#include <QCoreApplication>
#include <QList>

#include "core/reports/Report.h"

namespace cj::client::reports {

// What the printed class journal is made of, as fetched from the server: reports.classJournal, the
// subject pages of every assignment, and the three statements.
struct ClassJournalData {
    QCborMap journal;
    QList<QCborMap> subjectPages; // in the journal's assignment order
    QCborMap progress;
    QCborMap attendance;
    QCborMap movement;
};

// «Классный журнал» for a year or a period, as the school binds it for the archive (001 §6.2): a
// title page with the contents and the number of sheets, the subject pages, the summary statements,
// the pupils' data, and the closing sheet «В журнале пронумеровано и прошнуровано N листов» for the
// director's signature and the seal. Page numbers in the contents and the sheet count come from the
// layout (Report::paginate).
class ClassJournalRenderer
{
    Q_DECLARE_TR_FUNCTIONS(ClassJournalRenderer)
public:
    static QString title();
    static Report render(const ClassJournalData &data);
    // «В журнале пронумеровано и прошнуровано N листов»
    static QString sheetCountText(int sheets);
};

} // namespace cj::client::reports
