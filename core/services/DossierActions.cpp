#include "core/services/DossierActions.h"

#include "core/portal/AdvanceRequestSubmission.h"
#include "core/portal/DocumentDownloadRequest.h"
#include "core/portal/MailRequest.h"
#include "core/services/RequestSlot.h"

#include <QUuid>

namespace segurdesk::services {

DossierActions::DossierActions(portal::PortalClient& client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{ }

DossierActions::~DossierActions() = default;

void DossierActions::downloadDocument(const QString& id)
{
    startInSlot(*this, m_running.at(std::size_t(Kind::Document)),
                std::make_unique<portal::DocumentDownloadRequest>(m_client, id),
                [this, id](const portal::DocumentDownloadRequest& request) {
                    if (request.succeeded())
                        emit documentReady(id, request.fileName(), request.content());
                    else
                        emit failed(Kind::Document, request.error());
                });
}

void DossierActions::readMail(const QString& id)
{
    startInSlot(*this, m_running.at(std::size_t(Kind::Mail)), std::make_unique<portal::MailRequest>(m_client, id),
                [this](const portal::MailRequest& request) {
                    if (request.succeeded())
                        emit mailReady(request.value());
                    else
                        emit failed(Kind::Mail, request.error());
                });
}

bool DossierActions::isOutcomeUnknown(const portal::PortalError& error)
{
    // No answer, or one that says to try again (5xx, 429, a request with this key still running).
    return error.httpStatus == 0 || error.httpStatus >= 500 || error.httpStatus == 429
        || error.code == portal::PortalErrorCode::IdempotencyInProgress;
}

bool DossierActions::requestAdvance(const model::AdvanceRequest& request)
{
    if (isBusy(Kind::Advance))
        return false;
    auto kept = m_advanceKeys.find(request.enrollmentId);
    if (kept == m_advanceKeys.end() || kept->first != request)
        kept = m_advanceKeys.insert(request.enrollmentId,
                                    {request, QUuid::createUuid().toByteArray(QUuid::WithoutBraces)});
    startInSlot(
        *this, m_running.at(std::size_t(Kind::Advance)),
        std::make_unique<portal::AdvanceRequestSubmission>(m_client, request.enrollmentId, request, kept->second),
        [this, enrollmentId = request.enrollmentId](const portal::AdvanceRequestSubmission& submission) {
            if (submission.succeeded()) {
                m_advanceKeys.remove(enrollmentId);
                emit advanceDecided(submission.value());
            } else {
                emit failed(Kind::Advance, submission.error());
            }
        });
    return true;
}

} // namespace segurdesk::services
