// services::DossierSync against the real segurdesk-sandbox's demo account, with a real
// encrypted DossierCache on disk.
#include "core/services/DossierSync.h"

#include "core/crypto/SecretKey.h"
#include "core/portal/LoginRequest.h"
#include "core/portal/PortalClient.h"
#include "core/storage/DossierCache.h"
#include "tests/support/SandboxEnrollment.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace std::chrono_literals;
using namespace segurdesk;
using services::DossierSnapshot;
using services::DossierSync;
using test::SandboxProcess;

namespace {

class DossierSyncTest : public ::testing::Test
{
protected:
    DossierSyncTest()
        : m_sandbox({}, {QStringLiteral("--seed-demo")})
    { }

    void SetUp() override
    {
        ASSERT_TRUE(m_sandbox.ok()) << m_sandbox.error().toStdString();
        ASSERT_TRUE(m_dir.isValid());
        m_client = client(QUrl(m_sandbox.url()));
        m_cache = std::make_unique<storage::DossierCache>(m_dir.filePath(QStringLiteral("cache.sqlite")), m_key,
                                                          QStringLiteral("demo"));
        ASSERT_FALSE(m_cache->open());
        ASSERT_NO_FATAL_FAILURE(logIn(*m_client));
    }

    static void logIn(portal::PortalClient& client)
    {
        portal::LoginRequest login(client, QStringLiteral("demo"), QStringLiteral("Demo-Segur-2023!"));
        QSignalSpy loggedIn(&login, &portal::PortalRequest::finished);
        login.start();
        ASSERT_TRUE(loggedIn.wait(30000));
        ASSERT_TRUE(login.succeeded()) << login.error().message().toStdString();
    }

    std::unique_ptr<portal::PortalClient> client(const QUrl& url)
    {
        portal::PortalClient::Options options;
        options.retry.maxAttempts = 2;
        options.retry.baseDelay = 1ms;
        options.retry.maxDelay = 4ms;
        options.timeout = 10s;
        return std::make_unique<portal::PortalClient>(m_network, url, options);
    }

    // One refresh: the snapshot it gave, or the error it failed with.
    static std::pair<std::optional<DossierSnapshot>, portal::PortalError> refresh(DossierSync& sync)
    {
        QSignalSpy refreshed(&sync, &DossierSync::refreshed);
        QSignalSpy failed(&sync, &DossierSync::failed);
        sync.refresh();
        EXPECT_TRUE(sync.isBusy());
        EXPECT_EQ(refreshed.count() + failed.count(), 0) << "the answer comes from the event loop";
        EXPECT_TRUE(QTest::qWaitFor([&] { return refreshed.count() + failed.count() > 0; }, 30000));
        EXPECT_FALSE(sync.isBusy());
        if (!refreshed.isEmpty())
            return {refreshed.first().first().value<DossierSnapshot>(), {}};
        if (!failed.isEmpty())
            return {std::nullopt, failed.first().first().value<portal::PortalError>()};
        return {};
    }

    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    crypto::SecretKey m_key = crypto::SecretKey::generate();
    std::unique_ptr<portal::PortalClient> m_client;
    std::unique_ptr<storage::DossierCache> m_cache;
};

TEST_F(DossierSyncTest, DownloadsEveryDossierWithItsHistoryAndKeepsACopy)
{
    DossierSync sync(*m_client, m_cache->location());
    const auto [snapshot, error] = refresh(sync);
    ASSERT_TRUE(snapshot) << error.message().toStdString();
    EXPECT_FALSE(snapshot->offline);
    EXPECT_TRUE(snapshot->cacheProblem.isEmpty()) << snapshot->cacheProblem.toStdString();
    ASSERT_FALSE(snapshot->enrollments.isEmpty());
    for (const QJsonObject& enrollment : snapshot->enrollments)
        EXPECT_FALSE(enrollment.value(QLatin1String("status_history")).toArray().isEmpty());
    EXPECT_FALSE(snapshot->advanceRequests.isEmpty());
    EXPECT_FALSE(snapshot->payments.isEmpty());
    EXPECT_FALSE(snapshot->mails.isEmpty());
    EXPECT_TRUE(snapshot->config.value(QLatin1String("call")).toObject().contains(QLatin1String("closes_at")));
    EXPECT_EQ(snapshot->unchangedAnswers, 0);
    EXPECT_EQ(m_cache->refreshedAt(), snapshot->refreshedAt);
    EXPECT_EQ(m_cache->list(storage::CachedObject::Kind::Enrollment).size(), snapshot->enrollments.size());

    // Polling: what has not changed comes back as 304, served from the client's last copy.
    const auto [again, againError] = refresh(sync);
    ASSERT_TRUE(again) << againError.message().toStdString();
    // The /config and each enrollment's detail at least.
    EXPECT_GE(again->unchangedAnswers, 1 + snapshot->enrollments.size());
    EXPECT_EQ(again->enrollments, snapshot->enrollments);
    EXPECT_EQ(again->mails, snapshot->mails);
}

TEST_F(DossierSyncTest, GivesTheOfflineCopyWhenThePortalCannotBeReached)
{
    DossierSync online(*m_client, m_cache->location());
    const auto [fresh, error] = refresh(online);
    ASSERT_TRUE(fresh) << error.message().toStdString();

    // A port nobody listens on: the portal is out of reach.
    const std::unique_ptr<portal::PortalClient> away = client(QUrl(QStringLiteral("http://127.0.0.1:1")));
    DossierSync offline(*away, m_cache->location());
    const auto [copy, offlineError] = refresh(offline);
    ASSERT_TRUE(copy) << offlineError.message().toStdString();
    EXPECT_TRUE(copy->offline);
    EXPECT_EQ(copy->refreshedAt, fresh->refreshedAt);
    EXPECT_EQ(copy->enrollments.size(), fresh->enrollments.size());
    EXPECT_EQ(copy->payments.size(), fresh->payments.size());
    EXPECT_EQ(copy->mails.size(), fresh->mails.size());
    // The call's dates too, for the warning about unsent drafts.
    EXPECT_FALSE(copy->config.isEmpty());
    EXPECT_EQ(copy->config, fresh->config);

    // A front end whose login did not get through asks for the copy directly.
    DossierSync loginFailed(*away, m_cache->location());
    QSignalSpy given(&loginFailed, &DossierSync::refreshed);
    loginFailed.giveOfflineCopy(offlineError);
    ASSERT_TRUE(given.wait(10000));
    const auto direct = given.first().first().value<DossierSnapshot>();
    EXPECT_TRUE(direct.offline);
    EXPECT_EQ(direct.refreshedAt, fresh->refreshedAt);
    EXPECT_EQ(direct.enrollments, copy->enrollments);
}

TEST_F(DossierSyncTest, AConfigThePortalCannotGiveLeavesTheDossiersAndTheConfigKept)
{
    DossierSync online(*m_client, m_cache->location());
    const auto [fresh, error] = refresh(online);
    ASSERT_TRUE(fresh) << error.message().toStdString();
    ASSERT_FALSE(fresh->config.isEmpty());

    // The same account on a portal whose /config fails every time.
    const QJsonObject rule {{QStringLiteral("kind"), QStringLiteral("error_500")},
                            {QStringLiteral("method"), QStringLiteral("GET")},
                            {QStringLiteral("path"), QStringLiteral("/api/v1/config")},
                            {QStringLiteral("probability"), 1.0}};
    SandboxProcess failing({{QStringLiteral("faults"), QJsonObject {{QStringLiteral("rules"), QJsonArray {rule}}}}},
                           {QStringLiteral("--seed-demo")});
    ASSERT_TRUE(failing.ok()) << failing.error().toStdString();
    const std::unique_ptr<portal::PortalClient> other = client(QUrl(failing.url()));
    ASSERT_NO_FATAL_FAILURE(logIn(*other));
    DossierSync sync(*other, m_cache->location());
    const auto [snapshot, failure] = refresh(sync);
    ASSERT_TRUE(snapshot) << failure.message().toStdString();
    EXPECT_EQ(snapshot->enrollments.size(), fresh->enrollments.size());
    EXPECT_EQ(snapshot->config, fresh->config);
    EXPECT_EQ(m_cache->list(storage::CachedObject::Kind::Config).size(), 1);
}

TEST_F(DossierSyncTest, AnOfflineCopyWhoseConfigIsDamagedSaysSo)
{
    DossierSync online(*m_client, m_cache->location());
    const auto [fresh, error] = refresh(online);
    ASSERT_TRUE(fresh) << error.message().toStdString();
    {
        // One byte of the sealed /config changed, as a disk fault would.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
        db.setDatabaseName(m_dir.filePath(QStringLiteral("cache.sqlite")));
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(QStringLiteral("SELECT payload FROM objects WHERE kind = 'config'")) && query.next());
        QByteArray payload = query.value(0).toByteArray();
        payload[payload.size() / 2] = char(payload.at(payload.size() / 2) ^ 0x01);
        ASSERT_TRUE(query.prepare(QStringLiteral("UPDATE objects SET payload = ? WHERE kind = 'config'")));
        query.addBindValue(payload);
        ASSERT_TRUE(query.exec());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("damage"));

    const std::unique_ptr<portal::PortalClient> away = client(QUrl(QStringLiteral("http://127.0.0.1:1")));
    DossierSync offline(*away, m_cache->location());
    const auto [copy, offlineError] = refresh(offline);
    ASSERT_TRUE(copy) << offlineError.message().toStdString();
    EXPECT_EQ(copy->enrollments.size(), fresh->enrollments.size());
    EXPECT_TRUE(copy->config.isEmpty());
    EXPECT_FALSE(copy->cacheProblem.isEmpty());
}

TEST_F(DossierSyncTest, ACopyKeptIsGivenToTheOtherProfilesOfTheFileUntilForgotten)
{
    DossierSync sync(*m_client, m_cache->location());
    const auto [fresh, error] = refresh(sync);
    ASSERT_TRUE(fresh) << error.message().toStdString();
    const storage::DossierCache::Location demo = m_cache->location();
    const storage::DossierCache::Location other {demo.databasePath, demo.key, QStringLiteral("another")};

    // The account's own copy is never among the others.
    EXPECT_TRUE(services::readOtherAccountCopies(demo).copies.isEmpty());
    const services::OtherAccountCopies copies = services::readOtherAccountCopies(other);
    EXPECT_TRUE(copies.problems.isEmpty()) << copies.problems.join(QLatin1Char(' ')).toStdString();
    ASSERT_EQ(copies.copies.size(), 1);
    const services::OtherAccountCopy& copy = copies.copies.first();
    EXPECT_EQ(copy.account, QStringLiteral("demo"));
    EXPECT_TRUE(copy.snapshot.offline);
    EXPECT_EQ(copy.snapshot.refreshedAt, fresh->refreshedAt);
    EXPECT_EQ(copy.snapshot.enrollments, fresh->enrollments);
    EXPECT_EQ(copy.snapshot.advanceRequests, fresh->advanceRequests);
    EXPECT_EQ(copy.snapshot.config, fresh->config);

    // Under another key nothing is given, and the reason is.
    const services::OtherAccountCopies unreadable
        = services::readOtherAccountCopies({demo.databasePath, crypto::SecretKey::generate(), other.account});
    EXPECT_TRUE(unreadable.copies.isEmpty());
    EXPECT_FALSE(unreadable.problems.isEmpty());

    ASSERT_FALSE(services::forgetCachedAccount(demo));
    EXPECT_TRUE(services::readOtherAccountCopies(other).copies.isEmpty());
    EXPECT_TRUE(m_cache->list(storage::CachedObject::Kind::Enrollment).isEmpty());
}

TEST_F(DossierSyncTest, FailsWhenUnreachableWithNothingCachedOrWhenThePortalRefuses)
{
    const std::unique_ptr<portal::PortalClient> away = client(QUrl(QStringLiteral("http://127.0.0.1:1")));
    DossierSync offline(*away, m_cache->location());
    const auto [none, unreachable] = refresh(offline);
    EXPECT_FALSE(none);
    EXPECT_TRUE(DossierSync::isUnreachable(unreachable)) << unreachable.message().toStdString();
    QSignalSpy nothingCached(&offline, &DossierSync::failed);
    offline.giveOfflineCopy(unreachable);
    ASSERT_TRUE(nothingCached.wait(10000));
    EXPECT_EQ(nothingCached.first().first().value<portal::PortalError>().code, unreachable.code);
    EXPECT_TRUE(nothingCached.first().at(1).toString().isEmpty()) << "nothing to read is no problem";

    // Not logged in: a refusal, never replaced by an offline copy.
    const std::unique_ptr<portal::PortalClient> anonymous = client(QUrl(m_sandbox.url()));
    DossierSync refused(*anonymous, m_cache->location());
    const auto [nothing, unauthorized] = refresh(refused);
    EXPECT_FALSE(nothing);
    EXPECT_EQ(unauthorized.code, portal::PortalErrorCode::Unauthorized);
}

// An offline copy that cannot be read says why, instead of passing for none.
TEST_F(DossierSyncTest, AnOfflineCopyThatCannotBeReadSaysWhy)
{
    const QString path = m_dir.filePath(QStringLiteral("damaged.sqlite"));
    QFile damaged(path);
    ASSERT_TRUE(damaged.open(QIODevice::WriteOnly));
    damaged.write(QByteArray(4096, 'x'));
    damaged.close();
    const storage::DossierCache cache(path, m_key, QStringLiteral("demo"));
    const std::unique_ptr<portal::PortalClient> away = client(QUrl(QStringLiteral("http://127.0.0.1:1")));
    DossierSync offline(*away, cache.location());

    QSignalSpy failed(&offline, &DossierSync::failed);
    const auto [none, unreachable] = refresh(offline);
    EXPECT_FALSE(none);
    EXPECT_TRUE(DossierSync::isUnreachable(unreachable)) << unreachable.message().toStdString();
    ASSERT_EQ(failed.count(), 1);
    EXPECT_FALSE(failed.first().at(1).toString().isEmpty());
}

// The ASP validates an enrollment between two refreshes: the second says so, once; the first,
// with nothing kept before, has nothing to tell.
TEST_F(DossierSyncTest, TellsTheStatusesThePortalChangedSinceTheCopyKept)
{
    DossierSync sync(*m_client, m_cache->location());
    const auto [first, error] = refresh(sync);
    ASSERT_TRUE(first) << error.message().toStdString();
    EXPECT_TRUE(first->statusChanges.isEmpty());
    QString submitted;
    for (const QJsonObject& enrollment : first->enrollments) {
        if (enrollment.value(QLatin1String("status")).toString() == QLatin1String("submitted"))
            submitted = enrollment.value(QLatin1String("id")).toString();
    }
    ASSERT_FALSE(submitted.isEmpty());

    test::SandboxHttp http(m_sandbox.url());
    ASSERT_EQ(test::SandboxEnrollment(m_sandbox, http).decide(submitted).status, 200);
    const auto [second, secondError] = refresh(sync);
    ASSERT_TRUE(second) << secondError.message().toStdString();
    const QList<services::StatusChange> expected {
        {storage::CachedObject::Kind::Enrollment, submitted, QStringLiteral("validated")}};
    EXPECT_EQ(second->statusChanges, expected);

    const auto [third, thirdError] = refresh(sync);
    ASSERT_TRUE(third) << thirdError.message().toStdString();
    EXPECT_TRUE(third->statusChanges.isEmpty());
}

} // namespace
