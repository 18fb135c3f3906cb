#pragma once

#include "core/model/Money.h"
#include "core/model/Status.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>
#include <variant>

namespace segurdesk::services {
struct DossierSnapshot;
}

namespace segurdesk::dashboard {

// One line of the dashboard: an enrollment or an advance request of one profile, as the portal
// last gave it. A plain value, copied freely between threads.
struct DossierRow
{
    enum class Kind { Enrollment, AdvanceRequest };
    // How a status reads at a glance, beside its words: still with the ASP, done, waiting for the
    // operator, refused.
    enum class Tone { InProgress, Done, ToDo, Refused };

    QString id;
    QString number;
    QString company;
    QString siret;
    std::variant<model::EnrollmentStatus, model::AdvanceStatus> status;
    QDateTime updatedAt;
    // Including VAT; advance requests only.
    std::optional<model::Money> amount;
    QString profile;
    // What the search box looks in, folded once (case, accents): number, company, SIRET, profile;
    // in UTF-8, which is searched several times faster than UTF-16.
    QByteArray searchKey;

    Kind kind() const { return status.index() == 0 ? Kind::Enrollment : Kind::AdvanceRequest; }
    QString statusId() const;
    QString statusLabel() const;
    Tone tone() const;
    QString kindLabel() const;
};

// The rows of `snapshot`, which belongs to `profile`: each enrollment, then each advance request
// named after its enrollment's company. `unreadable` counts the objects that do not follow the
// portal contract (an old cache), which are left out.
struct DossierRows
{
    QList<DossierRow> rows;
    int unreadable = 0;
};
DossierRows dossierRows(const services::DossierSnapshot& snapshot, const QString& profile);

// `text` as the search compares it: lower case, accents removed ("Société" finds "societe").
QString searchFolded(const QString& text);

} // namespace segurdesk::dashboard
