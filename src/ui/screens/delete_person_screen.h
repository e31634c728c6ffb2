// Asking, clearly, before a person is taken off the list.
#pragma once

#include "ui/ui_context.h"

namespace rightjob::ui {

class App;

// The "delete-person" screen.
class DeletePersonScreen {
public:
    // Draws the screen below the top bar.
    void draw(App& app, UiContext& ui);
};

} // namespace rightjob::ui
