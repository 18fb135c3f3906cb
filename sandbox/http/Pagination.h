#pragma once

#include "sandbox/http/HttpRequest.h"
#include "sandbox/http/HttpResponse.h"

#include <QJsonArray>

#include <optional>

namespace segurdesk::sandbox {

// page/per_page of list endpoints and their answer: {items, page, per_page, total} plus an
// RFC 8288 Link header.
class Pagination
{
public:
    static constexpr int DefaultPerPage = 20;
    static constexpr int MaxPerPage = 100;

    // nullopt when page or per_page is present but not an integer in range.
    static std::optional<Pagination> fromQuery(const QUrlQuery& query);

    int page() const { return m_page; }
    int perPage() const { return m_perPage; }
    int offset() const { return (m_page - 1) * m_perPage; }

    HttpResponse respond(const QJsonArray& items, qint64 total, const HttpRequest& request) const;

private:
    int m_page = 1;
    int m_perPage = DefaultPerPage;
};

} // namespace segurdesk::sandbox
