// Who may see something (a card, the person's photo): three pictures, each
// spoken when touched, the chosen one lit, under a bold question.
#pragma once

#include "core/profile/profile.h"
#include "ui/ui_context.h"

#include <optional>
#include <string>

namespace rightjob::ui {

// Draws "Who can see this?" (or the question given) and the three choices,
// each width wide, one under another; their targets are idPrefix + the
// sharing's name ("share-team"). Returns the choice touched this frame.
std::optional<core::Sharing> sharingChoice(UiContext& ui, const std::string& question, const std::string& idPrefix,
                                           core::Sharing current, float width);

} // namespace rightjob::ui
