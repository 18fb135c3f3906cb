#include "sandbox/services/FaultInjector.h"

namespace segurdesk::sandbox {

FaultInjector::FaultInjector(const QList<FaultRule>& rules, quint64 seed)
    : m_rules(rules)
    , m_fired(rules.size(), 0)
    , m_random(quint32(seed))
{ }

std::optional<FaultRule> FaultInjector::pick(const QByteArray& method, const QString& path)
{
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        const FaultRule& rule = m_rules.at(i);
        if (!rule.method.isEmpty() && rule.method.toLatin1() != method)
            continue;
        if (!path.startsWith(rule.pathPrefix))
            continue;
        if (rule.maxCount > 0 && m_fired.at(i) >= rule.maxCount)
            continue;
        if (m_random.generateDouble() >= rule.probability)
            continue;
        ++m_fired[i];
        return rule;
    }
    return std::nullopt;
}

} // namespace segurdesk::sandbox
