#pragma once

#include <QtGlobal>

namespace segurdesk::model {

// Numbers of secure-messaging mailboxes (BAL) of the three kinds the funding rule counts.
struct MailboxCounts
{
    qint64 applicative = 0;
    qint64 organizational = 0;
    qint64 personal = 0;

    friend bool operator==(const MailboxCounts&, const MailboxCounts&) = default;
};

} // namespace segurdesk::model
