#pragma once

#include "core/portal/PortalError.h"

#include <QDialog>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class QWidget;

namespace segurdesk::portal {
class PortalClient;
}

namespace segurdesk::services {
class AccountService;
class PortalLookups;
} // namespace segurdesk::services

namespace segurdesk::account {

class LoginDialog;
class PasswordChangeDialog;
class PasswordResetDialog;

// Takes the user from the login to a session that may open dossiers: the LoginDialog (and from
// it the forgotten login and the password reset), then what the portal asks at first login, the
// password change and then the secret question. The password rules use the length the portal's
// /config gives. Cancelling a first-login step logs out (a session that may open nothing is not
// kept), and cancelled() follows once the session is closed.
//
// GUI thread. `account`, `client` and `parent` (of the dialogs) must outlive this object.
class AccountFlow : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountFlow)

public:
    AccountFlow(services::AccountService& account, portal::PortalClient& client, QWidget& parent);
    ~AccountFlow() override;

    // Asks for the password of `login` (empty: the last login typed in this flow, if any), unless
    // the login dialog is open already; a first-login step left open (its session has ended) goes.
    void start(const QString& login);
    // Asks for a login and its password, the last login typed forgotten: to change profile.
    void startWithAnotherLogin()
    {
        m_user.clear();
        start(QString());
    }

signals:
    // The session may open dossiers, or the portal could not be reached (`unreachable` says why).
    void ready(const QString& login, const std::optional<segurdesk::portal::PortalError>& unreachable);
    // The user gave up; `note` (translated, may be empty) says what was done all the same.
    void cancelled(const QString& note);

private:
    // Opens what the portal still asks of the logged-in account, or says it is ready.
    void nextStep();
    void openStep(QDialog* dialog);
    void discardStep();
    void forgotLogin();
    void forgotPassword();
    void cancel();

    services::AccountService& m_account;
    QWidget& m_parent;
    std::unique_ptr<services::PortalLookups> m_lookups;
    QPointer<QDialog> m_step;
    QPointer<LoginDialog> m_login;
    QPointer<PasswordChangeDialog> m_passwordChange;
    QPointer<PasswordResetDialog> m_passwordReset;
    std::optional<int> m_minLength;
    QString m_user;
    // A first login given up, whose session is closing; and whether its password was changed.
    bool m_closing = false;
    bool m_passwordChanged = false;
};

} // namespace segurdesk::account
