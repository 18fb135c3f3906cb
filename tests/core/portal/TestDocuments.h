#pragma once

#include "core/portal/UploadDocument.h"
#include "tests/support/EnrollmentForm.h"

#include <QList>
#include <QTemporaryDir>

namespace segurdesk::portal::test {

// The documents of `form` as the client uploads them: written to `dir`, then streamed from there.
QList<UploadDocument> uploadDocuments(const segurdesk::test::EnrollmentForm& form, const QTemporaryDir& dir);

} // namespace segurdesk::portal::test
