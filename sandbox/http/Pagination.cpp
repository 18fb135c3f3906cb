#include "sandbox/http/Pagination.h"

#include <QStringList>
#include <QUrl>

namespace segurdesk::sandbox {

std::optional<Pagination> Pagination::fromQuery(const QUrlQuery& query)
{
    Pagination pagination;
    bool ok = true;
    if (query.hasQueryItem(QStringLiteral("page"))) {
        pagination.m_page = query.queryItemValue(QStringLiteral("page")).toInt(&ok);
        if (!ok || pagination.m_page < 1 || pagination.m_page > 1000000)
            return std::nullopt;
    }
    if (query.hasQueryItem(QStringLiteral("per_page"))) {
        pagination.m_perPage = query.queryItemValue(QStringLiteral("per_page")).toInt(&ok);
        if (!ok || pagination.m_perPage < 1 || pagination.m_perPage > MaxPerPage)
            return std::nullopt;
    }
    return pagination;
}

HttpResponse Pagination::respond(const QJsonArray& items, qint64 total, const HttpRequest& request) const
{
    HttpResponse response = HttpResponse::json(200,
                                               QJsonObject {{QStringLiteral("items"), items},
                                                            {QStringLiteral("page"), m_page},
                                                            {QStringLiteral("per_page"), m_perPage},
                                                            {QStringLiteral("total"), total}});
    response.cacheable = true;
    const qint64 last = qMax<qint64>(1, (total + m_perPage - 1) / m_perPage);
    const auto link = [&](qint64 page, const char* rel) {
        QUrlQuery query = request.query;
        query.removeAllQueryItems(QStringLiteral("page"));
        query.removeAllQueryItems(QStringLiteral("per_page"));
        query.addQueryItem(QStringLiteral("page"), QString::number(page));
        query.addQueryItem(QStringLiteral("per_page"), QString::number(m_perPage));
        return QStringLiteral("<%1?%2>; rel=\"%3\"")
            .arg(request.path, query.toString(QUrl::FullyEncoded), QLatin1String(rel));
    };
    QStringList links {link(1, "first")};
    if (m_page > 1)
        links.append(link(qMin<qint64>(m_page - 1, last), "prev"));
    if (m_page < last)
        links.append(link(m_page + 1, "next"));
    links.append(link(last, "last"));
    response.withHeader(QByteArrayLiteral("Link"), links.join(QStringLiteral(", ")).toUtf8());
    return response;
}

} // namespace segurdesk::sandbox
