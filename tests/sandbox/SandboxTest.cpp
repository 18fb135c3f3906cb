#include "tests/sandbox/SandboxTest.h"

#include <QRegularExpression>

namespace segurdesk::test {

void SandboxTest::SetUp()
{
    m_sandbox = std::make_unique<SandboxProcess>(config(), arguments());
    ASSERT_TRUE(m_sandbox->ok()) << m_sandbox->error().toStdString();
    m_http = std::make_unique<SandboxHttp>(m_sandbox->url());
}

QString SandboxTest::newCaptcha()
{
    const HttpReply reply = m_http->send(QByteArrayLiteral("POST"), QStringLiteral("/api/v1/captchas"));
    EXPECT_EQ(reply.status, 201);
    return reply.json().value(QLatin1String("id")).toString();
}

HttpReply SandboxTest::submit(EnrollmentForm& form, const QByteArray& key, bool freshCaptcha)
{
    if (freshCaptcha)
        form.setCaptcha(newCaptcha(), QString::fromLatin1(SandboxProcess::CaptchaAnswer));
    SandboxHttp::Headers headers {{QByteArrayLiteral("Content-Type"), form.contentType()}};
    if (!key.isEmpty())
        headers.append({QByteArrayLiteral("Idempotency-Key"), key});
    return m_http->send(QByteArrayLiteral("POST"), QStringLiteral("/api/v1/enrollments"), form.body(), headers);
}

HttpReply SandboxTest::decide(const QString& enrollmentId, const QString& decision)
{
    return m_http->postJson(QStringLiteral("/sandbox/enrollments/%1/decide").arg(enrollmentId),
                            QJsonObject {{QStringLiteral("decision"), decision}});
}

HttpReply SandboxTest::advanceClock(qint64 seconds)
{
    return m_http->postJson(QStringLiteral("/sandbox/clock"),
                            QJsonObject {{QStringLiteral("advance_seconds"), seconds}});
}

SandboxTest::Credentials SandboxTest::enrollValidated(EnrollmentForm& form, const QByteArray& key)
{
    Credentials credentials;
    const HttpReply submitted = submit(form, key);
    EXPECT_EQ(submitted.status, 201) << submitted.body.toStdString();
    credentials.enrollmentId = submitted.json().value(QLatin1String("id")).toString();
    const HttpReply decided = decide(credentials.enrollmentId);
    EXPECT_EQ(decided.status, 200) << decided.body.toStdString();
    const QString mail = m_sandbox->latestMail(QStringLiteral("credentials"));
    credentials.login = QRegularExpression(QStringLiteral("(mss-[0-9]{6})")).match(mail).captured(1);
    credentials.password
        = QRegularExpression(QStringLiteral(":[ \\t]*(\\S{16})\\r?\\n\\r?\\n")).match(mail).captured(1);
    return credentials;
}

QString SandboxTest::login(const QString& loginName, const QString& password)
{
    const HttpReply reply
        = m_http->postJson(QStringLiteral("/api/v1/auth/login"),
                           QJsonObject {{QStringLiteral("login"), loginName}, {QStringLiteral("password"), password}});
    EXPECT_EQ(reply.status, 200) << reply.body.toStdString();
    return reply.json().value(QLatin1String("token")).toString();
}

QString SandboxTest::activate(const Credentials& credentials, const QString& newPassword)
{
    const QString first = login(credentials.login, credentials.password);
    const HttpReply changed = m_http->postJson(QStringLiteral("/api/v1/auth/password"),
                                               QJsonObject {{QStringLiteral("current_password"), credentials.password},
                                                            {QStringLiteral("new_password"), newPassword},
                                                            {QStringLiteral("new_password_confirmation"), newPassword}},
                                               first);
    EXPECT_EQ(changed.status, 200) << changed.body.toStdString();
    QString token = changed.json().value(QLatin1String("token")).toString();
    const HttpReply question
        = m_http->putJson(QStringLiteral("/api/v1/auth/secret-question"),
                          QJsonObject {{QStringLiteral("question"), QStringLiteral("Ville natale ?")},
                                       {QStringLiteral("answer"), QStringLiteral("Besançon")}},
                          token);
    EXPECT_EQ(question.status, 204) << question.body.toStdString();
    return token;
}

} // namespace segurdesk::test
