#pragma once

#include "sandbox/http/HttpResponse.h"

#include <QList>
#include <QString>

namespace segurdesk::sandbox {

struct FieldError
{
    QString field;
    QString code;
    QString message;
};

// An RFC 9457 problem (application/problem+json) of type urn:segurdesk:problem:<slug>, with
// per-field errors. The title of each slug is translated here, once.
class Problem
{
public:
    Problem(int status, const QString& slug, const QString& detail = QString());

    Problem& addError(const QString& field, const QString& code, const QString& message);
    Problem& addErrors(const QList<FieldError>& errors);
    Problem& setRetryAfter(int seconds);

    int status() const { return m_status; }
    const QList<FieldError>& errors() const { return m_errors; }

    HttpResponse toResponse(const QString& instance, const QString& requestId) const;

    static QString title(const QString& slug);

private:
    int m_status;
    QString m_slug;
    QString m_detail;
    QList<FieldError> m_errors;
    int m_retryAfter = -1;
};

} // namespace segurdesk::sandbox
