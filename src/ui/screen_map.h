// A map of what a person can act on in the frame just drawn: every target's
// rectangle, label, spoken words, role and focus. Tests use it to find and
// tap things by name and to check sizes; `screenshot --dump-ui` writes it.
#pragma once

#include <string>
#include <vector>

namespace rightjob::ui {

// What kind of thing a target is.
enum class TargetRole { Button, Tile, Card, AnswerPlace, TextField, Toggle };

// "button", "tile", "card", "answer place", "text field", "toggle".
const char* targetRoleName(TargetRole role);

// One interactive thing on screen, in window pixels.
struct ScreenTarget {
    std::string id;     // stable within a screen: "section:likes"
    std::string label;  // the words shown
    std::string spoken; // the words said aloud
    TargetRole role = TargetRole::Button;
    float x = 0, y = 0, width = 0, height = 0;
    bool focused = false;
    bool partlyHidden = false; // cut off by the edge of a scrolling area
    std::string cardKey{};     // a card's key when the target shows a card: its recorded voice plays for it
    // Where the whole target lies in its scrolling area's contents (window
    // pixels as they would be with the area scrolled to the top), and which
    // area that is (0: none). Switch scanning orders and scrolls by these.
    float documentY = 0, wholeHeight = 0;
    unsigned scrollArea = 0;

    float centreX() const { return x + width / 2; }
    float centreY() const { return y + height / 2; }
};

// The targets of one frame.
class ScreenMap {
public:
    // Forgets the last frame's targets; called at the start of each frame.
    void beginFrame(std::string screenName);
    // Records a target drawn this frame.
    void add(ScreenTarget target);
    // Records a target drawn this frame wholly scrolled out of sight (its
    // rectangle as it would be drawn): not in targets(), but scanning reaches it.
    void addOutOfSight(ScreenTarget target);
    // The targets drawn wholly out of sight, in the order drawn.
    const std::vector<ScreenTarget>& outOfSight() const { return m_outOfSight; }
    // The target with this id, in sight or out of sight, or nullptr.
    const ScreenTarget* findAnywhere(const std::string& id) const;

    const std::string& screenName() const { return m_screenName; }
    const std::vector<ScreenTarget>& targets() const { return m_targets; }
    // The first target with this label, or nullptr.
    const ScreenTarget* findByLabel(const std::string& label) const;
    // The target with this id, or nullptr.
    const ScreenTarget* findById(const std::string& id) const;
    // The map as JSON text: {"screen": ..., "targets": [...]}.
    std::string toJson() const;

private:
    std::string m_screenName;
    std::vector<ScreenTarget> m_targets;
    std::vector<ScreenTarget> m_outOfSight;
};

} // namespace rightjob::ui
