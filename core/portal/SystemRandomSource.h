#pragma once

#include "core/portal/RandomSource.h"

namespace segurdesk::portal {

// Draws from QRandomGenerator::global() (seeded by the system).
class SystemRandomSource final : public RandomSource
{
public:
    double uniform() override;
};

} // namespace segurdesk::portal
