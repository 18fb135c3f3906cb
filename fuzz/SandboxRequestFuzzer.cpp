// Fuzzes what the sandbox reads from a request besides multipart bodies. The first byte picks
// the parser: 'q' the query string of list endpoints (pagination), anything else a JSON body:
// a Content-Type header value, a newline, then the body, which when it is a JSON object is
// checked as an enrollment dossier the way POST /enrollments does.
#include "core/files/FileInspection.h"
#include "core/model/DocumentKind.h"
#include "core/model/DossierRules.h"
#include "fuzz/FuzzSupport.h"
#include "sandbox/SandboxConfig.h"
#include "sandbox/http/JsonBody.h"
#include "sandbox/http/Pagination.h"
#include "sandbox/services/DossierValidator.h"
#include "sandbox/store/Fixtures.h"

#include <QHash>
#include <QUrlQuery>

namespace {

using namespace segurdesk::sandbox;
using segurdesk::fuzz::require;

struct Reference
{
    SandboxConfig config;
    Fixtures fixtures;
    segurdesk::model::DossierRules rules;
};

const Reference& reference()
{
    static const Reference loaded = [] {
        Reference r;
        QString error;
        require(r.config.load(QString(), &error), "the default sandbox configuration loads");
        require(r.fixtures.load(&error), "the sandbox fixtures load");
        r.rules = segurdesk::model::DossierRules::fromConfig(r.config.json());
        return r;
    }();
    return loaded;
}

void checkPagination(const QByteArray& query)
{
    const std::optional<Pagination> pagination = Pagination::fromQuery(QUrlQuery(QString::fromUtf8(query)));
    if (!pagination)
        return;
    require(pagination->page() >= 1, "pages count from 1");
    require(pagination->perPage() >= 1 && pagination->perPage() <= Pagination::MaxPerPage, "per_page is in range");
    require(pagination->offset() >= 0, "the offset is not negative");
}

void checkJsonBody(const QByteArray& input)
{
    const qsizetype newline = input.indexOf('\n');
    RequestContext context;
    context.request.method = "POST";
    context.request.path = QStringLiteral("/api/v1/enrollments");
    context.request.headers.append({QByteArray("Content-Type"), newline < 0 ? input : input.left(newline)});
    context.request.body = newline < 0 ? QByteArray() : input.mid(newline + 1);

    HttpResponse problem;
    const std::optional<QJsonObject> body = JsonBody::parse(context, &problem);
    if (!body) {
        require(problem.status == 400 || problem.status == 415, "a refused body is answered 400 or 415");
        require(!problem.body.isEmpty(), "a refused body is explained");
        return;
    }

    // Every document present and accepted, so that the dossier's own fields decide.
    QHash<QString, segurdesk::files::FileInspection> inspections;
    for (const segurdesk::model::DocumentKind kind : segurdesk::model::allDocumentKinds()) {
        segurdesk::files::FileInspection inspection;
        inspection.verdict = segurdesk::files::FileVerdict::Accepted;
        inspection.type = segurdesk::files::FileType::Pdf;
        inspection.size = 1024;
        inspection.pageCount = 1;
        inspections.insert(segurdesk::model::documentKey(kind), inspection);
    }
    const DossierValidator validator(reference().fixtures, reference().rules);
    const DossierValidator::Result result = validator.validate(*body, inspections);
    for (const auto& error : result.errors)
        require(!error.code.isEmpty() && !error.message.isEmpty(), "a dossier error has a code and a message");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/)
{
    segurdesk::fuzz::ensureGuiApplication();
    reference();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray rest = segurdesk::fuzz::bytes(data + 1, size - 1);
    if (data[0] == 'q')
        checkPagination(rest);
    else
        checkJsonBody(rest);
    return 0;
}
