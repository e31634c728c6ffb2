// Settings: text size, colours, font, card size, how the person chooses
// things (touch, dwell, switches) and their timings, and asking before
// deleting. Every change is saved at once and applies at once.
#pragma once

#include "ui/ui_context.h"

#include <string>

namespace rightjob::ui {

class App;

// The "settings" screen.
class SettingsScreen {
public:
    // Draws the screen below the top bar.
    void draw(App& app, UiContext& ui);
};

} // namespace rightjob::ui
