#pragma once

#include <QDateTime>

namespace segurdesk::sandbox {

// Source of "now" for every delay and expiry of the sandbox (instruction, payment, captcha,
// token, lockout), so that tests move time instead of sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
};

} // namespace segurdesk::sandbox
