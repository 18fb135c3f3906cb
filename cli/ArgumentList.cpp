#include "cli/ArgumentList.h"

namespace segurdesk::cli {

std::optional<QString> ArgumentList::takeValue(const QString& name)
{
    for (qsizetype i = 0; i < m_arguments.size(); ++i) {
        const QString& argument = m_arguments.at(i);
        if (argument == QLatin1String("--"))
            break;
        if (argument.startsWith(name + QLatin1Char('='))) {
            const QString value = argument.mid(name.size() + 1);
            m_arguments.removeAt(i);
            return value;
        }
        if (argument == name) {
            if (i + 1 >= m_arguments.size()) {
                m_arguments.removeAt(i);
                m_missingValue = true;
                return std::nullopt;
            }
            const QString value = m_arguments.at(i + 1);
            m_arguments.remove(i, 2);
            return value;
        }
    }
    return std::nullopt;
}

bool ArgumentList::takeFlag(const QString& name)
{
    const qsizetype end = m_arguments.indexOf(QStringLiteral("--"));
    const qsizetype at = m_arguments.indexOf(name);
    if (at < 0 || (end >= 0 && at > end))
        return false;
    m_arguments.removeAt(at);
    return true;
}

QString ArgumentList::unknownOption() const
{
    for (const QString& argument : m_arguments) {
        if (argument == QLatin1String("--"))
            break;
        if (argument.startsWith(QLatin1String("--")))
            return argument;
    }
    return {};
}

} // namespace segurdesk::cli
