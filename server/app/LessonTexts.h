#pragma once

#include <QRandomGenerator>
#include <QString>

namespace cj::server {

// The words of generated lessons: КТП topics by subject (units of the year's programme, each taught
// over several lessons) and homework in the form each subject customarily sets it.
class LessonTexts
{
public:
    // The topic of lesson `ordinal` (0-based) of `count` in the year.
    static QString topic(const QString &subject, int ordinal, int count);
    // The unit the lesson belongs to, for naming a written work («Контрольная работа по теме …»).
    static QString unit(const QString &subject, int ordinal, int count);
    // Homework for one lesson; empty when the subject customarily sets none that day.
    static QString homework(QRandomGenerator &random, const QString &subject);
};

} // namespace cj::server
