// validate and draft: the commands that work without a portal, run as the real executable.
#include "E2eEnvironment.h"
#include "tests/support/DossierFactory.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <functional>
#include <gtest/gtest.h>

namespace segurdesk::e2e {
namespace {

using test::DossierFactory;

struct ValidateRow
{
    const char* name;
    std::function<void(QJsonObject&)> edit;
    int exitCode;
    QStringList fieldsReported;
};

void setMember(QJsonObject& root, const QString& object, const QString& key, const QJsonValue& value)
{
    QJsonObject child = root.value(object).toObject();
    child.insert(key, value);
    root.insert(object, child);
}

class ValidateTest : public ::testing::TestWithParam<ValidateRow>
{
};

TEST_P(ValidateTest, ReportsEveryProblemOfTheFileAtOnce)
{
    E2eEnvironment environment;
    const DossierFactory factory(environment.root());
    QJsonObject json = factory.dossierJson(1);
    GetParam().edit(json);
    const QString path = factory.write(1, json);

    const CliResult text = environment.runCli({QStringLiteral("validate"), path});
    ASSERT_FALSE(text.crashed) << text.errText().toStdString();
    EXPECT_EQ(text.exitCode, GetParam().exitCode) << text.outText().toStdString();
    for (const QString& field : GetParam().fieldsReported)
        EXPECT_TRUE(text.outText().contains(path + QStringLiteral(": ") + field + QStringLiteral(": ")))
            << field.toStdString() << "\n"
            << text.outText().toStdString();

    const CliResult asJson = environment.runCli({QStringLiteral("validate"), QStringLiteral("--json"), path});
    const QJsonArray results = QJsonDocument::fromJson(asJson.out).array();
    ASSERT_EQ(results.size(), 1) << asJson.outText().toStdString();
    const QJsonObject result = results.first().toObject();
    EXPECT_EQ(result.value(QStringLiteral("valid")).toBool(), GetParam().exitCode == 0);
    QStringList fields;
    for (const auto& error : result.value(QStringLiteral("errors")).toArray()) {
        if (error.toObject().value(QStringLiteral("severity")).toString() == QLatin1String("error"))
            fields << error.toObject().value(QStringLiteral("field")).toString();
    }
    EXPECT_EQ(fields, GetParam().fieldsReported);
}

INSTANTIATE_TEST_SUITE_P(
    Rows, ValidateTest,
    ::testing::Values(ValidateRow {"complete", [](QJsonObject&) {}, 0, {}},
                      ValidateRow {"iban_checksum_and_email_mismatch_together",
                                   [](QJsonObject& json) {
                                       setMember(json, QStringLiteral("bank"), QStringLiteral("iban"),
                                                 QStringLiteral("FR76 3000 6000 0112 3456 7890 188"));
                                       setMember(json, QStringLiteral("representative"),
                                                 QStringLiteral("email_confirmation"),
                                                 QStringLiteral("autre@exemple.fr"));
                                   },
                                   1,
                                   {QStringLiteral("representative.email_confirmation"), QStringLiteral("bank.iban")}},
                      ValidateRow {"rib_missing",
                                   [](QJsonObject& json) {
                                       QJsonObject documents = json.value(QStringLiteral("documents")).toObject();
                                       documents.remove(QStringLiteral("rib"));
                                       json.insert(QStringLiteral("documents"), documents);
                                   },
                                   1,
                                   {QStringLiteral("documents.rib")}},
                      ValidateRow {"declaration_unchecked_and_siret_luhn",
                                   [](QJsonObject& json) {
                                       setMember(json, QStringLiteral("declarations"), QStringLiteral("terms_of_use"),
                                                 false);
                                       setMember(json, QStringLiteral("applicant"), QStringLiteral("siret"),
                                                 QStringLiteral("58816302200018"));
                                   },
                                   1,
                                   {QStringLiteral("applicant.siret"), QStringLiteral("declarations.terms_of_use")}}),
    [](const ::testing::TestParamInfo<ValidateRow>& row) { return std::string(row.param.name); });

TEST(ValidateCommand, UsageErrorsExitTwoAndEnglishOnRequest)
{
    E2eEnvironment environment;
    EXPECT_EQ(environment.runCli({QStringLiteral("validate")}).exitCode, 2);
    EXPECT_EQ(environment.runCli({QStringLiteral("validate"), QStringLiteral("--bogus"), QStringLiteral("x")}).exitCode,
              2);
    const CliResult english = environment.runCli(
        {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("validate"), QStringLiteral("absent.json")});
    EXPECT_EQ(english.exitCode, 1);
    EXPECT_TRUE(english.outText().contains(QStringLiteral("with errors"))) << english.outText().toStdString();
}

QJsonObject showDraft(const E2eEnvironment& environment, const QString& id)
{
    const CliResult shown
        = environment.runCli({QStringLiteral("draft"), QStringLiteral("show"), id, QStringLiteral("--json")});
    EXPECT_EQ(shown.exitCode, 0) << shown.errText().toStdString();
    return QJsonDocument::fromJson(shown.out).object();
}

TEST(DraftCommand, ImportsEditsAttachesAndRemoves)
{
    E2eEnvironment environment;
    const DossierFactory factory(environment.root());
    const QString path = factory.write(7);

    const CliResult created = environment.runCli({QStringLiteral("draft"), QStringLiteral("new"), path});
    ASSERT_EQ(created.exitCode, 0) << created.errText().toStdString();
    const QString id = created.outText().trimmed();
    ASSERT_FALSE(id.isEmpty());

    const CliResult listed = environment.runCli({QStringLiteral("draft"), QStringLiteral("list")});
    EXPECT_EQ(listed.exitCode, 0);
    EXPECT_TRUE(listed.outText().contains(id));
    EXPECT_TRUE(listed.outText().contains(DossierFactory::tradeName(7)));

    QJsonObject draft = showDraft(environment, id);
    EXPECT_EQ(draft.value(QStringLiteral("state")).toString(), QStringLiteral("editing"));
    EXPECT_EQ(draft.value(QStringLiteral("attachments")).toArray().size(), 4);

    // Importing the same content again resumes the same draft.
    EXPECT_EQ(environment.runCli({QStringLiteral("draft"), QStringLiteral("new"), path}).outText().trimmed(), id);

    EXPECT_EQ(environment
                  .runCli({QStringLiteral("draft"), QStringLiteral("set"), id, QStringLiteral("bank.holder"),
                           QStringLiteral("Medimail Trésorerie")})
                  .exitCode,
              0);
    EXPECT_EQ(environment
                  .runCli({QStringLiteral("draft"), QStringLiteral("set"), id,
                           QStringLiteral("applicant.is_legal_representative"), QStringLiteral("non")})
                  .exitCode,
              0);
    const CliResult unknown = environment.runCli(
        {QStringLiteral("draft"), QStringLiteral("set"), id, QStringLiteral("bank.couleur"), QStringLiteral("bleu")});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_FALSE(unknown.errText().isEmpty());
    draft = showDraft(environment, id);
    const QJsonObject dossier = draft.value(QStringLiteral("dossier")).toObject();
    EXPECT_EQ(dossier.value(QStringLiteral("bank")).toObject().value(QStringLiteral("holder")).toString(),
              QStringLiteral("Medimail Trésorerie"));
    EXPECT_FALSE(dossier.value(QStringLiteral("bank")).toObject().contains(QStringLiteral("couleur")));
    EXPECT_EQ(dossier.value(QStringLiteral("applicant")).toObject().value(QStringLiteral("is_legal_representative")),
              QJsonValue(false));

    // A text file named .pdf is refused before anything is stored.
    const QString fake = QDir(environment.root()).filePath(QStringLiteral("kbis.pdf"));
    QFile file(fake);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("pas un PDF\n");
    file.close();
    const CliResult refused
        = environment.runCli({QStringLiteral("draft"), QStringLiteral("attach"), id, QStringLiteral("kbis"), fake});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.errText().contains(QStringLiteral("file.type_not_allowed"))) << refused.errText().toStdString();
    EXPECT_EQ(showDraft(environment, id).value(QStringLiteral("attachments")).toArray().size(), 4);

    const CliResult attached
        = environment.runCli({QStringLiteral("draft"), QStringLiteral("attach"), id, QStringLiteral("documents.kbis"),
                              QDir(factory.dir()).filePath(QStringLiteral("pieces/rib.pdf"))});
    EXPECT_EQ(attached.exitCode, 0) << attached.errText().toStdString();
    EXPECT_EQ(showDraft(environment, id).value(QStringLiteral("attachments")).toArray().size(), 5);
    EXPECT_EQ(environment.runCli({QStringLiteral("draft"), QStringLiteral("attach"), id, QStringLiteral("photo"), fake})
                  .exitCode,
              2);

    EXPECT_EQ(environment.runCli({QStringLiteral("draft"), QStringLiteral("rm"), id}).exitCode, 0);
    EXPECT_EQ(environment.runCli({QStringLiteral("draft"), QStringLiteral("show"), id}).exitCode, 1);
    EXPECT_EQ(environment.runCli({QStringLiteral("draft"), QStringLiteral("frobnicate")}).exitCode, 2);
}

TEST(DraftCommand, WithoutKeychainOrPassphraseNothingIsStored)
{
    E2eEnvironment environment;
    QProcess process;
    environment.prepareCli(process, {QStringLiteral("draft"), QStringLiteral("new")});
    QProcessEnvironment variables = process.processEnvironment();
    variables.remove(QStringLiteral("SEGURDESK_PASSPHRASE"));
    // No session bus: the keychain is unreachable, and there is no plaintext fallback.
    variables.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent"));
    process.setProcessEnvironment(variables);
    process.start();
    ASSERT_TRUE(process.waitForFinished(120000));
    EXPECT_EQ(process.exitCode(), 1);
    EXPECT_FALSE(QDir(QDir(environment.clientDataDir()).filePath(QStringLiteral("drafts"))).exists());
}

// A keychain that does not answer (its daemon not started yet) is not a computer without one: data
// kept under its key are not left for a new passphrase's key.
TEST(DraftCommand, WithoutKeychainDataKeptUnderItsKeyWaitForIt)
{
    E2eEnvironment environment;
    const QDir data(environment.clientDataDir());
    ASSERT_TRUE(data.mkpath(QStringLiteral(".")));
    QFile outbox(data.filePath(QStringLiteral("outbox.sqlite")));
    ASSERT_TRUE(outbox.open(QIODevice::WriteOnly));
    outbox.close();

    const CliResult result = environment.runCliWith(
        {QStringLiteral("draft"), QStringLiteral("new")},
        {{QStringLiteral("SEGURDESK_PASSPHRASE"), QString()},
         {QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent")}});

    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.errText().contains(QStringLiteral("Vos brouillons sont protégés par sa clé")))
        << result.errText().toStdString();
    EXPECT_FALSE(result.errText().contains(QStringLiteral("Sans trousseau de clés, choisissez")));
    EXPECT_FALSE(data.exists(QStringLiteral("drafts.key")));
}

} // namespace
} // namespace segurdesk::e2e
