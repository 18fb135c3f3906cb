#include "sandbox/services/CaptchaService.h"

#include "sandbox/services/CaptchaImage.h"
#include "sandbox/services/SecureTokens.h"

#include <QRandomGenerator>

namespace segurdesk::sandbox {

namespace {

// No 0/O, 1/I/L: people must be able to read what they type.
constexpr char kAlphabet[] = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

} // namespace

CaptchaService::CaptchaService(const Clock& clock, qint64 ttlSeconds, const QString& fixedAnswer)
    : m_clock(clock)
    , m_ttlSeconds(ttlSeconds)
    , m_fixedAnswer(fixedAnswer)
{ }

CaptchaService::Created CaptchaService::create()
{
    purgeExpired();
    QString answer = m_fixedAnswer;
    if (answer.isEmpty()) {
        const QByteArray random = SecureTokens::randomBytes(6);
        for (char byte : random)
            answer += QLatin1Char(kAlphabet[quint8(byte) % (sizeof(kAlphabet) - 1)]);
    }
    Created created;
    created.id = SecureTokens::randomHex(16);
    created.expiresAt = m_clock.now().addSecs(m_ttlSeconds);
    created.png = CaptchaImage::renderPng(answer, QRandomGenerator::global()->generate());
    m_entries.insert(created.id, {answer, created.expiresAt});
    return created;
}

CaptchaService::Verdict CaptchaService::verify(const QString& id, const QString& answer)
{
    const auto it = m_entries.find(id);
    if (it == m_entries.end())
        return Verdict::Invalid;
    const Entry entry = it.value();
    m_entries.erase(it);
    if (m_clock.now() >= entry.expiresAt)
        return Verdict::Expired;
    return answer.trimmed().compare(entry.answer, Qt::CaseInsensitive) == 0 ? Verdict::Ok : Verdict::Invalid;
}

void CaptchaService::purgeExpired()
{
    const QDateTime now = m_clock.now();
    m_entries.removeIf([&now](const auto& it) { return now >= it.value().expiresAt; });
}

} // namespace segurdesk::sandbox
