// How the voice says the open person's hard words: a list of each word and
// how to say it ("Siobhan" said as "shi-vorn"), where a supporter adds,
// changes, tests and removes entries. Every change is saved at once to the
// person's pronunciations.json and used by the voice at once.
#pragma once

#include "ui/ui_context.h"

#include <string>

namespace rightjob::ui {

class App;

// The "pronunciations" screen.
class PronunciationsScreen {
public:
    // Draws the screen below the top bar.
    void draw(App& app, UiContext& ui);
    // Empties the form (when the screen opens).
    void reset();

private:
    void drawList(App& app, UiContext& ui, float width);
    void drawForm(App& app, UiContext& ui, float width);

    std::string m_word;
    std::string m_saidAs;
    std::string m_changing; // the word being changed, or empty when adding
    std::string m_removing; // the word waiting for "Yes, remove it", or empty
    std::string m_problem;
};

} // namespace rightjob::ui
