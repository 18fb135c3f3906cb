#pragma once

#include "sandbox/SandboxConfig.h"

#include <QList>
#include <QRandomGenerator>

#include <optional>

namespace segurdesk::sandbox {

// Chooses, from the configured rules and a seeded generator (reproducible runs), whether a
// request is failed and how. The first matching rule that fires wins.
class FaultInjector
{
public:
    FaultInjector(const QList<FaultRule>& rules, quint64 seed);

    std::optional<FaultRule> pick(const QByteArray& method, const QString& path);

private:
    QList<FaultRule> m_rules;
    QList<int> m_fired;
    QRandomGenerator m_random;
};

} // namespace segurdesk::sandbox
