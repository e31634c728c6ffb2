// All the cards of a section with their answers; tap a card to answer it.
#pragma once

#include "ui/ui_context.h"

#include <string>

namespace rightjob::ui {

class App;

// The "section" screen.
class SectionScreen {
public:
    // Draws the screen below the top bar.
    void draw(App& app, UiContext& ui);
    // Forgets the chosen card (when another section opens).
    void reset() { m_chosenCard.clear(); }

private:
    void drawCardGrid(App& app, UiContext& ui);
    void drawAnswerChooser(App& app, UiContext& ui);

    std::string m_chosenCard; // the card being answered, or empty
};

} // namespace rightjob::ui
