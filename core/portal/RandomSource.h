#pragma once

namespace segurdesk::portal {

// Randomness for the retry jitter, injected so that tests choose the draw.
class RandomSource
{
public:
    virtual ~RandomSource() = default;

    // A uniform draw in [0, 1).
    virtual double uniform() = 0;
};

} // namespace segurdesk::portal
