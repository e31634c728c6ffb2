// The people on this machine, as big photo cards: choose one to open.
#pragma once

#include "ui/ui_context.h"

namespace rightjob::ui {

class App;

// The "people" screen.
class PeopleScreen {
public:
    // Draws the screen below the top bar.
    void draw(App& app, UiContext& ui);
};

} // namespace rightjob::ui
