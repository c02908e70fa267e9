#include "core/reports/Report.h"

namespace cj::client::reports {

QString Report::runningHeader() const
{
    const QString school = header.school();
    return school.isEmpty() ? title : school + QStringLiteral(" · ") + title;
}

QString Report::runningRight(const ReportSection &section) const
{
    if (section.runningTitle.isEmpty())
        return header.runningText();
    return header.className.isEmpty() ? section.runningTitle : header.classText() + QStringLiteral(" · ") + section.runningTitle;
}

} // namespace cj::client::reports
