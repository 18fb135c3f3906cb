#include "tests/core/portal/TestDocuments.h"

namespace segurdesk::portal::test {

QList<UploadDocument> uploadDocuments(const segurdesk::test::EnrollmentForm& form, const QTemporaryDir& dir)
{
    QList<UploadDocument> uploads;
    const QMap<QString, QString> paths = form.writeDocuments(dir.path());
    for (auto it = paths.cbegin(); it != paths.cend(); ++it) {
        const QByteArray type = it.value().endsWith(QLatin1String(".pdf")) ? QByteArrayLiteral("application/pdf")
                                                                           : QByteArrayLiteral("image/png");
        uploads.append(UploadDocument::fromFile(it.key(), it.value(), type));
    }
    return uploads;
}

} // namespace segurdesk::portal::test
