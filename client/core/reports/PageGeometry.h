#pragma once

#include <QMarginsF>
#include <QPageLayout>

namespace cj::client::reports {

// The paper every report is laid out for: A4, with a wider edge for binding (the printed journal
// is stitched, 001 §6.2), a band for the running header and one for the page number.
class PageGeometry
{
public:
    static constexpr double kHeaderMm = 9;
    static constexpr double kFooterMm = 7;

    static QMarginsF marginsMm(QPageLayout::Orientation orientation);
    static QPageLayout layout(QPageLayout::Orientation orientation);
    // The width text and tables may use, in millimetres.
    static double bodyWidthMm(QPageLayout::Orientation orientation);
    static double bodyHeightMm(QPageLayout::Orientation orientation);

    // QTextDocument scales lengths given in formats (margins, paddings, borders, fixed widths)
    // from the default screen resolution to its paint device; these convert millimetres to those
    // units.
    static double formatUnits(double mm);
};

} // namespace cj::client::reports
