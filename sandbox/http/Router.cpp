#include "sandbox/http/Router.h"

namespace segurdesk::sandbox {

void Router::add(const QByteArray& method, const QString& pattern, Access access, Handler handler)
{
    m_routes.append({method, pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts), access, std::move(handler)});
}

Router::Match Router::match(const QByteArray& method, const QString& path) const
{
    const QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    Match result;
    for (const Route& route : m_routes) {
        if (route.segments.size() != segments.size())
            continue;
        QHash<QString, QString> params;
        bool matches = true;
        for (qsizetype i = 0; i < segments.size() && matches; ++i) {
            const QString& pattern = route.segments.at(i);
            if (pattern.startsWith(QLatin1Char('{')) && pattern.endsWith(QLatin1Char('}')))
                params.insert(pattern.mid(1, pattern.size() - 2), segments.at(i));
            else
                matches = pattern == segments.at(i);
        }
        if (!matches)
            continue;
        if (route.method == method || (method == "HEAD" && route.method == "GET")) {
            result.route = &route;
            result.params = params;
            return result;
        }
        result.pathExists = true;
    }
    return result;
}

} // namespace segurdesk::sandbox
