#pragma once

#include "tests/support/EnrollmentForm.h"
#include "tests/support/SandboxHttp.h"
#include "tests/support/SandboxProcess.h"

namespace segurdesk::test {

// The steps that take an enrollment through the real sandbox, for the suites that need one of
// its outcomes (a new account above all). Each fails the running test when the sandbox refuses.
class SandboxEnrollment
{
public:
    SandboxEnrollment(const SandboxProcess& sandbox, SandboxHttp& http);

    struct Credentials
    {
        QString enrollmentId;
        QString login;
        QString password;
    };

    QString newCaptcha();
    // With a fresh captcha (answered right) unless `freshCaptcha` is false.
    HttpReply submit(EnrollmentForm& form, const QByteArray& key, bool freshCaptcha = true);
    // Through the sandbox's admin endpoint.
    HttpReply decide(const QString& enrollmentId, const QString& decision = QStringLiteral("validated"));
    // Submits `form`, validates it and reads the login and initial password of the credentials mail.
    Credentials enrollValidated(EnrollmentForm& form, const QByteArray& key);
    // The login and initial password of the last credentials mail the sandbox sent (no
    // enrollment id).
    Credentials mailedCredentials() const;

private:
    const SandboxProcess& m_sandbox;
    SandboxHttp& m_http;
};

} // namespace segurdesk::test
