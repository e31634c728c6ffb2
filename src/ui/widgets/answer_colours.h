// The colour of each answer place, the same on every screen.
#pragma once

#include "core/profile/layout.h"
#include "ui/platform/theme.h"

namespace rightjob::ui {

// The theme's colour for an answer: positive, middle or negative.
inline Color answerColour(const Theme& theme, core::AnswerValue value)
{
    switch (value) {
    case core::AnswerValue::Positive: return theme.positive;
    case core::AnswerValue::Middle: return theme.middle;
    case core::AnswerValue::Negative: return theme.negative;
    }
    return theme.panel;
}

} // namespace rightjob::ui
