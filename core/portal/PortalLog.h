#pragma once

#include <QLoggingCategory>

namespace segurdesk::portal {

// "segurdesk.portal": method, path template, status, duration, request id. Never a token,
// a query value, a body or anything else that could identify a person.
Q_DECLARE_LOGGING_CATEGORY(lcPortal)

} // namespace segurdesk::portal
