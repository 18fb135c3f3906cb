#include "core/files/PdfVerifier.h"

#include "core/files/PdfPageTree.h"

#include <QBuffer>
#include <QPdfDocument>
#include <QRegularExpression>

namespace segurdesk::files {

namespace {

constexpr qsizetype kEndOfFileWindow = 1024;

bool isPdfWhitespace(char c)
{
    return c == '\0' || c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f';
}

bool hasEndOfFileMarker(const QByteArray& content)
{
    // Megabytes of padding may follow the marker: a plain pointer walk, no per-byte bounds check.
    const char* const begin = content.constData();
    const char* last = begin + content.size();
    while (last != begin && isPdfWhitespace(last[-1]))
        --last;
    const qsizetype end = last - begin;
    const qsizetype start = qMax<qsizetype>(0, end - kEndOfFileWindow);
    return QByteArrayView(content).sliced(start, end - start).indexOf("%%EOF") >= 0;
}

// PDFium refuses to open a document whose page tree is empty, so an empty PDF looks corrupt
// to QtPdf. Tell the two apart on the raw bytes: a page tree that counts 0 and no page object.
// A PDF whose page objects hide in compressed object streams cannot look empty here, and
// would have opened if it had pages.
bool declaresNoPages(const QByteArray& content)
{
    const QString text = QString::fromLatin1(content);
    static const QRegularExpression emptyTree(QStringLiteral("/Type\\s*/Pages\\b[^>]*/Count\\s+0\\b|"
                                                             "/Count\\s+0\\b[^>]*/Type\\s*/Pages\\b"));
    static const QRegularExpression pageObject(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
    return text.contains(emptyTree) && !text.contains(pageObject);
}

} // namespace

PdfVerifier::Result PdfVerifier::verify(const QByteArray& content)
{
    if (PdfPageTree::loops(content))
        return {};
    QBuffer buffer;
    buffer.setData(content);
    if (!buffer.open(QIODevice::ReadOnly))
        return {};

    // From a random-access device the document loads synchronously: status is final on return.
    QPdfDocument document;
    document.load(&buffer);
    if (document.status() != QPdfDocument::Status::Ready) {
        const QPdfDocument::Error error = document.error();
        if (error == QPdfDocument::Error::IncorrectPassword || error == QPdfDocument::Error::UnsupportedSecurityScheme)
            return {FileVerdict::PdfEncrypted, 0};
        return {declaresNoPages(content) ? FileVerdict::PdfNoPages : FileVerdict::PdfCorrupt, 0};
    }
    if (!hasEndOfFileMarker(content))
        return {};
    const int pageCount = document.pageCount();
    if (pageCount <= 0)
        return {FileVerdict::PdfNoPages, 0};
    for (int page = 0; page < pageCount; ++page) {
        if (document.pagePointSize(page).isEmpty())
            return {FileVerdict::PdfCorrupt, pageCount};
    }
    return {FileVerdict::Accepted, pageCount};
}

} // namespace segurdesk::files
