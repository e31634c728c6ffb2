// About Right Job: what the program is for, its version and licence, and
// the credits the licences of its pictures, fonts and voice ask for.
#pragma once

#include "core/pictures/symbol_index.h"
#include "ui/ui_context.h"

#include <string>
#include <vector>

namespace rightjob::ui {

class App;

// One idea on the About screen: a picture, bold words, and plain lines.
struct AboutIdea {
    std::string symbol;
    std::string headline; // for the person: easy read
    std::string lines;    // details; licence names as they are
};

// What the About screen says, the pictures' credit read from the symbols'
// manifest (symbols may be nullptr: the credit is then given as shipped).
std::vector<AboutIdea> aboutIdeas(const core::SymbolIndex* symbols);

// The "about" screen.
class AboutScreen {
public:
    // Draws the screen below the top bar.
    void draw(App& app, UiContext& ui);

private:
    // One idea: its picture on the left, bold words and plain lines on the right.
    void drawIdea(UiContext& ui, const AboutIdea& idea);
};

// The program's version, as the build names it ("0.1.0").
const char* programVersion();

} // namespace rightjob::ui
