#pragma once

// Driving the app's controls as a user does, for the widget tests: typing, clicking, and choosing
// a file in a document field through the file-dialog seam; and looking at what they draw.
#include "app/widgets/DocumentField.h"
#include "app/widgets/FileDialogs.h"
#include "tests/app/QtTry.h"
#include "tests/core/files/FileFixtures.h"

#include <QAbstractButton>
#include <QImage>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <gtest/gtest.h>

namespace segurdesk::testing {

// Replaces what `edit` holds with `text`, typed key by key; QTest has no key for a letter outside
// ASCII ("é"): it is inserted, as an input method would.
inline void typeInto(QLineEdit* edit, const QString& text)
{
    ASSERT_NE(edit, nullptr);
    edit->setFocus();
    edit->selectAll();
    if (text.isEmpty())
        edit->del();
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(edit, c.toLatin1());
        else
            edit->insert(c);
    }
}

// A click inside the button, on its box for a radio button or a check box.
inline void clickOn(QAbstractButton* button)
{
    ASSERT_NE(button, nullptr);
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(4, 4));
}

// A one-page PDF named `name`, made in `files`, chosen in the document field `field` as the file
// dialog gives it; returns once the field has accepted it.
inline void attachPdf(FileFixtures& files, QWidget* field, const QString& name)
{
    auto* document = qobject_cast<widgets::DocumentField*>(field);
    ASSERT_NE(document, nullptr);
    widgets::answerNextFileDialog(files.write(name, FileFixtures::pdf(1)));
    QTest::mouseClick(document->findChild<QPushButton*>(QStringLiteral("chooseButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!document->filePath().isEmpty(), 20000);
}

// The dark pixels of `image`: some on a page of text, far fewer than on a dark sheet.
inline int inkedPixels(const QImage& image)
{
    int inked = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            inked += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
    }
    return inked;
}

} // namespace segurdesk::testing
