# Sourced by the benchmarks: make_docs DIR BYTES writes the six documents of a tiers déclarant's
# dossier; dossier FILE DOCDIR TRADE_NAME writes the dossier file that names them.
# Documents: one-page PDFs whose bulk is a content stream of random bytes, as in a scan
# (bench/sandbox/make-pdf.py). Padding a small PDF with megabytes after %%EOF would measure
# PDFium's backward search for the trailer instead, which no real document makes it do.
make_docs() { # DIR BYTES
    mkdir -p "$1"
    for name in certificat contrat cni-representant passeport-depositaire contrat-prestation rib; do
        python3 "$(dirname "${BASH_SOURCE[0]}")/../sandbox/make-pdf.py" "$1/$name.pdf" "$2"
    done
}

dossier() { # FILE DOCDIR TRADE_NAME
    cat >"$1" <<JSON
{"format_version": 1, "referencing": {"number": "MSS-2022-0042"},
 "applicant": {"siret": "58816302200019", "company_name": "MEDIMAIL CONNECT SA", "trade_name": "$3",
   "address": {"street": "10 quai de la Fosse", "postal_code": "44000", "city": "NANTES"},
   "is_legal_representative": false},
 "representative": {"last_name": "Martin", "first_name": "Claire", "email": "c.martin@medimail.example.fr",
   "email_confirmation": "c.martin@medimail.example.fr", "phone": "06 12 34 56 78", "id_document_type": "national_id"},
 "depositor": {"last_name": "Durand", "first_name": "Paul", "email": "p.durand@cabinet.example.fr",
   "email_confirmation": "p.durand@cabinet.example.fr", "phone": "+33 1 23 45 67 89", "id_document_type": "passport"},
 "third_party_role": "accountant",
 "bank": {"iban": "FR76 3000 6000 0112 3456 7890 189", "bic": "AGRIFRPP", "holder": "MEDIMAIL CONNECT SA"},
 "vat_rate": "20",
 "declarations": {"terms_of_use": true, "penal_code_441_7": true, "information_authentic": true},
 "documents": {"referencing_certificate": "$2/certificat.pdf", "operator_contract": "$2/contrat.pdf",
   "representative_id_document": "$2/cni-representant.pdf", "depositor_id_document": "$2/passeport-depositaire.pdf",
   "service_contract": "$2/contrat-prestation.pdf", "rib": "$2/rib.pdf"}}
JSON
}

