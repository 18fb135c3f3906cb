#include "sandbox/http/MultipartParser.h"

#include <QSet>

#include <optional>

namespace segurdesk::sandbox {

namespace {

MultipartParser::Result failure(const char* code)
{
    MultipartParser::Result result;
    result.error = QString::fromLatin1(code);
    return result;
}

// The value of `parameter` in a header such as `form-data; name="x"; filename="a b.pdf"`.
// Quoted values may contain ';' and escaped quotes.
std::optional<QByteArray> headerParameter(QByteArrayView header, QByteArrayView parameter)
{
    qsizetype i = header.indexOf(';');
    while (i >= 0 && i < header.size()) {
        ++i;
        while (i < header.size() && (header.at(i) == ' ' || header.at(i) == '\t'))
            ++i;
        const qsizetype equals = header.indexOf('=', i);
        if (equals < 0)
            return std::nullopt;
        const QByteArrayView key = header.sliced(i, equals - i).trimmed();
        qsizetype j = equals + 1;
        QByteArray value;
        if (j < header.size() && header.at(j) == '"') {
            ++j;
            bool closed = false;
            while (j < header.size()) {
                const char c = header.at(j);
                if (c == '\\' && j + 1 < header.size()) {
                    value += header.at(j + 1);
                    j += 2;
                    continue;
                }
                if (c == '"') {
                    closed = true;
                    ++j;
                    break;
                }
                value += c;
                ++j;
            }
            if (!closed)
                return std::nullopt;
            const qsizetype next = header.indexOf(';', j);
            i = next;
        } else {
            const qsizetype next = header.indexOf(';', j);
            value = header.sliced(j, (next < 0 ? header.size() : next) - j).trimmed().toByteArray();
            i = next;
        }
        if (key.compare(parameter, Qt::CaseInsensitive) == 0)
            return value;
        if (i < 0)
            break;
    }
    return std::nullopt;
}

} // namespace

QByteArray MultipartParser::boundary(const QByteArray& contentType)
{
    const qsizetype semicolon = contentType.indexOf(';');
    const QByteArray type = (semicolon < 0 ? contentType : contentType.left(semicolon)).trimmed().toLower();
    if (type != "multipart/form-data")
        return {};
    const std::optional<QByteArray> value = headerParameter(contentType, "boundary");
    if (!value || value->isEmpty() || value->size() > 70)
        return {};
    return *value;
}

MultipartParser::Result MultipartParser::parse(const QByteArray& contentType, const QByteArray& body)
{
    const qsizetype semicolon = contentType.indexOf(';');
    if ((semicolon < 0 ? contentType : contentType.left(semicolon)).trimmed().toLower() != "multipart/form-data")
        return failure("multipart.content_type");
    const QByteArray boundaryValue = boundary(contentType);
    if (boundaryValue.isEmpty())
        return failure("multipart.boundary");

    const QByteArray delimiter = "--" + boundaryValue;
    const QByteArray separator = "\r\n" + delimiter;
    const QByteArrayView view(body);
    // A preamble before the first delimiter is allowed and ignored.
    qsizetype position = view.startsWith(delimiter) ? 0 : view.indexOf(separator);
    if (position < 0)
        return failure("multipart.truncated");
    position += view.startsWith(delimiter) && position == 0 ? delimiter.size() : separator.size();

    Result result;
    QSet<QString> names;
    while (true) {
        if (view.sliced(position).startsWith("--")) {
            result.ok = true;
            return result;
        }
        // Transport padding after a delimiter, then the line break.
        while (position < view.size() && (view.at(position) == ' ' || view.at(position) == '\t'))
            ++position;
        if (!view.sliced(position).startsWith("\r\n"))
            return failure("multipart.truncated");
        position += 2;
        const qsizetype headerEnd = view.indexOf("\r\n\r\n", position);
        if (headerEnd < 0)
            return failure("multipart.truncated");
        if (headerEnd - position > MaxPartHeaderBytes)
            return failure("multipart.header_too_large");
        const QByteArrayView headerBlock = view.sliced(position, headerEnd - position);
        const qsizetype dataStart = headerEnd + 4;
        const qsizetype dataEnd = view.indexOf(separator, dataStart);
        if (dataEnd < 0)
            return failure("multipart.truncated");

        MultipartPart part;
        bool hasDisposition = false;
        for (QByteArrayView line : QByteArray(headerBlock.toByteArray()).split('\n')) {
            line = line.trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArrayView name = line.first(colon).trimmed();
            const QByteArrayView value = line.sliced(colon + 1).trimmed();
            if (name.compare("Content-Disposition", Qt::CaseInsensitive) == 0) {
                const qsizetype dispositionEnd = value.indexOf(';');
                if (value.first(dispositionEnd < 0 ? value.size() : dispositionEnd)
                        .trimmed()
                        .compare("form-data", Qt::CaseInsensitive)
                    != 0)
                    return failure("multipart.disposition");
                hasDisposition = true;
                if (const auto partName = headerParameter(value, "name"))
                    part.name = QString::fromUtf8(*partName);
                if (const auto filename = headerParameter(value, "filename"))
                    part.filename = QString::fromUtf8(*filename);
            } else if (name.compare("Content-Type", Qt::CaseInsensitive) == 0) {
                const qsizetype parameters = value.indexOf(';');
                part.contentType
                    = value.first(parameters < 0 ? value.size() : parameters).trimmed().toByteArray().toLower();
            }
        }
        if (!hasDisposition || part.name.isEmpty())
            return failure("multipart.part_name");
        if (names.contains(part.name))
            return failure("multipart.duplicate_part");
        if (result.parts.size() >= MaxParts)
            return failure("multipart.too_many_parts");
        names.insert(part.name);
        part.data = view.sliced(dataStart, dataEnd - dataStart).toByteArray();
        result.parts.append(part);
        position = dataEnd + separator.size();
    }
}

} // namespace segurdesk::sandbox
