#include "core/services/PortalConnection.h"

#include "core/portal/ConfigRequest.h"
#include "core/portal/EmbeddedSandbox.h"

#include <QDir>
#include <QFile>
#include <QPointer>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace std::chrono_literals;
using namespace segurdesk;
using services::PortalConnection;

namespace {

// Each test gets its own data folder (the sandbox's lives under it) and the sandbox just built.
class PortalConnectionTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_home.isValid());
        qputenv("XDG_DATA_HOME", m_home.path().toLocal8Bit());
        qputenv("SEGURDESK_SANDBOX", SEGURDESK_SANDBOX_PATH);
    }
    void TearDown() override
    {
        qunsetenv("XDG_DATA_HOME");
        qunsetenv("SEGURDESK_SANDBOX");
    }

    // An executable shell script standing in for the sandbox, to see how failures are reported.
    QString fakeSandbox(const QByteArray& body) const
    {
        QString path = m_home.filePath(QStringLiteral("fake-sandbox"));
        QFile script(path);
        EXPECT_TRUE(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\n" + body + '\n');
        script.close();
        script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        return path;
    }

    QTemporaryDir m_home;
};

TEST_F(PortalConnectionTest, StartsTheEmbeddedSandboxWithoutMakingTheCallerWait)
{
    PortalConnection connection;
    QSignalSpy ready(&connection, &PortalConnection::ready);
    QSignalSpy failed(&connection, &PortalConnection::failed);
    connection.open({});
    // Nothing is decided inside open(): the answer comes from the event loop.
    EXPECT_EQ(ready.count() + failed.count(), 0);
    EXPECT_EQ(connection.client(), nullptr);

    ASSERT_TRUE(ready.wait(30000)) << (failed.isEmpty() ? "" : failed.first().at(1).toString().toStdString());
    EXPECT_TRUE(failed.isEmpty());
    ASSERT_NE(connection.client(), nullptr);
    EXPECT_TRUE(connection.isLocalSandbox());
    EXPECT_EQ(connection.identity(), QStringLiteral("embedded-sandbox"));
    EXPECT_EQ(connection.address().host(), QStringLiteral("127.0.0.1"));
    EXPECT_GT(connection.address().port(), 0);

    portal::ConfigRequest config(*connection.client());
    QSignalSpy finished(&config, &portal::PortalRequest::finished);
    config.start();
    ASSERT_TRUE(config.isFinished() || finished.wait(30000));
    EXPECT_TRUE(config.succeeded()) << config.error().message().toStdString();
    const QString dataDir = portal::EmbeddedSandbox::defaultDataDir();
    EXPECT_TRUE(dataDir.startsWith(m_home.path())) << dataDir.toStdString();
    EXPECT_TRUE(QFile::exists(QDir(dataDir).filePath(QStringLiteral("sandbox.sqlite"))));
}

// The sandbox's destructor kills the child and returns: the exit status is collected from the
// event loop, by the process object that outlives it, and the child leaves no zombie.
TEST_F(PortalConnectionTest, ASandboxStoppedIsCollectedWithoutWaiting)
{
    auto sandbox = std::make_unique<portal::EmbeddedSandbox>();
    QSignalSpy started(sandbox.get(), &portal::EmbeddedSandbox::started);
    sandbox->start();
    ASSERT_TRUE(started.wait(30000));
    auto* process = sandbox->findChild<QProcess*>();
    ASSERT_NE(process, nullptr);
    const QString procEntry = QStringLiteral("/proc/%1").arg(process->processId());
    QSignalSpy collected(process, &QObject::destroyed);

    sandbox.reset();
    EXPECT_TRUE(collected.isEmpty());
    ASSERT_TRUE(collected.wait(10000));
    EXPECT_FALSE(QFile::exists(procEntry));
}

// A front end leaves its event loop once every sandbox it stopped has ended: called once, after
// the last one, from the event loop.
TEST_F(PortalConnectionTest, WhenAllEndedWaitsForEverySandboxStopped)
{
    std::vector<std::unique_ptr<portal::EmbeddedSandbox>> sandboxes;
    QList<QPointer<QProcess>> processes;
    for (int i = 0; i < 2; ++i) {
        auto sandbox = std::make_unique<portal::EmbeddedSandbox>();
        QSignalSpy started(sandbox.get(), &portal::EmbeddedSandbox::started);
        sandbox->start(m_home.filePath(QStringLiteral("sandbox-%1").arg(i)));
        ASSERT_TRUE(started.wait(30000));
        processes << sandbox->findChild<QProcess*>();
        sandboxes.push_back(std::move(sandbox));
    }
    sandboxes.clear();
    int calls = 0;
    bool bothGone = false;
    QObject context;
    portal::EmbeddedSandbox::whenAllEnded(&context, [&] {
        ++calls;
        bothGone = processes.at(0).isNull() && processes.at(1).isNull();
    });
    EXPECT_EQ(calls, 0);
    ASSERT_TRUE(QTest::qWaitFor([&calls] { return calls > 0; }, 10000));
    EXPECT_TRUE(bothGone);
    EXPECT_EQ(calls, 1);
}

TEST_F(PortalConnectionTest, RefusesPlainHttpToAnotherComputer)
{
    PortalConnection connection;
    QSignalSpy ready(&connection, &PortalConnection::ready);
    QSignalSpy failed(&connection, &PortalConnection::failed);
    connection.open(QUrl(QStringLiteral("http://portail.example")));
    EXPECT_TRUE(failed.isEmpty());

    ASSERT_TRUE(failed.wait(5000));
    EXPECT_EQ(failed.first().at(0).value<PortalConnection::Failure>(), PortalConnection::Failure::AddressRefused);
    EXPECT_TRUE(failed.first().at(1).toString().contains(QStringLiteral("http://portail.example")));
    EXPECT_TRUE(ready.isEmpty());
    EXPECT_EQ(connection.client(), nullptr);
}

TEST_F(PortalConnectionTest, TakesAConfiguredHttpsAddressWithoutStartingTheSandbox)
{
    qputenv("SEGURDESK_SANDBOX", "/nonexistent/segurdesk-sandbox");
    PortalConnection connection;
    QSignalSpy ready(&connection, &PortalConnection::ready);
    connection.open(QUrl(QStringLiteral("https://portail.example/")));
    ASSERT_TRUE(ready.wait(5000));
    EXPECT_FALSE(connection.isLocalSandbox());
    EXPECT_EQ(connection.address(), QUrl(QStringLiteral("https://portail.example/")));
    EXPECT_EQ(connection.identity(), QStringLiteral("https://portail.example/api/v1"));
}

TEST_F(PortalConnectionTest, SaysWhichSandboxIsMissing)
{
    qputenv("SEGURDESK_SANDBOX", "/nonexistent/segurdesk-sandbox");
    PortalConnection connection;
    QSignalSpy failed(&connection, &PortalConnection::failed);
    connection.open({});
    EXPECT_TRUE(failed.isEmpty());
    ASSERT_TRUE(failed.wait(5000));
    EXPECT_EQ(failed.first().at(0).value<PortalConnection::Failure>(), PortalConnection::Failure::Unavailable);
    EXPECT_TRUE(failed.first().at(1).toString().contains(QStringLiteral("/nonexistent/segurdesk-sandbox")));
    EXPECT_EQ(connection.client(), nullptr);
}

TEST_F(PortalConnectionTest, PointsToTheLogOfASandboxThatStopsWhileStarting)
{
    qputenv("SEGURDESK_SANDBOX", fakeSandbox("echo 'no database' >&2; exit 3").toLocal8Bit());
    PortalConnection connection;
    QSignalSpy failed(&connection, &PortalConnection::failed);
    connection.open({});
    ASSERT_TRUE(failed.wait(30000));
    const QString message = failed.first().at(1).toString();
    EXPECT_TRUE(message.contains(QStringLiteral("sandbox.log"))) << message.toStdString();
    QFile log(message.section(QLatin1Char(' '), -1).chopped(1));
    ASSERT_TRUE(log.open(QIODevice::ReadOnly)) << log.fileName().toStdString();
    EXPECT_EQ(log.readAll(), QByteArray("no database\n"));
    // The child reports both that it failed to start and that it finished: one signal only.
    EXPECT_FALSE(failed.wait(300));
    EXPECT_EQ(failed.count(), 1);
}

TEST_F(PortalConnectionTest, GivesUpOnASilentSandboxAndStopsIt)
{
    portal::EmbeddedSandbox sandbox;
    qputenv("SEGURDESK_SANDBOX", fakeSandbox("echo $$ > \"$4/pid\"; exec sleep 60").toLocal8Bit());
    QSignalSpy failed(&sandbox, &portal::EmbeddedSandbox::failed);
    const QString dataDir = m_home.filePath(QStringLiteral("silent"));
    sandbox.start(dataDir, {}, 300ms);
    ASSERT_TRUE(failed.wait(10000));
    EXPECT_TRUE(failed.first().at(0).toString().contains(QStringLiteral("sandbox.log")));
    EXPECT_FALSE(sandbox.isRunning());
    QFile pidFile(QDir(dataDir).filePath(QStringLiteral("pid")));
    ASSERT_TRUE(pidFile.open(QIODevice::ReadOnly));
    const QString proc = QStringLiteral("/proc/%1").arg(QString::fromLatin1(pidFile.readAll().trimmed()));
    EXPECT_TRUE(QTest::qWaitFor([&] { return !QFile::exists(proc); }, 5000)) << proc.toStdString();
}

TEST_F(PortalConnectionTest, RefusesASandboxThatPrintsNoAddress)
{
    portal::EmbeddedSandbox sandbox;
    qputenv("SEGURDESK_SANDBOX", fakeSandbox("echo 'ready'; exec sleep 60").toLocal8Bit());
    QSignalSpy started(&sandbox, &portal::EmbeddedSandbox::started);
    QSignalSpy failed(&sandbox, &portal::EmbeddedSandbox::failed);
    sandbox.start(m_home.filePath(QStringLiteral("wordy")));
    ASSERT_TRUE(failed.wait(10000));
    EXPECT_TRUE(started.isEmpty());
    EXPECT_FALSE(sandbox.isRunning());
}

} // namespace
