#pragma once

// A DashboardView and its controller on a real segurdesk-sandbox with its demo data (login
// "demo"), in a data folder of the test's own, with the steps the tests of the account and of the
// dossiers share: dialogs found by name once open, typing key by key, the sandbox's mails.
#include "app/dashboard/DashboardController.h"
#include "app/dashboard/DashboardView.h"
#include "core/services/PortalConnection.h"
#include "tests/app/Driving.h"
#include "tests/app/QtTry.h"
#include "tests/app/TranslatedTest.h"
#include "tests/support/SandboxEnrollment.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QUuid>

#include <gtest/gtest.h>

namespace segurdesk::testing {

class SandboxDashboard : public TranslatedTest
{
protected:
    // `config`: what the sandbox's configuration has otherwise (SandboxProcess).
    explicit SandboxDashboard(const QJsonObject& config = {})
        : m_sandbox(config, {QStringLiteral("--seed-demo")})
        , m_http(m_sandbox.url())
        , m_enrollment(m_sandbox, m_http)
    { }

    void SetUp() override
    {
        ASSERT_TRUE(m_home.isValid());
        ASSERT_TRUE(m_sandbox.ok()) << m_sandbox.error().toStdString();
        qputenv("XDG_DATA_HOME", m_home.path().toLocal8Bit());
        TranslatedTest::SetUp();
        QSignalSpy ready(&m_portal, &services::PortalConnection::ready);
        m_portal.open(QUrl(m_sandbox.url()));
        ASSERT_TRUE(ready.wait(30000));
        m_view = std::make_unique<dashboard::DashboardView>();
        m_controller = std::make_unique<dashboard::DashboardController>(m_portal, *m_view);
        m_view->resize(1000, 700);
        m_view->show();
    }
    void TearDown() override
    {
        m_controller.reset();
        m_view.reset();
        qunsetenv("XDG_DATA_HOME");
        TranslatedTest::TearDown();
    }

    // The visible dialog called `name`, once it is open.
    QDialog* dialog(const char* name)
    {
        QDialog* found = nullptr;
        static_cast<void>(QTest::qWaitFor(
            [&] {
                found = nullptr;
                for (QDialog* candidate : m_view->findChildren<QDialog*>(QString::fromLatin1(name))) {
                    if (candidate->isVisible())
                        found = candidate;
                }
                return found != nullptr;
            },
            30000));
        return found;
    }
    template<class T = QLineEdit> static T* in(QDialog* parent, const char* name)
    {
        T* found = parent->findChild<T*>(QString::fromLatin1(name));
        EXPECT_NE(found, nullptr) << name;
        return found;
    }
    static void type(QDialog* parent, const char* name, const QString& text) { typeInto(in(parent, name), text); }
    // The sessions of `login` the portal still takes, read from the sandbox's own database: what
    // a logout must have ended there, not only in the client.
    int openSessions(const QString& login) const
    {
        const QString connection = QUuid::createUuid().toString();
        int open = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(QDir(m_sandbox.dataDir()).filePath(QStringLiteral("sandbox.sqlite")));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (db.open()) {
                QSqlQuery query(db);
                query.prepare(QStringLiteral("SELECT COUNT(*) FROM tokens t JOIN accounts a ON a.id = t.account_id"
                                             " WHERE a.login = ? AND t.revoked = 0"));
                query.addBindValue(login);
                if (query.exec() && query.next())
                    open = query.value(0).toInt();
            }
        }
        QSqlDatabase::removeDatabase(connection);
        return open;
    }
    static void press(QDialog* parent, QDialogButtonBox::StandardButton which)
    {
        parent->findChild<QDialogButtonBox*>(QStringLiteral("buttons"))->button(which)->click();
    }
    static QString message(QDialog* parent) { return in<QLabel>(parent, "messageLabel")->text(); }
    // Waits for the dashboard to show `rows` rows.
    void expectRows(int rows)
    {
        auto* table = m_view->findChild<QTableView*>(QStringLiteral("dossierTable"));
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), rows, 30000);
    }
    void logIn(const QString& login, const QString& password)
    {
        QDialog* loginDialog = dialog("loginDialog");
        ASSERT_NE(loginDialog, nullptr);
        type(loginDialog, "loginEdit", login);
        type(loginDialog, "passwordEdit", password);
        press(loginDialog, QDialogButtonBox::Ok);
    }
    // The mail of `kind` the sandbox sent last, once it has sent `count` of them.
    QString mail(const QString& kind, int count)
    {
        EXPECT_TRUE(QTest::qWaitFor([&] { return m_sandbox.mailCount(kind) >= count; }, 30000))
            << "no mail " << kind.toStdString();
        return m_sandbox.latestMail(kind);
    }

    QTemporaryDir m_home;
    test::SandboxProcess m_sandbox;
    test::SandboxHttp m_http;
    test::SandboxEnrollment m_enrollment;
    services::PortalConnection m_portal;
    std::unique_ptr<dashboard::DashboardView> m_view;
    std::unique_ptr<dashboard::DashboardController> m_controller;
};

} // namespace segurdesk::testing
