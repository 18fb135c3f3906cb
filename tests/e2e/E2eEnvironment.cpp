#include "E2eEnvironment.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#include <gtest/gtest.h>

namespace segurdesk::e2e {

E2eEnvironment::E2eEnvironment()
{
    QDir(root()).mkpath(QStringLiteral("home/data"));
    QDir(root()).mkpath(QStringLiteral("home/config"));
    QDir(root()).mkpath(QStringLiteral("home/cache"));
    QDir(root()).mkpath(QStringLiteral("sandbox"));
    // As a desktop session gives it: private to the user, or Qt warns on every run.
    QDir(root()).mkpath(QStringLiteral("home/runtime"));
    QFile::setPermissions(QDir(root()).filePath(QStringLiteral("home/runtime")),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

E2eEnvironment::~E2eEnvironment()
{
    stopSandbox();
}

bool E2eEnvironment::startSandbox(const QJsonObject& config, const QStringList& extraArguments)
{
    qputenv("SEGURDESK_SANDBOX", SEGURDESK_SANDBOX_PATH);
    QStringList arguments {QStringLiteral("--admin"), QStringLiteral("--captcha-answer"),
                           QString::fromLatin1(CaptchaAnswer)};
    if (!config.isEmpty()) {
        const QString path = QDir(root()).filePath(QStringLiteral("sandbox-config.json"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(config).toJson()) < 0)
            return false;
        arguments << QStringLiteral("--config") << path;
    }
    m_sandbox = std::make_unique<portal::EmbeddedSandbox>();
    m_sandboxError.clear();
    QSignalSpy started(m_sandbox.get(), &portal::EmbeddedSandbox::started);
    QObject::connect(m_sandbox.get(), &portal::EmbeddedSandbox::failed,
                     [this](const QString& message) { m_sandboxError = message; });
    m_sandbox->start(sandboxDataDir(), arguments + extraArguments);
    return QTest::qWaitFor([&] { return !started.isEmpty() || !m_sandboxError.isEmpty(); }, 60000)
        && !started.isEmpty();
}

void E2eEnvironment::stopSandbox()
{
    if (!m_sandbox)
        return;
    m_sandbox.reset();
    // Gone for good before the test goes on (an offline step must find no portal).
    bool ended = false;
    QObject context;
    portal::EmbeddedSandbox::whenAllEnded(&context, [&ended] { ended = true; });
    EXPECT_TRUE(QTest::qWaitFor([&ended] { return ended; }, 10000));
}

QString E2eEnvironment::portalUrl() const
{
    return m_sandbox && m_sandbox->isRunning() ? m_sandbox->url().toString() : QString();
}

QString E2eEnvironment::clientHome() const
{
    return QDir(root()).filePath(QStringLiteral("home"));
}

QString E2eEnvironment::clientDataDir() const
{
    // QStandardPaths::AppDataLocation under the client's XDG_DATA_HOME: organisation/application.
    return QDir(clientHome()).filePath(QStringLiteral("data/SegurDesk/segurdesk"));
}

QString E2eEnvironment::sandboxDataDir() const
{
    return QDir(root()).filePath(QStringLiteral("sandbox"));
}

QString E2eEnvironment::sandboxDatabase() const
{
    return QDir(sandboxDataDir()).filePath(QStringLiteral("sandbox.sqlite"));
}

QProcessEnvironment E2eEnvironment::clientEnvironment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), clientHome());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), QDir(clientHome()).filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir(clientHome()).filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), QDir(clientHome()).filePath(QStringLiteral("cache")));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), QDir(clientHome()).filePath(QStringLiteral("runtime")));
    // The local portal a command starts when given no --portal.
    environment.insert(QStringLiteral("SEGURDESK_SANDBOX"), QStringLiteral(SEGURDESK_SANDBOX_PATH));
    environment.insert(QStringLiteral("SEGURDESK_PASSPHRASE"), QString::fromLatin1(Passphrase));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.remove(QStringLiteral("SEGURDESK_PASSWORD"));
    return environment;
}

void E2eEnvironment::prepareCli(QProcess& process, const QStringList& arguments) const
{
    process.setProgram(QStringLiteral(SEGURDESK_CLI_PATH));
    QStringList all;
    if (!portalUrl().isEmpty())
        all << QStringLiteral("--portal") << portalUrl();
    process.setArguments(all + arguments);
    process.setProcessEnvironment(clientEnvironment());
}

CliResult E2eEnvironment::runCli(const QStringList& arguments, const QByteArray& input,
                                 std::chrono::milliseconds timeout) const
{
    QProcess process;
    prepareCli(process, arguments);
    return finish(process, input, timeout);
}

CliResult E2eEnvironment::runCliWith(const QStringList& arguments, const QHash<QString, QString>& variables,
                                     const QByteArray& input) const
{
    QProcess process;
    prepareCli(process, arguments);
    QProcessEnvironment environment = process.processEnvironment();
    for (auto it = variables.cbegin(); it != variables.cend(); ++it)
        environment.insert(it.key(), it.value());
    process.setProcessEnvironment(environment);
    return finish(process, input);
}

CliResult E2eEnvironment::runLocalCli(const QStringList& arguments) const
{
    QProcess process;
    process.setProgram(QStringLiteral(SEGURDESK_CLI_PATH));
    process.setArguments(arguments);
    process.setProcessEnvironment(clientEnvironment());
    return finish(process);
}

CliResult E2eEnvironment::finish(QProcess& process, const QByteArray& input, std::chrono::milliseconds timeout)
{
    process.start();
    if (process.waitForStarted() && !input.isEmpty())
        process.write(input);
    return collect(process, timeout);
}

CliResult E2eEnvironment::collect(QProcess& process, std::chrono::milliseconds timeout)
{
    CliResult result;
    if (!process.waitForStarted())
        return result;
    process.closeWriteChannel();
    if (!process.waitForFinished(int(timeout.count()))) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.crashed = process.exitStatus() != QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

qint64 E2eEnvironment::countRows(const QString& sql, const QVariantList& values) const
{
    const QString name = QUuid::createUuid().toString();
    qint64 count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(sandboxDatabase());
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(sql);
            for (const QVariant& value : values)
                query.addBindValue(value);
            if (query.exec() && query.next())
                count = query.value(0).toLongLong();
            else
                ADD_FAILURE() << query.lastError().text().toStdString();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return count;
}

} // namespace segurdesk::e2e
