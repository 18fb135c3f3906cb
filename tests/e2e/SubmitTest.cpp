// submit against the real sandbox: happy path, batches under fault injection, SIGKILL at random
// points, and no plaintext personal data left in the client's files.
#include "E2eEnvironment.h"
#include "KilledRuns.h"
#include "tests/support/DossierFactory.h"
#include "tests/support/FileSearch.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <gtest/gtest.h>
#include <iostream>

namespace segurdesk::e2e {
namespace {

using test::DossierFactory;

bool longRun()
{
    return qEnvironmentVariableIntValue("SEGURDESK_LONG_TESTS") == 1;
}

QStringList submitArguments(const QStringList& files)
{
    return QStringList {QStringLiteral("submit"), QStringLiteral("--captcha"),
                        QString::fromLatin1(E2eEnvironment::CaptchaAnswer), QStringLiteral("--json")}
    + files;
}

// Every dossier exactly once on the portal: one row per trade name, and no other row.
void expectExactlyOnce(const E2eEnvironment& environment, int count)
{
    EXPECT_EQ(environment.countRows(QStringLiteral("SELECT COUNT(*) FROM enrollments")), count);
    EXPECT_EQ(environment.countRows(QStringLiteral("SELECT COUNT(DISTINCT trade_name) FROM enrollments")), count);
    for (int i = 0; i < count; ++i) {
        ASSERT_EQ(environment.countRows(QStringLiteral("SELECT COUNT(*) FROM enrollments WHERE trade_name = ?"),
                                        {DossierFactory::tradeName(i)}),
                  1)
            << DossierFactory::tradeName(i).toStdString();
    }
}

// Runs submit until a run reports every dossier on the portal (a run may leave some pending when
// faults outlast its rounds; the next run resends them first), at most `maxRuns` times. A batch
// under injected faults spends seconds per dossier in Retry-After pauses and stalls: a run may
// take as long.
int submitUntilDone(const E2eEnvironment& environment, const QStringList& files, int maxRuns)
{
    const std::chrono::seconds timeout(60 + 2 * files.size());
    for (int run = 1; run <= maxRuns; ++run) {
        const CliResult result = environment.runCli(submitArguments(files), {}, timeout);
        EXPECT_FALSE(result.crashed) << result.errText().toStdString();
        if (result.exitCode == 0)
            return run;
        EXPECT_EQ(result.exitCode, 1) << result.errText().toStdString();
    }
    return -1;
}

TEST(SubmitCommand, SendsOnceThenReportsTheReceiptAgain)
{
    E2eEnvironment environment;
    ASSERT_TRUE(environment.startSandbox()) << environment.sandboxError().toStdString();
    const DossierFactory factory(environment.root());
    const QString path = factory.write(0);

    const CliResult first = environment.runCli(submitArguments({path}));
    ASSERT_EQ(first.exitCode, 0) << first.errText().toStdString();
    const QJsonObject row = QJsonDocument::fromJson(first.out).array().first().toObject();
    EXPECT_EQ(row.value(QStringLiteral("result")).toString(), QStringLiteral("sent"));
    const QString number = row.value(QStringLiteral("number")).toString();
    EXPECT_TRUE(number.startsWith(QStringLiteral("ENR-"))) << first.outText().toStdString();
    EXPECT_TRUE(first.errText().contains(QStringLiteral("[1/1] dossier-0000.json"))) << first.errText().toStdString();

    const CliResult again = environment.runCli(submitArguments({path}));
    EXPECT_EQ(again.exitCode, 0);
    const QJsonObject second = QJsonDocument::fromJson(again.out).array().first().toObject();
    EXPECT_EQ(second.value(QStringLiteral("result")).toString(), QStringLiteral("already_sent"));
    EXPECT_EQ(second.value(QStringLiteral("number")).toString(), number);
    expectExactlyOnce(environment, 1);

    // The text summary names the dossier and its number.
    const CliResult table = environment.runCli({QStringLiteral("submit"), QStringLiteral("--captcha"),
                                                QString::fromLatin1(E2eEnvironment::CaptchaAnswer), path});
    EXPECT_TRUE(table.outText().contains(number)) << table.outText().toStdString();
}

TEST(SubmitCommand, InvalidDossierIsNotSentAndOthersAre)
{
    E2eEnvironment environment;
    ASSERT_TRUE(environment.startSandbox()) << environment.sandboxError().toStdString();
    const DossierFactory factory(environment.root());
    QJsonObject broken = factory.dossierJson(1);
    QJsonObject bank = broken.value(QStringLiteral("bank")).toObject();
    bank.insert(QStringLiteral("iban"), QStringLiteral("FR76 3000 6000 0112 3456 7890 188"));
    broken.insert(QStringLiteral("bank"), bank);

    const CliResult result = environment.runCli(submitArguments({factory.write(0), factory.write(1, broken)}));
    EXPECT_EQ(result.exitCode, 1);
    const QJsonArray rows = QJsonDocument::fromJson(result.out).array();
    ASSERT_EQ(rows.size(), 2) << result.outText().toStdString();
    EXPECT_EQ(rows.at(0).toObject().value(QStringLiteral("result")).toString(), QStringLiteral("sent"));
    EXPECT_EQ(rows.at(1).toObject().value(QStringLiteral("result")).toString(), QStringLiteral("invalid"));
    EXPECT_TRUE(result.errText().contains(QStringLiteral("bank.iban"))) << result.errText().toStdString();
    EXPECT_EQ(environment.countRows(QStringLiteral("SELECT COUNT(*) FROM enrollments")), 1);
}

// The uploads a run made, from the client's request log (shown with --verbose): each request's
// closing line gives its attempts, retries included.
int enrollmentUploads(const CliResult& result)
{
    static const QRegularExpression requestEnd(
        QStringLiteral("segurdesk\\.portal: POST /enrollments -> .*, attempts (\\d+)$"),
        QRegularExpression::MultilineOption);
    int uploads = 0;
    for (QRegularExpressionMatchIterator it = requestEnd.globalMatch(result.errText()); it.hasNext();)
        uploads += it.next().captured(1).toInt();
    return uploads;
}

TEST(SubmitCommand, AWrongCaptchaCodeOnTheCommandLineStopsAtOnceAndTheNextRunSends)
{
    E2eEnvironment environment;
    ASSERT_TRUE(environment.startSandbox()) << environment.sandboxError().toStdString();
    const DossierFactory factory(environment.root());
    const QStringList files {factory.write(0), factory.write(1)};

    const CliResult wrong
        = environment.runCli(QStringList {QStringLiteral("--verbose"), QStringLiteral("submit"),
                                          QStringLiteral("--captcha"), QStringLiteral("0000"), QStringLiteral("--json")}
                             + files);
    EXPECT_EQ(wrong.exitCode, 1) << wrong.errText().toStdString();
    EXPECT_EQ(enrollmentUploads(wrong), 1) << "one refusal is enough: " << wrong.errText().toStdString();
    const QJsonArray rows = QJsonDocument::fromJson(wrong.out).array();
    ASSERT_EQ(rows.size(), 2) << wrong.outText().toStdString();
    for (const auto& row : rows) {
        EXPECT_EQ(row.toObject().value(QStringLiteral("result")).toString(), QStringLiteral("pending"));
        EXPECT_TRUE(row.toObject().value(QStringLiteral("error")).toString().contains(QStringLiteral("--captcha")));
    }
    EXPECT_EQ(environment.countRows(QStringLiteral("SELECT COUNT(*) FROM enrollments")), 0);
    // The first dossier waits, frozen, for its resend; the second was left as it was, editable.
    const CliResult drafts
        = environment.runLocalCli({QStringLiteral("draft"), QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(drafts.exitCode, 0) << drafts.errText().toStdString();
    QStringList states;
    for (const auto& draft : QJsonDocument::fromJson(drafts.out).array())
        states << draft.toObject().value(QStringLiteral("state")).toString();
    states.sort();
    EXPECT_EQ(states, (QStringList {QStringLiteral("editing"), QStringLiteral("submitting")}))
        << drafts.outText().toStdString();

    const CliResult right = environment.runCli(submitArguments(files));
    EXPECT_EQ(right.exitCode, 0) << right.errText().toStdString();
    EXPECT_FALSE(right.errText().contains(QStringLiteral("segurdesk.")))
        << "quiet without --verbose: " << right.errText().toStdString();
    expectExactlyOnce(environment, 2);
}

TEST(SubmitCommand, ATypedCaptchaIsAskedAgainAndItsImageIsAPrivateFile)
{
    E2eEnvironment environment;
    ASSERT_TRUE(environment.startSandbox()) << environment.sandboxError().toStdString();
    const DossierFactory factory(environment.root());
    const QString path = factory.write(0);
    // A link planted at the name the image once had must not make the CLI write through it.
    const QDir temporary(QDir(environment.root()).filePath(QStringLiteral("tmp")));
    ASSERT_TRUE(temporary.mkpath(QStringLiteral(".")));
    const QString victim = QDir(environment.root()).filePath(QStringLiteral("victim.txt"));
    {
        QFile file(victim);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        ASSERT_EQ(file.write("untouched"), 9);
    }
    ASSERT_TRUE(QFile::link(victim, temporary.filePath(QStringLiteral("segurdesk-captcha.png"))));

    const CliResult result = environment.runCliWith(
        {QStringLiteral("--verbose"), QStringLiteral("submit"), QStringLiteral("--json"), path},
        {{QStringLiteral("TMPDIR"), temporary.path()}}, "0000\n" + QByteArray(E2eEnvironment::CaptchaAnswer) + '\n');
    ASSERT_EQ(result.exitCode, 0) << result.errText().toStdString();
    EXPECT_EQ(enrollmentUploads(result), 2) << result.errText().toStdString();
    EXPECT_EQ(result.errText().count(temporary.filePath(QStringLiteral("segurdesk-captcha-"))), 2)
        << result.errText().toStdString();

    QFile file(victim);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), QByteArrayLiteral("untouched"));
    EXPECT_EQ(temporary.entryList(QDir::Files | QDir::System | QDir::Hidden),
              QStringList {QStringLiteral("segurdesk-captcha.png")})
        << "each image is removed once its code is typed";
    expectExactlyOnce(environment, 1);
}

// A portal that keeps failing gets the request layer's attempts (RetryPolicy: 4 uploads, its
// Retry-After honoured) and no more from this run; the dossier waits, pending, for the next run.
TEST(SubmitCommand, APortalThatKeepsFailingGetsOneDossierABoundedNumberOfTimes)
{
    E2eEnvironment environment;
    const QJsonObject config {
        {QStringLiteral("faults"),
         QJsonObject {{QStringLiteral("seed"), 7},
                      {QStringLiteral("rules"),
                       QJsonArray {QJsonObject {{QStringLiteral("kind"), QStringLiteral("error_503")},
                                                {QStringLiteral("method"), QStringLiteral("POST")},
                                                {QStringLiteral("path"), QStringLiteral("/api/v1/enrollments")},
                                                {QStringLiteral("probability"), 1.0},
                                                {QStringLiteral("retry_after_seconds"), 1}}}}}},
    };
    ASSERT_TRUE(environment.startSandbox(config)) << environment.sandboxError().toStdString();
    const DossierFactory factory(environment.root());

    const CliResult result
        = environment.runCli(QStringList {QStringLiteral("--verbose")} + submitArguments({factory.write(0)}));
    EXPECT_EQ(result.exitCode, 1) << result.errText().toStdString();
    EXPECT_EQ(enrollmentUploads(result), 4) << result.errText().toStdString();
    const QJsonObject row = QJsonDocument::fromJson(result.out).array().first().toObject();
    EXPECT_EQ(row.value(QStringLiteral("result")).toString(), QStringLiteral("pending"))
        << result.outText().toStdString();
    EXPECT_EQ(environment.countRows(QStringLiteral("SELECT COUNT(*) FROM enrollments")), 0);
}

TEST(SubmitCommand, FaultInjectionLeavesEveryDossierExactlyOnce)
{
    const int count = longRun() ? 1000 : 100;
    E2eEnvironment environment;
    const QString path = QStringLiteral("/api/v1/enrollments");
    const QJsonObject config {
        {QStringLiteral("faults"),
         QJsonObject {{QStringLiteral("seed"), 20230630},
                      {QStringLiteral("rules"),
                       QJsonArray {
                           QJsonObject {{QStringLiteral("kind"), QStringLiteral("close_after_commit")},
                                        {QStringLiteral("method"), QStringLiteral("POST")},
                                        {QStringLiteral("path"), path},
                                        {QStringLiteral("probability"), 0.15}},
                           QJsonObject {{QStringLiteral("kind"), QStringLiteral("error_503")},
                                        {QStringLiteral("method"), QStringLiteral("POST")},
                                        {QStringLiteral("path"), path},
                                        {QStringLiteral("probability"), 0.1},
                                        {QStringLiteral("retry_after_seconds"), 1}},
                           QJsonObject {{QStringLiteral("kind"), QStringLiteral("stall")},
                                        {QStringLiteral("method"), QStringLiteral("POST")},
                                        {QStringLiteral("path"), path},
                                        {QStringLiteral("probability"), 0.03},
                                        {QStringLiteral("stall_ms"), 1500}},
                       }}}},
    };
    ASSERT_TRUE(environment.startSandbox(config)) << environment.sandboxError().toStdString();
    const DossierFactory factory(environment.root());
    QStringList files;
    for (int i = 0; i < count; ++i)
        files << factory.write(i);
    // Stalls beyond the client's timeout become resends of the same key.
    const int runs
        = submitUntilDone(environment, QStringList {QStringLiteral("--timeout"), QStringLiteral("1")} + files, 5);
    EXPECT_GT(runs, 0);
    expectExactlyOnce(environment, count);
}

// Each run is killed at a time drawn over the whole of it. New dossiers join the batch as others
// reach the portal, and only the last ones sent stay in it, so that kills keep landing among
// uploads and not only among re-checks. Every dossier still reaches the portal exactly once.
TEST(SubmitCommand, KilledAtRandomPointsAndRestartedLosesNothingAndDuplicatesNothing)
{
    const int kills = longRun() ? 200 : 20;
    const int unsentAhead = 20;
    E2eEnvironment environment;
    // An upload to the real portal takes as long as its megabytes need; on loopback it would take
    // a few milliseconds and leave almost no kill inside one. Each upload is held 100 ms.
    const QJsonObject uploadTime {
        {QStringLiteral("faults"),
         QJsonObject {{QStringLiteral("seed"), 1},
                      {QStringLiteral("rules"),
                       QJsonArray {QJsonObject {{QStringLiteral("kind"), QStringLiteral("stall")},
                                                {QStringLiteral("method"), QStringLiteral("POST")},
                                                {QStringLiteral("path"), QStringLiteral("/api/v1/enrollments")},
                                                {QStringLiteral("probability"), 1.0},
                                                {QStringLiteral("stall_ms"), 100}}}}}},
    };
    ASSERT_TRUE(environment.startSandbox(uploadTime)) << environment.sandboxError().toStdString();
    const DossierFactory factory(environment.root());
    QStringList files;

    KilledRuns runs(environment);
    for (int kill = 0; kill < kills; ++kill) {
        const int sent = int(environment.countRows(QStringLiteral("SELECT COUNT(*) FROM enrollments")));
        while (files.size() - sent < unsentAhead)
            files << factory.write(int(files.size()));
        // Dossiers are sent in their order: the batch keeps the last few sent, to be re-checked.
        const int first = qMax(0, sent - unsentAhead / 2);
        const QString problem = runs.killOne(submitArguments(files.mid(first)), sent - first, int(files.size()) - sent,
                                             4242 + quint32(kill));
        ASSERT_TRUE(problem.isEmpty()) << "kill " << kill << ": " << problem.toStdString();
    }
    std::cout << "kill points over " << kills << " runs, " << files.size()
              << " dossiers: " << runs.distribution().toStdString() << std::endl;
    RecordProperty("kill_points", runs.distribution().toStdString());
    EXPECT_GT(submitUntilDone(environment, files, 3), 0);
    expectExactlyOnce(environment, int(files.size()));
}

// Two runs started at once on the same new dossiers, as a scheduled job and a person would: the
// second waits for the first to release the data folder, then finds each dossier sent. No dossier
// reaches the portal twice and no draft is damaged, round after round.
TEST(SubmitCommand, TwoRunsStartedAtOnceSendEachDossierOnce)
{
    E2eEnvironment environment;
    ASSERT_TRUE(environment.startSandbox()) << environment.sandboxError().toStdString();
    const DossierFactory factory(environment.root());
    constexpr int Rounds = 5;
    constexpr int DossiersPerRound = 4;
    QStringList everyFile;
    for (int round = 0; round < Rounds; ++round) {
        QStringList files;
        for (int i = 0; i < DossiersPerRound; ++i)
            files << factory.write(round * DossiersPerRound + i);
        everyFile += files;
        QProcess first;
        QProcess second;
        environment.prepareCli(first, submitArguments(files));
        environment.prepareCli(second, submitArguments(files));
        first.start();
        second.start();
        for (QProcess* run : {&first, &second}) {
            ASSERT_TRUE(run->waitForFinished(120000)) << "round " << round;
            const QString errors = QString::fromUtf8(run->readAllStandardError());
            EXPECT_EQ(run->exitStatus(), QProcess::NormalExit) << errors.toStdString();
            EXPECT_EQ(run->exitCode(), 0) << "round " << round << ": " << errors.toStdString();
        }
    }
    const CliResult last = environment.runCli(submitArguments(everyFile));
    EXPECT_EQ(last.exitCode, 0) << last.errText().toStdString();
    const QJsonArray rows = QJsonDocument::fromJson(last.out).array();
    ASSERT_EQ(rows.size(), Rounds * DossiersPerRound) << last.outText().toStdString();
    for (const auto& row : rows)
        EXPECT_EQ(row.toObject().value(QStringLiteral("result")).toString(), QStringLiteral("already_sent"));
    expectExactlyOnce(environment, Rounds * DossiersPerRound);
}

// Reads `process`'s current read channel until a line starting with `start` has come; false if
// the process ended first.
bool waitForLine(QProcess& process, const QString& start)
{
    QByteArray seen;
    const QByteArray wanted = start.toUtf8();
    const auto arrived = [&] {
        const QList<QByteArray> lines = seen.split('\n');
        // The last piece may be a line still being written.
        return std::any_of(lines.cbegin(), lines.cend() - 1,
                           [&](const QByteArray& line) { return line.startsWith(wanted); });
    };
    while (!arrived()) {
        if (!process.waitForReadyRead(60000))
            return false;
        seen += process.readAll();
    }
    return true;
}

// The desktop app and segurdesk-cli on the same drafts, as an operator finishing a request in the
// app while a scheduled job submits: each sends the drafts in its own order and waits while the
// other holds the data folder. Each round starts the second process at a different point of the
// first one's work: the CLI with the app, once the app has unlocked the drafts, once it has read
// its first draft, once it has sent it; and the app once the CLI has sent its first draft. Every
// draft reaches the portal once, each process ends finding it there (sent by one, already sent
// for the other), and no draft is damaged.
TEST(SubmitCommand, TheAppAndTheCliStartedAtOnceSendEachDraftOnce)
{
    E2eEnvironment environment;
    ASSERT_TRUE(environment.startSandbox()) << environment.sandboxError().toStdString();
    const DossierFactory factory(environment.root());
    constexpr int DraftsPerRound = 3;
    // Who sent each draft, round after round: A (the app) or C (the CLI).
    QString sentBy;
    // Which process starts first, and the start of the line it says where it stands (on stderr)
    // that starts the other; %1 is the app's first draft. The CLI's "[2/3]" comes once it is done
    // with its first draft.
    struct Start
    {
        bool appFirst;
        QString point;
    };
    const QList<Start> starts {{true, QString()},
                               {true, QStringLiteral("unlocked")},
                               {true, QStringLiteral("loaded %1")},
                               {true, QStringLiteral("finished %1")},
                               {false, QStringLiteral("[2/")}};
    const int Rounds = int(starts.size());
    for (int round = 0; round < Rounds; ++round) {
        QStringList ids;
        for (int i = 0; i < DraftsPerRound; ++i) {
            const CliResult created = environment.runLocalCli(
                {QStringLiteral("draft"), QStringLiteral("new"), factory.write(round * DraftsPerRound + i)});
            ASSERT_EQ(created.exitCode, 0) << created.errText().toStdString();
            ids << created.outText().trimmed();
        }
        QStringList reversed(ids.crbegin(), ids.crend());
        QProcess app;
        app.setProgram(QStringLiteral(SEGURDESK_SUBMITTING_APP));
        app.setArguments(QStringList {environment.portalUrl(), QString::fromLatin1(E2eEnvironment::CaptchaAnswer)}
                         + ids);
        app.setProcessEnvironment(environment.clientEnvironment());
        QProcess cli;
        environment.prepareCli(cli, submitArguments(reversed));
        // Where each says where it stands.
        app.setReadChannel(QProcess::StandardError);
        cli.setReadChannel(QProcess::StandardError);
        const Start& start = starts.at(round);
        QProcess& first = start.appFirst ? app : cli;
        QProcess& second = start.appFirst ? cli : app;
        first.start();
        if (!start.point.isEmpty()) {
            ASSERT_TRUE(waitForLine(first, QString(start.point).replace(QLatin1String("%1"), ids.first())))
                << "round " << round;
        }
        second.start();
        const CliResult fromApp = E2eEnvironment::collect(app, std::chrono::minutes(2));
        const CliResult fromCli = E2eEnvironment::collect(cli, std::chrono::minutes(2));
        ASSERT_EQ(fromApp.exitCode, 0) << "round " << round << ": " << fromApp.outText().toStdString()
                                       << fromApp.errText().toStdString();
        ASSERT_EQ(fromCli.exitCode, 0) << "round " << round << ": " << fromCli.errText().toStdString();

        // Who sent each draft, as each process reports it: exactly one of them.
        const QJsonArray cliRows = QJsonDocument::fromJson(fromCli.out).array();
        ASSERT_EQ(cliRows.size(), DraftsPerRound) << fromCli.outText().toStdString();
        const QStringList appLines = fromApp.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        ASSERT_EQ(appLines.size(), DraftsPerRound)
            << fromApp.outText().toStdString() << fromApp.errText().toStdString();
        sentBy += round == 0 ? QString() : QStringLiteral(" ");
        for (int i = 0; i < DraftsPerRound; ++i) {
            const QStringList appWords = appLines.at(i).split(QLatin1Char(' '));
            ASSERT_EQ(appWords.value(0), ids.at(i));
            const QJsonObject cliRow = cliRows.at(DraftsPerRound - 1 - i).toObject();
            ASSERT_EQ(cliRow.value(QStringLiteral("dossier")).toString(), ids.at(i));
            const QStringList results {appWords.value(1), cliRow.value(QStringLiteral("result")).toString()};
            sentBy += results.first() == QLatin1String("sent") ? QLatin1Char('A') : QLatin1Char('C');
            EXPECT_EQ(results.count(QStringLiteral("sent")), 1) << results.join(QLatin1Char('/')).toStdString();
            EXPECT_EQ(results.count(QStringLiteral("already_sent")), 1) << results.join(QLatin1Char('/')).toStdString();
        }
    }
    std::cout << "sent by the app (A) or the CLI (C), round after round: " << sentBy.toStdString() << std::endl;
    RecordProperty("sent_by", sentBy.toStdString());
    // Each process sent what it had started on before the other came: the app its first draft
    // in round 4; in round 5, the CLI, which holds the data folder for its whole batch, all three.
    const QStringList byRound = sentBy.split(QLatin1Char(' '));
    ASSERT_EQ(byRound.size(), Rounds) << sentBy.toStdString();
    EXPECT_TRUE(byRound.at(3).startsWith(QLatin1Char('A'))) << sentBy.toStdString();
    EXPECT_EQ(byRound.at(4), QStringLiteral("CCC")) << sentBy.toStdString();
    const CliResult listed
        = environment.runLocalCli({QStringLiteral("draft"), QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(listed.exitCode, 0) << listed.errText().toStdString();
    const QJsonArray drafts = QJsonDocument::fromJson(listed.out).array();
    ASSERT_EQ(drafts.size(), Rounds * DraftsPerRound) << listed.outText().toStdString();
    for (const auto& draft : drafts)
        EXPECT_EQ(draft.toObject().value(QStringLiteral("state")).toString(), QStringLiteral("submitted"))
            << listed.outText().toStdString();
    expectExactlyOnce(environment, Rounds * DraftsPerRound);
}

TEST(SubmitCommand, NoPlaintextPersonalDataInTheClientFiles)
{
    E2eEnvironment environment;
    ASSERT_TRUE(environment.startSandbox()) << environment.sandboxError().toStdString();
    const DossierFactory factory(environment.root());
    const CliResult result = environment.runCli(submitArguments({factory.write(0)}));
    ASSERT_EQ(result.exitCode, 0) << result.errText().toStdString();

    const QString iban = QString::fromLatin1(DossierFactory::Iban);
    const QList<QByteArray> secrets {
        iban.toUtf8(),
        QString(iban).remove(QLatin1Char(' ')).toUtf8(),
        QByteArray(DossierFactory::LastName),
        QByteArray(E2eEnvironment::Passphrase),
    };
    // The draft, its encrypted documents, the outbox and the key material: more than five files,
    // and at least as many bytes as the documents the dossier attached.
    qint64 documentBytes = 0;
    const QJsonObject documents = factory.dossierJson(0).value(QStringLiteral("documents")).toObject();
    for (const auto& document : documents)
        documentBytes += QFileInfo(QDir(factory.dir()).filePath(document.toString())).size();
    ASSERT_GT(documentBytes, 0);
    EXPECT_TRUE(test::foundNothing(test::searchFiles(environment.clientHome(), secrets), 6, documentBytes));
    // What the command logged while it ran.
    for (const QByteArray& secret : secrets)
        EXPECT_FALSE(result.err.contains(secret)) << secret.toStdString() << " in the log";
}

} // namespace
} // namespace segurdesk::e2e
