// Adding a person: their name and what they like to be called.
#pragma once

#include "ui/ui_context.h"

#include <string>

namespace rightjob::ui {

class App;

// The "add-person" screen.
class AddPersonScreen {
public:
    // Empties the form.
    void reset()
    {
        m_name.clear();
        m_preferredName.clear();
        m_problem.clear();
    }
    // Draws the screen below the top bar.
    void draw(App& app, UiContext& ui);

private:
    std::string m_name;
    std::string m_preferredName;
    std::string m_problem;
};

} // namespace rightjob::ui
