// One person: their sections as big tiles showing how far each is done.
#pragma once

#include "ui/ui_context.h"

namespace rightjob::ui {

class App;

// The "person" screen.
class PersonScreen {
public:
    // Draws the screen below the top bar.
    void draw(App& app, UiContext& ui);
};

} // namespace rightjob::ui
