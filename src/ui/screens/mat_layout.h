// The talking mat's arrangement as pure sums, apart from drawing. Each
// answer place is a grid of square slots, kMatSlotColumns across whatever
// the window's width or the text size, so a card put in a slot stays in
// that slot: bigger text makes the slots' cards bigger, never moves them,
// and two cards never share a slot.
#pragma once

#include "core/profile/profile.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace rightjob::ui {

// Slots across one answer place.
constexpr int kMatSlotColumns = 3;
// Rows a saved placement's y is counted in (y = (row + 0.5) / kMatSavedRows).
constexpr int kMatSavedRows = 40;

// One slot of an answer place, from the top left, from 0.
struct MatSlot {
    int column = 0;
    int row = 0;
    bool operator==(const MatSlot& other) const { return column == other.column && row == other.row; }
    bool operator!=(const MatSlot& other) const { return !(*this == other); }
};

// The slot a saved placement names (x and y from 0 to 1; out of range is clamped).
MatSlot slotForPlacement(const core::MatPlacement& placement);

// The placement saved for a slot; slotForPlacement gives the slot back.
core::MatPlacement placementForSlot(MatSlot slot);

// A card shown in one answer place: where the person put it on the mat, or
// nothing when it was answered elsewhere (the card screen, a supporter).
struct MatCardInPlace {
    std::string cardId;
    std::optional<core::MatPlacement> placement;
};

// Where each card of one place is shown. Cards the person put on the mat
// keep their saved slot; should two name the same slot (an old file), the
// one first by id keeps it and the other takes the free slot nearest.
// Then cards answered elsewhere fill the first free slots, in their order,
// so placing a card (which takes a free slot) never moves another. No two
// cards share a slot.
std::map<std::string, MatSlot> arrangePlace(const std::vector<MatCardInPlace>& cards);

// The free slot nearest to the point (in slots, so 0.5, 0.5 is the middle
// of the first) that none of taken holds, in the first rows rows (or, when
// those are full, the first free slot below them).
MatSlot freeSlotNear(const std::vector<MatSlot>& taken, float column, float row, int rows);

// How many rows of slots a place shows: enough for every card of the
// section (so a place's size does not change as cards arrive) and for the
// lowest slot in use.
int matRowsShown(const std::map<std::string, MatSlot>& arrangement, std::size_t cardsInSection);

// The side of a slot for a place width pixels wide.
float matSlotSide(float width);

// The side of a placed card's picture, in whole pixels: as big as wanted,
// but never more than its slot leaves (a gap of `gap` around it), nor less
// than smallest unless the slot itself is smaller (then 2 px less than it).
float matCardSide(float slotSide, float wanted, float gap, float smallest);

} // namespace rightjob::ui

namespace rightjob::ui {

// What the mat's top part is measured in.
struct MatMeasures {
    float em = 16;                 // pixels in an em at the text size
    float minimumTarget = 44;      // the smallest touch target, in pixels
    float placeHeaderHeight = 50;  // an answer place's name, above its area
    bool pictureAboveName = false; // the places' names under their pictures (a narrow window)
};

// Where the prompt and the Skip and All cards buttons go. Usually in a row,
// the buttons at the right (above the prompt when the window is too
// narrow); in a short window (landscape at a large text size) the prompt,
// the card on its side and the two buttons, one above the other, share one row.
struct MatTopRow {
    bool buttonsAbovePrompt = false;
    bool sideways = false;
    float buttonWidth = 0, buttonHeight = 0;
    float rowHeight = 0; // the row the buttons take
    float promptX = 0, promptY = 0, promptWidth = 0;
    float skipX = 0, skipY = 0;
    float allX = 0, allY = 0;
};

// The top row for a content area available pixels wide whose first row
// starts at (startX, startY) and whose bottom is at contentBottom.
MatTopRow matTopRow(float startX, float startY, float available, float contentBottom, const MatMeasures& measures);

// Where the card being asked about goes, and where the answer places start.
struct MatCardBox {
    float x = 0, y = 0, width = 0, height = 0;
    bool onItsSide = false; // its picture beside its words, not above them
    float placesTop = 0;
};

// The card's box below (or, sideways, beside) the top row, leaving the
// places' names and the top of their areas in sight below it. promptBottom
// is where the prompt's words end (they sit above the card when the
// buttons are above the prompt).
MatCardBox matCardBox(const MatTopRow& row, float startX, float startY, float available, float contentBottom,
                      float promptBottom, const MatMeasures& measures);

} // namespace rightjob::ui
