#include "core/storage/Draft.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace segurdesk::storage {

namespace {

constexpr int FormatVersion = 1;

QString stateName(Draft::State state)
{
    switch (state) {
    case Draft::State::Editing:
        return QStringLiteral("editing");
    case Draft::State::Submitting:
        return QStringLiteral("submitting");
    case Draft::State::Submitted:
        return QStringLiteral("submitted");
    }
    return {};
}

bool stateFromName(const QString& name, Draft::State& state)
{
    for (Draft::State candidate : {Draft::State::Editing, Draft::State::Submitting, Draft::State::Submitted}) {
        if (stateName(candidate) == name) {
            state = candidate;
            return true;
        }
    }
    return false;
}

QString timestamp(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

const DraftAttachment* Draft::attachment(const QString& slot) const
{
    for (const DraftAttachment& attachment : m_attachments) {
        if (attachment.slot == slot)
            return &attachment;
    }
    return nullptr;
}

QString Draft::payloadHash() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    // QJsonObject keeps keys sorted, so the compact form is canonical for equal content.
    hash.addData(QJsonDocument(m_dossier).toJson(QJsonDocument::Compact));
    QList<DraftAttachment> sorted = m_attachments;
    std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.slot < b.slot; });
    for (const DraftAttachment& attachment : sorted) {
        hash.addData(QByteArrayView("\0", 1));
        hash.addData(attachment.slot.toUtf8());
        hash.addData(QByteArrayView("\0", 1));
        hash.addData(attachment.fileName.toUtf8());
        hash.addData(QByteArrayView("\0", 1));
        hash.addData(attachment.sha256.toLatin1());
    }
    return QString::fromLatin1(hash.result().toHex());
}

QByteArray Draft::serialize() const
{
    QJsonArray attachments;
    for (const DraftAttachment& attachment : m_attachments) {
        attachments.append(QJsonObject {{QStringLiteral("slot"), attachment.slot},
                                        {QStringLiteral("file_name"), attachment.fileName},
                                        {QStringLiteral("size"), attachment.size},
                                        {QStringLiteral("sha256"), attachment.sha256},
                                        {QStringLiteral("stored_name"), attachment.storedName},
                                        {QStringLiteral("attached_at"), timestamp(attachment.attachedAt)}});
    }
    QJsonObject root {{QStringLiteral("format"), FormatVersion},
                      {QStringLiteral("id"), m_id},
                      {QStringLiteral("state"), stateName(m_state)},
                      {QStringLiteral("created_at"), timestamp(m_createdAt)},
                      {QStringLiteral("modified_at"), timestamp(m_modifiedAt)},
                      {QStringLiteral("dossier"), m_dossier},
                      {QStringLiteral("attachments"), attachments}};
    if (m_step > 0)
        root.insert(QStringLiteral("step"), m_step);
    if (!m_idempotencyKey.isEmpty())
        root.insert(QStringLiteral("idempotency_key"), m_idempotencyKey);
    if (m_receipt.isValid())
        root.insert(QStringLiteral("receipt"), m_receipt.toJson());
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

bool Draft::deserialize(const QByteArray& bytes, Draft& draft, bool* unsupportedVersion)
{
    if (unsupportedVersion)
        *unsupportedVersion = false;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return false;
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")).toInt() != FormatVersion) {
        if (unsupportedVersion)
            *unsupportedVersion = root.value(QLatin1String("format")).toInt() > FormatVersion;
        return false;
    }
    Draft result;
    result.m_id = root.value(QLatin1String("id")).toString();
    if (result.m_id.isEmpty() || !stateFromName(root.value(QLatin1String("state")).toString(), result.m_state))
        return false;
    result.m_createdAt = QDateTime::fromString(root.value(QLatin1String("created_at")).toString(), Qt::ISODateWithMs);
    result.m_modifiedAt = QDateTime::fromString(root.value(QLatin1String("modified_at")).toString(), Qt::ISODateWithMs);
    result.m_dossier = root.value(QLatin1String("dossier")).toObject();
    result.m_step = root.value(QLatin1String("step")).toInt();
    for (const auto& value : root.value(QLatin1String("attachments")).toArray()) {
        const QJsonObject object = value.toObject();
        DraftAttachment attachment {
            object.value(QLatin1String("slot")).toString(),
            object.value(QLatin1String("file_name")).toString(),
            object.value(QLatin1String("size")).toInteger(),
            object.value(QLatin1String("sha256")).toString(),
            object.value(QLatin1String("stored_name")).toString(),
            QDateTime::fromString(object.value(QLatin1String("attached_at")).toString(), Qt::ISODateWithMs),
        };
        if (attachment.slot.isEmpty() || attachment.storedName.isEmpty())
            return false;
        result.m_attachments.append(attachment);
    }
    result.m_idempotencyKey = root.value(QLatin1String("idempotency_key")).toString();
    result.m_receipt = SubmissionReceipt::fromJson(root.value(QLatin1String("receipt")).toObject());
    draft = result;
    return true;
}

} // namespace segurdesk::storage
