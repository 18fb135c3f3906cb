#pragma once

#include "core/portal/PortalRequest.h"

#include <QByteArray>
#include <QString>

namespace segurdesk::portal {

// A request answered with a file (PDF, PNG or JPEG): its bytes, type and the file name the
// portal suggests (reduced to a bare name, safe to join to a folder).
class DownloadRequest : public PortalRequest
{
public:
    static constexpr qint64 MaxBytes = qint64 {64} * 1024 * 1024;

    const QByteArray& content() const { return m_content; }
    const QString& contentType() const { return m_contentType; }
    const QString& fileName() const { return m_fileName; }

    // The file name of a Content-Disposition header, without any folder part or control
    // character; empty when there is none.
    static QString fileNameOf(const QByteArray& contentDisposition);

protected:
    DownloadRequest(PortalClient& client, QString pathTemplate, QString encodedPath, QObject* parent);

    std::optional<PortalError> handleSuccess(const Answer& answer) override;

private:
    QByteArray m_content;
    QString m_contentType;
    QString m_fileName;
};

} // namespace segurdesk::portal
