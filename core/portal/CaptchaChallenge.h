#pragma once

#include "core/portal/ReplyReader.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace segurdesk::portal {

// POST /captchas: a single-use challenge. `png` holds the decoded image bytes (checked to be
// base64 of something that starts like a PNG); the answer goes with `id` to the call that needs it.
struct CaptchaChallenge
{
    QString id;
    QByteArray png;
    qint64 width = 0;
    qint64 height = 0;
    QDateTime expiresAt;

    static CaptchaChallenge read(ReplyReader& reader);
};

} // namespace segurdesk::portal
