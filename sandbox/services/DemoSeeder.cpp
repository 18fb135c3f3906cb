#include "sandbox/services/DemoSeeder.h"

#include "core/model/Money.h"
#include "core/validation/Iban.h"
#include "sandbox/services/DecisionLetter.h"
#include "sandbox/services/PortalMails.h"
#include "sandbox/services/SecureTokens.h"

#include <QJsonDocument>

#include <span>

namespace segurdesk::sandbox {

namespace {

struct DemoDossier
{
    const char* siret;
    const char* company;
    const char* tradeName;
    const char* referencing;
    const char* role;
    const char* status;
    qint64 ageDays;
    bool advance;
};

const DemoDossier kDemoDossiers[] = {
    {"58816302200019", "MEDIMAIL CONNECT SA", "Medimail", "MSS-2022-0042", "developer", "validated", 40, true},
    {"83241552500019", "CLINIQUE DES CÈDRES", "Cèdres Messagerie", "MSS-2022-0042", "buyer", "validated", 20, false},
    {"45716331900017", "CARDIO PLUS", "Cardio Plus MSS", "MSS-2022-0042", "buyer", "incomplete", 10, false},
    {"45809806800042", "PHARMACIE DU MARCHÉ", "Pharmacie du Marché", "MSS-2022-0042", "buyer", "submitted", 0, false},
};

// A tiers déclarant's second profile: an accounting firm filing for another operator.
const DemoDossier kFirmDossiers[] = {
    {"52138694600011", "SANTÉ LIEN OUEST", "Santé Lien Ouest", "MSS-2022-0042", "buyer", "validated", 30, true},
    {"79420318200017", "CENTRE MÉDICAL DES DUNES", "Dunes Messagerie", "MSS-2022-0042", "buyer", "submitted", 2, false},
};

struct DemoAccount
{
    const char* login;
    const char* displayName;
    const char* email;
    std::span<const DemoDossier> dossiers;
};

const DemoAccount kAccounts[] = {
    {DemoSeeder::Login, "Camille Démo", "demo@operateur-mss.example.fr", kDemoDossiers},
    {DemoSeeder::FirmLogin, "Cabinet Moreau", "depot@cabinet-moreau.example.fr", kFirmDossiers},
};

bool seedAccount(SandboxServices& services, const DemoAccount& demoAccount);

} // namespace

bool DemoSeeder::seed(SandboxServices& services, QString* error)
{
    SandboxDatabase& db = services.db;
    if (!db.transaction()) {
        *error = tr("Cannot seed the demonstration data.");
        return false;
    }
    bool ok = true;
    for (const DemoAccount& account : kAccounts) {
        if (ok
            && !db.scalar(QStringLiteral("SELECT id FROM accounts WHERE login = ?"), {QLatin1String(account.login)})
                    .isValid())
            ok = seedAccount(services, account);
    }
    if (!ok || !db.commit()) {
        db.rollback();
        *error = tr("Cannot seed the demonstration data.");
        return false;
    }
    return true;
}

namespace {

// The account and its dossiers, within the caller's transaction.
bool seedAccount(SandboxServices& services, const DemoAccount& demoAccount)
{
    SandboxDatabase& db = services.db;
    const QDateTime now = services.clock.now();
    const QString login = QLatin1String(demoAccount.login);
    const QString email = QLatin1String(demoAccount.email);
    const QString name = QString::fromUtf8(demoAccount.displayName);
    const QString iban = QStringLiteral("FR7630006000011234567890189");
    const QString hash
        = SecureTokens::hashPassword(QLatin1String(DemoSeeder::Password), services.config.pbkdf2Iterations());
    QSqlQuery& account = db.run(
        QStringLiteral("INSERT INTO accounts (login, email, display_name, password_hash, initial_password_hash,"
                       " must_change_password, secret_question, secret_answer_hash, created_at)"
                       " VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?)"),
        {login, email, name, hash,
         SecureTokens::hashPassword(SecureTokens::randomPassword(16), services.config.pbkdf2Iterations()),
         QStringLiteral("Ville natale ?"),
         SecureTokens::hashPassword(QStringLiteral("lyon"), services.config.pbkdf2Iterations()),
         now.addDays(-41).toMSecsSinceEpoch()});
    bool ok = account.isActive();
    const qint64 accountId = account.lastInsertId().toLongLong();
    for (const DemoDossier& demo : demoAccount.dossiers) {
        if (!ok)
            break;
        const QDateTime received = now.addDays(-demo.ageDays);
        const QJsonObject dossier {
            {QStringLiteral("referencing"), QJsonObject {{QStringLiteral("number"), QLatin1String(demo.referencing)}}},
            {QStringLiteral("applicant"),
             QJsonObject {{QStringLiteral("siret"), QLatin1String(demo.siret)},
                          {QStringLiteral("company_name"), QString::fromUtf8(demo.company)},
                          {QStringLiteral("trade_name"), QString::fromUtf8(demo.tradeName)},
                          {QStringLiteral("is_legal_representative"), true}}},
            {QStringLiteral("bank"),
             QJsonObject {{QStringLiteral("iban"), iban},
                          {QStringLiteral("bic"), QStringLiteral("SOGEFRPP")},
                          {QStringLiteral("holder"), QString::fromUtf8(demo.company)}}},
            {QStringLiteral("vat_rate"), QStringLiteral("20")}};
        QSqlQuery& insert = db.run(
            QStringLiteral("INSERT INTO enrollments (account_id, status, received_at, updated_at, decide_at,"
                           " planned_decision, siret, company_name, trade_name, referencing_number, role, vat_rate,"
                           " domiciliation, contact_email, contact_name, dossier_json)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '20', ?, ?, ?, ?)"),
            {accountId, QLatin1String(demo.status), received.toMSecsSinceEpoch(),
             received.addDays(1).toMSecsSinceEpoch(), services.instruction->decisionTime(received).toMSecsSinceEpoch(),
             services.instruction->plannedDecision(QLatin1String(demo.siret)), QLatin1String(demo.siret),
             QString::fromUtf8(demo.company), QString::fromUtf8(demo.tradeName), QLatin1String(demo.referencing),
             QLatin1String(demo.role), QStringLiteral("SOCIETE GENERALE PARIS OPERA"), email, name,
             QString::fromUtf8(QJsonDocument(dossier).toJson(QJsonDocument::Compact))});
        ok = insert.isActive();
        const qint64 id = insert.lastInsertId().toLongLong();
        const QString number = QStringLiteral("ENR-%1-%2").arg(received.date().year()).arg(id, 6, 10, QLatin1Char('0'));
        ok = ok && db.run(QStringLiteral("UPDATE enrollments SET number = ? WHERE id = ?"), {number, id}).isActive();
        ok = ok
            && db.run(QStringLiteral(
                          "INSERT INTO status_history (enrollment_id, status, at) VALUES (?, 'submitted', ?)"),
                      {id, received.toMSecsSinceEpoch()})
                   .isActive();
        const QString company = QString::fromUtf8(demo.company);
        // The mails a real account holds, dated as the events they announce.
        OutgoingMail receipt = PortalMails::received(id, number, company, email);
        receipt.accountId = accountId;
        receipt.sentAt = received;
        ok = ok && services.mailer->send(receipt) > 0;
        if (QByteArray(demo.status) != "submitted") {
            const QDateTime decidedAt = received.addDays(1);
            ok = ok
                && db.run(QStringLiteral("INSERT INTO status_history (enrollment_id, status, at) VALUES (?, ?, ?)"),
                          {id, QLatin1String(demo.status), decidedAt.toMSecsSinceEpoch()})
                       .isActive();
            QList<OutgoingMail> mails {
                PortalMails::decided(accountId, id, QLatin1String(demo.status), number, company, QString(), email)};
            if (QByteArray(demo.status) == "validated")
                mails << PortalMails::accessOpened(accountId, id, login, number, email);
            for (OutgoingMail& mail : mails) {
                mail.sentAt = decidedAt;
                ok = ok && services.mailer->send(mail) > 0;
            }
        }
        if (!demo.advance || !ok)
            continue;
        // The advance is the fixed part, capped: the amount for no mailbox at all.
        const auto rule = services.config.funding();
        const model::Money ht = rule ? rule->amountExcludingVat(model::MailboxCounts()) : model::Money();
        const model::Money ttc = ht.includingVat(model::VatRate::fromHundredths(2000));
        const QDateTime decided = received.addDays(5);
        const QDateTime paid = decided.addDays(10);
        const QJsonObject counts {{QStringLiteral("applicative"), 12},
                                  {QStringLiteral("organizational"), 40},
                                  {QStringLiteral("personal"), 850}};
        QSqlQuery& advance = db.run(
            QStringLiteral(
                "INSERT INTO advance_requests (enrollment_id, account_id, created_at, counts_json, vat_rate,"
                " amount_ht, amount_ttc, pending_at, paid_at, iban_masked) VALUES (?, ?, ?, ?, '20', ?, ?, ?, ?, ?)"),
            {id, accountId, decided.toMSecsSinceEpoch(),
             QString::fromUtf8(
                 QJsonDocument(QJsonObject {{QStringLiteral("current"), counts}, {QStringLiteral("estimated"), counts}})
                     .toJson(QJsonDocument::Compact)),
             ht.cents(), ttc.cents(), decided.addDays(3).toMSecsSinceEpoch(), paid.toMSecsSinceEpoch(),
             validation::maskIban(iban)});
        ok = advance.isActive();
        // Announced by the first request, as a payment made while the sandbox was stopped.
        services.payments->noteScheduled(paid);
        const qint64 advanceId = advance.lastInsertId().toLongLong();
        const QString advanceNumber
            = QStringLiteral("AVA-%1-%2").arg(decided.date().year()).arg(advanceId, 6, 10, QLatin1Char('0'));
        ok = ok
            && db.run(QStringLiteral("UPDATE advance_requests SET number = ? WHERE id = ?"), {advanceNumber, advanceId})
                   .isActive();
        DecisionLetter::Data letter {QString::fromUtf8(demo.company),
                                     QLatin1String(demo.siret),
                                     QStringLiteral("12 quai Marcel Boyer\n94200 IVRY-SUR-SEINE"),
                                     number,
                                     advanceNumber,
                                     ht.toDecimalString(),
                                     ttc.toDecimalString(),
                                     QStringLiteral("20 %"),
                                     services.config.fundingRule().value(QLatin1String("reference")).toString(),
                                     decided};
        OutgoingMail decision
            = PortalMails::advanceDecided({accountId, id, advanceId, advanceNumber, number, ht.toDecimalString(),
                                           ttc.toDecimalString(), validation::maskIban(iban)},
                                          email);
        decision.sentAt = decided;
        ok = ok && services.mailer->send(decision) > 0;
        const QByteArray pdf = DecisionLetter::render(letter);
        ok = ok
            && db.run(QStringLiteral(
                          "INSERT INTO documents (enrollment_id, advance_id, kind, filename, content_type, size,"
                          " sha256, created_at, content) VALUES (?, ?, 'decision_letter', ?, 'application/pdf', ?, ?, "
                          "?, ?)"),
                      {id, advanceId, QStringLiteral("decision-%1.pdf").arg(advanceNumber), pdf.size(),
                       SecureTokens::sha256Hex(pdf), decided.toMSecsSinceEpoch(), pdf})
                   .isActive();
    }
    return ok;
}

} // namespace

} // namespace segurdesk::sandbox
