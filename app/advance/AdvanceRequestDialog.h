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
// rule as they are typed. A thin view: "Validate" emits submitRequested(); whoever sends it says
// when it is on its way, refused (each field's message beside the counts) or decided (accept()).
// It cannot be closed while the request is on its way, so that its outcome is always seen.
// GUI thread.
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
    void setSending(bool sending);
    void setProblem(const portal::PortalError& error);

    model::AdvanceRequest request() const;

    void reject() override;

signals:
    void submitRequested(const segurdesk::model::AdvanceRequest& request);

protected:
    void changeEvent(QEvent* event) override;

private:
    void showIntro();
    void showForecast();
    void updateButtons();
    void showMessage(const QString& message);

    std::unique_ptr<Ui::AdvanceRequestDialog> m_ui;
    portal::EnrollmentDetail m_enrollment;
    std::unique_ptr<portal::PortalConfig> m_config;
    bool m_sending = false;
};

} // namespace segurdesk::advance
