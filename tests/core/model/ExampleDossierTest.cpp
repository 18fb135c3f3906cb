#include "core/model/DossierFile.h"

#include <gtest/gtest.h>

namespace {

using namespace segurdesk::model;

// The example shipped in docs/ must stay a valid dossier, with the documents it names.
TEST(ExampleDossier, DocumentedExampleIsValid)
{
    const QString example = QStringLiteral(SEGURDESK_SOURCE_DIR "/docs/examples/dossier-exemple/dossier.json");
    const FieldErrors errors = DossierFile::validate(example);
    for (const FieldError& error : errors)
        ADD_FAILURE() << error.field.toStdString() << ' ' << error.code.toStdString() << ": "
                      << error.message.toStdString();
}

} // namespace
