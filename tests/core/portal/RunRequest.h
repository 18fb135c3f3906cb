#pragma once

#include "core/portal/PortalRequest.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

namespace segurdesk::portal::test {

// Starts the request and returns once it finished: event-driven, failing the test after 30 s.
inline void run(PortalRequest& request)
{
    QSignalSpy finished(&request, &PortalRequest::finished);
    request.start();
    if (!request.isFinished()) {
        ASSERT_TRUE(finished.wait(30000)) << request.pathTemplate().toStdString();
    }
    ASSERT_TRUE(request.isFinished());
}

} // namespace segurdesk::portal::test
