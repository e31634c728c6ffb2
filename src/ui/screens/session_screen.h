// Starting a session: who is here (the person and their supporters, by
// name) and where we are. Every answer made afterwards carries this.
#pragma once

#include "core/storage/open_profile.h"
#include "ui/ui_context.h"

#include <set>
#include <string>

namespace rightjob::ui {

class App;

// The "session" screen.
class SessionScreen {
public:
    // Starts fresh for this profile: the person is here, no place chosen.
    void reset(const core::OpenProfile& open);
    // Draws the screen below the top bar.
    void draw(App& app, UiContext& ui);

private:
    void drawWho(App& app, UiContext& ui, float width);
    void drawWhere(UiContext& ui, float width);

    std::set<std::string> m_present;
    std::string m_place;
    std::string m_otherPlace;
    std::string m_newName;
    std::string m_newRole;
    std::string m_problem;
};

} // namespace rightjob::ui
