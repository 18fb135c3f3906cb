#pragma once

#include <QByteArray>

namespace segurdesk::portal::test {

// Replies as docs/portal-api.yaml describes them, one per reply type.
inline const QByteArray kConfigJson = R"json({
  "call": {"name": "Appel à financement MSS Opérateurs", "opens_at": "2022-10-01T00:00:00Z",
           "closes_at": "2030-06-30T21:59:59Z", "counts_reference_date": "2023-06-30", "open": true},
  "upload": {"max_bytes": 4194304, "max_request_bytes": 50000000,
             "accepted_types": ["application/pdf", "image/jpeg", "image/png"]},
  "vat_rates": [{"code": "20", "percent": "20", "label": "20 %"}, {"code": "8.5", "percent": "8.5", "label": "8,5 %"},
                {"code": "exempt", "percent": "0", "label": "Non assujetti (HT)"
}],
  "funding_rule": {"reference": "Arrêté du 9 septembre 2022", "rate_applicative": "58.33",
                   "rate_organizational": "20.83", "rate_personal": "5.00", "fixed_amount": "6666.67", "cap": "250000.00"},
  "templates": [{"name": "service-contract", "title": "Modèle de contrat de prestation",
                 "url": "/api/v1/templates/service-contract"}],
  "auth": {"password_min_length": 12, "lockout_attempts": 5, "lockout_seconds": 900},
  "captcha_ttl_seconds": 300,
  "added_later":
{
    "ignored" : true
}
})json";

// A 1×1 PNG, base64.
inline const QByteArray kCaptchaJson = R"json({"id": "c-1",
  "png_base64": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "width": 200, "height": 70, "expires_at": "2023-03-14T09:31:53Z"})json";

inline const QByteArray kReferencingJson = R"json({"number": "MSS-2022-0042", "dsr": "MSS Opérateurs",
  "solution_name": "MediMail Pro", "developer_siret": "73282932000074", "developer_name": "MediMail SAS"})json";

inline const QByteArray kCompanyJson = R"json({"siret": "73282932000074", "siren": "732829320",
  "company_name": "MEDIMAIL SAS", "address": {"street": "9 rue du Colonel Pierre Avia", "postal_code": "75015",
  "city": "Paris", "building": null}, "naf": "62.01Z"})json";

inline const QByteArray kBankJson = R"json({"bic": "BNPAFRPPXXX", "bank_name": "BNP Paribas",
  "domiciliation": "BNP PARIBAS PARIS CENTRE", "country": "FR"})json";

inline const QByteArray kReceiptJson = R"json({"id": "e-17", "number": "ENR-2023-000042", "status": "submitted",
  "received_at": "2023-03-14T09:26:53.250+01:00"})json";

inline const QByteArray kEnrollmentJson = R"json({"id": "e-17", "number": "ENR-2023-000042", "status": "validated",
  "received_at": "2023-03-14T09:26:53Z", "updated_at": "2023-03-15T10:00:00Z", "siret": "73282932000074",
  "company_name": "MEDIMAIL SAS", "trade_name": "MediMail", "referencing_number": "MSS-2022-0042",
  "role": "buyer", "dsr": "MSS Opérateurs", "vat_rate": "8.5", "domiciliation": "BNP PARIBAS",
  "status_history": [{"status": "submitted", "at": "2023-03-14T09:26:53Z"},
                     {"status": "validated", "at": "2023-03-15T10:00:00Z", "comment": "OK"}],
  "dossier": {"referencing": {"number": "MSS-2022-0042"}},
  "documents": [{"id": "d-1", "kind": "rib", "filename": "rib.pdf", "content_type": "application/pdf",
                 "size": 1234, "sha256": "ab", "created_at": "2023-03-14T09:26:53Z", "url": "/api/v1/documents/d-1"}],
  "advance_request_id": null})json";

inline const QByteArray kEnrollmentPageJson = R"json({"items": [{"id": "e-17", "number": "ENR-2023-000042",
  "status": "incomplete", "received_at": "2023-03-14T09:26:53Z", "updated_at": "2023-03-15T10:00:00Z",
  "siret": "73282932000074", "company_name": "MEDIMAIL SAS", "referencing_number": "MSS-2022-0042"}],
  "page": 1, "per_page": 20, "total": 21})json";

inline const QByteArray kSessionJson = R"json({"token": "00ff", "expires_at": "2023-03-14T10:26:53Z",
  "login": "jdupont", "email": "j.dupont@example.fr", "must_change_password": true, "secret_question_set": false})json";

inline const QByteArray kAdvanceJson = R"json({"id": "a-1", "number": "AVA-2023-000007", "enrollment_id": "e-17",
  "enrollment_number": "ENR-2023-000042", "status": "payment-pending", "created_at": "2023-04-01T08:00:00Z",
  "decided_at": "2023-04-01T08:00:00Z",
  "current": {"applicative": 10, "organizational": 2, "personal": 300},
  "estimated": {"applicative": 12, "organizational": 3, "personal": 350},
  "vat_rate": "20", "amount_ht": "6666.67", "amount_ttc": "8000.00",
  "status_history": [{"status": "decided", "at": "2023-04-01T08:00:00Z"}],
  "documents": [], "mails": [{"id": "m-3", "kind": "advance_decided", "subject": "Décision", "to": "a@b.fr",
                              "sent_at": "2023-04-01T08:00:01Z", "advance_request_id": "a-1"}],
  "payment_id": "p-1"})json";

inline const QByteArray kPaymentJson = R"json({"id": "p-1", "advance_request_id": "a-1", "enrollment_id": "e-17",
  "status": "paid", "amount_ttc": "8000.00", "iban_masked": "FR76 **** **** **** **** ***1 234",
  "decided_at": "2023-04-01T08:00:00Z", "payment_pending_at": "2023-04-02T08:00:00Z", "paid_at": null,
  "status_history": []})json";

inline const QByteArray kMailJson = R"json({"id": "m-1", "kind": "credentials", "subject": "Vos identifiants",
  "to": "j.dupont@example.fr", "sent_at": "2023-03-15T10:00:05Z", "enrollment_id": "e-17",
  "body": "Bonjour,\n..."})json";

} // namespace segurdesk::portal::test
