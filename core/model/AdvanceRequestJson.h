#pragma once

#include "core/model/AdvanceRequest.h"
#include "core/model/FieldError.h"

#include <QByteArray>
#include <QJsonObject>

namespace segurdesk::model {

// The contract's AdvanceRequestInput: {enrollment_id, current: MailboxCounts, estimated:
// MailboxCounts}, each count a JSON integer. Strict like DossierJson: wrong types, missing
// counts and unknown members are FieldErrors at their path ("estimated.personal").
class AdvanceRequestJson
{
public:
    struct Parsed
    {
        AdvanceRequest request;
        FieldErrors errors;
    };

    static Parsed parse(const QByteArray& bytes);
    static Parsed fromJson(const QJsonObject& root);
    static QJsonObject toJson(const AdvanceRequest& request);
};

// The advance request's own rules: an enrollment to attach it to and six counts in range
// (core/validation's mailbox rule).
FieldErrors validateAdvanceRequest(const AdvanceRequest& request);

} // namespace segurdesk::model
