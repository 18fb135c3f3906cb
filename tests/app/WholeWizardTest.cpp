// The whole enrollment wizard as an operator fills it, every control driven by objectName, through
// each of its branches (the developer operator or a buyer; the legal representative, or a tiers
// déclarant of either capacity; a VAT rate, or not subject with the certificate), to a submission
// the real sandbox accepts. The dossier is then read back from the sandbox's own database: what
// was typed is what the portal holds, with the documents each branch asks for.
#include "app/drafts/DraftAutosave.h"
#include "app/enrollment/DossierEditor.h"
#include "app/enrollment/EnrollmentWizard.h"
#include "core/model/DossierJson.h"
#include "core/model/DossierValidator.h"
#include "core/portal/PortalClient.h"
#include "core/services/DossierSubmission.h"
#include "core/services/DraftKeeper.h"
#include "core/services/PortalLookups.h"
#include "tests/app/TranslatedTest.h"
#include "tests/app/WizardFilling.h"
#include "tests/support/SandboxProcess.h"

#include <QDir>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <gtest/gtest.h>

namespace segurdesk::enrollment {
namespace {

using segurdesk::testing::FileFixtures;
using segurdesk::testing::Filer;
using Branch = segurdesk::testing::WizardBranch;

// Each value of each branch at least once.
const Branch kBranches[] = {
    {"DeveloperItsRepresentativeAtTwentyPercent", false, Filer::LegalRepresentative, "20"},
    {"BuyerThroughAnAccountantNotSubject", true, Filer::Accountant, "exempt"},
    {"DeveloperThroughAnEmployeeAtTenPercent", false, Filer::Employee, "10"},
    {"BuyerItsRepresentativeNotSubject", true, Filer::LegalRepresentative, "exempt"},
};

class WholeWizard : public segurdesk::testing::TranslatedTest, public ::testing::WithParamInterface<Branch>
{
protected:
    // The drafts go to a throwaway data folder, under the keychain's key.
    void SetUp() override
    {
        ASSERT_TRUE(m_sandbox.ok()) << m_sandbox.error().toStdString();
        ASSERT_TRUE(m_home.isValid());
        TranslatedTest::SetUp();
        qputenv("XDG_DATA_HOME", m_home.path().toLocal8Bit());
        m_client
            = std::make_unique<portal::PortalClient>(m_network, QUrl(m_sandbox.url()), portal::PortalClient::Options());
        m_lookups = std::make_unique<services::PortalLookups>(*m_client);
        m_submission = std::make_unique<services::DossierSubmission>(*m_client, m_keeper);
    }
    void TearDown() override
    {
        TranslatedTest::TearDown();
        qunsetenv("XDG_DATA_HOME");
    }

    // The dossier the sandbox received under `tradeName`, and the kinds of its documents.
    std::pair<model::Dossier, QStringList> readBack(const QString& tradeName) const
    {
        const QString connection = QUuid::createUuid().toString();
        std::pair<model::Dossier, QStringList> found;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(QDir(m_sandbox.dataDir()).filePath(QStringLiteral("sandbox.sqlite")));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            EXPECT_TRUE(db.open());
            QSqlQuery query(db);
            query.prepare(QStringLiteral("SELECT id, dossier_json FROM enrollments WHERE trade_name = ?"));
            query.addBindValue(tradeName);
            EXPECT_TRUE(query.exec() && query.next()) << "no dossier on the portal under " << tradeName.toStdString();
            const qint64 id = query.value(0).toLongLong();
            found.first = model::DossierJson::fromJson(QJsonDocument::fromJson(query.value(1).toByteArray()).object(),
                                                       model::DossierJson::Mode::PortalInput)
                              .dossier;
            EXPECT_FALSE(query.next()) << "one dossier only";
            QSqlQuery documents(db);
            documents.prepare(QStringLiteral("SELECT kind FROM documents WHERE enrollment_id = ? ORDER BY kind"));
            documents.addBindValue(id);
            EXPECT_TRUE(documents.exec());
            while (documents.next())
                found.second << documents.value(0).toString();
        }
        QSqlDatabase::removeDatabase(connection);
        return found;
    }

    test::SandboxProcess m_sandbox;
    QTemporaryDir m_home;
    QNetworkAccessManager m_network;
    std::unique_ptr<portal::PortalClient> m_client;
    std::unique_ptr<services::PortalLookups> m_lookups;
    DossierEditor m_editor;
    services::DraftKeeper m_keeper;
    drafts::DraftAutosave m_autosave {m_editor, m_keeper};
    std::unique_ptr<services::DossierSubmission> m_submission;
    QTemporaryDir m_folder;
    FileFixtures m_files {m_folder.path()};
};

TEST_P(WholeWizard, WhatIsTypedReachesThePortalWithTheDocumentsTheBranchAsks)
{
    const Branch branch = GetParam();
    const QString tradeName = QStringLiteral("Messagerie ") + QString::fromLatin1(branch.name);
    EnrollmentWizard wizard(m_editor, *m_lookups, m_autosave, *m_submission);
    wizard.resize(900, 700);
    wizard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));

    ASSERT_NO_FATAL_FAILURE(segurdesk::testing::fillAndSend(wizard, branch, tradeName, m_files));

    // What the portal holds is what was typed, with the documents this branch asks for.
    const auto [received, documentKinds] = readBack(tradeName);
    const model::Dossier& typed = m_editor.dossier();
    EXPECT_EQ(received.applicant, typed.applicant);
    EXPECT_EQ(received.applicant.siret, segurdesk::testing::siretOf(branch));
    EXPECT_EQ(received.applicant.isLegalRepresentative, branch.filer == Filer::LegalRepresentative);
    EXPECT_EQ(received.representative, typed.representative);
    EXPECT_EQ(received.representative.lastName, QStringLiteral("Martin"));
    EXPECT_EQ(received.depositor, typed.depositor);
    EXPECT_EQ(received.thirdPartyRole, typed.thirdPartyRole);
    // The portal finds the domiciliation itself: the dossier sent does not carry it.
    EXPECT_EQ(received.bank.iban, typed.bank.iban);
    EXPECT_EQ(received.bank.bic, typed.bank.bic);
    EXPECT_EQ(received.bank.holder, typed.bank.holder);
    EXPECT_EQ(received.vatRate, typed.vatRate);
    EXPECT_EQ(received.vatRate ? received.vatRate->id() : QString(), QString::fromLatin1(branch.vat));
    QStringList expectedKinds;
    for (const model::DocumentKind kind : model::DossierValidator::requiredDocuments(typed))
        expectedKinds << model::documentKey(kind);
    expectedKinds.sort();
    EXPECT_EQ(documentKinds, expectedKinds);
    EXPECT_EQ(documentKinds.contains(QStringLiteral("purchase_order")), branch.buyer);
}

INSTANTIATE_TEST_SUITE_P(EveryBranch, WholeWizard, ::testing::ValuesIn(kBranches),
                         [](const ::testing::TestParamInfo<Branch>& branch) { return std::string(branch.param.name); });

} // namespace
} // namespace segurdesk::enrollment
