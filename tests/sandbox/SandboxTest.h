#pragma once

#include "tests/support/SandboxEnrollment.h"

#include <gtest/gtest.h>
#include <memory>

namespace segurdesk::test {

// Base of the HTTP suites: one fresh sandbox per test, and the steps every scenario shares.
class SandboxTest : public ::testing::Test
{
protected:
    // Overridden by suites that need another configuration.
    virtual QJsonObject config() const { return QJsonObject(); }
    virtual QStringList arguments() const { return {}; }

    void SetUp() override;

    QString newCaptcha();
    HttpReply submit(EnrollmentForm& form, const QByteArray& key, bool freshCaptcha = true);
    HttpReply decide(const QString& enrollmentId, const QString& decision = QStringLiteral("validated"));
    HttpReply advanceClock(qint64 seconds);

    using Credentials = SandboxEnrollment::Credentials;
    // Submits `form`, validates it and reads the credentials mail.
    Credentials enrollValidated(EnrollmentForm& form, const QByteArray& key);
    // First login: password change and secret question; returns a fully usable token.
    QString activate(const Credentials& credentials, const QString& newPassword = QStringLiteral("Ségur-Desk-2023!"));
    QString login(const QString& login, const QString& password);

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<SandboxHttp> m_http;
    std::unique_ptr<SandboxEnrollment> m_enrollment;
};

} // namespace segurdesk::test
