#include "core/files/PdfPageTree.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <algorithm>
#include <functional>
#include <optional>
#include <string_view>
#include <utility>

// next_in is then a pointer to const: the input is only read.
#define ZLIB_CONST
#include <zlib.h>

namespace segurdesk::files::PdfPageTree {

namespace {

// An attachment is at most a few megabytes; its object streams inflate to no more than this.
constexpr qsizetype MaxInflated = qsizetype {64} * 1024 * 1024;

using Tree = QHash<int, QList<int>>;

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Where `needle` first occurs in `text` from `from`, or -1. Qt 6.4's QByteArrayView::indexOf
// reads about 0.5 GB/s, which made this check cost 7 ms on a 4 MB attachment; std::string_view's
// search goes through memchr, several times faster over compressed data.
qsizetype find(QByteArrayView text, std::string_view needle, qsizetype from = 0)
{
    const std::size_t at = std::string_view(text.data(), std::size_t(text.size())).find(needle, std::size_t(from));
    return at == std::string_view::npos ? -1 : qsizetype(at);
}

// The whole numbers of `text`, in order, each with where it ends; other tokens as -1.
QList<std::pair<qint64, qsizetype>> tokens(QByteArrayView text)
{
    QList<std::pair<qint64, qsizetype>> found;
    qsizetype i = 0;
    while (i < text.size()) {
        if (isSpace(text.at(i))) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        qint64 value = 0;
        bool number = true;
        while (i < text.size() && !isSpace(text.at(i)) && text.at(i) != '[' && text.at(i) != ']') {
            number = number && isDigit(text.at(i)) && i - start < 9;
            if (number)
                value = value * 10 + (text.at(i) - '0');
            ++i;
        }
        if (i == start)
            ++i;
        const bool reference = i - start == 1 && text.at(start) == 'R';
        found.append({number ? value : (reference ? -2 : -1), i});
    }
    return found;
}

// The objects named in the /Kids array that starts at `at` ("/Kids [3 0 R 4 0 R]").
QList<int> kidsAt(QByteArrayView text, qsizetype at)
{
    const qsizetype open = text.indexOf('[', at);
    const qsizetype close = open < 0 ? -1 : text.indexOf(']', open);
    if (close < 0)
        return {};
    const QList<std::pair<qint64, qsizetype>> items = tokens(text.sliced(open + 1, close - open - 1));
    QList<int> kids;
    for (qsizetype i = 2; i < items.size(); ++i) {
        if (items.at(i).first == -2 && items.at(i - 1).first >= 0 && items.at(i - 2).first >= 0)
            kids.append(int(items.at(i - 2).first));
    }
    return kids;
}

// The number of the object whose "N G obj" header comes last before `at`.
std::optional<int> objectBefore(QByteArrayView text, qsizetype at)
{
    qsizetype header = text.lastIndexOf("obj", at);
    while (header >= 3 && text.at(header - 3) == 'e' && text.at(header - 2) == 'n' && text.at(header - 1) == 'd')
        header = text.lastIndexOf("obj", header - 1);
    if (header < 0)
        return std::nullopt;
    qsizetype i = header;
    const auto skip = [&](bool digits) {
        while (i > 0 && (digits ? isDigit(text.at(i - 1)) : isSpace(text.at(i - 1))))
            --i;
    };
    skip(false);
    skip(true); // generation
    skip(false);
    const qsizetype end = i;
    skip(true);
    if (i == end || end - i > 9)
        return std::nullopt;
    return text.sliced(i, end - i).toInt();
}

void addKids(Tree& tree, QByteArrayView text, const std::function<std::optional<int>(qsizetype)>& owner)
{
    for (qsizetype at = find(text, "/Kids"); at >= 0; at = find(text, "/Kids", at + 5)) {
        if (const std::optional<int> node = owner(at))
            tree[*node] += kidsAt(text, at + 5);
    }
}

QByteArray inflate(QByteArrayView data)
{
    z_stream stream {};
    if (inflateInit(&stream) != Z_OK)
        return {};
    QByteArray out;
    char chunk[64 * 1024];
    stream.next_in = reinterpret_cast<const Bytef*>(data.data());
    stream.avail_in = uInt(data.size());
    int status = Z_OK;
    while (status == Z_OK && out.size() < MaxInflated) {
        stream.next_out = reinterpret_cast<Bytef*>(chunk);
        stream.avail_out = sizeof chunk;
        status = inflate(&stream, Z_NO_FLUSH);
        out.append(chunk, qsizetype(sizeof chunk - stream.avail_out));
        if (stream.avail_out != 0 && status == Z_OK)
            break; // input exhausted
    }
    inflateEnd(&stream);
    return out;
}

// The value of `/Name 12` in `dictionary`, or -1.
qint64 numberAfter(QByteArrayView dictionary, QByteArrayView name)
{
    const qsizetype at = dictionary.indexOf(name);
    if (at < 0)
        return -1;
    const QList<std::pair<qint64, qsizetype>> items
        = tokens(dictionary.sliced(at + name.size()).first(qMin<qsizetype>(24, dictionary.size() - at - name.size())));
    return items.isEmpty() ? -1 : items.first().first;
}

// The page-tree nodes of one object stream ("/Type /ObjStm") whose dictionary starts at `at`.
void addObjectStream(Tree& tree, QByteArrayView content, qsizetype at)
{
    const qsizetype keyword = find(content, "stream", at);
    const qsizetype dictionaryStart = content.lastIndexOf("<<", at);
    if (keyword < 0 || dictionaryStart < 0)
        return;
    const QByteArrayView dictionary = content.sliced(dictionaryStart, keyword - dictionaryStart);
    qsizetype start = keyword + 6;
    if (start < content.size() && content.at(start) == '\r')
        ++start;
    if (start < content.size() && content.at(start) == '\n')
        ++start;
    const qsizetype end = find(content, "endstream", start);
    const qint64 count = numberAfter(dictionary, "/N");
    const qint64 first = numberAfter(dictionary, "/First");
    if (end < 0 || count <= 0 || first < 0)
        return;
    const QByteArrayView raw = content.sliced(start, end - start);
    const QByteArray inflated = dictionary.indexOf("/FlateDecode") >= 0 ? inflate(raw) : raw.toByteArray();
    if (first > inflated.size())
        return;
    // The header: "number offset" pairs, the offsets counted from /First.
    const QList<std::pair<qint64, qsizetype>> header = tokens(QByteArrayView(inflated).first(first));
    QList<std::pair<qsizetype, int>> objects; // where each object starts, and its number
    for (qsizetype i = 0; i + 1 < header.size() && objects.size() < count; i += 2) {
        if (header.at(i).first < 0 || header.at(i + 1).first < 0)
            return;
        objects.append({qsizetype(first + header.at(i + 1).first), int(header.at(i).first)});
    }
    std::sort(objects.begin(), objects.end());
    addKids(tree, inflated, [&objects](qsizetype kidsAt) -> std::optional<int> {
        std::optional<int> owner;
        for (const auto& [offset, number] : objects) {
            if (offset > kidsAt)
                break;
            owner = number;
        }
        return owner;
    });
}

bool hasCycle(const Tree& tree)
{
    enum class Mark { OnPath, Done };
    QHash<int, Mark> marks;
    for (auto root = tree.cbegin(); root != tree.cend(); ++root) {
        if (marks.contains(root.key()))
            continue;
        // Depth first without recursion: a hostile tree may be deep.
        QList<std::pair<int, qsizetype>> path {{root.key(), 0}};
        marks.insert(root.key(), Mark::OnPath);
        while (!path.isEmpty()) {
            auto& [node, next] = path.last();
            const QList<int> kids = tree.value(node);
            if (next == kids.size()) {
                marks.insert(node, Mark::Done);
                path.removeLast();
                continue;
            }
            const int kid = kids.at(next++);
            const auto mark = marks.constFind(kid);
            if (mark != marks.cend() && *mark == Mark::OnPath)
                return true;
            if (mark == marks.cend()) {
                marks.insert(kid, Mark::OnPath);
                path.append({kid, 0});
            }
        }
    }
    return false;
}

} // namespace

bool loops(const QByteArray& content)
{
    const QByteArrayView text(content);
    Tree tree;
    addKids(tree, text, [text](qsizetype at) { return objectBefore(text, at); });
    for (qsizetype at = find(text, "/ObjStm"); at >= 0; at = find(text, "/ObjStm", at + 7))
        addObjectStream(tree, text, at);
    return hasCycle(tree);
}

} // namespace segurdesk::files::PdfPageTree
