#include "core/files/FileMessages.h"

#include "core/files/DataSize.h"
#include "core/i18n/Translations.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

namespace segurdesk::files::FileMessages {

namespace {

constexpr const char* kWhatIsAccepted = QT_TRANSLATE_NOOP(
    "FileInspector",
    "Only PDF, JPEG and PNG files are accepted: save or export the document as PDF, or the picture as JPEG or PNG.");

} // namespace

QString notFound()
{
    return QCoreApplication::translate("FileInspector",
                                       "The file cannot be found. Check its name and folder, then choose it again.");
}

QString isFolder()
{
    return QCoreApplication::translate("FileInspector",
                                       "This is a folder, not a file. Choose a PDF, JPEG or PNG file.");
}

QString notRegularFile()
{
    return QCoreApplication::translate("FileInspector",
                                       "This is not an ordinary file. Choose a PDF, JPEG or PNG file.");
}

QString readError()
{
    return QCoreApplication::translate(
        "FileInspector",
        "The file cannot be read. Check that you are allowed to open it and that no other program is "
        "using it, then try again.");
}

QString empty()
{
    return QCoreApplication::translate("FileInspector",
                                       "The file is empty (0 bytes). Choose the complete document again.");
}

QString tooLarge(qint64 size, qint64 maxBytes)
{
    return QCoreApplication::translate("FileInspector",
                                       "The file weighs %1 (%2 bytes), over the limit of %3. Reduce it or scan it "
                                       "at a lower resolution.")
        .arg(DataSize::ofFile(size), interfaceLocale().toString(size), DataSize::ofLimit(maxBytes));
}

QString typeNotAllowed(FileType type, const QString& fileName)
{
    QString message = type == FileType::Unknown
        ? QCoreApplication::translate("FileInspector", "The file type is not recognised.")
        : QCoreApplication::translate("FileInspector", "This file is not accepted: its content is of type %1.")
              .arg(fileTypeDisplayName(type));
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    const bool misleadingName = suffix == QLatin1String("pdf") || suffix == QLatin1String("jpg")
        || suffix == QLatin1String("jpeg") || suffix == QLatin1String("png");
    if (misleadingName)
        message += QLatin1Char(' ')
            + QCoreApplication::translate("FileInspector",
                                          "Its name ends in \".%1\", but renaming a file does not change its content.")
                  .arg(suffix);
    return message + QLatin1Char(' ') + QCoreApplication::translate("FileInspector", kWhatIsAccepted);
}

QString pdfEncrypted()
{
    return QCoreApplication::translate(
        "FileInspector",
        "The PDF is protected by a password. Remove the protection (for example by printing it to a new PDF "
        "file), then choose the new file.");
}

QString pdfCorrupt()
{
    return QCoreApplication::translate(
        "FileInspector",
        "The PDF is damaged or incomplete and cannot be opened. Export or scan the document again, then "
        "choose the new file.");
}

QString pdfNoPages()
{
    return QCoreApplication::translate(
        "FileInspector",
        "The PDF contains no page. Export the document again and check that its pages show, then choose the "
        "new file.");
}

QString imageCorrupt()
{
    return QCoreApplication::translate(
        "FileInspector",
        "The image is damaged or incomplete and cannot be displayed. Take, scan or export the picture again, "
        "then choose the new file.");
}

QString imageTooManyPixels(QSize size, qint64 maxPixels)
{
    const QLocale locale = interfaceLocale();
    return QCoreApplication::translate(
               "FileInspector",
               "The image is too large: %1 × %2 pixels, more than %3 million pixels. Reduce its resolution, then "
               "choose it again.")
        .arg(locale.toString(size.width()), locale.toString(size.height()),
             locale.toString(static_cast<double>(maxPixels) / 1e6, 'g', 4));
}

} // namespace segurdesk::files::FileMessages
