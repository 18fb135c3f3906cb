#pragma once

#include "core/model/MailboxCounts.h"

namespace segurdesk::model {

// The six counts of a demande d'avance: mailboxes today and estimated at the call's closing
// date. Amounts are never part of it: the portal computes them (FundingRule).
struct AdvanceRequest
{
    MailboxCounts current;
    MailboxCounts estimatedAtClosing;

    friend bool operator==(const AdvanceRequest&, const AdvanceRequest&) = default;
};

} // namespace segurdesk::model
