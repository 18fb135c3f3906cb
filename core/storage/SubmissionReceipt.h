#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace segurdesk::storage {

// The portal's acknowledgement of a submission (EnrollmentReceipt in docs/portal-api.yaml).
struct SubmissionReceipt
{
    QString portalId;
    QString number; // numéro de dossier
    QDateTime receivedAt;

    bool isValid() const { return !number.isEmpty() && receivedAt.isValid(); }
    // The contract's field names: id, number, received_at.
    QJsonObject toJson() const;
    static SubmissionReceipt fromJson(const QJsonObject& json);
    bool operator==(const SubmissionReceipt&) const = default;
};

} // namespace segurdesk::storage
