#pragma once

#include <QStringList>

namespace cj::server {

// Уровни общего образования: начальное (1–4), основное (5–9), среднее (10–11) — how the school-wide
// tables group parallels.
class SchoolLevel
{
public:
    static QString of(int grade)
    {
        if (grade <= 4)
            return QStringLiteral("1-4");
        return grade <= 9 ? QStringLiteral("5-9") : QStringLiteral("10-11");
    }
    static QStringList all() { return {QStringLiteral("1-4"), QStringLiteral("5-9"), QStringLiteral("10-11")}; }
};

} // namespace cj::server
