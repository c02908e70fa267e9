#pragma once

#include <QDate>

#include "storage/StudentStore.h"

namespace cj::server {

// What a student's personal card may hold: gender "", "m" or "f"; a birth date in the past; an
// 11-digit SNILS (written as "123-456-789 01"); an e-mail with an '@'. Throws validation_failed.
class StudentCard
{
public:
    static void check(const StudentRecord &student, const QDate &today);
};

} // namespace cj::server
