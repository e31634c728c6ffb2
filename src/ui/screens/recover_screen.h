// Shown when a profile cannot be read: says so in plain words and offers
// the newest good backup. Nothing is deleted.
#pragma once

#include "ui/ui_context.h"

namespace rightjob::ui {

class App;

// The "recover" screen.
class RecoverScreen {
public:
    // Draws the screen below the top bar.
    void draw(App& app, UiContext& ui);
};

} // namespace rightjob::ui
