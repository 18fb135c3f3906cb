// The anonymous endpoints of the real sandbox over loopback: config, captchas, lookups,
// templates, caching and unknown routes.
#include "tests/sandbox/SandboxTest.h"

#include <QImage>
#include <QJsonArray>
#include <QPdfDocument>
#include <QTemporaryFile>

namespace segurdesk::test {
namespace {

class PublicApiTest : public SandboxTest
{
};

TEST_F(PublicApiTest, ConfigAnnouncesLimitsRatesCallAndFundingRule)
{
    const HttpReply reply = m_http->get(QStringLiteral("/api/v1/config"));
    ASSERT_EQ(reply.status, 200);
    const QJsonObject config = reply.json();
    EXPECT_EQ(config.value(QLatin1String("upload")).toObject().value(QLatin1String("max_bytes")).toInteger(), 4194304);
    EXPECT_TRUE(config.value(QLatin1String("call")).toObject().value(QLatin1String("open")).toBool());
    EXPECT_EQ(config.value(QLatin1String("vat_rates")).toArray().size(), 6);
    EXPECT_EQ(config.value(QLatin1String("funding_rule")).toObject().value(QLatin1String("fixed_amount")).toString(),
              QStringLiteral("6666.67"));
    EXPECT_EQ(config.value(QLatin1String("templates")).toArray().size(), 2);
}

TEST_F(PublicApiTest, ConditionalGetAnswersNotModified)
{
    const HttpReply first = m_http->get(QStringLiteral("/api/v1/config"));
    const QByteArray etag = first.header("ETag");
    ASSERT_FALSE(etag.isEmpty());
    const HttpReply again = m_http->get(QStringLiteral("/api/v1/config"), QString(), {{"If-None-Match", etag}});
    EXPECT_EQ(again.status, 304);
    EXPECT_TRUE(again.body.isEmpty());
    const HttpReply stale = m_http->get(QStringLiteral("/api/v1/config"), QString(), {{"If-None-Match", "\"other\""}});
    EXPECT_EQ(stale.status, 200);
}

TEST_F(PublicApiTest, HeadAnswersHeadersWithoutBody)
{
    const HttpReply get = m_http->get(QStringLiteral("/api/v1/config"));
    const HttpReply head = m_http->send(QByteArrayLiteral("HEAD"), QStringLiteral("/api/v1/config"));
    EXPECT_EQ(head.status, 200);
    EXPECT_TRUE(head.body.isEmpty());
    EXPECT_EQ(head.header("Content-Length"), QByteArray::number(get.body.size()));
    EXPECT_EQ(head.header("ETag"), get.header("ETag"));
    // The connection is still usable after a HEAD answer.
    EXPECT_EQ(m_http->get(QStringLiteral("/api/v1/config")).status, 200);
}

TEST_F(PublicApiTest, UnknownRoutesAndMethodsAreProblems)
{
    struct Row
    {
        const char* name;
        const char* method;
        const char* path;
        int status;
        const char* type;
    };
    const Row rows[] = {
        {"unknown path", "GET", "/api/v1/nothing-here", 404, "not-found"},
        {"root", "GET", "/", 404, "not-found"},
        {"wrong method", "DELETE", "/api/v1/config", 405, "method-not-allowed"},
        {"admin path is a route", "GET", "/sandbox/clock", 405, "method-not-allowed"},
        {"deep path", "GET", "/api/v1/enrollments/1/2/3/4", 404, "not-found"},
    };
    for (const Row& row : rows) {
        const HttpReply reply = m_http->send(row.method, QString::fromLatin1(row.path));
        EXPECT_EQ(reply.status, row.status) << row.name;
        EXPECT_EQ(reply.header("Content-Type"), QByteArrayLiteral("application/problem+json")) << row.name;
        EXPECT_EQ(reply.problemType(), QLatin1String(row.type)) << row.name;
        EXPECT_FALSE(reply.json().value(QLatin1String("request_id")).toString().isEmpty()) << row.name;
    }
}

TEST_F(PublicApiTest, ReferencingLookup)
{
    const HttpReply known = m_http->get(QStringLiteral("/api/v1/referencing/MSS-2022-0042"));
    ASSERT_EQ(known.status, 200);
    EXPECT_EQ(known.json().value(QLatin1String("dsr")).toString(), QStringLiteral("MSS Opérateurs"));
    EXPECT_EQ(known.json().value(QLatin1String("developer_siret")).toString(), QStringLiteral("58816302200019"));
    const HttpReply lowerCase = m_http->get(QStringLiteral("/api/v1/referencing/mss-2022-0042"));
    EXPECT_EQ(lowerCase.status, 200);
    const HttpReply unknown = m_http->get(QStringLiteral("/api/v1/referencing/MSS-1999-0001"));
    EXPECT_EQ(unknown.status, 404);
    EXPECT_FALSE(unknown.json().value(QLatin1String("detail")).toString().isEmpty());
}

TEST_F(PublicApiTest, CaptchaIsARealPngAndSingleUse)
{
    const HttpReply created = m_http->send(QByteArrayLiteral("POST"), QStringLiteral("/api/v1/captchas"));
    ASSERT_EQ(created.status, 201);
    const QImage image = QImage::fromData(
        QByteArray::fromBase64(created.json().value(QLatin1String("png_base64")).toString().toLatin1()), "PNG");
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.width(), created.json().value(QLatin1String("width")).toInt());
    const QString id = created.json().value(QLatin1String("id")).toString();
    const QString path = QStringLiteral("/api/v1/companies/35600000001000?captcha_id=%1&captcha_answer=%2")
                             .arg(id, QString::fromLatin1(SandboxProcess::CaptchaAnswer).toLower());
    const HttpReply first = m_http->get(path);
    ASSERT_EQ(first.status, 200) << first.body.toStdString();
    EXPECT_EQ(first.json().value(QLatin1String("company_name")).toString(), QStringLiteral("LA POSTE"));
    const HttpReply reused = m_http->get(path);
    EXPECT_EQ(reused.status, 422);
    EXPECT_EQ(reused.fieldErrors(), QStringList {QStringLiteral("captcha_answer:captcha.invalid")});
}

TEST_F(PublicApiTest, CompanyLookupErrors)
{
    struct Row
    {
        const char* name = nullptr;
        const char* siret = nullptr;
        bool rightCaptcha = false;
        int status = 0;
        QStringList errors;
    };
    const Row rows[] = {
        {"wrong captcha answer", "58816302200019", false, 422, {QStringLiteral("captcha_answer:captcha.invalid")}},
        {"siret checksum", "58816302200018", true, 422, {QStringLiteral("siret:siret.checksum")}},
        {"siret letters", "5881630220001A", true, 422, {QStringLiteral("siret:siret.characters")}},
        {"both wrong",
         "123",
         false,
         422,
         {QStringLiteral("siret:siret.length"), QStringLiteral("captcha_answer:captcha.invalid")}},
        {"valid but not in the directory", "73282932000074", true, 404, {}},
        {"developer operator", "58816302200019", true, 200, {}},
    };
    for (const Row& row : rows) {
        const QString path = QStringLiteral("/api/v1/companies/%1?captcha_id=%2&captcha_answer=%3")
                                 .arg(QString::fromLatin1(row.siret), newCaptcha(),
                                      row.rightCaptcha ? QString::fromLatin1(SandboxProcess::CaptchaAnswer)
                                                       : QStringLiteral("WRONG1"));
        const HttpReply reply = m_http->get(path);
        EXPECT_EQ(reply.status, row.status) << row.name << " " << reply.body.toStdString();
        EXPECT_EQ(reply.fieldErrors(), row.errors) << row.name;
    }
}

TEST_F(PublicApiTest, CaptchaExpires)
{
    const QString id = newCaptcha();
    ASSERT_EQ(advanceClock(301).status, 200);
    const HttpReply reply
        = m_http->get(QStringLiteral("/api/v1/companies/58816302200019?captcha_id=%1&captcha_answer=%2")
                          .arg(id, QString::fromLatin1(SandboxProcess::CaptchaAnswer)));
    EXPECT_EQ(reply.status, 422);
    EXPECT_EQ(reply.fieldErrors(), QStringList {QStringLiteral("captcha_answer:captcha.expired")});
}

TEST_F(PublicApiTest, BankLookupByBicAndIban)
{
    struct Row
    {
        const char* name;
        const char* code;
        int status;
        const char* domiciliation;
    };
    const Row rows[] = {
        {"bic 8", "BNPAFRPP", 200, "BNP PARIBAS PARIS CENTRE AFFAIRES"},
        {"bic 11 head office", "SOGEFRPPXXX", 200, "SOCIETE GENERALE PARIS OPERA"},
        {"lower case bic", "psstfrpppar", 200, "LA BANQUE POSTALE CENTRE FINANCIER DE PARIS"},
        {"french iban with spaces", "FR76%203000%206000%200112%203456%207890%20189", 200,
         "CREDIT AGRICOLE CIB MONTROUGE"},
        {"unknown bank", "ABCDFRPP", 404, ""},
        {"malformed bic", "BNP", 422, ""},
        {"iban with a wrong checksum", "FR7730006000011234567890189", 422, ""},
    };
    for (const Row& row : rows) {
        const HttpReply reply = m_http->get(QStringLiteral("/api/v1/banks/") + QString::fromLatin1(row.code));
        EXPECT_EQ(reply.status, row.status) << row.name << " " << reply.body.toStdString();
        if (row.status == 200) {
            EXPECT_EQ(reply.json().value(QLatin1String("domiciliation")).toString(),
                      QString::fromUtf8(row.domiciliation))
                << row.name;
        }
    }
}

TEST_F(PublicApiTest, TemplatesArePdfsThatOpen)
{
    for (const char* name : {"service-contract", "mandate"}) {
        const HttpReply reply = m_http->get(QStringLiteral("/api/v1/templates/") + QLatin1String(name));
        ASSERT_EQ(reply.status, 200) << name;
        EXPECT_EQ(reply.header("Content-Type"), QByteArrayLiteral("application/pdf"));
        QTemporaryFile file;
        ASSERT_TRUE(file.open());
        file.write(reply.body);
        file.flush();
        QPdfDocument document;
        document.load(file.fileName());
        EXPECT_EQ(document.status(), QPdfDocument::Status::Ready) << name;
        EXPECT_EQ(document.pageCount(), 1) << name;
        const HttpReply cached = m_http->get(QStringLiteral("/api/v1/templates/") + QLatin1String(name), QString(),
                                             {{"If-None-Match", reply.header("ETag")}});
        EXPECT_EQ(cached.status, 304) << name;
    }
    EXPECT_EQ(m_http->get(QStringLiteral("/api/v1/templates/kbis")).status, 404);
}

TEST_F(PublicApiTest, MalformedJsonBodiesAreRefusedAndTheServerSurvives)
{
    const HttpReply notJson = m_http->send(QByteArrayLiteral("POST"), QStringLiteral("/api/v1/auth/login"),
                                           QByteArrayLiteral("{\"login\": "), {{"Content-Type", "application/json"}});
    EXPECT_EQ(notJson.status, 400);
    EXPECT_EQ(notJson.problemType(), QStringLiteral("malformed-request"));
    const HttpReply wrongType = m_http->send(QByteArrayLiteral("POST"), QStringLiteral("/api/v1/auth/login"),
                                             QByteArrayLiteral("login=a"), {{"Content-Type", "text/plain"}});
    EXPECT_EQ(wrongType.status, 415);
    const HttpReply array = m_http->send(QByteArrayLiteral("POST"), QStringLiteral("/api/v1/auth/forgot-login"),
                                         QByteArrayLiteral("[1,2]"), {{"Content-Type", "application/json"}});
    EXPECT_EQ(array.status, 400);
    const HttpReply hugeHeader
        = m_http->get(QStringLiteral("/api/v1/config"), QString(), {{"X-Padding", QByteArray(60000, 'x')}});
    Q_UNUSED(hugeHeader)
    EXPECT_EQ(m_http->get(QStringLiteral("/api/v1/config")).status, 200);
}

} // namespace
} // namespace segurdesk::test
