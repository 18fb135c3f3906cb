#pragma once

#include <QString>

namespace segurdesk {

enum class Severity { Ok, Warning, Error };

// What every validator returns. `code` is stable and machine-readable ("iban.checksum");
// `message` is translated (French by default) and empty when the value is fine.
// `normalized` is the canonical form of the value when it could be computed, else empty.
struct ValidationResult
{
    Severity severity = Severity::Ok;
    QString code;
    QString normalized;
    QString message;

    bool isValid() const { return severity != Severity::Error; }
};

} // namespace segurdesk
