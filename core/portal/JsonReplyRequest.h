#pragma once

#include "core/portal/Parsed.h"
#include "core/portal/PortalRequest.h"

#include <QJsonObject>

namespace segurdesk::portal {

// A request whose success answer is a JSON `T`, parsed strictly (parseReply<T>) into value(),
// and also kept as the object the portal sent (json()): for a local copy of what the portal
// said (storage::DossierCache) and for printing it unchanged. A polled request that gets 304
// serves the previous answer's value and object again (wasNotModified()).
template<class T> class JsonReplyRequest : public PortalRequest
{
public:
    // Valid once succeeded().
    const T& value() const { return m_answer.value; }
    const QJsonObject& json() const { return m_answer.json; }

protected:
    using PortalRequest::PortalRequest;

    std::optional<PortalError> handleSuccess(const Answer& answer) override
    {
        Parsed<T> parsed = parseReply<T>(answer.body);
        if (!parsed)
            return malformedReply(parsed.error);
        m_answer = {std::move(*parsed.value), std::move(parsed.object)};
        redact(m_answer.json);
        rememberForPolling(m_answer);
        return std::nullopt;
    }

    bool handleNotModified(const std::any& cached) override
    {
        const Kept* previous = std::any_cast<Kept>(&cached);
        if (!previous)
            return false;
        m_answer = *previous;
        return true;
    }

    // Removes from the kept object what must not outlive the answer (a session token).
    virtual void redact(QJsonObject& /*json*/) const { }

    // For a subclass that completes the parsed value from the reply (headers, for instance).
    T& mutableValue() { return m_answer.value; }

private:
    struct Kept
    {
        T value {};
        QJsonObject json;
    };
    Kept m_answer;
};

} // namespace segurdesk::portal
