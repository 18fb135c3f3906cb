#pragma once

#include "sandbox/Clock.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>

namespace segurdesk::sandbox {

// Captchas kept in memory: each answer is checked once (right or wrong, it is then gone)
// and only until it expires. A fixed answer (--captcha-answer) makes automated tests possible.
class CaptchaService
{
public:
    CaptchaService(const Clock& clock, qint64 ttlSeconds, const QString& fixedAnswer);

    struct Created
    {
        QString id;
        QByteArray png;
        QDateTime expiresAt;
    };
    Created create();

    enum class Verdict { Ok, Invalid, Expired };
    Verdict verify(const QString& id, const QString& answer);

private:
    struct Entry
    {
        QString answer;
        QDateTime expiresAt;
    };
    void purgeExpired();

    const Clock& m_clock;
    qint64 m_ttlSeconds;
    QString m_fixedAnswer;
    QHash<QString, Entry> m_entries;
};

} // namespace segurdesk::sandbox
