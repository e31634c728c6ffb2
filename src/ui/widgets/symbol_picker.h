// Choosing a picture symbol by touch, the one way everywhere a picture is
// chosen: type words to find one, or open a group (Animals, Food and drink,
// ...) from its big tile and tap a symbol in the group's grid. The grid
// scrolls with the screen, by touch as anywhere else.
#pragma once

#include "core/pictures/symbol_index.h"
#include "ui/ui_context.h"

#include <string>

namespace rightjob::ui {

// The picker's view state: the words typed and the group open.
class SymbolPicker {
public:
    // Back to the groups, with no words typed.
    void reset();

    // Draws the picker at the cursor, as wide as the space left. chosen is
    // the symbol shown as picked. When nothing is typed and no group is
    // open, pictures for suggestion (a card's or a job's words) come first.
    // Returns the id of the symbol tapped in this frame, or empty.
    // Targets: "picture-search" (the words), "picture-group:<category>",
    // "picture-groups" (back to all groups) and "picture:<symbol id>".
    std::string draw(UiContext& ui, const core::SymbolIndex* symbols, const std::string& chosen,
                     const std::string& suggestion = "");

    const std::string& openGroup() const { return m_group; }

private:
    std::string drawSymbols(UiContext& ui, const std::vector<const core::SymbolEntry*>& symbols,
                            const std::string& chosen);

    std::string m_search;
    std::string m_group; // the category open; empty: all groups
    bool m_scrollToGroup = false; // a group just opened: bring its top into view
};

} // namespace rightjob::ui
