#include "core/model/DossierFile.h"

#include "DossierFixtures.h"
#include "core/model/DossierJson.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

#include <functional>
#include <gtest/gtest.h>

namespace {

using namespace segurdesk::model;
using segurdesk::model::fixtures::DocumentFiles;

std::vector<std::string> describe(const FieldErrors& errors)
{
    std::vector<std::string> lines;
    for (const FieldError& error : errors)
        lines.push_back((error.field + QLatin1Char(' ') + error.code).toStdString());
    return lines;
}

class DossierFileTest : public ::testing::Test
{
protected:
    // Writes `bytes` as a dossier file in a sub-folder of the attachments' folder, whose
    // documents are therefore one level up.
    QString write(const QByteArray& bytes)
    {
        EXPECT_TRUE(QDir(m_files.dir()).mkpath(QStringLiteral("lot-1")));
        QString path = m_files.absolute(QStringLiteral("lot-1/dossier.json"));
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
        return path;
    }

    static QJsonObject validJson()
    {
        Dossier dossier = fixtures::validDossier();
        for (auto it = dossier.documents.begin(); it != dossier.documents.end(); ++it)
            it.value() = QStringLiteral("../") + it.value();
        return DossierJson::toJson(dossier);
    }

    QString writeWith(const std::function<void(QJsonObject&)>& change)
    {
        QJsonObject json = validJson();
        change(json);
        return write(QJsonDocument(json).toJson());
    }

    DocumentFiles m_files;
};

TEST_F(DossierFileTest, ValidFileWithRelativeAttachmentsPasses)
{
    const QString path = write(QJsonDocument(validJson()).toJson());
    EXPECT_EQ(describe(DossierFile::validate(path)), std::vector<std::string> {});
    const auto loaded = DossierFile::load(path);
    const Attachment* rib = loaded.attachments.find(DocumentKind::Rib);
    ASSERT_NE(rib, nullptr);
    EXPECT_EQ(rib->reference, QStringLiteral("../") + DocumentFiles::Jpeg);
    EXPECT_EQ(rib->path, QDir::cleanPath(m_files.absolute(DocumentFiles::Jpeg)));
}

TEST_F(DossierFileTest, AbsoluteAttachmentPathsWorkToo)
{
    const QString path = writeWith([this](QJsonObject& json) {
        QJsonObject documents = json.value(QLatin1String("documents")).toObject();
        documents.insert(QStringLiteral("rib"), m_files.absolute(DocumentFiles::Jpeg));
        json.insert(QStringLiteral("documents"), documents);
    });
    EXPECT_EQ(describe(DossierFile::validate(path)), std::vector<std::string> {});
}

struct Row
{
    const char* name;
    std::function<void(QJsonObject&)> change;
    std::vector<std::string> expected;
};

class DossierFileRows : public DossierFileTest, public ::testing::WithParamInterface<Row>
{
};

TEST_P(DossierFileRows, ParsingAndRulesAreReportedTogetherWithoutDuplicates)
{
    EXPECT_EQ(describe(DossierFile::validate(writeWith(GetParam().change))), GetParam().expected);
}

QJsonObject with(QJsonObject object, const char* key, const QJsonValue& value)
{
    object.insert(QLatin1String(key), value);
    return object;
}

INSTANTIATE_TEST_SUITE_P(
    Files, DossierFileRows,
    ::testing::Values(
        Row {"bank_as_text",
             [](QJsonObject& j) {
                 j.insert(QStringLiteral("bank"), QStringLiteral("FR76 3000 6000 0112 3456 7890 189"));
             },
             {"bank field.type"}},
        Row {"siret_as_number",
             [](QJsonObject& j) {
                 j.insert(QStringLiteral("applicant"),
                          with(j.value(QLatin1String("applicant")).toObject(), "siret", 73282932000074.0));
             },
             {"applicant.siret field.type"}},
        Row {"misspelt_member_and_its_missing_field",
             [](QJsonObject& j) {
                 QJsonObject applicant = j.value(QLatin1String("applicant")).toObject();
                 applicant.insert(QStringLiteral("tradename"), applicant.take(QLatin1String("trade_name")));
                 j.insert(QStringLiteral("applicant"), applicant);
             },
             {"applicant.tradename field.unknown", "applicant.trade_name field.required"}},
        Row {"relative_path_to_nowhere",
             [](QJsonObject& j) {
                 j.insert(QStringLiteral("documents"),
                          with(j.value(QLatin1String("documents")).toObject(), "rib", QStringLiteral("rib.pdf")));
             },
             {"documents.rib file.unreadable"}},
        Row {"declarations_as_strings",
             [](QJsonObject& j) {
                 j.insert(QStringLiteral("declarations"),
                          QJsonObject {{QStringLiteral("terms_of_use"), QStringLiteral("true")},
                                       {QStringLiteral("penal_code_441_7"), true},
                                       {QStringLiteral("information_authentic"), true}});
             },
             {"declarations.terms_of_use field.type"}}),
    [](const auto& row) { return std::string(row.param.name); });

TEST_F(DossierFileTest, NotADossierSaysSoOnce)
{
    EXPECT_EQ(describe(DossierFile::validate(write(QByteArrayLiteral("%PDF-1.4 not json")))),
              std::vector<std::string> {" json.syntax"});
    EXPECT_EQ(describe(DossierFile::validate(write(QByteArrayLiteral("[]")))),
              std::vector<std::string> {" json.not_object"});
    EXPECT_EQ(describe(DossierFile::validate(m_files.absolute(QStringLiteral("no-such.json")))),
              std::vector<std::string> {" file.unreadable"});
    EXPECT_EQ(describe(DossierFile::validate(m_files.dir())), std::vector<std::string> {" file.unreadable"});
}

TEST(DossierRules, ReadsTheConfigAndKeepsDefaultsForBadMembers)
{
    const QJsonObject config = QJsonDocument::fromJson(R"({
        "upload": {"max_bytes": 2097152, "accepted_types": ["application/pdf"]},
        "vat_rates": [{"code": "20", "percent": "20", "label": "20 %"},
                      {"code": "exempt", "percent": "0", "label": "Non assujetti"}]
    })")
                                   .object();
    FieldErrors problems;
    const DossierRules rules = DossierRules::fromConfig(config, &problems);
    EXPECT_TRUE(problems.isEmpty());
    EXPECT_EQ(rules.maxUploadBytes, 2097152);
    EXPECT_EQ(rules.vatRates, (QList<VatRate> {VatRate::fromHundredths(2000), VatRate::notSubject()}));

    const QJsonObject bad = QJsonDocument::fromJson(R"({"upload": {"max_bytes": "4 Mo"},
        "vat_rates": [{"code": "20"}, {"code": "vingt"}]})")
                                .object();
    const DossierRules defaults = DossierRules::fromConfig(bad, &problems);
    EXPECT_EQ(describe(problems),
              (std::vector<std::string> {"upload.max_bytes config.invalid", "vat_rates config.invalid"}));
    EXPECT_EQ(defaults.maxUploadBytes, DossierRules::DefaultMaxUploadBytes);
    EXPECT_EQ(defaults.vatRates, VatRate::defaultRates());
}

} // namespace
