#pragma once

#include "core/validation/ValidationResult.h"

#include <QColor>
#include <QPalette>

namespace segurdesk::widgets {

// The colour of a message of `severity` that reads on `palette`'s background, light or dark: red
// for an error, amber for a warning. A colour always comes with words that say the same, for
// whoever does not see it.
inline QColor severityColour(Severity severity, const QPalette& palette)
{
    const bool light = palette.color(QPalette::Window).lightness() > 128;
    if (severity == Severity::Warning)
        return light ? QColor(0x8a, 0x5a, 0x00) : QColor(0xf6, 0xc3, 0x5b);
    return light ? QColor(0xa5, 0x1d, 0x2d) : QColor(0xff, 0x8a, 0x80);
}

} // namespace segurdesk::widgets
