// A box of plain words at the cursor: a bold message and an optional second
// line (a file's path, or the reason something failed), on the panel colour,
// or on the danger colour when something went wrong. The whole box is a
// target: a tap says the message, for those who do not read.
#pragma once

#include "ui/ui_context.h"

#include <string>

namespace rightjob::ui {

struct MessageBoxContent {
    std::string id;      // the target's id: "save-message"
    std::string message; // "Saved. Look in Documents, then Right Job."
    std::string detail;  // a second, plain line; none when empty
    bool failed = false;
};

// Draws the box the width given and moves the cursor below it; returns its height.
float messageBox(UiContext& ui, const MessageBoxContent& content, float width);

} // namespace rightjob::ui
