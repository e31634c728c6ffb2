// One card in full: its picture and words, who is answering, the three
// answers, "not for sharing", and every answer and note with who gave it and
// when. A supporter adds a note as themselves.
#pragma once

#include "ui/ui_context.h"

#include <string>

namespace rightjob::ui {

class App;

// The "card" screen.
class CardScreen {
public:
    // Draws the screen below the top bar.
    void draw(App& app, UiContext& ui);
    // Clears the note being written (when another card opens).
    void reset()
    {
        m_note.clear();
        m_problem.clear();
    }

private:
    void drawGiverChoice(App& app, UiContext& ui, float width);
    void drawHistory(App& app, UiContext& ui, const std::string& key);

    std::string m_note;
    std::string m_problem;
};

} // namespace rightjob::ui
