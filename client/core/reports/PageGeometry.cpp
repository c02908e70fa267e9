#include "core/reports/PageGeometry.h"

#include <QPageSize>
#include <QRectF>

Q_GUI_EXPORT int qt_defaultDpiY();

namespace cj::client::reports {

QMarginsF PageGeometry::marginsMm(QPageLayout::Orientation orientation)
{
    // Portrait sheets are bound on the left; landscape ones on their top edge.
    return orientation == QPageLayout::Portrait ? QMarginsF(20, 10, 10, 10) : QMarginsF(10, 15, 10, 8);
}

QPageLayout PageGeometry::layout(QPageLayout::Orientation orientation)
{
    return QPageLayout(QPageSize(QPageSize::A4), orientation, marginsMm(orientation), QPageLayout::Millimeter);
}

double PageGeometry::bodyWidthMm(QPageLayout::Orientation orientation)
{
    return layout(orientation).paintRect(QPageLayout::Millimeter).width();
}

double PageGeometry::bodyHeightMm(QPageLayout::Orientation orientation)
{
    return layout(orientation).paintRect(QPageLayout::Millimeter).height() - kHeaderMm - kFooterMm;
}

double PageGeometry::formatUnits(double mm)
{
    return mm / 25.4 * qt_defaultDpiY();
}

} // namespace cj::client::reports
