// login, password, status, advance, mails and document: the real segurdesk-cli against the real
// sandbox, each command in a process of its own with the password on stdin or in the
// environment; offline status from the cache; nothing of the session left in the client's files.
#include "E2eEnvironment.h"
#include "tests/support/DossierFactory.h"
#include "tests/support/FileSearch.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <gtest/gtest.h>

namespace segurdesk::e2e {
namespace {

using test::DossierFactory;

constexpr const char* DemoLogin = "demo";
constexpr const char* DemoPassword = "Demo-Segur-2023!";

// A funding rule other than the arrêté's, so that a forecast can only match it by reading /config.
QJsonObject customRuleConfig()
{
    return QJsonObject {{QStringLiteral("funding_rule"),
                         QJsonObject {{QStringLiteral("reference"), QStringLiteral("Règle des tests")},
                                      {QStringLiteral("rate_applicative"), QStringLiteral("50.00")},
                                      {QStringLiteral("rate_organizational"), QStringLiteral("20.00")},
                                      {QStringLiteral("rate_personal"), QStringLiteral("4.00")},
                                      {QStringLiteral("fixed_amount"), QStringLiteral("1000.00")},
                                      {QStringLiteral("cap"), QStringLiteral("20000.00")}}}};
}

QStringList withLogin(const QString& command, const QString& login, const QStringList& rest = {})
{
    return QStringList {command, QStringLiteral("--login"), login} + rest;
}

QByteArray line(const char* text)
{
    return QByteArray(text) + '\n';
}

// The French amount as the CLI prints it, whatever the group separator of the locale.
QString digitsOnly(QString text)
{
    return text.remove(QRegularExpression(QStringLiteral("[^0-9,.]")));
}

std::string describe(const CliResult& result)
{
    return "exit " + std::to_string(result.exitCode) + "\nout: " + result.outText().toStdString()
        + "\nerr: " + result.errText().toStdString();
}

// The client's files searched for `needle` as UTF-8 or UTF-16.
test::FileSearch searchClientFiles(const E2eEnvironment& environment, const QString& needle)
{
    const QByteArray utf16(reinterpret_cast<const char*>(needle.utf16()), needle.size() * 2);
    return test::searchFiles(environment.clientHome(), {needle.toUtf8(), utf16});
}

// The client's files searched for a bearer token the sandbox issued: every run of 64 hex digits
// (the shape of a token) is hashed and looked up in the sandbox's token table, revoked ones included.
test::FileSearch searchIssuedTokens(const E2eEnvironment& environment)
{
    static const QRegularExpression hex(QStringLiteral("[0-9a-f]{64}"));
    return test::searchFiles(environment.clientHome(), [&environment](const QByteArray& content) {
        QRegularExpressionMatchIterator runs = hex.globalMatch(QString::fromLatin1(content));
        while (runs.hasNext()) {
            const QByteArray run = runs.next().captured().toLatin1();
            const QString hash = QString::fromLatin1(QCryptographicHash::hash(run, QCryptographicHash::Sha256).toHex());
            if (environment.countRows(QStringLiteral("SELECT COUNT(*) FROM tokens WHERE token_hash = ?"), {hash}) != 0)
                return true;
        }
        return false;
    });
}

// The client's files after an account session: at least its key material and its dossier cache.
constexpr int ClientFilesAfterASession = 2;

QJsonObject statusJson(const E2eEnvironment& environment)
{
    const CliResult result = environment.runCli(
        withLogin(QStringLiteral("status"), QLatin1String(DemoLogin), {QStringLiteral("--json")}), line(DemoPassword));
    EXPECT_EQ(result.exitCode, 0) << describe(result);
    return QJsonDocument::fromJson(result.out).object();
}

QJsonObject byCompany(const QJsonArray& enrollments, const QString& company)
{
    for (const auto& value : enrollments) {
        if (value.toObject().value(QLatin1String("company_name")).toString() == company)
            return value.toObject();
    }
    return {};
}

TEST(AccountCommands, WrongPasswordIsRefusedInFrenchAndLoginShowsTheAccount)
{
    E2eEnvironment environment;
    ASSERT_TRUE(environment.startSandbox({}, {QStringLiteral("--seed-demo")}))
        << environment.sandboxError().toStdString();

    const CliResult wrong
        = environment.runCli(withLogin(QStringLiteral("login"), QLatin1String(DemoLogin)), line("Pas-le-bon-1!"));
    EXPECT_EQ(wrong.exitCode, 1) << describe(wrong);
    EXPECT_TRUE(wrong.errText().contains(QStringLiteral("Identifiant ou mot de passe incorrect"))) << describe(wrong);
    EXPECT_TRUE(wrong.out.isEmpty());

    const CliResult fromStdin
        = environment.runCli(withLogin(QStringLiteral("login"), QLatin1String(DemoLogin)), line(DemoPassword));
    EXPECT_EQ(fromStdin.exitCode, 0) << describe(fromStdin);
    EXPECT_TRUE(fromStdin.outText().contains(QStringLiteral("demo@operateur-mss.example.fr"))) << describe(fromStdin);

    const CliResult fromEnvironment
        = environment.runCliWith(withLogin(QStringLiteral("login"), QLatin1String(DemoLogin)),
                                 {{QStringLiteral("SEGURDESK_PASSWORD"), QLatin1String(DemoPassword)}});
    EXPECT_EQ(fromEnvironment.exitCode, 0) << describe(fromEnvironment);

    const CliResult noPassword = environment.runCli(withLogin(QStringLiteral("login"), QLatin1String(DemoLogin)));
    EXPECT_EQ(noPassword.exitCode, 2) << describe(noPassword);
    const CliResult noLogin = environment.runCli({QStringLiteral("status")}, line(DemoPassword));
    EXPECT_EQ(noLogin.exitCode, 2) << describe(noLogin);
}

// Without --portal the command starts its own local portal and stops it when done: the terminal
// shows the answer and nothing else (no word from Qt about a child left running at exit).
TEST(AccountCommands, OnTheEmbeddedPortalACommandSaysOnlyItsAnswer)
{
    const E2eEnvironment environment;
    ASSERT_TRUE(environment.portalUrl().isEmpty());
    const CliResult wrong
        = environment.runCli(withLogin(QStringLiteral("login"), QLatin1String(DemoLogin)), line("Pas-le-bon-1!"));
    EXPECT_EQ(wrong.exitCode, 1) << describe(wrong);
    const QStringList lines = wrong.errText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2) << describe(wrong);
    EXPECT_EQ(lines.at(0), QStringLiteral("Identifiant ou mot de passe incorrect."));
    EXPECT_TRUE(lines.at(1).startsWith(QStringLiteral("Identifiant de la requête"))) << describe(wrong);
    EXPECT_TRUE(wrong.out.isEmpty());
}

TEST(AccountCommands, DemoAccountStatusAdvanceMailsDocumentThenOffline)
{
    E2eEnvironment environment;
    ASSERT_TRUE(environment.startSandbox({}, {QStringLiteral("--seed-demo")}))
        << environment.sandboxError().toStdString();
    const QString portal = environment.portalUrl();

    // status: every enrollment and the advance, each with its history.
    const CliResult text
        = environment.runCli(withLogin(QStringLiteral("status"), QLatin1String(DemoLogin)), line(DemoPassword));
    ASSERT_EQ(text.exitCode, 0) << describe(text);
    for (const char* label : {"Déposée", "Validée", "À compléter", "Demandes d'avance (1)"})
        EXPECT_TRUE(text.outText().contains(QString::fromUtf8(label))) << label << '\n' << describe(text);
    const QJsonObject before = statusJson(environment);
    EXPECT_FALSE(before.value(QLatin1String("offline")).toBool());
    const QJsonArray enrollments = before.value(QLatin1String("enrollments")).toArray();
    ASSERT_EQ(enrollments.size(), 4);
    for (const auto& enrollment : enrollments) {
        EXPECT_TRUE(text.outText().contains(enrollment.toObject().value(QLatin1String("number")).toString()));
        EXPECT_GE(enrollment.toObject().value(QLatin1String("status_history")).toArray().size(), 1);
    }
    ASSERT_EQ(before.value(QLatin1String("advance_requests")).toArray().size(), 1);

    // advance for the validated enrollment without one: decided at once, with its letter.
    const QJsonObject cedres = byCompany(enrollments, QStringLiteral("CLINIQUE DES CÈDRES"));
    ASSERT_FALSE(cedres.isEmpty());
    const QString cedresId = cedres.value(QLatin1String("id")).toString();
    const QStringList counts {cedresId, QStringLiteral("--current"), QStringLiteral("10,20,300"),
                              QStringLiteral("--estimated"), QStringLiteral("12,25,400")};
    const CliResult advance = environment.runCli(withLogin(QStringLiteral("advance"), QLatin1String(DemoLogin), counts),
                                                 line(DemoPassword));
    ASSERT_EQ(advance.exitCode, 0) << describe(advance);
    EXPECT_TRUE(advance.outText().contains(QStringLiteral("Décidée"))) << describe(advance);
    const QJsonObject after = statusJson(environment);
    QJsonObject created;
    for (const auto& value : after.value(QLatin1String("advance_requests")).toArray()) {
        if (value.toObject().value(QLatin1String("enrollment_id")).toString() == cedresId)
            created = value.toObject();
    }
    ASSERT_FALSE(created.isEmpty()) << describe(advance);
    EXPECT_TRUE(advance.outText().contains(created.value(QLatin1String("number")).toString())) << describe(advance);
    const QString advanceText = digitsOnly(advance.outText());
    EXPECT_TRUE(advanceText.contains(
        created.value(QLatin1String("amount_ttc")).toString().replace(QLatin1Char('.'), QLatin1Char(','))))
        << describe(advance);
    const QJsonArray letters = created.value(QLatin1String("documents")).toArray();
    ASSERT_EQ(letters.size(), 1);
    const QString letterId = letters.first().toObject().value(QLatin1String("id")).toString();
    EXPECT_TRUE(advance.outText().contains(letterId)) << describe(advance);

    const CliResult twice = environment.runCli(withLogin(QStringLiteral("advance"), QLatin1String(DemoLogin), counts),
                                               line(DemoPassword));
    EXPECT_EQ(twice.exitCode, 1) << describe(twice);
    EXPECT_EQ(after.value(QLatin1String("advance_requests")).toArray().size(), 2);
    // The demo account's: the firm's account of the demonstration data has one of its own.
    EXPECT_EQ(environment.countRows(QStringLiteral("SELECT COUNT(*) FROM advance_requests r JOIN accounts a ON "
                                                   "a.id = r.account_id WHERE a.login = 'demo'")),
              2);

    // document: a real PDF, never overwritten without --force.
    const QString pdfPath = QDir(environment.root()).filePath(QStringLiteral("décision.pdf"));
    const QStringList download {letterId, QStringLiteral("-o"), pdfPath};
    const CliResult saved = environment.runCli(
        withLogin(QStringLiteral("document"), QLatin1String(DemoLogin), download), line(DemoPassword));
    ASSERT_EQ(saved.exitCode, 0) << describe(saved);
    QFile pdf(pdfPath);
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    const QByteArray content = pdf.readAll();
    pdf.close();
    EXPECT_TRUE(content.startsWith("%PDF"));
    const CliResult inspected = environment.runLocalCli({QStringLiteral("inspect"), QStringLiteral("--json"), pdfPath});
    ASSERT_EQ(inspected.exitCode, 0) << describe(inspected);
    const QJsonValue report = QJsonDocument::fromJson(inspected.out).isArray()
        ? QJsonDocument::fromJson(inspected.out).array().first()
        : QJsonValue(QJsonDocument::fromJson(inspected.out).object());
    EXPECT_EQ(report.toObject().value(QLatin1String("type")).toString(), QStringLiteral("pdf")) << describe(inspected);
    EXPECT_GE(report.toObject().value(QLatin1String("pages")).toInt(), 1) << describe(inspected);

    ASSERT_TRUE(pdf.open(QIODevice::WriteOnly | QIODevice::Truncate));
    pdf.write("mine");
    pdf.close();
    const CliResult refused = environment.runCli(
        withLogin(QStringLiteral("document"), QLatin1String(DemoLogin), download), line(DemoPassword));
    EXPECT_EQ(refused.exitCode, 1) << describe(refused);
    EXPECT_TRUE(refused.errText().contains(QStringLiteral("--force"))) << describe(refused);
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_EQ(pdf.readAll(), QByteArray("mine"));
    pdf.close();
    const CliResult forced = environment.runCli(withLogin(QStringLiteral("document"), QLatin1String(DemoLogin),
                                                          download + QStringList {QStringLiteral("--force")}),
                                                line(DemoPassword));
    EXPECT_EQ(forced.exitCode, 0) << describe(forced);
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_EQ(pdf.readAll(), content);
    pdf.close();
    const CliResult missing = environment.runCli(
        withLogin(QStringLiteral("document"), QLatin1String(DemoLogin),
                  {QStringLiteral("999999"), QStringLiteral("-o"), pdfPath + QStringLiteral(".autre")}),
        line(DemoPassword));
    EXPECT_EQ(missing.exitCode, 1) << describe(missing);
    EXPECT_FALSE(QFile::exists(pdfPath + QStringLiteral(".autre")));

    // mails: the list, then one mail with its body.
    const CliResult mails = environment.runCli(
        withLogin(QStringLiteral("mails"), QLatin1String(DemoLogin), {QStringLiteral("--json")}), line(DemoPassword));
    ASSERT_EQ(mails.exitCode, 0) << describe(mails);
    const QJsonArray mailList = QJsonDocument::fromJson(mails.out).array();
    ASSERT_FALSE(mailList.isEmpty()) << describe(mails);
    const QJsonObject newest = mailList.first().toObject();
    const CliResult listed
        = environment.runCli(withLogin(QStringLiteral("mails"), QLatin1String(DemoLogin)), line(DemoPassword));
    EXPECT_EQ(listed.exitCode, 0) << describe(listed);
    EXPECT_TRUE(listed.outText().contains(newest.value(QLatin1String("subject")).toString())) << describe(listed);
    const CliResult one = environment.runCli(
        withLogin(QStringLiteral("mails"), QLatin1String(DemoLogin), {newest.value(QLatin1String("id")).toString()}),
        line(DemoPassword));
    ASSERT_EQ(one.exitCode, 0) << describe(one);
    EXPECT_TRUE(one.outText().contains(newest.value(QLatin1String("subject")).toString())) << describe(one);
    EXPECT_TRUE(one.outText().contains(QStringLiteral("Bonjour"))) << describe(one);
    const CliResult unknownMail = environment.runCli(
        withLogin(QStringLiteral("mails"), QLatin1String(DemoLogin), {QStringLiteral("999999")}), line(DemoPassword));
    EXPECT_EQ(unknownMail.exitCode, 1) << describe(unknownMail);

    // offline: the portal stops; status shows the cached copy, said to be offline, with its date.
    environment.stopSandbox();
    const QStringList offlineStatus = QStringList {QStringLiteral("--portal"), portal}
        + withLogin(QStringLiteral("status"), QLatin1String(DemoLogin));
    const CliResult offline = environment.runCli(offlineStatus, line(DemoPassword));
    ASSERT_EQ(offline.exitCode, 0) << describe(offline);
    EXPECT_TRUE(offline.outText().contains(QStringLiteral("DONNÉES HORS LIGNE"))) << describe(offline);
    EXPECT_TRUE(offline.errText().contains(QStringLiteral("hors ligne"))) << describe(offline);
    for (const auto& enrollment : after.value(QLatin1String("enrollments")).toArray())
        EXPECT_TRUE(offline.outText().contains(enrollment.toObject().value(QLatin1String("number")).toString()))
            << describe(offline);
    EXPECT_TRUE(offline.outText().contains(created.value(QLatin1String("number")).toString())) << describe(offline);
    const CliResult offlineJson
        = environment.runCli(offlineStatus + QStringList {QStringLiteral("--json")}, line(DemoPassword));
    ASSERT_EQ(offlineJson.exitCode, 0) << describe(offlineJson);
    const QJsonObject cached = QJsonDocument::fromJson(offlineJson.out).object();
    EXPECT_TRUE(cached.value(QLatin1String("offline")).toBool());
    EXPECT_TRUE(QDateTime::fromString(cached.value(QLatin1String("refreshed_at")).toString(), Qt::ISODate).isValid());
    EXPECT_EQ(cached.value(QLatin1String("enrollments")).toArray().size(), 4);
    EXPECT_EQ(cached.value(QLatin1String("advance_requests")).toArray().size(), 2);
    // The offline copy belongs to the account that fetched it: another login sees none of it.
    const CliResult stranger
        = environment.runCli(QStringList {QStringLiteral("--portal"), portal}
                                 + withLogin(QStringLiteral("status"), QStringLiteral("OPE-AUTRE-COMPTE")),
                             line(DemoPassword));
    EXPECT_EQ(stranger.exitCode, 1) << describe(stranger);
    EXPECT_TRUE(stranger.errText().contains(QStringLiteral("Aucune donnée hors ligne"))) << describe(stranger);
    EXPECT_FALSE(stranger.outText().contains(created.value(QLatin1String("number")).toString())) << describe(stranger);

    // Nothing of the session on disk: no password, nothing shaped like a token.
    EXPECT_TRUE(
        test::foundNothing(searchClientFiles(environment, QLatin1String(DemoPassword)), ClientFilesAfterASession, 1));
    EXPECT_GT(environment.countRows(QStringLiteral("SELECT COUNT(*) FROM tokens")), 0);
    EXPECT_TRUE(test::foundNothing(searchIssuedTokens(environment), ClientFilesAfterASession, 1));
}

TEST(AccountCommands, ForecastUsesTheFundingRuleOfThePortal)
{
    E2eEnvironment environment;
    ASSERT_TRUE(environment.startSandbox(customRuleConfig())) << environment.sandboxError().toStdString();
    struct Row
    {
        const char* name;
        std::vector<const char*> arguments;
        int exitCode;
        const char* excludingVat;
        const char* includingVat;
    };
    // 50 × A + 20 × O + 4 × P + 1 000, capped at 20 000.
    const QList<Row> rows {
        {"counts with VAT 20", {"--estimated", "12,40,850", "--vat", "20"}, 0, "5800,00", "6960,00"},
        {"spaces and 8,5 %", {"--estimated", " 1, 2 ,3", "--vat", "8,5 %"}, 0, "1102,00", "1195,67"},
        {"exempt stays HT", {"--estimated", "0,0,0", "--vat", "exempt"}, 0, "1000,00", "1000,00"},
        {"capped", {"--estimated", "1000,0,0"}, 0, "20000,00", nullptr},
        {"two counts only", {"--estimated", "1,2"}, 2, nullptr, nullptr},
        {"negative count", {"--estimated", "1,-2,3"}, 2, nullptr, nullptr},
        {"unknown VAT", {"--estimated", "1,2,3", "--vat", "19"}, 2, nullptr, nullptr},
        {"current is not for forecasts", {"--estimated", "1,2,3", "--current", "1,2,3"}, 2, nullptr, nullptr},
    };
    for (const Row& row : rows) {
        QStringList arguments {QStringLiteral("advance"), QStringLiteral("--forecast")};
        for (const char* argument : row.arguments)
            arguments << QString::fromUtf8(argument);
        const CliResult result = environment.runCli(arguments);
        EXPECT_EQ(result.exitCode, row.exitCode) << row.name << '\n' << describe(result);
        const QString amounts = digitsOnly(result.outText());
        if (row.excludingVat) {
            EXPECT_TRUE(amounts.contains(QLatin1String(row.excludingVat))) << row.name << '\n' << describe(result);
        }
        if (row.includingVat) {
            EXPECT_TRUE(amounts.contains(QLatin1String(row.includingVat))) << row.name << '\n' << describe(result);
        }
    }
}

// What the sandbox mailed: the login and initial password of the credentials mail.
std::pair<QString, QString> mailedCredentials(const QString& sandboxDir)
{
    QDirIterator it(QDir(sandboxDir).filePath(QStringLiteral("outbox")), {QStringLiteral("*credentials.eml")},
                    QDir::Files);
    if (!it.hasNext())
        return {};
    QFile file(it.next());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString mail = QString::fromUtf8(file.readAll());
    static const QRegularExpression login(QStringLiteral("(?:Identifiant|Login)\\s*:\\s*(\\S+)"));
    static const QRegularExpression password(
        QStringLiteral("(?:Mot de passe initial|Initial password)\\s*:\\s*(\\S+)"));
    return {login.match(mail).captured(1), password.match(mail).captured(1)};
}

TEST(AccountCommands, FirstLoginForcesAPasswordChangeWithThePortalsPolicyThenTheSecretQuestion)
{
    E2eEnvironment environment;
    // Instruction at once: the sandbox decides due dossiers when the next request arrives.
    const QJsonObject instantInstruction {
        {QStringLiteral("instruction"), QJsonObject {{QStringLiteral("delay_seconds"), 0}}}};
    ASSERT_TRUE(environment.startSandbox(instantInstruction)) << environment.sandboxError().toStdString();
    const DossierFactory factory(environment.root());
    const CliResult submitted
        = environment.runCli({QStringLiteral("submit"), QStringLiteral("--captcha"),
                              QString::fromLatin1(E2eEnvironment::CaptchaAnswer), factory.write(0)});
    ASSERT_EQ(submitted.exitCode, 0) << describe(submitted);
    const CliResult nextRequest = environment.runCli({QStringLiteral("advance"), QStringLiteral("--forecast"),
                                                      QStringLiteral("--estimated"), QStringLiteral("0,0,0")});
    ASSERT_EQ(nextRequest.exitCode, 0) << describe(nextRequest);
    ASSERT_EQ(environment.countRows(QStringLiteral("SELECT COUNT(*) FROM enrollments WHERE status = 'validated'")), 1);
    const auto [login, initial] = mailedCredentials(environment.sandboxDataDir());
    ASSERT_FALSE(login.isEmpty());
    ASSERT_FALSE(initial.isEmpty());
    const QByteArray initialLine = initial.toUtf8() + '\n';

    const CliResult first = environment.runCli(withLogin(QStringLiteral("login"), login), initialLine);
    EXPECT_EQ(first.exitCode, 1) << describe(first);
    EXPECT_TRUE(first.errText().contains(QStringLiteral("mot de passe"))) << describe(first);
    const CliResult blocked = environment.runCli(withLogin(QStringLiteral("status"), login), initialLine);
    EXPECT_EQ(blocked.exitCode, 1) << describe(blocked);

    struct Row
    {
        const char* name;
        QString newPassword;
        const char* code;
    };
    const QList<Row> refused {
        {"too short", QStringLiteral("Ab1!"), "password.too_short"},
        {"one class only", QStringLiteral("tout en minuscules sans chiffre"), "password.classes"},
        {"the initial one, still the current one", initial, "password.unchanged"},
        {"contains the login", login + QStringLiteral("-Aa1!xyzXYZ"), "password.contains_login"},
    };
    const QStringList change {QStringLiteral("--new-password-stdin")};
    for (const Row& row : refused) {
        const CliResult result = environment.runCli(withLogin(QStringLiteral("password"), login, change),
                                                    initialLine + row.newPassword.toUtf8() + '\n');
        EXPECT_EQ(result.exitCode, 1) << row.name << '\n' << describe(result);
        EXPECT_TRUE(result.errText().contains(QStringLiteral("Nouveau mot de passe : "))) << row.name << '\n'
                                                                                          << describe(result);
        EXPECT_TRUE(result.errText().contains(QLatin1String(row.code))) << row.name << '\n' << describe(result);
    }

    const QString chosen = QStringLiteral("Nouveau-Ségur-2026!");
    const CliResult changed = environment.runCli(withLogin(QStringLiteral("password"), login, change),
                                                 initialLine + chosen.toUtf8() + '\n');
    ASSERT_EQ(changed.exitCode, 0) << describe(changed);
    const CliResult oldRefused = environment.runCli(withLogin(QStringLiteral("login"), login), initialLine);
    EXPECT_EQ(oldRefused.exitCode, 1) << describe(oldRefused);
    const CliResult newAccepted = environment.runCliWith(withLogin(QStringLiteral("login"), login),
                                                         {{QStringLiteral("SEGURDESK_PASSWORD"), chosen}});
    EXPECT_EQ(newAccepted.exitCode, 0) << describe(newAccepted);
    EXPECT_TRUE(newAccepted.outText().contains(QStringLiteral("Question secrète"))) << describe(newAccepted);

    // Then the secret question, before any dossier call; the answer is read like a password.
    const QByteArray chosenLine = chosen.toUtf8() + '\n';
    const CliResult noQuestion = environment.runCli(withLogin(QStringLiteral("status"), login), chosenLine);
    EXPECT_EQ(noQuestion.exitCode, 1) << describe(noQuestion);
    EXPECT_TRUE(noQuestion.errText().contains(QStringLiteral("secret-question --login ") + login))
        << describe(noQuestion);
    const CliResult noText
        = environment.runCli(withLogin(QStringLiteral("secret-question"), login), chosenLine + "Médor\n");
    EXPECT_EQ(noText.exitCode, 2) << describe(noText);
    const QStringList question {QStringLiteral("--question"), QStringLiteral("Nom de mon premier chien ?")};
    const CliResult shortAnswer
        = environment.runCli(withLogin(QStringLiteral("secret-question"), login, question), chosenLine + "M\n");
    EXPECT_EQ(shortAnswer.exitCode, 1) << describe(shortAnswer);
    EXPECT_TRUE(shortAnswer.errText().contains(QStringLiteral("Réponse : "))) << describe(shortAnswer);
    EXPECT_TRUE(shortAnswer.errText().contains(QStringLiteral("[secret.answer_length]"))) << describe(shortAnswer);
    const QString answer = QStringLiteral("Médor-du-Morvan");
    const CliResult set = environment.runCli(withLogin(QStringLiteral("secret-question"), login, question),
                                             chosenLine + answer.toUtf8() + '\n');
    ASSERT_EQ(set.exitCode, 0) << describe(set);
    const CliResult opened = environment.runCli(withLogin(QStringLiteral("status"), login), chosenLine);
    EXPECT_EQ(opened.exitCode, 0) << describe(opened);

    for (const QString& secret : {initial, chosen, answer})
        EXPECT_TRUE(test::foundNothing(searchClientFiles(environment, secret), ClientFilesAfterASession, 1));
    EXPECT_GT(environment.countRows(QStringLiteral("SELECT COUNT(*) FROM tokens")), 0);
    EXPECT_TRUE(test::foundNothing(searchIssuedTokens(environment), ClientFilesAfterASession, 1));
}

} // namespace
} // namespace segurdesk::e2e
