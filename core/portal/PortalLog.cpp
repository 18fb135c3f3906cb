#include "core/portal/PortalLog.h"

namespace segurdesk::portal {

Q_LOGGING_CATEGORY(lcPortal, "segurdesk.portal")

} // namespace segurdesk::portal
