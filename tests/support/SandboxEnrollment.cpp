#include "tests/support/SandboxEnrollment.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

namespace segurdesk::test {

SandboxEnrollment::SandboxEnrollment(const SandboxProcess& sandbox, SandboxHttp& http)
    : m_sandbox(sandbox)
    , m_http(http)
{ }

QString SandboxEnrollment::newCaptcha()
{
    const HttpReply reply = m_http.send(QByteArrayLiteral("POST"), QStringLiteral("/api/v1/captchas"));
    EXPECT_EQ(reply.status, 201);
    return reply.json().value(QLatin1String("id")).toString();
}

HttpReply SandboxEnrollment::submit(EnrollmentForm& form, const QByteArray& key, bool freshCaptcha)
{
    if (freshCaptcha)
        form.setCaptcha(newCaptcha(), QString::fromLatin1(SandboxProcess::CaptchaAnswer));
    SandboxHttp::Headers headers {{QByteArrayLiteral("Content-Type"), form.contentType()}};
    if (!key.isEmpty())
        headers.append({QByteArrayLiteral("Idempotency-Key"), key});
    return m_http.send(QByteArrayLiteral("POST"), QStringLiteral("/api/v1/enrollments"), form.body(), headers);
}

HttpReply SandboxEnrollment::decide(const QString& enrollmentId, const QString& decision)
{
    return m_http.postJson(QStringLiteral("/sandbox/enrollments/%1/decide").arg(enrollmentId),
                           QJsonObject {{QStringLiteral("decision"), decision}});
}

SandboxEnrollment::Credentials SandboxEnrollment::enrollValidated(EnrollmentForm& form, const QByteArray& key)
{
    Credentials credentials;
    const HttpReply submitted = submit(form, key);
    EXPECT_EQ(submitted.status, 201) << submitted.body.toStdString();
    credentials.enrollmentId = submitted.json().value(QLatin1String("id")).toString();
    const HttpReply decided = decide(credentials.enrollmentId);
    EXPECT_EQ(decided.status, 200) << decided.body.toStdString();
    const Credentials mailed = mailedCredentials();
    credentials.login = mailed.login;
    credentials.password = mailed.password;
    return credentials;
}

SandboxEnrollment::Credentials SandboxEnrollment::mailedCredentials() const
{
    const QString mail = m_sandbox.latestMail(QStringLiteral("credentials"));
    Credentials credentials;
    credentials.login = QRegularExpression(QStringLiteral("(mss-[0-9]{6})")).match(mail).captured(1);
    credentials.password
        = QRegularExpression(QStringLiteral(":[ \\t]*(\\S{16})\\r?\\n\\r?\\n")).match(mail).captured(1);
    return credentials;
}

} // namespace segurdesk::test
