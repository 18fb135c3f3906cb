#include "tests/app/WizardFilling.h"

#include "app/enrollment/EnrollmentWizard.h"
#include "app/enrollment/PersonForm.h"
#include "app/widgets/MissingList.h"
#include "tests/app/Driving.h"
#include "tests/support/SandboxProcess.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QRadioButton>

namespace segurdesk::testing {

namespace {

using enrollment::EnrollmentWizard;
using enrollment::PersonForm;

template<class T> T* child(QWidget* in, const char* name)
{
    return in->findChild<T*>(QString::fromLatin1(name));
}

QLineEdit* edit(QWidget* in, const char* name)
{
    return child<QLineEdit>(in, name);
}

// "Suivant" (or "Terminer"), which must be open: else the step's list says what it lacks.
void next(EnrollmentWizard& wizard)
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

void fillPerson(FileFixtures& files, QWidget* page, const char* formName, const QString& lastName, const QString& email)
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
    attachPdf(files, form->identityDocument(), lastName + QStringLiteral("-identite.pdf"));
}

} // namespace

QString siretOf(const WizardBranch& branch)
{
    return branch.buyer ? QStringLiteral("73464097200026") : QStringLiteral("58816302200019");
}

void fillAndSend(EnrollmentWizard& wizard, const WizardBranch& branch, const QString& tradeName, FileFixtures& files)
{
    // Step 1: the referencing number, looked up when the field is left.
    QWidget* page = wizard.currentPage();
    typeInto(edit(page, "numberEdit"), QStringLiteral("MSS-2022-0042"));
    QTest::keyClick(edit(page, "numberEdit"), Qt::Key_Tab);
    QTRY_VERIFY_WITH_TIMEOUT(!edit(page, "developerEdit")->text().isEmpty(), 30000);
    ASSERT_NO_FATAL_FAILURE(attachPdf(files, child<QWidget>(page, "certificateField"), QStringLiteral("cert.pdf")));
    ASSERT_NO_FATAL_FAILURE(attachPdf(files, child<QWidget>(page, "contractField"), QStringLiteral("contrat.pdf")));
    ASSERT_NO_FATAL_FAILURE(next(wizard));

    // Step 2: the company found with the security code, then who files.
    page = wizard.currentPage();
    QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(page, "captchaRefreshButton")->isEnabled(), 30000);
    const QString siret = siretOf(branch);
    typeInto(edit(page, "siretEdit"), siret);
    typeInto(edit(page, "captchaEdit"), QString::fromLatin1(test::SandboxProcess::CaptchaAnswer));
    clickOn(child<QPushButton>(page, "companySearchButton"));
    QTRY_VERIFY_WITH_TIMEOUT(!edit(page, "companyNameEdit")->text().isEmpty(), 30000);
    typeInto(edit(page, "tradeNameEdit"), tradeName);
    if (branch.buyer) {
        ASSERT_NO_FATAL_FAILURE(
            attachPdf(files, child<QWidget>(page, "purchaseOrderField"), QStringLiteral("commande.pdf")));
    }
    ASSERT_NO_FATAL_FAILURE(fillPerson(files, page, "representativeForm", QStringLiteral("Martin"),
                                       QString::fromUtf16(RepresentativeEmail)));
    if (branch.filer == Filer::LegalRepresentative) {
        clickOn(child<QRadioButton>(page, "legalYes"));
    } else {
        clickOn(child<QRadioButton>(page, "legalNo"));
        ASSERT_NO_FATAL_FAILURE(fillPerson(files, page, "depositorForm", QStringLiteral("Durand"),
                                           QStringLiteral("paul.durand@example.fr")));
        const bool accountant = branch.filer == Filer::Accountant;
        clickOn(child<QRadioButton>(page, accountant ? "roleAccountant" : "roleEmployee"));
        ASSERT_NO_FATAL_FAILURE(attachPdf(files,
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
    ASSERT_NO_FATAL_FAILURE(attachPdf(files, child<QWidget>(page, "ribField"), QStringLiteral("rib.pdf")));
    ASSERT_NO_FATAL_FAILURE(next(wizard));

    // Step 4: VAT.
    page = wizard.currentPage();
    QTRY_VERIFY_WITH_TIMEOUT(page->findChild<QRadioButton*>(QStringLiteral("rate_") + QLatin1String(branch.vat)),
                             30000);
    clickOn(page->findChild<QRadioButton*>(QStringLiteral("rate_") + QLatin1String(branch.vat)));
    if (QLatin1String(branch.vat) == QLatin1String("exempt")) {
        ASSERT_NO_FATAL_FAILURE(
            attachPdf(files, child<QWidget>(page, "certificateField"), QStringLiteral("non-assujetti.pdf")));
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
}

} // namespace segurdesk::testing
