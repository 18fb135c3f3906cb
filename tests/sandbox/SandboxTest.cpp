#include "tests/sandbox/SandboxTest.h"

#include <QRegularExpression>

namespace segurdesk::test {

void SandboxTest::SetUp()
{
    m_sandbox = std::make_unique<SandboxProcess>(config(), arguments());
    ASSERT_TRUE(m_sandbox->ok()) << m_sandbox->error().toStdString();
    m_http = std::make_unique<SandboxHttp>(m_sandbox->url());
    m_enrollment = std::make_unique<SandboxEnrollment>(*m_sandbox, *m_http);
}

QString SandboxTest::newCaptcha()
{
    return m_enrollment->newCaptcha();
}

HttpReply SandboxTest::submit(EnrollmentForm& form, const QByteArray& key, bool freshCaptcha)
{
    return m_enrollment->submit(form, key, freshCaptcha);
}

HttpReply SandboxTest::decide(const QString& enrollmentId, const QString& decision)
{
    return m_enrollment->decide(enrollmentId, decision);
}

HttpReply SandboxTest::advanceClock(qint64 seconds)
{
    return m_http->postJson(QStringLiteral("/sandbox/clock"),
                            QJsonObject {{QStringLiteral("advance_seconds"), seconds}});
}

SandboxTest::Credentials SandboxTest::enrollValidated(EnrollmentForm& form, const QByteArray& key)
{
    return m_enrollment->enrollValidated(form, key);
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
