// Accounts against the real sandbox: instruction, first login, password policy, lockout,
// recovery, token revocation and ownership between two accounts.
#include "tests/sandbox/SandboxTest.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>

namespace segurdesk::test {
namespace {

class AccountApiTest : public SandboxTest
{
};

TEST_F(AccountApiTest, ValidationOpensTheAccountAndSendsTheGuidesMails)
{
    EnrollmentForm form;
    const Credentials credentials = enrollValidated(form, "validated-1");
    EXPECT_FALSE(credentials.login.isEmpty());
    EXPECT_EQ(credentials.password.size(), 16);
    EXPECT_EQ(m_sandbox->mailCount(QStringLiteral("enrollment_received")), 1);
    EXPECT_EQ(m_sandbox->mailCount(QStringLiteral("enrollment_validated")), 1);
    EXPECT_EQ(m_sandbox->mailCount(QStringLiteral("credentials")), 1);

    const QString first = login(credentials.login, credentials.password);
    const HttpReply blocked = m_http->get(QStringLiteral("/api/v1/enrollments"), first);
    EXPECT_EQ(blocked.status, 403);
    EXPECT_EQ(blocked.problemType(), QStringLiteral("password-change-required"));
    const HttpReply session = m_http->get(QStringLiteral("/api/v1/auth/session"), first);
    EXPECT_TRUE(session.json().value(QLatin1String("must_change_password")).toBool());

    const QString token = activate(credentials);
    const HttpReply list = m_http->get(QStringLiteral("/api/v1/enrollments"), token);
    ASSERT_EQ(list.status, 200) << list.body.toStdString();
    EXPECT_EQ(list.json().value(QLatin1String("total")).toInt(), 1);
    const HttpReply detail = m_http->get(QStringLiteral("/api/v1/enrollments/") + credentials.enrollmentId, token);
    const QJsonArray history = detail.json().value(QLatin1String("status_history")).toArray();
    ASSERT_EQ(history.size(), 2);
    EXPECT_EQ(history.at(0).toObject().value(QLatin1String("status")).toString(), QStringLiteral("submitted"));
    EXPECT_EQ(history.at(1).toObject().value(QLatin1String("status")).toString(), QStringLiteral("validated"));
    EXPECT_EQ(detail.json().value(QLatin1String("documents")).toArray().size(), 4);
    EXPECT_EQ(detail.json().value(QLatin1String("dsr")).toString(), QStringLiteral("MSS Opérateurs"));
    EXPECT_EQ(detail.json().value(QLatin1String("solution_name")).toString(), QStringLiteral("Medimail"));
    EXPECT_EQ(detail.json().value(QLatin1String("developer_siret")).toString(), QStringLiteral("58816302200019"));
    EXPECT_EQ(detail.json().value(QLatin1String("role")).toString(), QStringLiteral("developer"));

    // The API copy of the credentials mail never shows the password.
    const HttpReply mails = m_http->get(QStringLiteral("/api/v1/mails"), token);
    EXPECT_EQ(mails.json().value(QLatin1String("total")).toInt(), 3);
    for (const auto& mail : mails.json().value(QLatin1String("items")).toArray()) {
        const HttpReply full = m_http->get(
            QStringLiteral("/api/v1/mails/") + mail.toObject().value(QLatin1String("id")).toString(), token);
        EXPECT_FALSE(full.json().value(QLatin1String("body")).toString().contains(credentials.password));
    }
}

TEST_F(AccountApiTest, PasswordPolicyIsEnforced)
{
    EnrollmentForm form;
    const Credentials credentials = enrollValidated(form, "policy");
    const QString token = login(credentials.login, credentials.password);
    struct Row
    {
        const char* name;
        QString current;
        QString next;
        QString confirmation;
        QString expected;
    };
    const std::vector<Row> rows = {
        {"too short", credentials.password, QStringLiteral("Ab1!ab"), QStringLiteral("Ab1!ab"),
         QStringLiteral("new_password:password.too_short")},
        {"three classes", credentials.password, QStringLiteral("Abcdefgh12345"), QStringLiteral("Abcdefgh12345"),
         QStringLiteral("new_password:password.classes")},
        {"contains the login", credentials.password, credentials.login + QStringLiteral("Aa1!x"),
         credentials.login + QStringLiteral("Aa1!x"), QStringLiteral("new_password:password.contains_login")},
        {"keeps the initial password", credentials.password, credentials.password, credentials.password,
         QStringLiteral("new_password:password.unchanged")},
        {"confirmation differs", credentials.password, QStringLiteral("Ségur-Desk-2023!"),
         QStringLiteral("Ségur-Desk-2024!"), QStringLiteral("new_password_confirmation:password.mismatch")},
        {"wrong current password", QStringLiteral("Wrong-Password-1"), QStringLiteral("Ségur-Desk-2023!"),
         QStringLiteral("Ségur-Desk-2023!"), QStringLiteral("current_password:password.wrong_current")},
    };
    for (const Row& row : rows) {
        const HttpReply reply
            = m_http->postJson(QStringLiteral("/api/v1/auth/password"),
                               QJsonObject {{QStringLiteral("current_password"), row.current},
                                            {QStringLiteral("new_password"), row.next},
                                            {QStringLiteral("new_password_confirmation"), row.confirmation}},
                               token);
        EXPECT_EQ(reply.status, 422) << row.name;
        EXPECT_TRUE(reply.fieldErrors().contains(row.expected))
            << row.name << ": " << reply.fieldErrors().join(QLatin1Char(' ')).toStdString();
    }
}

TEST_F(AccountApiTest, PasswordChangeRevokesOldTokensAndSecretQuestionIsRequired)
{
    EnrollmentForm form;
    const Credentials credentials = enrollValidated(form, "revoke");
    const QString first = login(credentials.login, credentials.password);
    const HttpReply changed = m_http->postJson(
        QStringLiteral("/api/v1/auth/password"),
        QJsonObject {{QStringLiteral("current_password"), credentials.password},
                     {QStringLiteral("new_password"), QStringLiteral("Ségur-Desk-2023!")},
                     {QStringLiteral("new_password_confirmation"), QStringLiteral("Ségur-Desk-2023!")}},
        first);
    ASSERT_EQ(changed.status, 200);
    EXPECT_EQ(m_http->get(QStringLiteral("/api/v1/auth/session"), first).status, 401);
    const QString token = changed.json().value(QLatin1String("token")).toString();
    EXPECT_EQ(m_http->get(QStringLiteral("/api/v1/enrollments"), token).problemType(),
              QStringLiteral("secret-question-required"));
    const HttpReply tooShort = m_http->putJson(QStringLiteral("/api/v1/auth/secret-question"),
                                               QJsonObject {{QStringLiteral("question"), QStringLiteral("?")},
                                                            {QStringLiteral("answer"), QStringLiteral("x")}},
                                               token);
    EXPECT_EQ(tooShort.status, 422);
    EXPECT_EQ(m_http
                  ->putJson(QStringLiteral("/api/v1/auth/secret-question"),
                            QJsonObject {{QStringLiteral("question"), QStringLiteral("Ville natale ?")},
                                         {QStringLiteral("answer"), QStringLiteral("Besançon")}},
                            token)
                  .status,
              204);
    EXPECT_EQ(m_http->get(QStringLiteral("/api/v1/enrollments"), token).status, 200);
    EXPECT_EQ(m_http
                  ->send(QByteArrayLiteral("POST"), QStringLiteral("/api/v1/auth/logout"), QByteArray(),
                         {{"Authorization", "Bearer " + token.toLatin1()}})
                  .status,
              204);
    EXPECT_EQ(m_http->get(QStringLiteral("/api/v1/enrollments"), token).status, 401);
}

TEST_F(AccountApiTest, BadTokensAreUnauthorized)
{
    for (const QString& token : {QString(), QStringLiteral("abc"), QString(64, QLatin1Char('0'))}) {
        const HttpReply reply = m_http->get(QStringLiteral("/api/v1/enrollments"), token);
        EXPECT_EQ(reply.status, 401);
        EXPECT_EQ(reply.header("WWW-Authenticate"), QByteArrayLiteral("Bearer"));
    }
}

TEST_F(AccountApiTest, LockoutAfterFiveFailuresLooksTheSameForUnknownLogins)
{
    EnrollmentForm form;
    const Credentials credentials = enrollValidated(form, "lockout");
    const auto attempt = [this](const QString& loginName, const QString& password) {
        return m_http->postJson(
            QStringLiteral("/api/v1/auth/login"),
            QJsonObject {{QStringLiteral("login"), loginName}, {QStringLiteral("password"), password}});
    };
    for (const QString& loginName : {credentials.login, QStringLiteral("mss-000000")}) {
        for (int i = 1; i <= 4; ++i) {
            const HttpReply reply = attempt(loginName, QStringLiteral("wrong-%1").arg(i));
            EXPECT_EQ(reply.status, 401) << i;
            EXPECT_EQ(reply.problemType(), QStringLiteral("invalid-credentials"));
        }
        const HttpReply fifth = attempt(loginName, QStringLiteral("wrong-5"));
        EXPECT_EQ(fifth.status, 423);
        EXPECT_EQ(fifth.header("Retry-After"), QByteArrayLiteral("900"));
    }
    EXPECT_EQ(attempt(credentials.login, credentials.password).status, 423);
    ASSERT_EQ(advanceClock(901).status, 200);
    EXPECT_EQ(attempt(credentials.login, credentials.password).status, 200);
}

TEST_F(AccountApiTest, ForgottenLoginAndPasswordGoThroughMail)
{
    EnrollmentForm form;
    const Credentials credentials = enrollValidated(form, "recovery");
    activate(credentials);

    EXPECT_EQ(m_http
                  ->postJson(QStringLiteral("/api/v1/auth/forgot-login"),
                             QJsonObject {{QStringLiteral("email"), QStringLiteral("nobody@example.fr")}})
                  .status,
              202);
    EXPECT_EQ(m_sandbox->mailCount(QStringLiteral("forgot_login")), 0);
    EXPECT_EQ(m_http
                  ->postJson(QStringLiteral("/api/v1/auth/forgot-login"),
                             QJsonObject {{QStringLiteral("email"), QStringLiteral("Marie.Dupont@example.fr")}})
                  .status,
              202);
    EXPECT_TRUE(m_sandbox->latestMail(QStringLiteral("forgot_login")).contains(credentials.login));

    const auto forgot = [this, &credentials] {
        EXPECT_EQ(m_http
                      ->postJson(QStringLiteral("/api/v1/auth/forgot-password"),
                                 QJsonObject {{QStringLiteral("login"), credentials.login}})
                      .status,
                  202);
        return QRegularExpression(QStringLiteral("\\b([0-9]{8})\\b"))
            .match(m_sandbox->latestMail(QStringLiteral("password_reset")))
            .captured(1);
    };
    const auto reset = [this, &credentials](const QString& code, const QString& answer) {
        return m_http->postJson(
            QStringLiteral("/api/v1/auth/reset-password"),
            QJsonObject {{QStringLiteral("login"), credentials.login},
                         {QStringLiteral("code"), code},
                         {QStringLiteral("secret_answer"), answer},
                         {QStringLiteral("new_password"), QStringLiteral("Nouveau-Secret-42")},
                         {QStringLiteral("new_password_confirmation"), QStringLiteral("Nouveau-Secret-42")}});
    };
    const QString code = forgot();
    ASSERT_EQ(code.size(), 8);
    const HttpReply wrongAnswer = reset(code, QStringLiteral("Paris"));
    EXPECT_EQ(wrongAnswer.status, 422);
    EXPECT_EQ(wrongAnswer.fieldErrors(), QStringList {QStringLiteral("code:reset.invalid")});
    EXPECT_EQ(reset(code, QStringLiteral("Besançon")).status, 422) << "a wrong attempt burns the code";
    const QString second = forgot();
    EXPECT_EQ(reset(second, QStringLiteral("  besancon ")).status, 204);
    EXPECT_EQ(reset(second, QStringLiteral("besancon")).status, 422) << "single use";
    EXPECT_FALSE(login(credentials.login, QStringLiteral("Nouveau-Secret-42")).isEmpty());
}

// An advance request for `enrollmentId` with small counts, the same now and at the closing date.
QJsonObject advanceCounts(const QString& enrollmentId)
{
    const QJsonObject counts {
        {QStringLiteral("applicative"), 1}, {QStringLiteral("organizational"), 2}, {QStringLiteral("personal"), 3}};
    return QJsonObject {{QStringLiteral("enrollment_id"), enrollmentId},
                        {QStringLiteral("current"), counts},
                        {QStringLiteral("estimated"), counts}};
}

TEST_F(AccountApiTest, OneAccountNeverSeesAnothersObjects)
{
    EnrollmentForm formA(QStringLiteral("alice@operateur-a.fr"));
    const Credentials alice = enrollValidated(formA, "owner-a");
    const QString tokenA = activate(alice);
    EnrollmentForm formB(QStringLiteral("bob@operateur-b.fr"));
    const Credentials bob = enrollValidated(formB, "owner-b");
    const QString tokenB = activate(bob);
    const HttpReply advance
        = m_http->postJson(QStringLiteral("/api/v1/advance-requests"), advanceCounts(alice.enrollmentId), tokenA,
                           {{"Idempotency-Key", "alice-advance"}});
    ASSERT_EQ(advance.status, 201) << advance.body.toStdString();
    const QString advanceId = advance.json().value(QLatin1String("id")).toString();
    const QString letterId = advance.json()
                                 .value(QLatin1String("documents"))
                                 .toArray()
                                 .at(0)
                                 .toObject()
                                 .value(QLatin1String("id"))
                                 .toString();
    const QString mailId
        = advance.json().value(QLatin1String("mails")).toArray().at(0).toObject().value(QLatin1String("id")).toString();

    const QStringList alicesObjects {
        QStringLiteral("/api/v1/enrollments/") + alice.enrollmentId,
        QStringLiteral("/api/v1/advance-requests/") + advanceId, QStringLiteral("/api/v1/documents/") + letterId,
        QStringLiteral("/api/v1/mails/") + mailId, QStringLiteral("/api/v1/payments/") + advanceId};
    for (const QString& path : alicesObjects) {
        EXPECT_EQ(m_http->get(path, tokenA).status, 200) << path.toStdString();
        const HttpReply stolen = m_http->get(path, tokenB);
        EXPECT_EQ(stolen.status, 404) << path.toStdString();
        EXPECT_EQ(stolen.problemType(), QStringLiteral("not-found"));
    }
    EXPECT_EQ(m_http->get(QStringLiteral("/api/v1/enrollments"), tokenB).json().value(QLatin1String("total")).toInt(),
              1);
    EXPECT_EQ(m_http->get(QStringLiteral("/api/v1/payments"), tokenB).json().value(QLatin1String("total")).toInt(), 0);
    EXPECT_EQ(m_http->get(QStringLiteral("/api/v1/mails?advance_request_id=") + advanceId, tokenB)
                  .json()
                  .value(QLatin1String("total"))
                  .toInt(),
              0);
    const HttpReply hijack
        = m_http->postJson(QStringLiteral("/api/v1/advance-requests"), advanceCounts(alice.enrollmentId), tokenB,
                           {{"Idempotency-Key", "bob-hijack"}});
    EXPECT_EQ(hijack.status, 422);
    EXPECT_EQ(hijack.fieldErrors(), QStringList {QStringLiteral("enrollment_id:enrollment.unknown")});
}

TEST_F(AccountApiTest, SecondDossierOfTheSameDepositorOpensAccessOnTheSameAccount)
{
    EnrollmentForm first;
    const Credentials credentials = enrollValidated(first, "same-1");
    const QString token = activate(credentials);
    EnrollmentForm second;
    second.set(QStringLiteral("applicant.trade_name"), QStringLiteral("Medimail Pro"));
    const HttpReply submitted = submit(second, "same-2");
    ASSERT_EQ(submitted.status, 201);
    EXPECT_EQ(decide(submitted.json().value(QLatin1String("id")).toString()).status, 200);
    EXPECT_EQ(m_sandbox->mailCount(QStringLiteral("access_opened")), 1);
    EXPECT_EQ(m_sandbox->mailCount(QStringLiteral("credentials")), 1);
    const HttpReply page = m_http->get(QStringLiteral("/api/v1/enrollments?per_page=1"), token);
    EXPECT_EQ(page.json().value(QLatin1String("total")).toInt(), 2);
    EXPECT_TRUE(page.header("Link").contains("rel=\"next\""));
    EXPECT_EQ(m_http->get(QStringLiteral("/api/v1/enrollments?per_page=0"), token).status, 400);
    EXPECT_EQ(m_http->get(QStringLiteral("/api/v1/enrollments?page=x"), token).status, 400);
}

TEST_F(AccountApiTest, FixtureRulesDecideAfterTheConfiguredDelay)
{
    struct Row
    {
        const char* name;
        const char* siret;
        const char* company;
        const char* status;
        const char* mail;
    };
    const Row rows[] = {
        {"incomplete by fixture", "45716331900017", "CARDIO PLUS", "incomplete", "enrollment_incomplete"},
        {"rejected by fixture", "71554798000014", "DERMATOLOGIE LUMIÈRE", "rejected", "enrollment_rejected"},
    };
    int serial = 0;
    for (const Row& row : rows) {
        EnrollmentForm form;
        form.set(QStringLiteral("applicant.siret"), QString::fromLatin1(row.siret));
        form.set(QStringLiteral("applicant.company_name"), QString::fromUtf8(row.company));
        form.documents.insert(QStringLiteral("purchase_order"), EnrollmentForm::pdf());
        const HttpReply reply = submit(form, "fixture-" + QByteArray::number(++serial));
        ASSERT_EQ(reply.status, 201) << row.name << reply.body.toStdString();
        EXPECT_EQ(m_sandbox->mailCount(QString::fromLatin1(row.mail)), 0) << row.name;
        ASSERT_EQ(advanceClock(86401).status, 200);
        EXPECT_EQ(m_sandbox->mailCount(QString::fromLatin1(row.mail)), 1) << row.name;
        const HttpReply again = decide(reply.json().value(QLatin1String("id")).toString());
        EXPECT_EQ(again.status, 409) << row.name;
        EXPECT_EQ(again.problemType(), QStringLiteral("already-decided"));
    }
    EXPECT_EQ(m_sandbox->mailCount(QStringLiteral("credentials")), 0);
}

TEST_F(AccountApiTest, TokensExpire)
{
    EnrollmentForm form;
    const QString token = activate(enrollValidated(form, "expiry"));
    EXPECT_EQ(m_http->get(QStringLiteral("/api/v1/auth/session"), token).status, 200);
    ASSERT_EQ(advanceClock(3601).status, 200);
    EXPECT_EQ(m_http->get(QStringLiteral("/api/v1/auth/session"), token).status, 401);
}

class DemoSeedTest : public SandboxTest
{
protected:
    QStringList arguments() const override { return {QStringLiteral("--seed-demo")}; }
};

TEST_F(DemoSeedTest, DemoAccountHasDossiersInEveryStatus)
{
    const QString token = login(QStringLiteral("demo"), QStringLiteral("Demo-Segur-2023!"));
    const HttpReply session = m_http->get(QStringLiteral("/api/v1/auth/session"), token);
    EXPECT_FALSE(session.json().value(QLatin1String("must_change_password")).toBool());
    const HttpReply list = m_http->get(QStringLiteral("/api/v1/enrollments"), token);
    ASSERT_EQ(list.status, 200) << list.body.toStdString();
    QStringList statuses;
    for (const auto& item : list.json().value(QLatin1String("items")).toArray())
        statuses.append(item.toObject().value(QLatin1String("status")).toString());
    statuses.sort();
    EXPECT_EQ(statuses,
              (QStringList {QStringLiteral("incomplete"), QStringLiteral("submitted"), QStringLiteral("validated"),
                            QStringLiteral("validated")}));
    const HttpReply payments = m_http->get(QStringLiteral("/api/v1/payments"), token);
    ASSERT_EQ(payments.json().value(QLatin1String("total")).toInt(), 1);
    EXPECT_EQ(payments.json()
                  .value(QLatin1String("items"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QLatin1String("status"))
                  .toString(),
              QStringLiteral("paid"));
    const HttpReply advances = m_http->get(QStringLiteral("/api/v1/advance-requests"), token);
    const QString letter = advances.json()
                               .value(QLatin1String("items"))
                               .toArray()
                               .at(0)
                               .toObject()
                               .value(QLatin1String("documents"))
                               .toArray()
                               .at(0)
                               .toObject()
                               .value(QLatin1String("url"))
                               .toString();
    const HttpReply pdf = m_http->get(letter, token);
    EXPECT_EQ(pdf.status, 200);
    EXPECT_TRUE(pdf.body.startsWith("%PDF-"));
}

// The demonstration account holds the mails a real one would: for each enrollment its
// acknowledgement and the ASP's decision (with the access opened to the account when validated),
// and for the advance its decision and its payment.
TEST_F(DemoSeedTest, DemoAccountHoldsTheMailsOfEachDossier)
{
    const QString token = login(QStringLiteral("demo"), QStringLiteral("Demo-Segur-2023!"));
    const HttpReply mails = m_http->get(QStringLiteral("/api/v1/mails?per_page=100"), token);
    ASSERT_EQ(mails.status, 200) << mails.body.toStdString();
    QStringList kinds;
    for (const auto& item : mails.json().value(QLatin1String("items")).toArray()) {
        const QJsonObject mail = item.toObject();
        kinds.append(mail.value(QLatin1String("kind")).toString());
        EXPECT_FALSE(mail.value(QLatin1String("enrollment_id")).toString().isEmpty()) << kinds.last().toStdString();
        EXPECT_LE(QDateTime::fromString(mail.value(QLatin1String("sent_at")).toString(), Qt::ISODateWithMs),
                  QDateTime::currentDateTimeUtc());
    }
    kinds.sort();
    EXPECT_EQ(kinds,
              (QStringList {QStringLiteral("access_opened"), QStringLiteral("access_opened"),
                            QStringLiteral("advance_decided"), QStringLiteral("enrollment_incomplete"),
                            QStringLiteral("enrollment_received"), QStringLiteral("enrollment_received"),
                            QStringLiteral("enrollment_received"), QStringLiteral("enrollment_received"),
                            QStringLiteral("enrollment_validated"), QStringLiteral("enrollment_validated"),
                            QStringLiteral("payment_sent")}));
}

} // namespace
} // namespace segurdesk::test
