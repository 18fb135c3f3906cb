#pragma once

#include "core/model/MailboxCounts.h"

#include <QString>

namespace segurdesk::model {

// The six counts of a demande d'avance: mailboxes today and estimated at the call's closing
// date. Amounts are never part of it: the portal computes them (FundingRule).
struct AdvanceRequest
{
    // The validated enrollment the request is made for (the portal's id).
    QString enrollmentId;
    MailboxCounts current;
    MailboxCounts estimatedAtClosing;

    friend bool operator==(const AdvanceRequest&, const AdvanceRequest&) = default;
};

} // namespace segurdesk::model
