#pragma once

#include "core/portal/Parsed.h"
#include "core/portal/PortalRequest.h"

namespace segurdesk::portal {

// A request whose success answer is a JSON `T`, parsed strictly (parseReply<T>). A polled
// request that gets 304 serves the previous answer's value again (wasNotModified()).
template<class T> class JsonReplyRequest : public PortalRequest
{
public:
    // Valid once succeeded().
    const T& value() const { return m_value; }

protected:
    using PortalRequest::PortalRequest;

    std::optional<PortalError> handleSuccess(const Answer& answer) override
    {
        Parsed<T> parsed = parseReply<T>(answer.body);
        if (!parsed)
            return malformedReply(parsed.error);
        m_value = std::move(*parsed.value);
        rememberForPolling(m_value);
        return std::nullopt;
    }

    bool handleNotModified(const std::any& cached) override
    {
        const T* previous = std::any_cast<T>(&cached);
        if (!previous)
            return false;
        m_value = *previous;
        return true;
    }

    // For a subclass that completes the parsed value from the reply (headers, for instance).
    T& mutableValue() { return m_value; }

private:
    T m_value {};
};

} // namespace segurdesk::portal
