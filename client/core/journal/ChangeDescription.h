#pragma once

#include <QCoreApplication>

#include "core/journal/CellText.h"
#include "core/journal/JournalPage.h"
#include "core/journal/JournalWrite.h"

namespace cj::client {

// A journal write in people's words, for the correction request form: where (lesson, student)
// and what («Отметка: 3 → 4»), as the page shows it now.
class ChangeDescription
{
    Q_DECLARE_TR_FUNCTIONS(ChangeDescription)
public:
    static QString where(const JournalPage &page, const JournalWrite &write);
    static QString what(const JournalPage &page, const JournalWrite &write, const AttendanceSymbols &symbols);
};

} // namespace cj::client
