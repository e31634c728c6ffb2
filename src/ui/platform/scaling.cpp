#include "ui/platform/scaling.h"

#include <algorithm>
#include <cmath>

namespace rightjob::ui {

float Scaling::em() const
{
    return basePixels * textScale;
}

float Scaling::toPixels(float ems) const
{
    return ems * em();
}

float Scaling::minimumTarget() const
{
    // Grows with the text so a large-text user also gets larger targets.
    const float grown = kMinimumTargetPixels * em() / kDefaultBasePixels;
    return std::max({grown, kMinimumTargetPixels, kAbsoluteMinimumPixels});
}

float Scaling::targetPixels(float ems) const
{
    return std::max(toPixels(ems), minimumTarget());
}

float Scaling::visiblePixels(float ems) const
{
    return std::max(toPixels(ems), kAbsoluteMinimumPixels);
}

float nearestTextScaleChoice(float scale)
{
    float best = Scaling::kTextScaleChoices[0];
    for (float choice : Scaling::kTextScaleChoices) {
        if (std::fabs(choice - scale) < std::fabs(best - scale))
            best = choice;
    }
    return best;
}

} // namespace rightjob::ui
