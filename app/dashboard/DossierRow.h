#pragma once

#include "core/model/Money.h"
#include "core/model/Status.h"

#include <QDateTime>
#include <QHash>
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

    using Status = std::variant<model::EnrollmentStatus, model::AdvanceStatus>;

    QString id;
    QString number;
    QString company;
    QString siret;
    Status status;
    QDateTime updatedAt;
    // Including VAT; advance requests only.
    std::optional<model::Money> amount;
    QString profile;
    // Folded once (case, accents) by computeKeys(), in UTF-8, which is searched and compared
    // several times faster than UTF-16: what the search box looks in (number, company, SIRET,
    // profile), and the company as it sorts ("École" with the E).
    QByteArray searchKey;
    QByteArray companyKey;

    // Fills searchKey and companyKey from the fields.
    void computeKeys();

    friend bool operator==(const DossierRow&, const DossierRow&) = default;

    Kind kind() const { return kindOf(status); }
    // A draft of this computer, not sent yet (unsentDraftRows()), rather than a dossier of the portal.
    bool isDraft() const { return status == Status(model::EnrollmentStatus::Draft); }
    QString statusLabel() const { return statusLabelOf(status); }
    Tone tone() const;
    QString kindLabel() const { return kindLabel(kind()); }

    static Kind kindOf(const Status& status) { return status.index() == 0 ? Kind::Enrollment : Kind::AdvanceRequest; }
    static QString kindLabel(Kind kind);
    // "Validée", "Payée"…: in the current language.
    static QString statusLabelOf(const Status& status);
    // Every status a row may have: an enrollment's, then an advance request's, each in the
    // order a dossier goes through them.
    static QList<Status> everyStatus();
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

// The amounts (VAT included) of the advance requests among `rows`: requested (every one),
// granted (those the ASP did not refuse, paid or not) and paid.
struct AdvanceTotals
{
    model::Money requested;
    model::Money granted;
    model::Money paid;

    AdvanceTotals& operator+=(const AdvanceTotals& other)
    {
        requested = requested + other.requested;
        granted = granted + other.granted;
        paid = paid + other.paid;
        return *this;
    }
    friend bool operator==(const AdvanceTotals&, const AdvanceTotals&) = default;
};
// The advance amounts of each profile among `rows` that has advance requests.
using AdvanceTotalsByProfile = QHash<QString, AdvanceTotals>;
AdvanceTotalsByProfile advanceTotalsByProfile(const QList<DossierRow>& rows);

} // namespace segurdesk::dashboard
