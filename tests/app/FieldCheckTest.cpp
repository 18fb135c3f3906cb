// Inline validation of one field, typed into with QTest like a user: refused keystrokes, the
// message that waits for a first finished edit, then follows the typing, and the IBAN grouped
// by four as it is typed.
#include "app/widgets/FieldCheck.h"

#include "core/validation/Iban.h"
#include "core/validation/Siret.h"
#include "tests/app/QtTry.h"
#include "tests/app/TranslatedTest.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QVBoxLayout>

#include <gtest/gtest.h>

namespace segurdesk::widgets {
namespace {

class FieldCheckTest : public segurdesk::testing::TranslatedTest
{
protected:
    void SetUp() override
    {
        TranslatedTest::SetUp();
        auto* layout = new QVBoxLayout(&m_form);
        layout->addWidget(m_edit);
        layout->addWidget(m_message);
        layout->addWidget(m_next);
        m_form.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&m_form));
        m_edit->setFocus();
    }

    QWidget m_form;
    QLineEdit* m_edit = new QLineEdit(&m_form);
    QLabel* m_message = new QLabel(&m_form);
    QLineEdit* m_next = new QLineEdit(&m_form);
};

TEST_F(FieldCheckTest, SaysNothingWhileTheFirstCharactersAreTyped)
{
    FieldCheck check(m_edit, m_message, validation::validateSiret);
    QSignalSpy checked(&check, &FieldCheck::checked);
    QTest::keyClicks(m_edit, QStringLiteral("7322"));
    // Well past the pause: still quiet, the user has not finished.
    EXPECT_FALSE(checked.wait(FieldCheck::PauseMs * 3));
    EXPECT_FALSE(m_message->isVisible());
    EXPECT_FALSE(check.isValid());

    // Tab: the first edit is finished, the message shows, in words.
    QTest::keyClick(m_edit, Qt::Key_Tab);
    ASSERT_TRUE(m_next->hasFocus());
    EXPECT_TRUE(m_message->isVisible());
    EXPECT_TRUE(m_message->text().startsWith(QStringLiteral("Erreur : "))) << m_message->text().toStdString();
    EXPECT_EQ(m_edit->accessibleDescription(), m_message->text());
}

TEST_F(FieldCheckTest, ThenFollowsTheTypingAfterAPause)
{
    FieldCheck check(m_edit, m_message, validation::validateSiret);
    QSignalSpy checked(&check, &FieldCheck::checked);
    QTest::keyClicks(m_edit, QStringLiteral("732 829 32"));
    QTest::keyClick(m_edit, Qt::Key_Return);
    ASSERT_TRUE(m_message->isVisible());

    // Completed to a valid SIRET: the message goes once the typing pauses.
    QTest::keyClicks(m_edit, QStringLiteral("0 00074"));
    EXPECT_TRUE(m_message->isVisible()) << "not at each keystroke";
    QTRY_VERIFY(!m_message->isVisible());
    EXPECT_TRUE(m_edit->accessibleDescription().isEmpty());
    EXPECT_TRUE(check.isValid());
    ASSERT_FALSE(checked.isEmpty());
    EXPECT_TRUE(checked.last().first().toBool());
}

TEST_F(FieldCheckTest, RefusesCharactersThatNeverBelong)
{
    FieldCheck check(m_edit, m_message, validation::validateSiret);
    check.setAllowedInput(QRegularExpression(QStringLiteral("[0-9 ]{0,20}")));
    QTest::keyClicks(m_edit, QStringLiteral("73a2-8b"));
    EXPECT_EQ(m_edit->text(), QStringLiteral("7328"));
}

TEST_F(FieldCheckTest, RevealShowsAnEmptyRequiredFieldAtOnce)
{
    FieldCheck check(m_edit, m_message, validation::validateIban);
    EXPECT_FALSE(m_message->isVisible());
    check.reveal();
    EXPECT_TRUE(m_message->isVisible());
    EXPECT_EQ(m_message->text(), QStringLiteral("Erreur : ") + validation::validateIban(u"").message);
}

TEST_F(FieldCheckTest, GroupsAnIbanByFourAsItIsTypedKeepingTheCursor)
{
    FieldCheck check(m_edit, m_message, validation::validateIban);
    check.setPresentation(validation::ibanPaperFormat);
    QTest::keyClicks(m_edit, QStringLiteral("fr7630006000011234567890189"));
    EXPECT_EQ(m_edit->text(), QStringLiteral("FR76 3000 6000 0112 3456 7890 189"));
    EXPECT_EQ(m_edit->cursorPosition(), m_edit->text().size());

    // A character typed in the middle: the groups follow, the cursor stays after it.
    m_edit->setCursorPosition(7); // after "FR76 30"
    QTest::keyClick(m_edit, Qt::Key_9);
    EXPECT_EQ(m_edit->text(), QStringLiteral("FR76 3090 0600 0011 2345 6789 0189"));
    EXPECT_EQ(m_edit->cursorPosition(), 8);
    // And removed again with Backspace.
    QTest::keyClick(m_edit, Qt::Key_Backspace);
    EXPECT_EQ(m_edit->text(), QStringLiteral("FR76 3000 6000 0112 3456 7890 189"));
    EXPECT_EQ(m_edit->cursorPosition(), 7);
    QTest::keyClick(m_edit, Qt::Key_Return);
    EXPECT_FALSE(m_message->isVisible());
    EXPECT_TRUE(check.isValid());
}

TEST_F(FieldCheckTest, AWarningIsShownAsOneAndAcceptsTheValue)
{
    const auto warnAlways = [](QStringView) {
        return ValidationResult {Severity::Warning, QStringLiteral("x.check"), {}, QStringLiteral("À vérifier.")};
    };
    FieldCheck check(m_edit, m_message, warnAlways);
    QTest::keyClicks(m_edit, QStringLiteral("x"));
    QTest::keyClick(m_edit, Qt::Key_Tab);
    EXPECT_EQ(m_message->text(), QStringLiteral("Attention : À vérifier."));
    EXPECT_TRUE(check.isValid());
}

} // namespace
} // namespace segurdesk::widgets
