// Fuzzes the dossier JSON reader (dossier files and the portal's `dossier` part). The first
// byte picks the flavour (odd, like "I": portal input; even, like "F": file), the rest is the
// document. Beyond memory and UB errors, it checks the round trip: what was read, written back
// and read again, reads without error to the same JSON.
#include "core/model/DossierJson.h"
#include "fuzz/FuzzSupport.h"

namespace {

using segurdesk::fuzz::require;
using segurdesk::model::DossierJson;

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const DossierJson::Mode mode = (data[0] & 1) != 0 ? DossierJson::Mode::PortalInput : DossierJson::Mode::File;
    const QByteArray document = segurdesk::fuzz::bytes(data + 1, size - 1);

    const DossierJson::Parsed parsed = DossierJson::parse(document, mode);
    for (const auto& error : parsed.errors)
        require(!error.code.isEmpty() && !error.message.isEmpty(), "a parse error has a code and a message");

    const QByteArray written = DossierJson::toBytes(parsed.dossier, mode);
    const DossierJson::Parsed again = DossierJson::parse(written, mode);
    require(again.errors.isEmpty(), "a written dossier reads back without error");
    require(DossierJson::toJson(again.dossier, mode) == DossierJson::toJson(parsed.dossier, mode),
            "a written dossier reads back to the same dossier");
    return 0;
}
