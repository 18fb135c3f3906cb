#pragma once

#include "core/model/AdvanceRequest.h"
#include "core/portal/AdvanceRequestRecord.h"
#include "core/portal/MailMessage.h"
#include "core/portal/PortalError.h"

#include <QByteArray>
#include <QHash>
#include <QObject>

#include <array>
#include <memory>

namespace segurdesk::portal {
class PortalClient;
class PortalRequest;
} // namespace segurdesk::portal

namespace segurdesk::services {

// What the operator does with the account's dossiers beyond listing them (DossierSync): download a
// document (an uploaded part or the ASP's decision letter), read a mail the portal sent, and
// request the advance of a validated enrollment.
//
// Asynchronous, on the thread that owns it; the client (logged in) must outlive this object.
// Each answer comes from the event loop as its own signal, or failed() with the kind and the
// portal's error. A new download or mail abandons the one of its kind still running (the user
// moved on), whose answer never arrives. An advance request is never abandoned: while one runs,
// isBusy(Advance) is true and requestAdvance() is refused.
//
// Exactly once: the Idempotency-Key of an advance request is kept, per enrollment, for the same
// counts until the portal has decided it, so that sending it again after a fault (a timeout, a
// lost connection, the user clicking again) is answered with the first decision instead of
// making a second request. Other counts make a new key: the portal takes one request per
// enrollment and refuses the second (AdvanceAlreadyRequested), so a front end keeps the counts
// as they were sent while the outcome is unknown (isOutcomeUnknown()).
class DossierActions : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DossierActions)

public:
    enum class Kind { Document, Mail, Advance };
    Q_ENUM(Kind)

    explicit DossierActions(portal::PortalClient& client, QObject* parent = nullptr);
    ~DossierActions() override;

    void downloadDocument(const QString& id);
    void readMail(const QString& id);
    // Returns false, doing nothing, while an advance request runs.
    bool requestAdvance(const model::AdvanceRequest& request);

    bool isBusy(Kind kind) const { return m_running.at(std::size_t(kind)) != nullptr; }
    // Whether `error`, the failure of an advance request, leaves unknown whether the portal
    // recorded it (no answer came, or a transient one): the same request must then be sent again.
    static bool isOutcomeUnknown(const portal::PortalError& error);

signals:
    // `fileName` as the portal names the file (a bare name).
    void documentReady(const QString& id, const QString& fileName, const QByteArray& content);
    void mailReady(const segurdesk::portal::MailMessage& mail);
    void advanceDecided(const segurdesk::portal::AdvanceRequestRecord& advance);
    void failed(segurdesk::services::DossierActions::Kind kind, const segurdesk::portal::PortalError& error);

private:
    portal::PortalClient& m_client;
    std::array<std::unique_ptr<portal::PortalRequest>, 3> m_running;
    // Per enrollment, the advance request last sent and its key, until the portal decides it.
    QHash<QString, std::pair<model::AdvanceRequest, QByteArray>> m_advanceKeys;
};

} // namespace segurdesk::services
