#pragma once

#include "core/portal/PortalError.h"
#include "core/services/AccountService.h"

#include <QDialog>
#include <QHash>

#include <functional>
#include <optional>

class QDialogButtonBox;
class QLabel;

namespace segurdesk::account {

// A dialog of the account (login, password change, secret question, forgotten login or password)
// that sends one operation at a time to the portal through `account` and shows how it went. While
// it runs, the fields and buttons are disabled and the dialog cannot be closed (its answer, a new
// session for one, would have nobody to take it). Only the answers to what this dialog sent
// reach onFinished(): a dialog opened over another does not answer for it.
//
// GUI thread; `account` must outlive the dialog.
class AccountStepDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountStepDialog)

public:
    ~AccountStepDialog() override;

    void reject() override;

protected:
    AccountStepDialog(services::AccountService& account, QWidget* parent);

    // Once the form is set up: where messages are shown, and the buttons disabled while sending.
    void setUpStep(QLabel& message, QDialogButtonBox& buttons);
    // Shows `progress` and starts `operation` with `start`, which calls the matching method of
    // the account; refused, with a word, while the account is busy with another dialog's.
    void send(services::AccountService::Operation operation, const QString& progress,
              const std::function<void(services::AccountService&)>& start);
    // `problem` in the message line, given to `field` (if any), the control that fixes it.
    void showProblem(QWidget* field, const QString& problem);
    // The portal's refusal: the message of each field error, given to the control of its field
    // in `fields` (the portal's field name to the control; `fallback` for a field not there), the
    // first of them focused; a refusal about no field in particular only in the message line.
    void showRefusal(const portal::PortalError& error, const QHash<QString, QWidget*>& fields, QWidget* fallback);
    void showInformation(const QString& text);

    virtual void onFinished(services::AccountService::Operation operation, const portal::PortalError& error) = 0;

private:
    void setInputsEnabled(bool enabled);

    services::AccountService& m_account;
    QLabel* m_message = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    // The operation this dialog sent and waits for, if any.
    std::optional<services::AccountService::Operation> m_sending;
};

} // namespace segurdesk::account
