#pragma once

#include <QDate>
#include <QString>

#include <optional>

#include "storage/StudentStore.h"

namespace cj::server {

// What a student's personal card may hold: gender "", "m" or "f"; a birth date in the past; an
// 11-digit SNILS (written as "123-456-789 01"); an e-mail with an '@'.
class StudentCard
{
public:
    struct Problem {
        QString field;
        QString message;
    };
    static std::optional<Problem> problem(const StudentRecord &student, const QDate &today);
    // Throws validation_failed with the field of the first problem.
    static void check(const StudentRecord &student, const QDate &today);
};

} // namespace cj::server
