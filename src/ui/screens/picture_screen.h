// Choosing the picture of a card or of the person: a symbol found by words
// or by group, or one of the person's own photos (chosen in the picture
// browser or dropped onto the window), with a button to turn a photo the
// right way. Every change is one step of undo; a photo that cannot be used
// is refused in plain words and nothing changes.
#pragma once

#include "ui/ui_context.h"
#include "ui/widgets/symbol_picker.h"

#include <string>

namespace rightjob::ui {

class App;

// Whose picture is being chosen.
struct PictureTarget {
    enum class Kind { Card, Person };
    Kind kind = Kind::Card;
    std::string sectionId; // for a card
    std::string cardId;    // for a card
};

// The "picture" screen.
class PictureScreen {
public:
    // Starts choosing for target, with no message and the picker at its groups.
    void chooseFor(const PictureTarget& target);
    const PictureTarget& target() const { return m_target; }

    // Draws the screen below the top bar.
    void draw(App& app, UiContext& ui);

    // Makes a photo of the file (checked, turned by its EXIF orientation,
    // at most 1024 px, copied into the person's folder) and puts it on the
    // target as one step of undo. Returns false when the file is refused:
    // then problem() says why in plain words and nothing has changed.
    bool usePhoto(App& app, const std::string& sourcePath);
    // Turns the target's photo a quarter to the right, as a new photo in the
    // person's folder and one step of undo. Returns false (with problem())
    // when there is no photo or it cannot be turned.
    bool rotatePhoto(App& app);

    // Why the last photo was refused; empty when it was not.
    const std::string& problem() const { return m_problem; }
    void clearProblem() { m_problem.clear(); }

    // Draws problem() as a plain warning at the cursor, when there is one.
    void drawProblem(UiContext& ui);

private:
    // The target's photo (relative to the person's folder), symbol and words.
    struct Current {
        std::string photo;
        std::string symbol;
        std::string label;
        bool exists = false;
    };
    Current current(App& app) const;
    void putPhoto(App& app, const std::string& photo);

    PictureTarget m_target;
    SymbolPicker m_picker;
    std::string m_problem;
};

} // namespace rightjob::ui
