#include "core/portal/RetryPolicy.h"

#include "core/portal/RetryAfter.h"
#include "tests/core/portal/FakeTime.h"
#include "tests/core/portal/RowName.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace std::chrono_literals;
using segurdesk::portal::parseRetryAfter;
using segurdesk::portal::RetryPolicy;
using segurdesk::portal::test::FakeRandom;
using segurdesk::portal::test::RowName;

namespace {

const QDateTime kNow(QDate(2023, 3, 14), QTime(9, 26, 53), QTimeZone::utc());

struct RetryAfterRow
{
    const char* name;
    QByteArray header;
    std::optional<std::chrono::milliseconds> expected;
};

class RetryAfterTest : public ::testing::TestWithParam<RetryAfterRow>
{
};

TEST_P(RetryAfterTest, Parses)
{
    const RetryAfterRow& row = GetParam();
    EXPECT_EQ(parseRetryAfter(row.header, kNow), row.expected) << row.name;
}

INSTANTIATE_TEST_SUITE_P(
    Rows, RetryAfterTest,
    ::testing::Values(RetryAfterRow {"seconds", "120", 120s}, RetryAfterRow {"zero", "0", 0s},
                      RetryAfterRow {"padded", "  7 \t", 7s}, RetryAfterRow {"leading_zeros", "0005", 5s},
                      RetryAfterRow {"imf_fixdate", "Tue, 14 Mar 2023 09:27:23 GMT", 30s},
                      RetryAfterRow {"imf_fixdate_past", "Tue, 14 Mar 2023 09:00:00 GMT", 0s},
                      RetryAfterRow {"rfc850", "Tuesday, 14-Mar-23 09:28:53 GMT", 120s},
                      RetryAfterRow {"asctime", "Tue Mar 14 09:26:58 2023", 5s},
                      RetryAfterRow {"asctime_single_digit_day", "Wed Mar  1 00:00:00 2023", 0s},
                      RetryAfterRow {"empty", "", std::nullopt}, RetryAfterRow {"blank", "   ", std::nullopt},
                      RetryAfterRow {"negative", "-5", std::nullopt}, RetryAfterRow {"fraction", "1.5", std::nullopt},
                      RetryAfterRow {"huge", "99999999999999999999", std::nullopt},
                      RetryAfterRow {"over_a_year", "40000000", std::nullopt},
                      RetryAfterRow {"date_far_future", "Fri, 14 Mar 2100 09:27:23 GMT", std::nullopt},
                      RetryAfterRow {"bad_month", "Tue, 14 Foo 2023 09:27:23 GMT", std::nullopt},
                      RetryAfterRow {"bad_day", "Tue, 31 Feb 2023 09:27:23 GMT", std::nullopt},
                      RetryAfterRow {"bad_hour", "Tue, 14 Mar 2023 25:27:23 GMT", std::nullopt},
                      RetryAfterRow {"not_gmt", "Tue, 14 Mar 2023 09:27:23 CET", std::nullopt},
                      RetryAfterRow {"garbage", "soon\xff\x00", std::nullopt},
                      RetryAfterRow {"number_and_text", "10 seconds", std::nullopt}),
    RowName());

struct RepeatableRow
{
    const char* name;
    QByteArray method;
    bool idempotencyKey;
    bool repeatable;
};

class RepeatableTest : public ::testing::TestWithParam<RepeatableRow>
{
};

TEST_P(RepeatableTest, OnlyIdempotentOrKeyed)
{
    const RepeatableRow& row = GetParam();
    EXPECT_EQ(RetryPolicy::isRepeatable(row.method, row.idempotencyKey), row.repeatable);
}

INSTANTIATE_TEST_SUITE_P(
    Rows, RepeatableTest,
    ::testing::Values(RepeatableRow {"get", "GET", false, true}, RepeatableRow {"head", "HEAD", false, true},
                      RepeatableRow {"put", "PUT", false, true}, RepeatableRow {"delete", "DELETE", false, true},
                      RepeatableRow {"post", "POST", false, false}, RepeatableRow {"post_with_key", "POST", true, true},
                      RepeatableRow {"patch", "PATCH", false, false},
                      RepeatableRow {"lowercase_get", "get", false, false}),
    RowName());

TEST(RetryPolicy, RetryableStatusesAreTransientOnes)
{
    for (int status = 100; status < 600; ++status) {
        const bool expected
            = status == 408 || status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
        EXPECT_EQ(RetryPolicy::isRetryableStatus(status), expected) << status;
    }
}

TEST(RetryPolicy, NetworkErrorsThatMayPassAreRetryableOthersNot)
{
    EXPECT_TRUE(RetryPolicy::isRetryableNetworkError(QNetworkReply::RemoteHostClosedError));
    EXPECT_TRUE(RetryPolicy::isRetryableNetworkError(QNetworkReply::ConnectionRefusedError));
    EXPECT_TRUE(RetryPolicy::isRetryableNetworkError(QNetworkReply::TimeoutError));
    EXPECT_FALSE(RetryPolicy::isRetryableNetworkError(QNetworkReply::SslHandshakeFailedError));
    EXPECT_FALSE(RetryPolicy::isRetryableNetworkError(QNetworkReply::OperationCanceledError));
    EXPECT_FALSE(RetryPolicy::isRetryableNetworkError(QNetworkReply::ProtocolUnknownError));
    EXPECT_FALSE(RetryPolicy::isRetryableNetworkError(QNetworkReply::ContentNotFoundError));
}

TEST(RetryPolicy, BackoffIsFullJitterUnderAnExponentialCeiling)
{
    RetryPolicy policy;
    policy.baseDelay = 100ms;
    policy.maxDelay = 1000ms;
    FakeRandom top({0.999999});
    EXPECT_EQ(policy.backoff(0, top), 99ms);
    EXPECT_EQ(policy.backoff(1, top), 199ms);
    EXPECT_EQ(policy.backoff(2, top), 399ms);
    EXPECT_EQ(policy.backoff(3, top), 799ms);
    EXPECT_EQ(policy.backoff(4, top), 999ms) << "capped by maxDelay";
    EXPECT_EQ(policy.backoff(1000, top), 999ms) << "no overflow for absurd indexes";
    FakeRandom bottom({0.0});
    EXPECT_EQ(policy.backoff(3, bottom), 0ms);
    FakeRandom half({0.5});
    EXPECT_EQ(policy.backoff(2, half), 200ms);
    FakeRandom outOfRange({7.0});
    EXPECT_EQ(policy.backoff(0, outOfRange), 100ms) << "a faulty source cannot exceed the ceiling";
}

TEST(RetryPolicy, NextDelayStopsAfterMaxAttemptsAndHonoursRetryAfter)
{
    RetryPolicy policy;
    policy.maxAttempts = 3;
    policy.baseDelay = 1ms;
    policy.maxDelay = 8ms;
    policy.maxRetryAfter = 60s;
    FakeRandom random({0.5});
    EXPECT_EQ(policy.nextDelay(1, std::nullopt, random), 0ms);
    EXPECT_EQ(policy.nextDelay(2, std::nullopt, random), 1ms);
    EXPECT_EQ(policy.nextDelay(3, std::nullopt, random), std::nullopt);
    EXPECT_EQ(policy.nextDelay(1, 2s, random), 2s) << "never shorter than Retry-After";
    EXPECT_EQ(policy.nextDelay(1, 61s, random), std::nullopt) << "too long a wait ends the retries";
    policy.maxAttempts = 1;
    EXPECT_EQ(policy.nextDelay(1, std::nullopt, random), std::nullopt);
}

} // namespace
