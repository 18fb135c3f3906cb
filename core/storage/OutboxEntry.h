#pragma once

#include "core/storage/SubmissionReceipt.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace segurdesk::storage {

// One submission in the outbox.
struct OutboxEntry
{
    enum class State { Pending, Acknowledged, Failed };

    QString idempotencyKey;
    QString draftId;
    QString payloadHash;
    State state = State::Pending;
    int attempts = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    SubmissionReceipt receipt; // when Acknowledged
    QJsonObject problem; // the portal's problem+json, when Failed
};

} // namespace segurdesk::storage
