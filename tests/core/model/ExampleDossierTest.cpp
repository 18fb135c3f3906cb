#include "core/model/DossierFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

using namespace segurdesk::model;

// The example shipped in docs/ must stay a valid dossier: its attachments are made here, in a
// copy of its folder, from the extension each reference has.
TEST(ExampleDossier, DocumentedExampleIsValid)
{
    const QString example = QStringLiteral(SEGURDESK_SOURCE_DIR "/docs/examples/dossier-exemple/dossier.json");
    QFile source(example);
    ASSERT_TRUE(source.open(QIODevice::ReadOnly)) << example.toStdString();
    const QByteArray bytes = source.readAll();

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("dossier.json"));
    QFile target(copy);
    ASSERT_TRUE(target.open(QIODevice::WriteOnly));
    target.write(bytes);
    target.close();

    const QJsonObject documents = QJsonDocument::fromJson(bytes).object().value(QLatin1String("documents")).toObject();
    ASSERT_FALSE(documents.isEmpty());
    for (const auto& reference : documents) {
        const QString path = dir.filePath(reference.toString());
        ASSERT_TRUE(QDir().mkpath(QFileInfo(path).absolutePath()));
        if (path.endsWith(QLatin1String(".pdf"))) {
            QPdfWriter writer(path);
            QPainter painter(&writer);
            painter.drawText(QPointF(100, 100), reference.toString());
        } else {
            QImage image(40, 30, QImage::Format_RGB32);
            image.fill(Qt::white);
            ASSERT_TRUE(image.save(path)) << path.toStdString();
        }
    }

    const FieldErrors errors = DossierFile::validate(copy);
    for (const FieldError& error : errors)
        ADD_FAILURE() << error.field.toStdString() << ' ' << error.code.toStdString() << ": "
                      << error.message.toStdString();
}

} // namespace
