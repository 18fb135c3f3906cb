#include "core/portal/CaptchaChallenge.h"

namespace segurdesk::portal {

CaptchaChallenge CaptchaChallenge::read(ReplyReader& reader)
{
    CaptchaChallenge captcha;
    captcha.id = reader.string(QLatin1String("id"));
    const QString encoded = reader.string(QLatin1String("png_base64"));
    const auto decoded = QByteArray::fromBase64Encoding(encoded.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!reader.failed() && (!decoded || !(*decoded).startsWith("\x89PNG\r\n\x1a\n")))
        reader.fail(QLatin1String("png_base64"), "a base64 PNG image");
    else if (decoded)
        captcha.png = *decoded;
    captcha.width = reader.optionalInteger(QLatin1String("width"), 1, 10000).value_or(0);
    captcha.height = reader.optionalInteger(QLatin1String("height"), 1, 10000).value_or(0);
    captcha.expiresAt = reader.dateTime(QLatin1String("expires_at"));
    return captcha;
}

} // namespace segurdesk::portal
