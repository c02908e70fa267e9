#pragma once

#include <QFont>

namespace cj::client {

// A font scaled by a factor; fonts may be sized in points or in pixels (offscreen, some platforms).
inline QFont scaledFont(QFont font, double factor)
{
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else if (font.pixelSize() > 0)
        font.setPixelSize(qMax(6, int(font.pixelSize() * factor + 0.5)));
    return font;
}

} // namespace cj::client
