#pragma once

#include <QString>

// File sizes and size limits in the portal's unit, the megabyte of 1 048 576 bytes ("4 Mo"), in
// the interface language ("4,01 Mo" in French, "4.01 MB" in English). Below one megabyte,
// kilobytes; below one kilobyte, bytes. Two decimals at most, trailing zeros dropped. A size is
// rounded up and a limit down, so that a file over its limit never reads as the same size
// ("4,01 Mo" against "4 Mo") and a file shown under a limit is under it.
namespace segurdesk::files::DataSize {

QString ofFile(qint64 bytes);
QString ofLimit(qint64 bytes);

} // namespace segurdesk::files::DataSize
