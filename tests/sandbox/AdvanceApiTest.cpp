// Advance requests against the real sandbox: amounts from the funding rule, decision letter,
// mails, payment progress with the sandbox clock, idempotency and refusals.
#include "tests/sandbox/SandboxTest.h"

#include <QJsonArray>
#include <QLocale>
#include <QPdfDocument>
#include <QTemporaryFile>

namespace segurdesk::test {
namespace {

class AdvanceApiTest : public SandboxTest
{
protected:
    static QJsonObject request(const QString& enrollmentId, int applicative = 10, int organizational = 5,
                               int personal = 100)
    {
        const QJsonObject counts {{QStringLiteral("applicative"), applicative},
                                  {QStringLiteral("organizational"), organizational},
                                  {QStringLiteral("personal"), personal}};
        return QJsonObject {{QStringLiteral("enrollment_id"), enrollmentId},
                            {QStringLiteral("current"), counts},
                            {QStringLiteral("estimated"), counts}};
    }
    HttpReply create(const QJsonObject& body, const QString& token, const QByteArray& key)
    {
        return m_http->postJson(QStringLiteral("/api/v1/advance-requests"), body, token, {{"Idempotency-Key", key}});
    }
    // Enrolls `form`, activates the account (its token in `token`) and requests the advance.
    HttpReply createForNewAccount(EnrollmentForm& form, const QByteArray& key, QString* token)
    {
        const Credentials credentials = enrollValidated(form, key);
        *token = activate(credentials);
        return create(request(credentials.enrollmentId), *token, key + "-advance");
    }
};

TEST_F(AdvanceApiTest, AmountsFollowTheFundingRuleAndTheEnrollmentsVatRate)
{
    struct Row
    {
        const char* name;
        const char* vat;
        const char* ttc;
    };
    const Row rows[] = {
        {"20 %", "20", "8000.00"},
        {"5,5 % rounds half up", "5.5", "7033.34"},
        {"2,1 %", "2.1", "6806.67"},
        {"exempt", "exempt", "6666.67"},
    };
    int serial = 0;
    for (const Row& row : rows) {
        EnrollmentForm form(QStringLiteral("vat%1@example.fr").arg(++serial));
        form.set(QStringLiteral("vat_rate"), QString::fromLatin1(row.vat));
        if (QByteArray(row.vat) == "exempt")
            form.documents.insert(QStringLiteral("vat_exemption_certificate"), EnrollmentForm::pdf());
        const Credentials credentials = enrollValidated(form, "vat-" + QByteArray::number(serial));
        const QString token = activate(credentials);
        QJsonObject body = request(credentials.enrollmentId);
        body.insert(QStringLiteral("amount_ht"), QStringLiteral("1.00"));
        body.insert(QStringLiteral("status"), QStringLiteral("paid"));
        const HttpReply reply = create(body, token, "advance-" + QByteArray::number(serial));
        ASSERT_EQ(reply.status, 201) << row.name << reply.body.toStdString();
        EXPECT_EQ(reply.json().value(QLatin1String("amount_ht")).toString(), QStringLiteral("6666.67")) << row.name;
        EXPECT_EQ(reply.json().value(QLatin1String("amount_ttc")).toString(), QString::fromLatin1(row.ttc)) << row.name;
        EXPECT_EQ(reply.json().value(QLatin1String("status")).toString(), QStringLiteral("decided")) << row.name;
        EXPECT_EQ(reply.json().value(QLatin1String("vat_rate")).toString(), QString::fromLatin1(row.vat)) << row.name;
    }
}

TEST_F(AdvanceApiTest, DecisionLetterMailsAndPaymentProgress)
{
    EnrollmentForm form;
    QString token;
    const HttpReply created = createForNewAccount(form, "progress", &token);
    ASSERT_EQ(created.status, 201) << created.body.toStdString();
    const QJsonObject advance = created.json();
    const QJsonArray documents = advance.value(QLatin1String("documents")).toArray();
    ASSERT_EQ(documents.size(), 1);
    EXPECT_EQ(documents.at(0).toObject().value(QLatin1String("kind")).toString(), QStringLiteral("decision_letter"));
    EXPECT_EQ(advance.value(QLatin1String("mails")).toArray().size(), 1);

    const HttpReply letter = m_http->get(documents.at(0).toObject().value(QLatin1String("url")).toString(), token);
    ASSERT_EQ(letter.status, 200);
    EXPECT_EQ(letter.header("Content-Type"), QByteArrayLiteral("application/pdf"));
    QTemporaryFile file;
    ASSERT_TRUE(file.open());
    file.write(letter.body);
    file.flush();
    QPdfDocument pdf;
    pdf.load(file.fileName());
    ASSERT_EQ(pdf.status(), QPdfDocument::Status::Ready);
    const QString text = pdf.getAllText(0).text();
    EXPECT_TRUE(text.contains(advance.value(QLatin1String("number")).toString())) << text.toStdString();
    EXPECT_TRUE(text.contains(advance.value(QLatin1String("enrollment_number")).toString()));
    EXPECT_TRUE(text.contains(QStringLiteral("58816302200019")));

    const QString path = QStringLiteral("/api/v1/payments/") + advance.value(QLatin1String("payment_id")).toString();
    const HttpReply decided = m_http->get(path, token);
    EXPECT_EQ(decided.json().value(QLatin1String("status")).toString(), QStringLiteral("decided"));
    EXPECT_TRUE(decided.json().value(QLatin1String("iban_masked")).toString().contains(QLatin1Char('*')));
    ASSERT_EQ(advanceClock(61).status, 200);
    const HttpReply pending = m_http->get(path, token, {{"If-None-Match", decided.header("ETag")}});
    EXPECT_EQ(pending.status, 200) << "a status change changes the ETag";
    EXPECT_EQ(pending.json().value(QLatin1String("status")).toString(), QStringLiteral("payment-pending"));
    ASSERT_EQ(advanceClock(120).status, 200);
    const HttpReply paid = m_http->get(
        QStringLiteral("/api/v1/advance-requests/") + advance.value(QLatin1String("id")).toString(), token);
    EXPECT_EQ(paid.json().value(QLatin1String("status")).toString(), QStringLiteral("paid"));
    EXPECT_EQ(paid.json().value(QLatin1String("status_history")).toArray().size(), 3);
    const HttpReply list = m_http->get(QStringLiteral("/api/v1/payments"), token);
    EXPECT_EQ(list.json().value(QLatin1String("total")).toInt(), 1);
    EXPECT_EQ(m_http->get(QStringLiteral("/api/v1/payments"), token, {{"If-None-Match", list.header("ETag")}}).status,
              304);
}

TEST_F(AdvanceApiTest, PaymentSentMailIsSentOnceWhenThePaymentIsPaid)
{
    EnrollmentForm form;
    QString token;
    const HttpReply created = createForNewAccount(form, "paid-mail", &token);
    ASSERT_EQ(created.status, 201) << created.body.toStdString();
    const QString advanceId = created.json().value(QLatin1String("id")).toString();
    const QString mailsPath = QStringLiteral("/api/v1/mails?advance_request_id=") + advanceId;
    const auto paymentMails = [&] {
        QJsonArray found;
        for (const auto& mail : m_http->get(mailsPath, token).json().value(QLatin1String("items")).toArray()) {
            if (mail.toObject().value(QLatin1String("kind")).toString() == QLatin1String("payment_sent"))
                found.append(mail);
        }
        return found;
    };

    // Decided, then put into payment: not paid yet, so no mail, however often it is read.
    EXPECT_TRUE(paymentMails().isEmpty());
    ASSERT_EQ(advanceClock(61).status, 200);
    EXPECT_EQ(m_http->get(QStringLiteral("/api/v1/payments/") + advanceId, token)
                  .json()
                  .value(QLatin1String("status"))
                  .toString(),
              QStringLiteral("payment-pending"));
    EXPECT_TRUE(paymentMails().isEmpty());
    EXPECT_EQ(m_sandbox->mailCount(QStringLiteral("payment_sent")), 0);

    // Paid: one mail, in the outbox as soon as the clock moved, and still one after every
    // kind of read and a later clock move.
    ASSERT_EQ(advanceClock(120).status, 200);
    EXPECT_EQ(m_sandbox->mailCount(QStringLiteral("payment_sent")), 1);
    const HttpReply payment = m_http->get(QStringLiteral("/api/v1/payments/") + advanceId, token);
    ASSERT_EQ(payment.json().value(QLatin1String("status")).toString(), QStringLiteral("paid"));
    for (int read = 0; read < 3; ++read) {
        EXPECT_EQ(m_http->get(QStringLiteral("/api/v1/payments"), token).status, 200);
        EXPECT_EQ(m_http->get(QStringLiteral("/api/v1/advance-requests/") + advanceId, token).status, 200);
        EXPECT_EQ(m_http->get(QStringLiteral("/api/v1/advance-requests"), token).status, 200);
    }
    ASSERT_EQ(advanceClock(600).status, 200); // within the token's lifetime
    const QJsonArray mails = paymentMails();
    ASSERT_EQ(mails.size(), 1);
    EXPECT_EQ(m_sandbox->mailCount(QStringLiteral("payment_sent")), 1);
    const HttpReply advance = m_http->get(QStringLiteral("/api/v1/advance-requests/") + advanceId, token);
    EXPECT_EQ(advance.json().value(QLatin1String("mails")).toArray().size(), 2) << "advance_decided, payment_sent";

    const QJsonObject summary = mails.at(0).toObject();
    EXPECT_EQ(summary.value(QLatin1String("to")).toString(),
              form.dossier.value(QLatin1String("representative")).toObject().value(QLatin1String("email")).toString());
    EXPECT_EQ(summary.value(QLatin1String("sent_at")), payment.json().value(QLatin1String("paid_at")));
    const QString body
        = m_http->get(QStringLiteral("/api/v1/mails/") + summary.value(QLatin1String("id")).toString(), token)
              .json()
              .value(QLatin1String("body"))
              .toString();
    const QLocale french(QLocale::French, QLocale::France);
    const QDate paidOn
        = QDateTime::fromString(payment.json().value(QLatin1String("paid_at")).toString(), Qt::ISODate).date();
    const QString maskedIban = payment.json().value(QLatin1String("iban_masked")).toString();
    const QString eml = m_sandbox->latestMail(QStringLiteral("payment_sent"));
    for (const QString& text : {body, eml}) {
        EXPECT_TRUE(text.contains(created.json().value(QLatin1String("number")).toString())) << text.toStdString();
        // French amount: grouped thousands, decimal comma, no-break space before the euro sign.
        EXPECT_TRUE(text.contains(french.toString(8000.0, 'f', 2) + QStringLiteral("\u00a0€"))) << text.toStdString();
        EXPECT_TRUE(text.contains(french.toString(paidOn, QLocale::LongFormat))) << text.toStdString();
        EXPECT_TRUE(text.contains(maskedIban)) << text.toStdString();
        const QString iban = form.dossier.value(QLatin1String("bank"))
                                 .toObject()
                                 .value(QLatin1String("iban"))
                                 .toString()
                                 .remove(QLatin1Char(' '));
        EXPECT_FALSE(text.contains(iban)) << text.toStdString();
        EXPECT_FALSE(text.contains(iban.mid(4, 10))) << text.toStdString();
        EXPECT_FALSE(text.contains(QStringLiteral("3000 6000 0112"))) << text.toStdString();
    }
}

TEST_F(AdvanceApiTest, IdempotencyAndRefusals)
{
    EnrollmentForm form;
    const Credentials credentials = enrollValidated(form, "advance-refusals");
    const QString token = activate(credentials);

    const HttpReply noKey
        = m_http->postJson(QStringLiteral("/api/v1/advance-requests"), request(credentials.enrollmentId), token);
    EXPECT_EQ(noKey.status, 400);
    EXPECT_EQ(noKey.problemType(), QStringLiteral("idempotency-key-missing"));

    QJsonObject negative = request(credentials.enrollmentId, -1);
    negative.insert(QStringLiteral("estimated"),
                    QJsonObject {{QStringLiteral("applicative"), QStringLiteral("douze")}});
    const HttpReply invalid = create(negative, token, "invalid-counts");
    EXPECT_EQ(invalid.status, 422);
    EXPECT_TRUE(invalid.fieldErrors().contains(QStringLiteral("current.applicative:mailbox.negative")))
        << invalid.fieldErrors().join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(invalid.fieldErrors().contains(QStringLiteral("estimated.organizational:mailbox.empty")));

    const HttpReply first = create(request(credentials.enrollmentId), token, "advance-key");
    ASSERT_EQ(first.status, 201);
    const HttpReply replay = create(request(credentials.enrollmentId), token, "advance-key");
    EXPECT_EQ(replay.status, 201);
    EXPECT_EQ(replay.header("Idempotent-Replayed"), QByteArrayLiteral("true"));
    EXPECT_EQ(replay.body, first.body);
    EXPECT_EQ(create(request(credentials.enrollmentId, 11), token, "advance-key").problemType(),
              QStringLiteral("idempotency-key-reused"));
    const HttpReply twice = create(request(credentials.enrollmentId), token, "advance-key-2");
    EXPECT_EQ(twice.status, 409);
    EXPECT_EQ(twice.problemType(), QStringLiteral("advance-already-requested"));

    EnrollmentForm pendingForm;
    pendingForm.set(QStringLiteral("applicant.trade_name"), QStringLiteral("Medimail Pro"));
    const HttpReply pending = submit(pendingForm, "not-yet-validated");
    ASSERT_EQ(pending.status, 201);
    // Not yet instructed: not attached to the account, so it is unknown to it.
    const HttpReply early = create(request(pending.json().value(QLatin1String("id")).toString()), token, "too-early");
    EXPECT_EQ(early.status, 422);
    ASSERT_EQ(decide(pending.json().value(QLatin1String("id")).toString(), QStringLiteral("incomplete")).status, 200);
    const HttpReply incomplete
        = create(request(pending.json().value(QLatin1String("id")).toString()), token, "incomplete");
    EXPECT_EQ(incomplete.status, 409);
    EXPECT_EQ(incomplete.problemType(), QStringLiteral("enrollment-not-validated"));
}

} // namespace
} // namespace segurdesk::test
