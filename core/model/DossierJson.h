#pragma once

#include "core/model/Dossier.h"
#include "core/model/FieldError.h"

#include <QByteArray>
#include <QJsonObject>

namespace segurdesk::model {

// The dossier as JSON (docs/dossier-format.md), in two flavours sharing every member name
// with the portal contract's DossierInput (docs/portal-api.yaml):
// - File: a dossier file prepared by hand or exported for batch work. It adds `documents`
//   (part name → file path relative to the file's folder), `format_version`, and the lookup
//   results (`referencing.dsr`, `.solution_name`, `.developer_siret`, `.developer_name`,
//   `applicant.company_name_edited`, `bank.domiciliation`).
// - PortalInput: the `dossier` part of POST /enrollments. The members the portal decides
//   (lookup results, `status`, `number`, `amounts`, `owner`, `documents`, …) are ignored when
//   read and never written; `captcha` is accepted and left to the caller.
//
// Parsing never throws and never stops at the first problem: each member of the wrong type,
// each unknown member and each unknown choice is one FieldError at its path, and the rest of
// the dossier is still read. Values are kept as written; DossierValidator judges them.
class DossierJson
{
public:
    enum class Mode { File, PortalInput };

    static constexpr int FormatVersion = 1;
    // Anything bigger is not a dossier (attachments are separate files).
    static constexpr qsizetype MaxBytes = qsizetype {1024} * 1024;

    struct Parsed
    {
        Dossier dossier;
        FieldErrors errors;
    };

    // Any bytes: invalid UTF-8/JSON, a non-object root or an oversize input give a single
    // error at field "" (code json.syntax, json.not_object, json.too_large).
    static Parsed parse(const QByteArray& bytes, Mode mode = Mode::File);
    static Parsed fromJson(const QJsonObject& root, Mode mode = Mode::File);

    static QJsonObject toJson(const Dossier& dossier, Mode mode = Mode::File);
    static QByteArray toBytes(const Dossier& dossier, Mode mode = Mode::File);
};

} // namespace segurdesk::model
