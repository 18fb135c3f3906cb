// The whole enrollment wizard as an operator fills it, every control driven by objectName, through
// each of its branches (the developer operator or a buyer; the legal representative, or a tiers
// déclarant of either capacity; a VAT rate, or not subject with the certificate), to a submission
// the real sandbox accepts. The dossier is then read back from the sandbox's own database: what
// was typed is what the portal holds, with the documents each branch asks for.
#include "app/drafts/DraftAutosave.h"
#include "app/enrollment/DossierEditor.h"
#include "app/enrollment/EnrollmentWizard.h"
#include "app/enrollment/PersonForm.h"
#include "app/widgets/MissingList.h"
#include "core/model/DossierJson.h"
#include "core/model/DossierValidator.h"
#include "core/portal/PortalClient.h"
#include "core/services/DossierSubmission.h"
#include "core/services/DraftKeeper.h"
#include "core/services/PortalLookups.h"
#include "tests/app/Driving.h"
#include "tests/app/TranslatedTest.h"
#include "tests/support/SandboxProcess.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QJsonDocument>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QRadioButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <gtest/gtest.h>

namespace segurdesk::enrollment {
namespace {

using segurdesk::testing::attachPdf;
using segurdesk::testing::clickOn;
using segurdesk::testing::FileFixtures;
using segurdesk::testing::typeInto;

enum class Filer { LegalRepresentative, Accountant, Employee };

struct Branch
{
    const char* name;
    bool buyer; // the applicant is not the solution's developer operator
    Filer filer;
    const char* vat; // a rate's id, or "exempt"
};

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

    template<class T> static T* child(QWidget* in, const char* name)
    {
        return in->findChild<T*>(QString::fromLatin1(name));
    }
    static QLineEdit* edit(QWidget* in, const char* name) { return child<QLineEdit>(in, name); }

    // "Suivant" (or "Terminer"), which must be open: else the step's list says what it lacks.
    static void next(EnrollmentWizard& wizard)
    {
        QAbstractButton* button
            = wizard.button(wizard.currentPage()->isCommitPage() ? QWizard::CommitButton : QWizard::NextButton);
        QStringList missing;
        for (const widgets::MissingList::Item& item :
             child<widgets::MissingList>(wizard.currentPage(), "missingList")->items())
            missing << item.name;
        ASSERT_TRUE(button->isEnabled()) << "step " << wizard.currentId() << ": " << missing.join(u'|').toStdString();
        const int step = wizard.currentId();
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY(wizard.currentId() != step);
    }

    void fillPerson(QWidget* page, const char* formName, const QString& lastName, const QString& email)
    {
        auto* form = child<PersonForm>(page, formName);
        ASSERT_NE(form, nullptr);
        typeInto(edit(form, "lastNameEdit"), lastName);
        typeInto(edit(form, "firstNameEdit"), QStringLiteral("Claire"));
        typeInto(edit(form, "emailEdit"), email);
        typeInto(edit(form, "emailConfirmationEdit"), email);
        typeInto(edit(form, "phoneEdit"), QStringLiteral("01 23 45 67 89"));
        auto* documentType = child<QComboBox>(form, "idTypeCombo");
        documentType->setFocus();
        QTest::keyClick(documentType, Qt::Key_Down);
        attachPdf(m_files, form->identityDocument(), lastName + QStringLiteral("-identite.pdf"));
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

    // Step 1: the referencing number, looked up when the field is left.
    QWidget* page = wizard.currentPage();
    typeInto(edit(page, "numberEdit"), QStringLiteral("MSS-2022-0042"));
    QTest::keyClick(edit(page, "numberEdit"), Qt::Key_Tab);
    QTRY_VERIFY_WITH_TIMEOUT(!edit(page, "developerEdit")->text().isEmpty(), 30000);
    ASSERT_NO_FATAL_FAILURE(attachPdf(m_files, child<QWidget>(page, "certificateField"), QStringLiteral("cert.pdf")));
    ASSERT_NO_FATAL_FAILURE(attachPdf(m_files, child<QWidget>(page, "contractField"), QStringLiteral("contrat.pdf")));
    ASSERT_NO_FATAL_FAILURE(next(wizard));

    // Step 2: the company found with the security code, then who files.
    page = wizard.currentPage();
    QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(page, "captchaRefreshButton")->isEnabled(), 30000);
    const QString siret = branch.buyer ? QStringLiteral("73464097200026") : QStringLiteral("58816302200019");
    typeInto(edit(page, "siretEdit"), siret);
    typeInto(edit(page, "captchaEdit"), QString::fromLatin1(test::SandboxProcess::CaptchaAnswer));
    clickOn(child<QPushButton>(page, "companySearchButton"));
    QTRY_VERIFY_WITH_TIMEOUT(!edit(page, "companyNameEdit")->text().isEmpty(), 30000);
    typeInto(edit(page, "tradeNameEdit"), tradeName);
    if (branch.buyer) {
        ASSERT_NO_FATAL_FAILURE(
            attachPdf(m_files, child<QWidget>(page, "purchaseOrderField"), QStringLiteral("commande.pdf")));
    }
    ASSERT_NO_FATAL_FAILURE(
        fillPerson(page, "representativeForm", QStringLiteral("Martin"), QStringLiteral("claire.martin@example.fr")));
    if (branch.filer == Filer::LegalRepresentative) {
        clickOn(child<QRadioButton>(page, "legalYes"));
    } else {
        clickOn(child<QRadioButton>(page, "legalNo"));
        ASSERT_NO_FATAL_FAILURE(
            fillPerson(page, "depositorForm", QStringLiteral("Durand"), QStringLiteral("paul.durand@example.fr")));
        const bool accountant = branch.filer == Filer::Accountant;
        clickOn(child<QRadioButton>(page, accountant ? "roleAccountant" : "roleEmployee"));
        ASSERT_NO_FATAL_FAILURE(attachPdf(m_files,
                                          child<QWidget>(page, accountant ? "serviceContractField" : "mandateField"),
                                          QStringLiteral("capacite.pdf")));
    }
    ASSERT_NO_FATAL_FAILURE(next(wizard));

    // Step 3: the account, its bank from the portal.
    page = wizard.currentPage();
    typeInto(edit(page, "ibanEdit"), QStringLiteral("FR7630006000011234567890189"));
    typeInto(edit(page, "bicEdit"), QStringLiteral("AGRIFRPPXXX"));
    typeInto(edit(page, "holderEdit"), QStringLiteral("Titulaire ") + QString::fromLatin1(branch.name));
    QTRY_VERIFY_WITH_TIMEOUT(!edit(page, "domiciliationEdit")->text().isEmpty(), 30000);
    ASSERT_NO_FATAL_FAILURE(attachPdf(m_files, child<QWidget>(page, "ribField"), QStringLiteral("rib.pdf")));
    ASSERT_NO_FATAL_FAILURE(next(wizard));

    // Step 4: VAT.
    page = wizard.currentPage();
    QTRY_VERIFY_WITH_TIMEOUT(page->findChild<QRadioButton*>(QStringLiteral("rate_") + QLatin1String(branch.vat)),
                             30000);
    clickOn(page->findChild<QRadioButton*>(QStringLiteral("rate_") + QLatin1String(branch.vat)));
    if (QLatin1String(branch.vat) == QLatin1String("exempt")) {
        ASSERT_NO_FATAL_FAILURE(
            attachPdf(m_files, child<QWidget>(page, "certificateField"), QStringLiteral("non-assujetti.pdf")));
    }
    ASSERT_NO_FATAL_FAILURE(next(wizard));

    // Step 5: the declarations, "Terminer", the security code.
    page = wizard.currentPage();
    for (const char* declaration : {"termsCheck", "penalCheck", "truthCheck"})
        clickOn(child<QCheckBox>(page, declaration));
    ASSERT_NO_FATAL_FAILURE(next(wizard));
    page = wizard.currentPage();
    auto* code = edit(page, "captchaEdit");
    QTRY_VERIFY_WITH_TIMEOUT(code->isVisible(), 30000);
    typeInto(code, QString::fromLatin1(test::SandboxProcess::CaptchaAnswer));
    clickOn(child<QPushButton>(page, "captchaSendButton"));
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(page, "confirmationLabel")->isVisible(), 30000);

    // What the portal holds is what was typed, with the documents this branch asks for.
    const auto [received, documentKinds] = readBack(tradeName);
    const model::Dossier& typed = m_editor.dossier();
    EXPECT_EQ(received.applicant, typed.applicant);
    EXPECT_EQ(received.applicant.siret, siret);
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
