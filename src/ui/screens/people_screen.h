// The people on this machine, as big photo cards: choose one to open. With
// many people (a job coach's caseload) a search box, a letter strip and two
// ways to sort come first, all big enough to use by touch, and only the
// cards in view are drawn, so a thousand people open as fast as three.
#pragma once

#include "core/storage/caseload_index.h"
#include "ui/ui_context.h"

#include <cstdint>
#include <set>
#include <string>
#include <vector>

namespace rightjob::ui {

class App;

// The "people" screen.
class PeopleScreen {
public:
    // Draws the screen below the top bar.
    void draw(App& app, UiContext& ui);

    // More people than this, and the finding tools show.
    static constexpr std::size_t kFewPeople = 8;

private:
    void drawFinding(App& app, UiContext& ui, const std::vector<core::PersonEntry>& people);
    void updateShown(App& app);

    std::string m_search;
    std::string m_letter; // "" for everyone, else "A" … "Z" or "#"
    core::CaseloadOrder m_order = core::CaseloadOrder::ByName;
    std::vector<core::PersonEntry> m_shown;
    std::string m_shownFor; // what m_shown was made for: search, letter, order and the people's revision
    std::set<std::string> m_sharedFirstNames; // shown names more than one person has: their full names show
    bool m_addPerson = false;                 // "Add a person" at the top was chosen
};

} // namespace rightjob::ui
