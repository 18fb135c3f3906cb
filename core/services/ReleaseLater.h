#pragma once

#include <memory>

namespace segurdesk::services {

// Lets go of an owned QObject (a finished request) from the event loop rather than at once: its
// signal may still be being delivered further up the stack.
template<typename T> void releaseLater(std::unique_ptr<T>& owned)
{
    if (owned)
        owned.release()->deleteLater();
}

} // namespace segurdesk::services
