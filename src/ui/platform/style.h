// Spacing and sizes every screen shares, in em (one em is the body text's
// size, so everything grows with the text size setting), in one place as
// Dear ImGui keeps its own in ImGuiStyle. Screens and widgets read them
// through ui.em(style().gap) instead of writing numbers inline; a number
// used by one screen only may stay in that screen, named.
#pragma once

namespace rightjob::ui {

struct UiStyle {
    // [SECTION] Space
    float gap = 0.5f;          // between tiles, buttons and blocks
    float smallGap = 0.3f;     // below a notice, beside a small mark
    float screenInset = 0.15f; // the screen's content from the window's edge

    // [SECTION] Tiles
    float tilePadding = 0.5f;   // inside a tile, round its picture and words
    float tileRounding = 0.5f;  // a tile's corners
    float tileBorder = 0.08f;   // a tile's outline (never thinner than 2 px)
    float focusOutline = 0.2f;  // the outline of the tile the keyboard is on
    float readyOutline = 0.22f; // the outline of a tile ready for its second tap (speak-first)
    float progressBar = 0.5f;   // the height of a tile's progress bar
    float smallestPicture = 1.0f; // a picture on top is left out when there is less room than this

    // [SECTION] The top bar
    float barHeight = 2.6f;          // one row of buttons with pictures beside their words
    float barHeightStacked = 3.4f;   // buttons with pictures above their words
    float barButtonWidth = 6.0f;     // Back, Undo, Redo, Settings
    float barButtonNarrowest = 5.5f; // narrower than this, the picture goes above the words
    float barTitleRoom = 9.0f;       // the least room beside the buttons for the title on one row

    // [SECTION] Notices and marks
    float noticeHeight = 2.8f;           // "You can look, but not change it."
    float dataFolderNoticeHeight = 3.2f; // what the start-up check of the data folder found
    float noticeRounding = 0.4f;         // the "not saved" warning's corners
    float readyTickWidth = 6.0f;         // the "Choose" tick beside a ready target
    float hideButtonWidth = 5.5f;        // "Hide" beside the data folder's notice

    // [SECTION] The message band under the screen ("Saved.")
    float messageHeight = 3.2f;   // the message's tile
    float messageMargin = 0.8f;   // above and below it, inside its band
    float messageMaxWidth = 24.0f; // the widest it gets on a wide window
};

// The one style of the program.
const UiStyle& style();

} // namespace rightjob::ui
