#pragma once

// The drafts of the test's data folder, as the app's draft list reads them (services::DraftLibrary,
// on a worker), once they are listed; none if they could not be.
#include "core/services/DraftLibrary.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

namespace segurdesk::testing {

inline QList<services::DraftSummary> listedDrafts()
{
    services::DraftLibrary library;
    QSignalSpy listed(&library, &services::DraftLibrary::listed);
    library.refresh();
    EXPECT_TRUE(listed.wait(30000));
    return listed.isEmpty() ? QList<services::DraftSummary>()
                            : listed.first().first().value<QList<services::DraftSummary>>();
}

} // namespace segurdesk::testing
