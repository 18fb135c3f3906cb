#pragma once

#include "core/portal/PortalRequest.h"
#include "core/services/ReleaseLater.h"

#include <QObject>

#include <memory>

namespace segurdesk::services {

// Starts `request` in `slot`, a member of `owner` that holds one call of a kind at a time.
// Whatever the slot held is deleted first, which aborts it silently: its answer never arrives.
// Once the request ends, the slot lets it go and `onFinished(request)` runs from the event loop,
// on `owner`'s thread, while the request is still alive.
template<typename Request, typename OnFinished>
void startInSlot(QObject& owner, std::unique_ptr<portal::PortalRequest>& slot, std::unique_ptr<Request> request,
                 OnFinished onFinished)
{
    slot.reset();
    const Request* typed = request.get();
    QObject::connect(typed, &portal::PortalRequest::finished, &owner,
                     [&slot, typed, onFinished = std::move(onFinished)] {
                         releaseLater(slot);
                         onFinished(*typed);
                     });
    slot = std::move(request);
    slot->start();
}

} // namespace segurdesk::services
