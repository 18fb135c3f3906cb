#pragma once

#include <QStringView>

namespace segurdesk::validation {

// True when `code` is an assigned ISO 3166-1 alpha-2 country code (upper case), or XK,
// the code SWIFT and the European Commission use for Kosovo.
bool isCountryCode(QStringView code);

} // namespace segurdesk::validation
