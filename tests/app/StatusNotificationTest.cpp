// A status the portal changes while the dashboard is open reaches the desktop, on a D-Bus session
// of the test's own with a notification service, or the window's banner when no service answers.
#include "app/dashboard/DossierTableModel.h"
#include "core/services/DesktopNotifier.h"
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
        m_notifier = &m_controller->notifyThrough(m_bus.address());
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
            using dashboard::DossierTableModel;
            if (table->model()->index(row, DossierTableModel::CompanyColumn).data().toString().contains(u"Pharmacie")) {
                table->setCurrentIndex(table->model()->index(row, DossierTableModel::CompanyColumn));
                id = m_view->currentDossierId();
                number = table->model()->index(row, DossierTableModel::NumberColumn).data().toString();
            }
        }
        EXPECT_FALSE(id.isEmpty());
        EXPECT_EQ(m_enrollment.decide(id).status, 200);
        m_view->findChild<QPushButton*>(QStringLiteral("refreshButton"))->click();
        return number;
    }

    test::NotificationBus m_bus;
    services::DesktopNotifier* m_notifier = nullptr;
};

TEST_F(StatusNotification, AValidatedEnrollmentIsToldOnTheDesktop)
{
    ASSERT_TRUE(m_bus.serveNotifications());
    QSignalSpy delivered(m_notifier, &services::DesktopNotifier::delivered);
    QSignalSpy unavailable(m_notifier, &services::DesktopNotifier::unavailable);
    const QString number = validateThePharmacy();
    QTRY_COMPARE_WITH_TIMEOUT(delivered.count() + unavailable.count(), 1, 30000);
    EXPECT_EQ(delivered.count(), 1);
    ASSERT_EQ(m_bus.received().size(), 1);
    const test::NotificationBus::Notification& told = m_bus.received().first();
    EXPECT_EQ(told.summary, QStringLiteral("Enrôlement %1 : Validée").arg(number));
    EXPECT_TRUE(told.body.contains(QStringLiteral("Pharmacie"))) << told.body.toStdString();
    EXPECT_TRUE(m_view->findChild<QWidget*>(QStringLiteral("noticeBanner"))->isHidden());
}

TEST_F(StatusNotification, WithoutANotificationServiceTheWindowTellsIt)
{
    QSignalSpy unavailable(m_notifier, &services::DesktopNotifier::unavailable);
    const QString number = validateThePharmacy();
    auto* banner = m_view->findChild<QWidget*>(QStringLiteral("noticeBanner"));
    QTRY_COMPARE_WITH_TIMEOUT(unavailable.count(), 1, 30000);
    EXPECT_TRUE(banner->isVisible());
    const QString notice = m_view->findChild<QLabel*>(QStringLiteral("noticeLabel"))->text();
    EXPECT_TRUE(notice.contains(number)) << notice.toStdString();
    EXPECT_TRUE(notice.contains(QStringLiteral("Validée"))) << notice.toStdString();
    m_view->findChild<QPushButton*>(QStringLiteral("noticeCloseButton"))->click();
    EXPECT_FALSE(banner->isVisible());
}

} // namespace
