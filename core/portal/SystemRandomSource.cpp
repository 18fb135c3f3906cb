#include "core/portal/SystemRandomSource.h"

#include <QRandomGenerator>

namespace segurdesk::portal {

double SystemRandomSource::uniform()
{
    return QRandomGenerator::global()->generateDouble();
}

} // namespace segurdesk::portal
