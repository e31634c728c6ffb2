// Switch scanning as a state machine with no window, no ImGui and no clock of
// its own: each frame the screen hands it the targets it drew, key presses
// arrive as switch roles, and time arrives as milliseconds from the caller's
// clock. The highlight goes over rows first; a press enters a row, and then
// the highlight goes over that row's items; a press on an item chooses it.
//
// - One switch (automatic): a timer moves the highlight one step every scan
//   step; the one switch (SwitchRole::Select) enters the row or chooses the
//   item. After one full pass over a row's items with no press the highlight
//   goes back to the rows, on the same row.
// - Two switches: the move switch steps the highlight the same way (moving
//   past a row's last item goes back to the rows, on the same row); the
//   select switch enters the row or chooses the item.
//
// After a choice the highlight starts again at the first row.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace rightjob::ui {

// A rectangle in window pixels.
struct TargetRect {
    float x = 0;
    float y = 0;
    float width = 0;
    float height = 0;

    // The bottom edge.
    float bottom() const { return y + height; }
    // The right edge.
    float right() const { return x + width; }
    // The middle, across.
    float centreX() const { return x + width / 2; }
    // The middle, down.
    float centreY() const { return y + height / 2; }
    // True when the point is inside or on the edge.
    bool contains(float pointX, float pointY) const;
    // The rectangle grown by margin pixels on every side.
    TargetRect grownBy(float margin) const;
    // The smallest rectangle holding both.
    TargetRect unitedWith(const TargetRect& other) const;
};

// One thing that can be chosen, as drawn this frame. Ids are unique on a
// screen and stable between frames (the screen map's ids).
struct ScanTarget {
    std::string id;
    TargetRect rect;
};

// How the person drives the scanning.
enum class ScanMode {
    OneSwitchAutomatic, // a timer moves the highlight; one switch chooses
    TwoSwitch,          // one switch moves the highlight, the other chooses
};

// Which of the switches was pressed.
enum class SwitchRole {
    Select, // enters the highlighted row or chooses the highlighted item; the one switch in one-switch mode
    Move,   // steps the highlight on (two-switch mode only)
};

// What the highlight is on.
enum class ScanLevel {
    Nothing, // there are no targets
    Row,     // a whole row
    Item,    // one item in the row that was entered
};

// The highlight to draw this frame.
struct ScanHighlight {
    ScanLevel level = ScanLevel::Nothing;
    TargetRect rect;    // the row's rectangles united, or the item's rectangle
    std::string itemId; // the item, when level is Item
    int row = -1;       // the row's place from the top, from 0
    int item = -1;      // the item's place in its row from the left, when level is Item
};

// The targets grouped into rows, top to bottom, each row left to right, as
// ids. Targets are taken in order of their vertical centres; a target joins
// the row above it when its centre lies within the height of that row's
// first target and that target's centre lies within its own height, so a
// grid's cards form one row each even when they are a few pixels out of line,
// and a short button beside a tall card stays in a row of its own.
std::vector<std::vector<std::string>> scanRows(const std::vector<ScanTarget>& targets);

// How many switch presses choose the target with this id, starting from a
// fresh scan: in two-switch mode the moves down to its row, one press to
// enter it, the moves along to the item and one to choose it; in one-switch
// mode always 2 (enter, choose). Nothing when there is no such target.
std::optional<int> pressesToReach(const std::vector<ScanTarget>& targets, const std::string& targetId,
                                  ScanMode mode);

// How many timer steps one-switch scanning takes from a fresh scan to
// highlight the target with this id when the person presses as soon as its
// row is highlighted: its row's place plus its place in the row. Multiply by
// the scan step for the time. Nothing when there is no such target.
std::optional<int> scanStepsToReach(const std::vector<ScanTarget>& targets, const std::string& targetId);

// The scanning state of one window.
class SwitchScanner {
public:
    // The shortest scan step taken, whatever is asked, so that time always moves the highlight slowly enough to see.
    static constexpr int kShortestStepMs = 100;
    // A jump in time of more than this many steps (the computer slept) starts the current step again instead of racing through.
    static constexpr std::int64_t kMostStepsAtOnce = 1000;

    // A scanner with no targets yet; stepMs is the time each highlight stays in one-switch mode.
    explicit SwitchScanner(ScanMode mode = ScanMode::TwoSwitch, int stepMs = 1500);

    // Changes the mode; the highlight starts again at the first row.
    void setMode(ScanMode mode);
    // The mode in use.
    ScanMode mode() const { return m_mode; }

    // Changes the scan step (raised to kShortestStepMs); the step in progress keeps its start.
    void setStepMs(int stepMs);
    // The scan step in use, in milliseconds.
    int stepMs() const { return m_stepMs; }

    // Takes this frame's targets. The highlight stays on the same item, or on
    // the row holding the same targets, when they move or others come and go;
    // when what it was on has gone, it starts again at the first row.
    void setTargets(std::vector<ScanTarget> targets);

    // A switch was pressed at nowMs. In one-switch mode the move switch is
    // ignored, and a press starts the next step's time afresh.
    void press(SwitchRole role, std::int64_t nowMs);

    // Lets time pass to nowMs: in one-switch mode the highlight moves one
    // step for each full scan step since the last move. The first call only
    // starts the timer. Does nothing in two-switch mode.
    void tick(std::int64_t nowMs);

    // When the highlight will next move by itself, so the program can sleep
    // until then; nothing in two-switch mode, with no targets, or before the first tick.
    std::optional<std::int64_t> nextStepAtMs() const;

    // Where the highlight is.
    ScanHighlight highlight() const;

    // The id of the item chosen since the last call, if any, and forgets it.
    std::optional<std::string> takeSelection();

    // Puts the highlight back on the first row and forgets any choice not yet taken.
    void restart();

    // The rows as ids, as scanRows gives them for the current targets.
    std::vector<std::vector<std::string>> rows() const;

private:
    void startAgain();
    void step();
    void select();
    const ScanTarget& itemAt(int row, int item) const;

    ScanMode m_mode;
    int m_stepMs;
    std::vector<ScanTarget> m_targets;
    std::vector<std::vector<int>> m_rows; // indices into m_targets
    ScanLevel m_level = ScanLevel::Nothing;
    int m_row = 0;
    int m_item = 0;
    std::optional<std::int64_t> m_stepStartMs; // when the current highlight began (one-switch)
    std::optional<std::int64_t> m_latestMs;    // the latest time the caller gave
    std::optional<std::string> m_selection;
};

} // namespace rightjob::ui
