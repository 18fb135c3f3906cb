#pragma once

#include "core/validation/ValidationResult.h"

#include <QColor>
#include <QLabel>
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

// Shows `problem` in `message`, in the error colour, and gives it to `field` (if any), the control
// that fixes it, for a screen reader to read with it.
inline void showProblem(QLabel& message, QWidget* field, const QString& problem)
{
    QPalette errorPalette = message.palette();
    errorPalette.setColor(QPalette::WindowText, severityColour(Severity::Error, message.palette()));
    message.setPalette(errorPalette);
    message.setText(problem);
    message.show();
    if (field != nullptr)
        field->setAccessibleDescription(problem);
}

} // namespace segurdesk::widgets
