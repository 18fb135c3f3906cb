// services::PortalLookups against the real segurdesk-sandbox's directories.
#include "core/services/PortalLookups.h"

#include "core/portal/PortalClient.h"
#include "tests/support/SandboxProcess.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace std::chrono_literals;
using namespace segurdesk;
using services::PortalLookups;
using test::SandboxProcess;

namespace {

class PortalLookupsTest : public ::testing::Test
{
protected:
    // The portal is slow to answer about the unknown number MSS-2099-9999 (half a second), and
    // takes files of at most 1,5 Mo and two VAT rates.
    PortalLookupsTest()
        : m_sandbox(
            QJsonObject {{QStringLiteral("upload"), QJsonObject {{QStringLiteral("max_bytes"), MaxUploadBytes}}},
                         {QStringLiteral("vat_rates"),
                          QJsonArray {QJsonObject {{QStringLiteral("code"), QStringLiteral("20")},
                                                   {QStringLiteral("percent"), QStringLiteral("20")},
                                                   {QStringLiteral("label"), QStringLiteral("20 %")}},
                                      QJsonObject {{QStringLiteral("code"), QStringLiteral("exempt")},
                                                   {QStringLiteral("percent"), QStringLiteral("0")},
                                                   {QStringLiteral("label"), QStringLiteral("Non assujetti")}}}},
                         {QStringLiteral("faults"),
                          QJsonObject {{QStringLiteral("rules"),
                                        QJsonArray {QJsonObject {{QStringLiteral("kind"), QStringLiteral("stall")},
                                                                 {QStringLiteral("method"), QStringLiteral("GET")},
                                                                 {QStringLiteral("path"),
                                                                  QStringLiteral("/api/v1/referencing/MSS-2099-9999")},
                                                                 {QStringLiteral("probability"), 1.0},
                                                                 {QStringLiteral("stall_ms"), SlowAnswerMs}}}}}}})
    { }

    static constexpr int SlowAnswerMs = 500;
    static constexpr qint64 MaxUploadBytes = 1'500'000;

    void SetUp() override
    {
        ASSERT_TRUE(m_sandbox.ok()) << m_sandbox.error().toStdString();
        portal::PortalClient::Options options;
        options.timeout = 10s;
        m_client = std::make_unique<portal::PortalClient>(m_network, QUrl(m_sandbox.url()), options);
        m_lookups = std::make_unique<PortalLookups>(*m_client);
    }

    // Waits until `kind` has answered; the answer comes from the event loop, never at once.
    bool settle(PortalLookups::Kind kind)
    {
        EXPECT_TRUE(m_lookups->isBusy(kind));
        return QTest::qWaitFor([&] { return !m_lookups->isBusy(kind); }, 30000);
    }

    portal::CaptchaChallenge captcha()
    {
        QSignalSpy ready(m_lookups.get(), &PortalLookups::captchaReady);
        m_lookups->requestCaptcha();
        EXPECT_TRUE(settle(PortalLookups::Kind::Captcha));
        return ready.isEmpty() ? portal::CaptchaChallenge() : ready.first().first().value<portal::CaptchaChallenge>();
    }

    SandboxProcess m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<portal::PortalClient> m_client;
    std::unique_ptr<PortalLookups> m_lookups;
};

TEST_F(PortalLookupsTest, ReadsTheRulesOfTheFormFromTheConfig)
{
    QSignalSpy ready(m_lookups.get(), &PortalLookups::configReady);
    m_lookups->requestConfig();
    ASSERT_TRUE(settle(PortalLookups::Kind::Config));
    ASSERT_EQ(ready.count(), 1);
    const model::DossierRules rules = ready.first().first().value<portal::PortalConfig>().dossierRules();
    EXPECT_EQ(rules.maxUploadBytes, MaxUploadBytes);
    EXPECT_EQ(rules.vatRates,
              (QList<model::VatRate> {*model::VatRate::fromId(QStringLiteral("20")), model::VatRate::notSubject()}));
}

TEST_F(PortalLookupsTest, FindsTheSolutionOfAReferencingNumberAndExplainsAnUnknownOne)
{
    QSignalSpy found(m_lookups.get(), &PortalLookups::referencingFound);
    QSignalSpy failed(m_lookups.get(), &PortalLookups::failed);
    m_lookups->lookUpReferencing(QStringLiteral(" MSS-2022-0042 "));
    ASSERT_TRUE(settle(PortalLookups::Kind::Referencing));
    ASSERT_EQ(found.count(), 1);
    const auto info = found.first().first().value<portal::ReferencingInfo>();
    EXPECT_EQ(info.referencing.solutionName, QStringLiteral("Medimail"));
    EXPECT_EQ(info.referencing.developerSiret, QStringLiteral("58816302200019"));

    m_lookups->lookUpReferencing(QStringLiteral("MSS-2099-9999"));
    ASSERT_TRUE(settle(PortalLookups::Kind::Referencing));
    ASSERT_EQ(failed.count(), 1) << "the slow answer still comes when nothing replaced the question";
    EXPECT_EQ(failed.first().at(0).value<PortalLookups::Kind>(), PortalLookups::Kind::Referencing);
    EXPECT_EQ(failed.first().at(1).value<portal::PortalError>().code, portal::PortalErrorCode::NotFound);
    EXPECT_EQ(found.count(), 1);
}

TEST_F(PortalLookupsTest, OnlyTheLastValueAskedIsAnswered)
{
    QSignalSpy found(m_lookups.get(), &PortalLookups::referencingFound);
    QSignalSpy failed(m_lookups.get(), &PortalLookups::failed);
    // The user typed an unknown number, then corrected it before the portal answered.
    m_lookups->lookUpReferencing(QStringLiteral("MSS-2099-9999"));
    m_lookups->lookUpReferencing(QStringLiteral("MSS-2022-0042"));
    ASSERT_TRUE(settle(PortalLookups::Kind::Referencing));
    EXPECT_EQ(found.count(), 1);
    // The slow answer about the first number would come within four times its delay: it must not.
    EXPECT_FALSE(failed.wait(4 * SlowAnswerMs));
    EXPECT_EQ(found.count(), 1);
}

TEST_F(PortalLookupsTest, FindsTheCompanyOfASiretWithACaptchaThatServesOnce)
{
    const portal::CaptchaChallenge first = captcha();
    ASSERT_FALSE(first.id.isEmpty());
    EXPECT_FALSE(QImage::fromData(first.png).isNull());

    QSignalSpy found(m_lookups.get(), &PortalLookups::companyFound);
    QSignalSpy failed(m_lookups.get(), &PortalLookups::failed);
    m_lookups->lookUpCompany(QStringLiteral("58816302200019"), first.id, QStringLiteral("WRONG1"));
    ASSERT_TRUE(settle(PortalLookups::Kind::Company));
    ASSERT_EQ(failed.count(), 1);
    const auto refusal = failed.first().at(1).value<portal::PortalError>();
    ASSERT_FALSE(refusal.fieldErrors.isEmpty());
    EXPECT_TRUE(refusal.fieldErrors.first().field.startsWith(QStringLiteral("captcha")))
        << refusal.fieldErrors.first().field.toStdString();

    const portal::CaptchaChallenge second = captcha();
    m_lookups->lookUpCompany(QStringLiteral("58816302200019"), second.id,
                             QString::fromLatin1(SandboxProcess::CaptchaAnswer));
    ASSERT_TRUE(settle(PortalLookups::Kind::Company));
    ASSERT_EQ(found.count(), 1) << failed.last().at(1).value<portal::PortalError>().message().toStdString();
    const auto company = found.first().first().value<portal::CompanyInfo>();
    EXPECT_EQ(company.companyName, QStringLiteral("MEDIMAIL CONNECT SA"));
    EXPECT_FALSE(company.address.city.isEmpty());
}

TEST_F(PortalLookupsTest, GivesTheModelDocumentsAndSaysWhenOneIsUnknown)
{
    QSignalSpy ready(m_lookups.get(), &PortalLookups::templateReady);
    QSignalSpy failed(m_lookups.get(), &PortalLookups::failed);
    m_lookups->downloadTemplate(QStringLiteral("service-contract"));
    ASSERT_TRUE(settle(PortalLookups::Kind::Template));
    ASSERT_EQ(ready.count(), 1);
    EXPECT_TRUE(ready.first().at(0).toByteArray().startsWith("%PDF-"));

    m_lookups->downloadTemplate(QStringLiteral("nothing-such"));
    ASSERT_TRUE(settle(PortalLookups::Kind::Template));
    ASSERT_EQ(failed.count(), 1);
    EXPECT_EQ(failed.first().at(1).value<portal::PortalError>().code, portal::PortalErrorCode::NotFound);
}

TEST_F(PortalLookupsTest, FindsTheBankOfAnIban)
{
    QSignalSpy found(m_lookups.get(), &PortalLookups::bankFound);
    m_lookups->lookUpBank(QStringLiteral("FR7630006000011234567890189"));
    ASSERT_TRUE(settle(PortalLookups::Kind::Bank));
    ASSERT_EQ(found.count(), 1);
    const auto bank = found.first().first().value<portal::BankInfo>();
    EXPECT_EQ(bank.bic, QStringLiteral("AGRIFRPPXXX"));
    EXPECT_FALSE(bank.domiciliation.isEmpty());
}

} // namespace
