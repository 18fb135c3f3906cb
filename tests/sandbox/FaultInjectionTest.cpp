// Fault injection of the real sandbox, as the client's retry logic meets it.
#include "tests/sandbox/SandboxTest.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QSignalSpy>

namespace segurdesk::test {
namespace {

QJsonObject faults(const char* kind, const char* path, int maxCount, int stallMs = 0)
{
    QJsonObject rule {{QStringLiteral("kind"), QString::fromLatin1(kind)},
                      {QStringLiteral("method"), QStringLiteral("POST")},
                      {QStringLiteral("path"), QString::fromLatin1(path)},
                      {QStringLiteral("probability"), 1.0},
                      {QStringLiteral("max_count"), maxCount},
                      {QStringLiteral("retry_after_seconds"), 2}};
    if (stallMs > 0)
        rule.insert(QStringLiteral("stall_ms"), stallMs);
    return QJsonObject {{QStringLiteral("faults"), QJsonObject {{QStringLiteral("rules"), QJsonArray {rule}}}}};
}

class UnavailableTest : public SandboxTest
{
protected:
    QJsonObject config() const override { return faults("error_503", "/api/v1/enrollments", 1); }
};

TEST_F(UnavailableTest, FirstSubmissionGets503WithRetryAfterThenTheRetryWorks)
{
    EnrollmentForm form;
    const HttpReply first = submit(form, "retry-503");
    EXPECT_EQ(first.status, 503);
    EXPECT_EQ(first.header("Retry-After"), QByteArrayLiteral("2"));
    EXPECT_EQ(first.problemType(), QStringLiteral("service-unavailable"));
    EXPECT_EQ(first.json().value(QLatin1String("retry_after")).toInt(), 2);
    const HttpReply retry = submit(form, "retry-503");
    EXPECT_EQ(retry.status, 201);
    EXPECT_TRUE(retry.header("Idempotent-Replayed").isEmpty());
}

class CloseAfterCommitTest : public SandboxTest
{
protected:
    QJsonObject config() const override { return faults("close_after_commit", "/api/v1/enrollments", 1); }
};

TEST_F(CloseAfterCommitTest, LostAnswerIsRecoveredByTheSameKey)
{
    EnrollmentForm form;
    const HttpReply first = submit(form, "lost-answer");
    // Either the connection dropped, or the client library resent on its own and got the replay.
    EXPECT_TRUE(first.status == 0 || first.header("Idempotent-Replayed") == "true") << first.status;
    const HttpReply retry = submit(form, "lost-answer");
    EXPECT_EQ(retry.status, 201);
    EXPECT_EQ(retry.header("Idempotent-Replayed"), QByteArrayLiteral("true")) << "the first attempt was committed";
    EXPECT_EQ(m_sandbox->mailCount(QStringLiteral("enrollment_received")), 1);
}

class StallTest : public SandboxTest
{
protected:
    QJsonObject config() const override { return faults("stall", "/api/v1/enrollments", 1, 1500); }
};

TEST_F(StallTest, ConcurrentRequestWithTheSameKeyGets409)
{
    EnrollmentForm form;
    form.setCaptcha(newCaptcha(), QString::fromLatin1(SandboxProcess::CaptchaAnswer));
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(m_sandbox->url() + QStringLiteral("/api/v1/enrollments")));
    request.setRawHeader("Content-Type", form.contentType());
    request.setRawHeader("Idempotency-Key", "stalled-key");
    QNetworkReply* stalled = network.post(request, form.body());
    QSignalSpy stalledDone(stalled, &QNetworkReply::finished);

    // Whichever of the two arrives first is stalled; the other finds its key in flight.
    const HttpReply concurrent = submit(form, "stalled-key", false);
    ASSERT_TRUE(stalledDone.count() > 0 || stalledDone.wait(20000));
    const int stalledStatus = stalled->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QSet<int> statuses {concurrent.status, stalledStatus};
    EXPECT_EQ(statuses, (QSet<int> {201, 409}));
    const QJsonObject conflict
        = concurrent.status == 409 ? concurrent.json() : QJsonDocument::fromJson(stalled->readAll()).object();
    EXPECT_EQ(conflict.value(QLatin1String("type")).toString(),
              QStringLiteral("urn:segurdesk:problem:idempotency-in-progress"));
    EXPECT_EQ(m_sandbox->mailCount(QStringLiteral("enrollment_received")), 1);
    stalled->deleteLater();
}

} // namespace
} // namespace segurdesk::test
