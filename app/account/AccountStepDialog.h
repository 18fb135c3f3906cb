#pragma once

#include "core/portal/PortalError.h"
#include "core/services/AccountService.h"

#include <QDialog>
#include <QHash>

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
    // Shows `progress` and starts `operation`, which calls one of account()'s methods.
    template<typename Operation> void send(const QString& progress, Operation operation)
    {
        beginSending(progress);
        operation(m_account);
    }
    void showProblem(QWidget* field, const QString& problem);
    // The portal's refusal: the messages of its field errors, each given to the control of its
    // field in `fields` (the portal's field name to the control), or its message to `fallback`.
    void showRefusal(const portal::PortalError& error, const QHash<QString, QWidget*>& fields, QWidget* fallback);
    void showInformation(const QString& text);
    services::AccountService& account() const { return m_account; }

    virtual void onFinished(services::AccountService::Operation operation, const portal::PortalError& error) = 0;

private:
    void beginSending(const QString& progress);
    void setInputsEnabled(bool enabled);

    services::AccountService& m_account;
    QLabel* m_message = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    bool m_sending = false;
};

} // namespace segurdesk::account
