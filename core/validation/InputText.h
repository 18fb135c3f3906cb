#pragma once

#include <QString>
#include <QStringView>

namespace segurdesk::validation {

// Shared input hygiene for the validators. Users paste values from PDFs, spreadsheets and
// bank letters, so whitespace of every kind (tab, no-break space, narrow no-break space)
// and typographic separators must not make a correct value fail.

// Anything longer than this is rejected before any per-character work, so that a pasted
// document cannot make a validator slow. Every identifier handled here is far shorter.
inline constexpr qsizetype kMaxRawInputLength = 512;

// True for characters people use to group digits: whitespace of any kind, '-' and '.'.
bool isGroupingSeparator(QChar c);

// `input` without grouping separators (see isGroupingSeparator), ASCII letters upper-cased.
QString compactIdentifier(QStringView input);

// True when every character of `text` is an ASCII digit (and `text` is not empty).
bool isAsciiDigits(QStringView text);

// Luhn (ISO/IEC 7812-1) over ASCII digits; the caller guarantees `digits` is all digits.
bool passesLuhn(QStringView digits);

// `input` trimmed, with every inner run of whitespace (no-break spaces included) folded
// into a single ASCII space.
QString foldWhitespace(QStringView input);

// `input` as words are compared by people: case folded and accents dropped ("Société" and
// "SOCIETE" both give "societe"). Whitespace is left as it is.
QString foldCaseAndAccents(QStringView input);

} // namespace segurdesk::validation
