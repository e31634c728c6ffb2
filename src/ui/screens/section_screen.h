// All the cards of a section in a grid with their answers. Tap a card to see
// it in full and change its answer; add a card of your own.
#pragma once

#include "ui/ui_context.h"
#include "ui/widgets/symbol_picker.h"

#include <string>

namespace rightjob::ui {

class App;

// The "section" screen.
class SectionScreen {
public:
    // Draws the screen below the top bar.
    void draw(App& app, UiContext& ui);

private:
    void drawNewCardForm(App& app, UiContext& ui);

    bool m_addingCard = false;
    std::string m_newLabel;
    std::string m_newSpoken;
    std::string m_newSymbol; // the picture chosen for the new card; empty: none yet
    std::string m_newMeans;  // the layout card the new card is like ("places/noisy_places"); empty: something new
    SymbolPicker m_picker;
    std::string m_problem; // why the last try to add a card failed
};

} // namespace rightjob::ui
