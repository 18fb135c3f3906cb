#include "CliRun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

QJsonArray parseJsonArray(const CliRun& run)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << run.out.toStdString();
    EXPECT_TRUE(document.isArray());
    return document.array();
}

QStringList outputLines(const CliRun& run)
{
    QString text = QString::fromUtf8(run.out);
    if (text.endsWith(u'\n'))
        text.chop(1);
    return text.isEmpty() ? QStringList() : text.split(u'\n');
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    QString path = dir.filePath(name);
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(content);
    return path;
}

// --- One valid and one invalid value of every kind, text and JSON -------------------------

struct KindRow
{
    const char* kind;
    const char* valid;
    const char* normalized;
    const char* invalid;
    const char* invalidCode;
};

const KindRow kKindRows[] = {
    {"iban", "fr76 3000 6000 0112 3456 7890 189", "FR7630006000011234567890189", "FR76 3000 6000 0112 3456 7890 198",
     "iban.checksum"},
    {"bic", "bnpa fr pp", "BNPAFRPP", "BNPAXXPP", "bic.country"},
    {"siret", "732 829 320 00074", "73282932000074", "73282932000079", "siret.checksum"},
    {"siren", "732.829.320", "732829320", "732829321", "siren.checksum"},
    {"tva", "FR 44 732 829 320", "FR44732829320", "FR45732829320", "tva.checksum"},
    {"email", " Marie.Durand@Example.FR ", "Marie.Durand@example.fr", "marie..durand@example.fr", "email.local_part"},
    {"phone", "06 12 34 56 78", "+33612345678", "06 12 34", "phone.invalid"},
};

class CheckKind : public testing::TestWithParam<KindRow>
{
};

TEST_P(CheckKind, TextLinePerValueAndExitCode)
{
    const KindRow& row = GetParam();
    const CliRun valid = runCli({QStringLiteral("check"), QLatin1String(row.kind), QString::fromUtf8(row.valid)});
    ASSERT_FALSE(valid.crashed);
    EXPECT_EQ(valid.exitCode, 0) << valid.err.toStdString();
    const QStringList validFields = outputLines(valid).value(0).split(u'\t');
    ASSERT_EQ(validFields.size(), 4) << valid.out.toStdString();
    EXPECT_EQ(validFields[0], QString::fromUtf8(row.valid));
    EXPECT_EQ(validFields[1], QStringLiteral("valid"));
    EXPECT_EQ(validFields[2], QString::fromUtf8(row.normalized));
    EXPECT_EQ(validFields[3], QString());

    const CliRun mixed = runCli({QStringLiteral("check"), QLatin1String(row.kind), QString::fromUtf8(row.valid),
                                 QString::fromUtf8(row.invalid)});
    EXPECT_EQ(mixed.exitCode, 1);
    const QStringList lines = outputLines(mixed);
    ASSERT_EQ(lines.size(), 2) << mixed.out.toStdString();
    const QStringList invalidFields = lines[1].split(u'\t');
    ASSERT_EQ(invalidFields.size(), 4);
    EXPECT_EQ(invalidFields[1], QStringLiteral("invalid"));
    EXPECT_TRUE(invalidFields[3].startsWith(QStringLiteral("[%1] ").arg(QLatin1String(row.invalidCode))))
        << invalidFields[3].toStdString();
}

TEST_P(CheckKind, JsonArrayOfResults)
{
    const KindRow& row = GetParam();
    const CliRun run = runCli({QStringLiteral("check"), QLatin1String(row.kind), QStringLiteral("--json"),
                               QString::fromUtf8(row.valid), QString::fromUtf8(row.invalid)});
    ASSERT_FALSE(run.crashed);
    EXPECT_EQ(run.exitCode, 1);
    const QJsonArray results = parseJsonArray(run);
    ASSERT_EQ(results.size(), 2);
    const QJsonObject valid = results[0].toObject();
    EXPECT_EQ(valid.value(QStringLiteral("input")).toString(), QString::fromUtf8(row.valid));
    EXPECT_EQ(valid.value(QStringLiteral("kind")).toString(), QLatin1String(row.kind));
    EXPECT_TRUE(valid.value(QStringLiteral("valid")).isBool());
    EXPECT_TRUE(valid.value(QStringLiteral("valid")).toBool());
    EXPECT_EQ(valid.value(QStringLiteral("normalized")).toString(), QString::fromUtf8(row.normalized));
    EXPECT_EQ(valid.value(QStringLiteral("code")).toString(), QString());
    EXPECT_EQ(valid.value(QStringLiteral("message")).toString(), QString());
    const QJsonObject invalid = results[1].toObject();
    EXPECT_FALSE(invalid.value(QStringLiteral("valid")).toBool());
    EXPECT_EQ(invalid.value(QStringLiteral("code")).toString(), QLatin1String(row.invalidCode));
    EXPECT_FALSE(invalid.value(QStringLiteral("message")).toString().isEmpty());
    EXPECT_EQ(invalid.keys().size(), 6);
}

INSTANTIATE_TEST_SUITE_P(Kinds, CheckKind, testing::ValuesIn(kKindRows),
                         [](const testing::TestParamInfo<KindRow>& rowInfo) {
                             return std::string(rowInfo.param.kind);
                         });

// --- Files ----------------------------------------------------------------------------------

TEST(CheckFile, EveryLineIsAValueTakenAsItIs)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = writeFile(dir, QStringLiteral("ibans.txt"),
                                   "  FR76 3000 6000 0112 3456 7890 189  \n"
                                   "DE89370400440532013000\r\n"
                                   "\n"
                                   "\tbe68 5390 0754 7034\n"
                                   "FR76 3000 6000 0112 3456 7890 18\n");
    const CliRun run = runCli(
        {QStringLiteral("check"), QStringLiteral("iban"), QStringLiteral("--file"), path, QStringLiteral("--json")});
    ASSERT_FALSE(run.crashed);
    EXPECT_EQ(run.exitCode, 1);
    const QJsonArray results = parseJsonArray(run);
    ASSERT_EQ(results.size(), 5);
    const QString expectedInputs[]
        = {QStringLiteral("  FR76 3000 6000 0112 3456 7890 189  "), QStringLiteral("DE89370400440532013000\r"),
           QString(), QStringLiteral("\tbe68 5390 0754 7034"), QStringLiteral("FR76 3000 6000 0112 3456 7890 18")};
    const bool expectedValid[] = {true, true, false, true, false};
    for (qsizetype i = 0; i < results.size(); ++i) {
        const QJsonObject result = results[i].toObject();
        EXPECT_EQ(result.value(QStringLiteral("input")).toString(), expectedInputs[i]) << i;
        EXPECT_EQ(result.value(QStringLiteral("valid")).toBool(), expectedValid[i]) << i;
    }
    EXPECT_EQ(results[0].toObject().value(QStringLiteral("normalized")).toString(),
              QStringLiteral("FR7630006000011234567890189"));
    EXPECT_EQ(results[2].toObject().value(QStringLiteral("code")).toString(), QStringLiteral("iban.empty"));
    EXPECT_EQ(results[4].toObject().value(QStringLiteral("code")).toString(), QStringLiteral("iban.length"));
}

TEST(CheckFile, TextModeEscapesTabsAndLineBreaksOfTheInput)
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("sirets.txt"), "\t732 829 320 00074\r\n73282932000074");
    const CliRun run = runCli({QStringLiteral("check"), QStringLiteral("siret"), QStringLiteral("--file=") + path});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QStringList lines = outputLines(run);
    ASSERT_EQ(lines.size(), 2);
    EXPECT_EQ(lines[0], QStringLiteral("\\t732 829 320 00074\\r\tvalid\t73282932000074\t"));
    EXPECT_EQ(lines[1], QStringLiteral("73282932000074\tvalid\t73282932000074\t"));
}

TEST(CheckFile, ValuesFromArgumentsAndFileTogether)
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("bics.txt"),
                                   "\xEF\xBB\xBF"
                                   "AGRIFRPP\nCMCIMCM1\n");
    const CliRun run = runCli({QStringLiteral("check"), QStringLiteral("bic"), QStringLiteral("BNPAFRPP"),
                               QStringLiteral("--file"), path, QStringLiteral("--json")});
    EXPECT_EQ(run.exitCode, 0);
    const QJsonArray results = parseJsonArray(run);
    ASSERT_EQ(results.size(), 3);
    EXPECT_EQ(results[1].toObject().value(QStringLiteral("input")).toString(), QStringLiteral("AGRIFRPP"));
}

TEST(CheckFile, EmptyFileGivesAnEmptyArray)
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("empty.txt"), QByteArray());
    const CliRun run = runCli(
        {QStringLiteral("check"), QStringLiteral("email"), QStringLiteral("--file"), path, QStringLiteral("--json")});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(parseJsonArray(run).isEmpty());
}

TEST(CheckFile, RandomBytesNeverCrash)
{
    QTemporaryDir dir;
    QRandomGenerator random(99);
    QByteArray bytes(20000, Qt::Uninitialized);
    for (char& byte : bytes)
        byte = char(random.bounded(256));
    bytes.append(QByteArray(10000, '7'));
    const QString path = writeFile(dir, QStringLiteral("random.bin"), bytes);
    const qsizetype lines = bytes.count('\n') + (bytes.endsWith('\n') ? 0 : 1);
    for (const char* kind : {"iban", "bic", "siret", "siren", "tva", "email", "phone"}) {
        SCOPED_TRACE(kind);
        const CliRun run = runCli(
            {QStringLiteral("check"), QLatin1String(kind), QStringLiteral("--file"), path, QStringLiteral("--json")});
        ASSERT_FALSE(run.crashed);
        EXPECT_EQ(run.exitCode, 1);
        EXPECT_EQ(parseJsonArray(run).size(), lines);
    }
}

// --- Usage errors ---------------------------------------------------------------------------

struct UsageRow
{
    const char* name;
    QStringList arguments;
};

class CheckUsage : public testing::TestWithParam<UsageRow>
{
};

TEST_P(CheckUsage, ExitsWithTwoAndExplainsOnStandardError)
{
    const CliRun run = runCli(GetParam().arguments);
    ASSERT_FALSE(run.crashed);
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.out.isEmpty()) << run.out.toStdString();
    EXPECT_FALSE(run.err.isEmpty());
}

const UsageRow kUsageRows[] = {
    {"NoKind", {QStringLiteral("check")}},
    {"UnknownKind", {QStringLiteral("check"), QStringLiteral("rib"), QStringLiteral("123")}},
    {"MissingValues", {QStringLiteral("check"), QStringLiteral("iban")}},
    {"MissingValuesJson", {QStringLiteral("check"), QStringLiteral("iban"), QStringLiteral("--json")}},
    {"FileWithoutPath", {QStringLiteral("check"), QStringLiteral("iban"), QStringLiteral("--file")}},
    {"UnreadableFile",
     {QStringLiteral("check"), QStringLiteral("iban"), QStringLiteral("--file"),
      QStringLiteral("/nonexistent/values.txt")}},
    {"DirectoryAsFile",
     {QStringLiteral("check"), QStringLiteral("iban"), QStringLiteral("--file"), QStringLiteral("/")}},
    {"UnknownOption",
     {QStringLiteral("check"), QStringLiteral("iban"), QStringLiteral("--csv"), QStringLiteral("FR76")}},
    {"UnknownLanguage",
     {QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("check"), QStringLiteral("iban"),
      QStringLiteral("FR76")}},
};

INSTANTIATE_TEST_SUITE_P(Rows, CheckUsage, testing::ValuesIn(kUsageRows),
                         [](const testing::TestParamInfo<UsageRow>& rowInfo) {
                             return std::string(rowInfo.param.name);
                         });

TEST(CheckArguments, DoubleDashEndsOptions)
{
    const CliRun run = runCli({QStringLiteral("check"), QStringLiteral("email"), QStringLiteral("--"),
                               QStringLiteral("--json"), QStringLiteral("--x@example.fr")});
    EXPECT_EQ(run.exitCode, 1);
    const QStringList lines = outputLines(run);
    ASSERT_EQ(lines.size(), 2);
    EXPECT_TRUE(lines[0].startsWith(QStringLiteral("--json\tinvalid")));
    EXPECT_TRUE(lines[1].startsWith(QStringLiteral("--x@example.fr\tvalid")));
}

// --- Language -------------------------------------------------------------------------------

TEST(CheckLanguage, FrenchByDefaultEnglishOnRequest)
{
    const QStringList arguments = {QStringLiteral("check"), QStringLiteral("siret"), QStringLiteral("--json"),
                                   QStringLiteral("73282932000079")};
    const CliRun french = runCli(arguments);
    EXPECT_EQ(parseJsonArray(french)[0].toObject().value(QStringLiteral("message")).toString(),
              QStringLiteral("La clé du SIRET est fausse : vérifiez les quatorze chiffres."));
    const CliRun english = runCli(QStringList {QStringLiteral("--lang"), QStringLiteral("en")} + arguments);
    EXPECT_EQ(parseJsonArray(english)[0].toObject().value(QStringLiteral("message")).toString(),
              QStringLiteral("The SIRET check digit is wrong: check the fourteen digits."));
    EXPECT_EQ(english.exitCode, 1);
}

} // namespace
