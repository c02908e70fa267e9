#pragma once

#include <QColor>

namespace cj::client::colors {

// The few colours lists use to say something: greyed (left, archived, closed), a problem, a warning.
inline QColor muted() { return QColor(0x8a, 0x8a, 0x8a); }
inline QColor problemText() { return QColor(0xb0, 0x00, 0x20); }
inline QColor problemBackground() { return QColor(0xfd, 0xe7, 0xe9); }
inline QColor warningBackground() { return QColor(0xff, 0xf4, 0xd6); }
inline QColor okBackground() { return QColor(0xe8, 0xf5, 0xe9); }

} // namespace cj::client::colors
