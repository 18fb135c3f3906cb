// services::DesktopNotifier on a D-Bus session of the test's own, with and without a
// notification service on it, and with no bus at all.
#include "core/services/DesktopNotifier.h"

#include "tests/support/NotificationBus.h"

#include <QGuiApplication>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using segurdesk::services::DesktopNotifier;
using segurdesk::test::NotificationBus;

namespace {

// Sends one notification; true when the service took it, false when its text came back.
bool send(DesktopNotifier& notifier, const QString& summary, const QString& body)
{
    QSignalSpy delivered(&notifier, &DesktopNotifier::delivered);
    QSignalSpy unavailable(&notifier, &DesktopNotifier::unavailable);
    notifier.notify(summary, body);
    EXPECT_EQ(delivered.count() + unavailable.count(), 0) << "the answer comes from the event loop";
    EXPECT_TRUE(QTest::qWaitFor([&] { return delivered.count() + unavailable.count() > 0; }, 15000));
    if (!unavailable.isEmpty()) {
        EXPECT_EQ(unavailable.first().at(0).toString(), summary);
        EXPECT_EQ(unavailable.first().at(1).toString(), body);
    }
    return !delivered.isEmpty();
}

TEST(DesktopNotifier, TheDesktopsServiceShowsTheNotificationUnderTheAppsName)
{
    const QString before = QGuiApplication::desktopFileName();
    QGuiApplication::setDesktopFileName(QStringLiteral("fr.segurdesk.SegurDesk"));
    const auto restore = qScopeGuard([&before] { QGuiApplication::setDesktopFileName(before); });
    NotificationBus bus;
    ASSERT_FALSE(bus.address().isEmpty()) << bus.error().toStdString();
    ASSERT_TRUE(bus.serveNotifications());
    DesktopNotifier notifier(bus.address());
    ASSERT_TRUE(send(notifier, QStringLiteral("Demande d'avance AVA-2026-000001 : Payée"),
                     QStringLiteral("Demande d'avance AVA-2026-000001 (Medimail) : Payée")));
    ASSERT_EQ(bus.received().size(), 1);
    EXPECT_EQ(bus.received().first().summary, QStringLiteral("Demande d'avance AVA-2026-000001 : Payée"));
    EXPECT_EQ(bus.received().first().body, QStringLiteral("Demande d'avance AVA-2026-000001 (Medimail) : Payée"));
    EXPECT_EQ(bus.received().first().hints.value(QStringLiteral("desktop-entry")).toString(),
              QStringLiteral("fr.segurdesk.SegurDesk"));
    EXPECT_TRUE(send(notifier, QStringLiteral("Deuxième"), QString()));
    EXPECT_EQ(bus.received().size(), 2);
}

TEST(DesktopNotifier, WithoutANotificationServiceTheTextComesBackForTheWindow)
{
    NotificationBus bus;
    ASSERT_FALSE(bus.address().isEmpty()) << bus.error().toStdString();
    DesktopNotifier notifier(bus.address());
    EXPECT_FALSE(send(notifier, QStringLiteral("Résumé"), QStringLiteral("Détail")));
}

TEST(DesktopNotifier, ABusThatStartsLaterIsJoinedAtTheNextNotice)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString address = QStringLiteral("unix:path=") + dir.filePath(QStringLiteral("bus"));
    DesktopNotifier notifier(address);
    EXPECT_FALSE(send(notifier, QStringLiteral("Avant"), QStringLiteral("Pas encore de bus")));
    NotificationBus bus(address);
    ASSERT_FALSE(bus.address().isEmpty()) << bus.error().toStdString();
    ASSERT_TRUE(bus.serveNotifications());
    EXPECT_TRUE(send(notifier, QStringLiteral("Après"), QStringLiteral("Le bus est là")));
    ASSERT_EQ(bus.received().size(), 1);
    EXPECT_EQ(bus.received().first().summary, QStringLiteral("Après"));
}

TEST(DesktopNotifier, WithoutABusTheTextComesBackForTheWindow)
{
    DesktopNotifier notifier(QStringLiteral("unix:path=/nonexistent/segurdesk-bus"));
    EXPECT_FALSE(send(notifier, QStringLiteral("Résumé"), QStringLiteral("Détail")));
}

} // namespace
