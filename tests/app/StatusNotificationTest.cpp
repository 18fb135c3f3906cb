// A status the portal changes while the dashboard is open reaches the desktop, on a D-Bus session
// of the test's own with a notification service, or the window's banner when no service answers.
#include "tests/app/SandboxDashboard.h"
#include "tests/support/NotificationBus.h"

#include <gtest/gtest.h>

using namespace segurdesk;

namespace {

class StatusNotification : public segurdesk::testing::SandboxDashboard
{
protected:
    void SetUp() override
    {
        SandboxDashboard::SetUp();
        ASSERT_FALSE(m_bus.address().isEmpty()) << m_bus.error().toStdString();
        m_controller->notifyThrough(m_bus.address());
        m_controller->refreshOrLogIn();
        logIn(QStringLiteral("demo"), QStringLiteral("Demo-Segur-2023!"));
        expectRows(5);
    }

    // The ASP validates the enrollment still under instruction (the pharmacy), and the user
    // refreshes: its number.
    QString validateThePharmacy()
    {
        auto* table = m_view->findChild<QTableView*>(QStringLiteral("dossierTable"));
        QString id;
        QString number;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            if (table->model()->index(row, 2).data().toString().contains(QStringLiteral("Pharmacie"))) {
                table->setCurrentIndex(table->model()->index(row, 2));
                id = m_view->currentDossierId();
                number = table->model()->index(row, 1).data().toString();
            }
        }
        EXPECT_FALSE(id.isEmpty());
        EXPECT_EQ(m_enrollment.decide(id).status, 200);
        m_view->findChild<QPushButton*>(QStringLiteral("refreshButton"))->click();
        return number;
    }

    test::NotificationBus m_bus;
};

TEST_F(StatusNotification, AValidatedEnrollmentIsToldOnTheDesktop)
{
    ASSERT_TRUE(m_bus.serveNotifications());
    const QString number = validateThePharmacy();
    QTRY_COMPARE_WITH_TIMEOUT(m_bus.received().size(), 1, 30000);
    const test::NotificationBus::Notification& told = m_bus.received().first();
    EXPECT_EQ(told.summary, QStringLiteral("Enrôlement %1 : Validée").arg(number));
    EXPECT_TRUE(told.body.contains(QStringLiteral("Pharmacie"))) << told.body.toStdString();
    EXPECT_FALSE(m_view->findChild<QWidget*>(QStringLiteral("noticeBanner"))->isVisible());

    // Told once: the next refresh finds nothing new.
    m_view->findChild<QPushButton*>(QStringLiteral("refreshButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_view->findChild<QPushButton*>(QStringLiteral("refreshButton"))->isEnabled(), 30000);
    EXPECT_EQ(m_bus.received().size(), 1);
}

TEST_F(StatusNotification, WithoutANotificationServiceTheWindowTellsIt)
{
    const QString number = validateThePharmacy();
    auto* banner = m_view->findChild<QWidget*>(QStringLiteral("noticeBanner"));
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 30000);
    const QString notice = m_view->findChild<QLabel*>(QStringLiteral("noticeLabel"))->text();
    EXPECT_TRUE(notice.contains(number)) << notice.toStdString();
    EXPECT_TRUE(notice.contains(QStringLiteral("Validée"))) << notice.toStdString();
    m_view->findChild<QPushButton*>(QStringLiteral("noticeCloseButton"))->click();
    EXPECT_FALSE(banner->isVisible());
}

} // namespace
