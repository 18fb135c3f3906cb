#pragma once

#include "core/model/AdvanceRequest.h"
#include "core/portal/EnrollmentDetail.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace segurdesk::portal {
struct PortalConfig;
struct PortalError;
} // namespace segurdesk::portal

namespace segurdesk::advance {

namespace Ui {
class AdvanceRequestDialog;
}

// The demande d'avance of one validated enrollment (SPEC §2): the six mailbox counts, the VAT rate
// of the enrollment and the fixed amount the portal announces (read-only), and the forecast
// funding, excluding and including VAT, computed from the estimated counts by the portal's funding
// rule as they are typed. A thin view: "Send the request" emits submitRequested(); whoever sends it
// says when it is on its way, refused (the portal's messages; the counts can be corrected), lost
// (no answer: the same counts are sent again, never others, so that what the portal may have
// recorded is what the user sees), already made, or decided (accept()). It cannot be closed while
// the request is on its way, so that its outcome is always seen. GUI thread.
class AdvanceRequestDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdvanceRequestDialog)

public:
    AdvanceRequestDialog(const portal::EnrollmentDetail& enrollment, QWidget* parent = nullptr);
    ~AdvanceRequestDialog() override;

    // The portal's funding rule and closing date; until they come, no forecast is shown and the
    // request cannot be sent.
    void setConfig(const portal::PortalConfig& config);
    void setConfigProblem(const QString& problem);
    void setSending();
    // The portal refused the counts: they can be corrected and sent again.
    void setRefused(const portal::PortalError& error);
    // No answer came: the request may have been recorded, and only the same one may be sent again.
    void setOutcomeUnknown(const portal::PortalError& error);
    // The enrollment already has its advance request: nothing more can be sent from here.
    void setAlreadyRequested(const portal::PortalError& error);

    model::AdvanceRequest request() const;

    void reject() override;

signals:
    void submitRequested(const segurdesk::model::AdvanceRequest& request);

protected:
    void changeEvent(QEvent* event) override;

private:
    void showIntro();
    void showForecast();
    enum class State { Editing, Sending, OutcomeUnknown, Closed };
    void setState(State state);
    void updateButtons();
    void showMessage(const QString& message);
    void showProblem(const portal::PortalError& error, const QString& intro);

    std::unique_ptr<Ui::AdvanceRequestDialog> m_ui;
    portal::EnrollmentDetail m_enrollment;
    std::unique_ptr<portal::PortalConfig> m_config;
    State m_state = State::Editing;
};

} // namespace segurdesk::advance
