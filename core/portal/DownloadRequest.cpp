#include "core/portal/DownloadRequest.h"

#include <QNetworkReply>
#include <QRegularExpression>

namespace segurdesk::portal {

DownloadRequest::DownloadRequest(PortalClient& client, QString pathTemplate, QString encodedPath, QObject* parent)
    : PortalRequest(client, QByteArrayLiteral("GET"), std::move(pathTemplate), std::move(encodedPath), parent)
{
    setAccept(QByteArrayLiteral("application/pdf, image/png, image/jpeg, application/problem+json"));
    setMaxReplyBytes(MaxBytes);
}

QString DownloadRequest::fileNameOf(const QByteArray& contentDisposition)
{
    // RFC 6266: the extended form (filename*=UTF-8''percent-encoded) comes first when both are given.
    static const QRegularExpression extended(QStringLiteral("filename\\*=UTF-8''([^;\\s]+)"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression quoted(QStringLiteral("filename=\"([^\"]*)\""));
    static const QRegularExpression bare(QStringLiteral("filename=([^;\\s]+)"));
    const QString header = QString::fromUtf8(contentDisposition);
    QString name;
    if (const QRegularExpressionMatch match = extended.match(header); match.hasMatch()) {
        name = QString::fromUtf8(QByteArray::fromPercentEncoding(match.captured(1).toLatin1()));
    } else {
        QRegularExpressionMatch plain = quoted.match(header);
        if (!plain.hasMatch())
            plain = bare.match(header);
        if (!plain.hasMatch())
            return {};
        name = plain.captured(1);
    }
    name = name.mid(std::max(name.lastIndexOf(QLatin1Char('/')), name.lastIndexOf(QLatin1Char('\\'))) + 1);
    name.removeIf([](QChar c) { return c.category() == QChar::Other_Control; });
    if (name == QLatin1String(".") || name == QLatin1String(".."))
        return {};
    return name.left(200);
}

std::optional<PortalError> DownloadRequest::handleSuccess(const Answer& answer)
{
    const QString type = answer.reply.header(QNetworkRequest::ContentTypeHeader)
                             .toString()
                             .section(QLatin1Char(';'), 0, 0)
                             .trimmed()
                             .toLower();
    if (type != QLatin1String("application/pdf") && type != QLatin1String("image/png")
        && type != QLatin1String("image/jpeg"))
        return malformedReply(QStringLiteral("content type: expected a PDF, PNG or JPEG file"));
    m_content = answer.body;
    m_contentType = type;
    m_fileName = fileNameOf(answer.reply.rawHeader("Content-Disposition"));
    return std::nullopt;
}

} // namespace segurdesk::portal
