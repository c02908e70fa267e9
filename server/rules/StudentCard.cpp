#include "rules/StudentCard.h"

#include "rpc/RpcError.h"

namespace cj::server {

std::optional<StudentCard::Problem> StudentCard::problem(const StudentRecord &s, const QDate &today)
{
    if (!s.gender.isEmpty() && s.gender != QLatin1String("m") && s.gender != QLatin1String("f"))
        return Problem{QStringLiteral("gender"), QStringLiteral("gender is \"m\", \"f\" or empty")};
    if (s.birthDate.isValid() && (s.birthDate >= today || s.birthDate.year() < 1900))
        return Problem{QStringLiteral("birthDate"), QStringLiteral("the birth date is not plausible")};
    if (!s.snils.isEmpty()) {
        const qsizetype digits = std::count_if(s.snils.cbegin(), s.snils.cend(), [](QChar c) { return c.isDigit(); });
        const qsizetype others = std::count_if(s.snils.cbegin(), s.snils.cend(), [](QChar c) {
            return !c.isDigit() && c != QLatin1Char('-') && c != QLatin1Char(' ');
        });
        if (digits != 11 || others > 0)
            return Problem{QStringLiteral("snils"), QStringLiteral("SNILS has 11 digits")};
    }
    if (!s.email.isEmpty() && !s.email.contains(QLatin1Char('@')))
        return Problem{QStringLiteral("email"), QStringLiteral("not an e-mail address")};
    if (s.consentDate.isValid() && s.consentDate > today)
        return Problem{QStringLiteral("consentDate"), QStringLiteral("the consent date is in the future")};
    return std::nullopt;
}

void StudentCard::check(const StudentRecord &s, const QDate &today)
{
    if (const auto p = problem(s, today))
        invalid(p->field, p->message);
}

} // namespace cj::server
