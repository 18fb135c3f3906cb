#pragma once

#include <QString>

#include <optional>

namespace segurdesk::sandbox {

// Euro amounts as integer cents, never floating point.
class Money
{
public:
    // "6666.67", "5", "5.0" → cents; nullopt for anything else (negative, three decimals, text).
    static std::optional<qint64> parseCents(const QString& text);
    // 666667 → "6666.67"
    static QString format(qint64 cents);
    // "8.5" → 850 basis points; nullopt when malformed.
    static std::optional<qint64> parseBasisPoints(const QString& percent);
    // `cents` plus `basisPoints`/10000 of it, rounded half up to the cent.
    static qint64 addRate(qint64 cents, qint64 basisPoints);
};

} // namespace segurdesk::sandbox
