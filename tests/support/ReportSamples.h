#pragma once

#include <QCborMap>
#include <QList>

#include "core/reports/ClassJournalRenderer.h"

namespace cj::test {

// Report results shaped exactly as docs/protocol.md ("Reports") describes them, with realistic
// data of one class (5А, 25 pupils, a school year of quarters), for renderer and PDF tests.
namespace samples {

QCborMap header(bool withPeriod = false);
QCborMap progressStatement();
QCborMap attendanceStatement();
QCborMap attendanceMonth();
QCborMap movementStatement();
QCborMap periodResults(bool oneSubject = false);
QCborMap forecast(bool oneSubject = false);
QCborMap classTeacherReport();
QCborMap parentLetters();
QCborMap schoolEnrolment();
QCborMap schoolMovement();
QCborMap schoolResults();
QCborMap journalControl();
QCborMap corrections();
QCborMap substitutions();
QCborMap studentDynamics();
QCborMap subjectPages(int assignmentIndex);
QCborMap classJournal();
client::reports::ClassJournalData classJournalData();

// The pupils' names, in the order the samples list them.
QStringList pupilNames();
int subjectCount();

} // namespace samples
} // namespace cj::test
