// POST /enrollments against the real sandbox: receipt, idempotency, every kind of refusal.
#include "tests/sandbox/SandboxTest.h"

#include <QJsonArray>

namespace segurdesk::test {
namespace {

class EnrollmentApiTest : public SandboxTest
{
};

TEST_F(EnrollmentApiTest, ValidDossierIsReceivedWithNumberAndAcknowledged)
{
    EnrollmentForm form;
    const HttpReply reply = submit(form, "2d7c9a7e-0001");
    ASSERT_EQ(reply.status, 201) << reply.body.toStdString();
    const QJsonObject receipt = reply.json();
    EXPECT_TRUE(receipt.value(QLatin1String("number")).toString().startsWith(QStringLiteral("ENR-")));
    EXPECT_EQ(receipt.value(QLatin1String("status")).toString(), QStringLiteral("submitted"));
    EXPECT_TRUE(QDateTime::fromString(receipt.value(QLatin1String("received_at")).toString(), Qt::ISODate).isValid());
    EXPECT_EQ(reply.header("Location"),
              "/api/v1/enrollments/" + receipt.value(QLatin1String("id")).toString().toLatin1());
    EXPECT_EQ(m_sandbox->mailCount(QStringLiteral("enrollment_received")), 1);
    EXPECT_TRUE(m_sandbox->latestMail(QStringLiteral("enrollment_received"))
                    .contains(QStringLiteral("marie.dupont@example.fr")));
}

TEST_F(EnrollmentApiTest, SameKeySameDossierReplaysTheFirstAnswer)
{
    EnrollmentForm form;
    const HttpReply first = submit(form, "replay-key");
    ASSERT_EQ(first.status, 201);
    // A retry after a lost answer comes with a fresh captcha: it is not part of the fingerprint.
    const HttpReply second = submit(form, "replay-key");
    EXPECT_EQ(second.status, 201);
    EXPECT_EQ(second.body, first.body);
    EXPECT_EQ(second.header("Idempotent-Replayed"), QByteArrayLiteral("true"));
    EXPECT_EQ(m_sandbox->mailCount(QStringLiteral("enrollment_received")), 1);
}

TEST_F(EnrollmentApiTest, SameKeyOtherDossierIsRefused)
{
    EnrollmentForm form;
    ASSERT_EQ(submit(form, "reused-key").status, 201);
    form.set(QStringLiteral("applicant.trade_name"), QStringLiteral("Autre nom"));
    const HttpReply other = submit(form, "reused-key");
    EXPECT_EQ(other.status, 422);
    EXPECT_EQ(other.problemType(), QStringLiteral("idempotency-key-reused"));
    form.documents.insert(QStringLiteral("rib"), EnrollmentForm::pdf(QStringLiteral("autre RIB")));
    form.set(QStringLiteral("applicant.trade_name"), QStringLiteral("Medimail"));
    EXPECT_EQ(submit(form, "reused-key").problemType(), QStringLiteral("idempotency-key-reused"));
}

TEST_F(EnrollmentApiTest, MissingOrMalformedKeyIsRefused)
{
    EnrollmentForm form;
    for (const QByteArray& key : {QByteArray(), QByteArray(300, 'k'), QByteArrayLiteral("with space")}) {
        const HttpReply reply = submit(form, key);
        EXPECT_EQ(reply.status, 400) << key.size();
        EXPECT_EQ(reply.problemType(), QStringLiteral("idempotency-key-missing"));
    }
}

TEST_F(EnrollmentApiTest, RefusedDossierLeavesTheKeyFreeForTheCorrectedOne)
{
    EnrollmentForm form;
    form.set(QStringLiteral("bank.iban"), QStringLiteral("FR76 3000 6000 0112 3456 7890 188"));
    EXPECT_EQ(submit(form, "fix-and-resend").status, 422);
    form.set(QStringLiteral("bank.iban"), QStringLiteral("FR76 3000 6000 0112 3456 7890 189"));
    EXPECT_EQ(submit(form, "fix-and-resend").status, 201);
}

TEST_F(EnrollmentApiTest, EveryFieldIsCheckedWithItsCode)
{
    struct Row
    {
        const char* name;
        std::function<void(EnrollmentForm&)> damage;
        QString expected; // "field:code" that must be among the errors
    };
    const auto setter = [](const char* path, const QJsonValue& value) {
        return [path, value](EnrollmentForm& form) {
            form.set(QString::fromLatin1(path), value);
        };
    };
    const std::vector<Row> rows = {
        {"unknown referencing", setter("referencing.number", QStringLiteral("MSS-1999-0001")),
         QStringLiteral("referencing.number:referencing.unknown")},
        {"siret checksum", setter("applicant.siret", QStringLiteral("58816302200018")),
         QStringLiteral("applicant.siret:siret.checksum")},
        {"siret not in the directory", setter("applicant.siret", QStringLiteral("73282932000074")),
         QStringLiteral("applicant.siret:siret.not_found")},
        {"missing trade name", setter("applicant.trade_name", QJsonValue::Null),
         QStringLiteral("applicant.trade_name:field.required")},
        {"blank street", setter("applicant.address.street", QStringLiteral("   ")),
         QStringLiteral("applicant.address.street:field.required")},
        {"postal code", setter("applicant.address.postal_code", QStringLiteral("750")),
         QStringLiteral("applicant.address.postal_code:postal_code.format")},
        {"legal representative not said", setter("applicant.is_legal_representative", QStringLiteral("oui")),
         QStringLiteral("applicant.is_legal_representative:field.type")},
        {"email format", setter("representative.email", QStringLiteral("marie.dupont@")),
         QStringLiteral("representative.email:email.domain")},
        {"email confirmation", setter("representative.email_confirmation", QStringLiteral("marie.dupond@example.fr")),
         QStringLiteral("representative.email_confirmation:email.mismatch")},
        {"phone", setter("representative.phone", QStringLiteral("01 23")),
         QStringLiteral("representative.phone:phone.invalid")},
        {"name with digits", setter("representative.last_name", QStringLiteral("Dup0nt")),
         QStringLiteral("representative.last_name:name.characters")},
        {"id document type", setter("representative.id_document_type", QStringLiteral("driving_licence")),
         QStringLiteral("representative.id_document_type:field.invalid_choice")},
        {"iban checksum", setter("bank.iban", QStringLiteral("FR76 3000 6000 0112 3456 7890 188")),
         QStringLiteral("bank.iban:iban.checksum")},
        {"bic", setter("bank.bic", QStringLiteral("BNPA")), QStringLiteral("bank.bic:bic.length")},
        {"holder", setter("bank.holder", QJsonValue::Null), QStringLiteral("bank.holder:field.required")},
        {"vat rate", setter("vat_rate", QStringLiteral("19.6")), QStringLiteral("vat_rate:vat_rate.not_accepted")},
        {"siret given as a number", setter("applicant.siret", 58816302200019.0),
         QStringLiteral("applicant.siret:field.type")},
        {"unticked declaration", setter("declarations.penal_code_441_7", false),
         QStringLiteral("declarations.penal_code_441_7:declaration.required")},
        {"missing section", setter("bank", QJsonValue::Null), QStringLiteral("bank.iban:field.required")},
        {"buyer without purchase order", setter("applicant.siret", QStringLiteral("83241552500019")),
         QStringLiteral("documents.purchase_order:document.required")},
        {"edited company name without kbis", setter("applicant.company_name", QStringLiteral("MEDIMAIL")),
         QStringLiteral("documents.kbis:document.required")},
        {"exempt without certificate", setter("vat_rate", QStringLiteral("exempt")),
         QStringLiteral("documents.vat_exemption_certificate:document.required")},
        {"missing rib", [](EnrollmentForm& form) { form.documents.remove(QStringLiteral("rib")); },
         QStringLiteral("documents.rib:document.required")},
        {"empty certificate",
         [](EnrollmentForm& form) { form.documents.insert(QStringLiteral("referencing_certificate"), QByteArray()); },
         QStringLiteral("documents.referencing_certificate:document.required")},
        {"unknown document",
         [](EnrollmentForm& form) { form.documents.insert(QStringLiteral("selfie"), EnrollmentForm::png()); },
         QStringLiteral("documents.selfie:document.unknown")},
        {"corrupt pdf",
         [](EnrollmentForm& form) { form.documents.insert(QStringLiteral("rib"), EnrollmentForm::pdf().left(400)); },
         QStringLiteral("documents.rib:file.pdf_corrupt")},
        {"tiers declarant without anything",
         [](EnrollmentForm& form) { form.set(QStringLiteral("applicant.is_legal_representative"), false); },
         QStringLiteral("depositor.last_name:field.required")},
        {"employee without mandate",
         [](EnrollmentForm& form) {
             form.set(QStringLiteral("applicant.is_legal_representative"), false);
             form.set(QStringLiteral("depositor"), form.dossier.value(QLatin1String("representative")));
             form.set(QStringLiteral("third_party_role"), QStringLiteral("employee"));
             form.documents.insert(QStringLiteral("depositor_id_document"), EnrollmentForm::png());
         },
         QStringLiteral("documents.mandate:document.required")},
        {"wrong captcha",
         [](EnrollmentForm& form) { form.set(QStringLiteral("captcha.answer"), QStringLiteral("NOPE00")); },
         QStringLiteral("captcha.answer:captcha.invalid")},
    };
    int serial = 0;
    for (const Row& row : rows) {
        EnrollmentForm form;
        form.setCaptcha(newCaptcha(), QString::fromLatin1(SandboxProcess::CaptchaAnswer));
        row.damage(form);
        const HttpReply reply = submit(form, "field-" + QByteArray::number(++serial), false);
        EXPECT_EQ(reply.status, 422) << row.name << " " << reply.body.toStdString();
        EXPECT_TRUE(reply.fieldErrors().contains(row.expected))
            << row.name << ": " << reply.fieldErrors().join(QLatin1Char(' ')).toStdString();
        for (const auto& error : reply.json().value(QLatin1String("errors")).toArray())
            EXPECT_FALSE(error.toObject().value(QLatin1String("message")).toString().isEmpty()) << row.name;
    }
}

TEST_F(EnrollmentApiTest, CompleteTiersDeclarantAndBuyerDossierIsReceived)
{
    EnrollmentForm form;
    form.set(QStringLiteral("applicant.siret"), QStringLiteral("68646352200033"));
    form.set(QStringLiteral("applicant.company_name"), QStringLiteral("SANTÉ CONSEIL EXPERTISE SAS"));
    form.set(QStringLiteral("applicant.is_legal_representative"), false);
    form.set(QStringLiteral("depositor"), form.dossier.value(QLatin1String("representative")));
    form.set(QStringLiteral("depositor.email"), QStringLiteral("cabinet@compta.example.fr"));
    form.set(QStringLiteral("depositor.email_confirmation"), QStringLiteral("cabinet@compta.example.fr"));
    form.set(QStringLiteral("third_party_role"), QStringLiteral("accountant"));
    form.set(QStringLiteral("vat_rate"), QStringLiteral("exempt"));
    for (const char* part :
         {"purchase_order", "kbis", "depositor_id_document", "service_contract", "vat_exemption_certificate"})
        form.documents.insert(QString::fromLatin1(part), EnrollmentForm::pdf(QString::fromLatin1(part)));
    const HttpReply reply = submit(form, "tiers-buyer");
    EXPECT_EQ(reply.status, 201) << reply.body.toStdString();
    EXPECT_TRUE(m_sandbox->latestMail(QStringLiteral("enrollment_received"))
                    .contains(QStringLiteral("cabinet@compta.example.fr")));
}

TEST_F(EnrollmentApiTest, OversizeAndWrongTypeFilesAreRefusedByContent)
{
    EnrollmentForm big;
    QByteArray huge = EnrollmentForm::pdf();
    huge.append(QByteArray(4194304 + 1 - huge.size(), ' '));
    big.documents.insert(QStringLiteral("rib"), huge);
    const HttpReply tooLarge = submit(big, "too-large");
    EXPECT_EQ(tooLarge.status, 413);
    EXPECT_EQ(tooLarge.fieldErrors(), QStringList {QStringLiteral("documents.rib:file.too_large")});
    // One byte over reads as over: "4,01 Mo", against the limit's "4 Mo".
    EXPECT_TRUE(tooLarge.body.contains("pèse 4,01 Mo : la limite est de 4 Mo")) << tooLarge.body.toStdString();

    struct Row
    {
        const char* name;
        QByteArray bytes;
    };
    const Row rows[] = {
        {"zip named like a pdf", QByteArrayLiteral("PK\x03\x04") + QByteArray(200, '\0')},
        {"html", QByteArrayLiteral("<!DOCTYPE html><html><body>RIB</body></html>")},
        {"gif", QByteArrayLiteral("GIF89a") + QByteArray(100, '\1')},
    };
    int serial = 0;
    for (const Row& row : rows) {
        EnrollmentForm form;
        form.documents.insert(QStringLiteral("operator_contract"), row.bytes);
        const HttpReply reply = submit(form, "wrong-type-" + QByteArray::number(++serial));
        EXPECT_EQ(reply.status, 415) << row.name;
        EXPECT_EQ(reply.fieldErrors(),
                  QStringList {QStringLiteral("documents.operator_contract:file.type_not_allowed")})
            << row.name;
    }
}

TEST_F(EnrollmentApiTest, MalformedRequestsAreProblemsNotCrashes)
{
    EnrollmentForm form;
    form.setCaptcha(newCaptcha(), QString::fromLatin1(SandboxProcess::CaptchaAnswer));
    const QByteArray body = form.body();
    struct Row
    {
        const char* name;
        QByteArray contentType;
        QByteArray body;
        int status;
    };
    const Row rows[] = {
        {"json instead of multipart", "application/json", "{}", 415},
        {"no boundary", "multipart/form-data", body, 400},
        {"truncated body", form.contentType(), body.left(body.size() / 2), 400},
        {"missing closing delimiter", form.contentType(), body.left(body.size() - 4), 400},
        {"empty body", form.contentType(), QByteArray(), 400},
        {"dossier not json", form.contentType(), QByteArray(body).replace("{\"applicant\"", "not json{\"applicant\""),
         400},
        {"no dossier part", form.contentType(), QByteArray(body).replace("name=\"dossier\"", "name=\"other\""), 400},
    };
    int serial = 0;
    for (const Row& row : rows) {
        const HttpReply reply = m_http->send(
            QByteArrayLiteral("POST"), QStringLiteral("/api/v1/enrollments"), row.body,
            {{"Content-Type", row.contentType}, {"Idempotency-Key", "malformed-" + QByteArray::number(++serial)}});
        EXPECT_EQ(reply.status, row.status) << row.name << " " << reply.body.toStdString();
        EXPECT_EQ(reply.header("Content-Type"), QByteArrayLiteral("application/problem+json")) << row.name;
    }
    EXPECT_EQ(m_http->get(QStringLiteral("/api/v1/config")).status, 200);
}

TEST_F(EnrollmentApiTest, MembersOnlyThePortalSetsAreIgnored)
{
    EnrollmentForm form;
    form.set(QStringLiteral("status"), QStringLiteral("validated"));
    form.set(QStringLiteral("number"), QStringLiteral("ENR-0000-999999"));
    form.set(QStringLiteral("owner"), QStringLiteral("someone-else"));
    form.set(QStringLiteral("bank.domiciliation"), QStringLiteral("BANQUE IMAGINAIRE"));
    const HttpReply reply = submit(form, "forged-members");
    ASSERT_EQ(reply.status, 201);
    EXPECT_EQ(reply.json().value(QLatin1String("status")).toString(), QStringLiteral("submitted"));
    EXPECT_NE(reply.json().value(QLatin1String("number")).toString(), QStringLiteral("ENR-0000-999999"));
    const HttpReply decided = decide(reply.json().value(QLatin1String("id")).toString());
    const QJsonObject enrollment = decided.json();
    EXPECT_FALSE(enrollment.value(QLatin1String("dossier")).toObject().contains(QLatin1String("owner")));
    EXPECT_FALSE(enrollment.value(QLatin1String("dossier")).toObject().contains(QLatin1String("captcha")));
    EXPECT_EQ(enrollment.value(QLatin1String("domiciliation")).toString(),
              QStringLiteral("BNP PARIBAS PARIS CENTRE AFFAIRES"));
    EXPECT_EQ(enrollment.value(QLatin1String("siret")).toString(), QStringLiteral("58816302200019"));
}

class ClosedCallTest : public SandboxTest
{
protected:
    QJsonObject config() const override
    {
        return QJsonObject {{QStringLiteral("call"),
                             QJsonObject {{QStringLiteral("closes_at"), QStringLiteral("2023-06-30T22:00:00Z")}}}};
    }
};

TEST_F(ClosedCallTest, ClosedCallRefusesNewDossiers)
{
    EXPECT_FALSE(m_http->get(QStringLiteral("/api/v1/config"))
                     .json()
                     .value(QLatin1String("call"))
                     .toObject()
                     .value(QLatin1String("open"))
                     .toBool());
    EnrollmentForm form;
    const HttpReply reply = submit(form, "too-late");
    EXPECT_EQ(reply.status, 403);
    EXPECT_EQ(reply.problemType(), QStringLiteral("call-closed"));
    EXPECT_FALSE(reply.json().value(QLatin1String("detail")).toString().isEmpty());
}

} // namespace
} // namespace segurdesk::test
