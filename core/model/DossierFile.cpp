#include "core/model/DossierFile.h"

#include "core/model/DossierJson.h"
#include "core/model/DossierValidator.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace segurdesk::model {

DossierFile::Loaded DossierFile::load(const QString& path)
{
    Loaded loaded;
    QFile file(path);
    const QFileInfo info(path);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly)) {
        loaded.errors.append(FieldError {
            QString(), QStringLiteral("file.unreadable"),
            QCoreApplication::translate("DossierFile", "The dossier file %1 cannot be read: %2")
                .arg(path,
                     info.exists() && !info.isFile() ? QCoreApplication::translate("DossierFile", "it is not a file.")
                                                     : file.errorString()),
            Severity::Error});
        return loaded;
    }
    // One byte past the limit is enough for DossierJson to refuse an oversize file.
    const QByteArray bytes = file.read(DossierJson::MaxBytes + 1);
    DossierJson::Parsed parsed = DossierJson::parse(bytes, DossierJson::Mode::File);
    loaded.dossier = std::move(parsed.dossier);
    loaded.errors = std::move(parsed.errors);
    loaded.attachments = AttachmentSet::fromDossier(loaded.dossier, info.absoluteDir());
    return loaded;
}

FieldErrors DossierFile::validate(const QString& path, const DossierRules& rules)
{
    const Loaded loaded = load(path);
    // A file that is not a dossier at all has nothing more to say.
    for (const FieldError& error : loaded.errors) {
        if (error.field.isEmpty())
            return loaded.errors;
    }
    return mergeFieldErrors(loaded.errors, DossierValidator(rules).validate(loaded.dossier, loaded.attachments));
}

} // namespace segurdesk::model
