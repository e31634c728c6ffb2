// The big picture tile every screen is made of: a picture, bold words, an
// optional second line, a progress bar or an answer badge. It is one touch
// target, reported to the screen map with its label and spoken words.
#pragma once

#include "ui/platform/theme.h"
#include "ui/ui_context.h"

#include <cstddef>
#include <optional>
#include <string>

namespace rightjob::ui {

// Where the picture sits in a tile.
enum class PictureSide { Top, Left };

// How a tile is filled.
enum class TileStyle { Card, Accent, Danger };

// What a tile shows.
struct TileContent {
    std::string id;        // unique on the screen; also the ImGui id
    std::string label;     // bold words
    std::string spoken;    // said aloud; the label when empty
    std::string detail;    // a second, plain line ("12 of 18 done")
    std::string symbol;    // symbol id, or empty
    std::string photoPath; // a photo file, used before the symbol
    Picture picture;       // a picture already made (a thumbnail), used before both
    TargetRole role = TargetRole::Tile;
    TileStyle style = TileStyle::Card;
    float progress = -1.0f; // 0..1 draws a progress bar; below 0 none
    std::string badge;      // answer words shown on a coloured strip
    std::optional<Color> badgeColor;
    bool reserveBadgeSpace = false; // keep the badge's room even when empty, so cards line up
    bool enabled = true;
    std::string cardKey;        // a card's key ("likes/cooking"): its recorded voice is played for it
    bool choosesAtOnce = false; // chooses on the first tap even with speak-first on (the tick itself)
    bool showsSpokenWords = false; // while its words are heard, shows them lit word by word
};

// The content of a plain button: an id, its words and its picture.
TileContent buttonContent(std::string id, std::string label, std::string symbol);

// Draws a tile of the given size at the cursor. Returns true when it is
// chosen (tapped, clicked, or Enter/Space with keyboard focus). A chosen tile
// says its spoken words. With speak-first on, the first tap only says them
// and marks the tile ready (a thick outline); the second tap chooses.
bool tile(UiContext& ui, const TileContent& content, ImVec2 size, PictureSide side);

// Draws wrapped text inside a box; returns the height used. Every word a
// person types is drawn with it: text in any script, emoji and right to left
// are laid out by pango (see ui/platform/shaped_text.h), the rest by ImGui.
// Text that does not fit is cut after a whole word with "…" (the full text
// stays in the screen map and is spoken).
float drawWrappedText(UiContext& ui, ImDrawList* drawList, ImFont* font, float fontSize, ImVec2 position, float width,
                      float maxHeight, ImU32 colour, const std::string& text);

// The height drawWrappedText would use for text, without drawing it.
float wrappedTextHeight(UiContext& ui, ImFont* font, float fontSize, float width, float maxHeight,
                        const std::string& text);

// Draws text at the cursor in the current font, wrapped within the space
// left, as drawWrappedText does, at most maxLines lines, and moves the
// cursor below it: ImGui::TextWrapped for words a person typed.
void wrappedText(UiContext& ui, const std::string& text, int maxLines = 12);

// Draws the placeholder of a picture that is missing or cannot be read: a
// framed picture crossed out, filling the box, so the gap is plainly meant.
void drawMissingPicture(UiContext& ui, ImDrawList* drawList, ImVec2 min, ImVec2 max);

// Draws a picture scaled to fit the box, keeping its shape, centred. Where
// surface (what is behind the box) is too dark for a symbol's black lines,
// as cards are in the dark and high-contrast themes, the picture sits on the
// theme's light plate, a rounded rectangle just the picture's size: nothing
// is drawn outside the box.
void drawPictureInBox(UiContext& ui, ImDrawList* drawList, const Picture& picture, ImVec2 min, ImVec2 max,
                      Color surface);

// Reports a target to the screen map as far as it can be seen: cut to the
// visible area of the window it is in, left out when wholly scrolled away.
void reportTarget(UiContext& ui, ScreenTarget target);

// The width of the longest word of text (words split at spaces) at fontSize.
float widestWordWidth(ImFont* font, float fontSize, const std::string& text);

// The font size at which the longest word of text fits width: fontSize, or
// smaller (down to half), so that no word is ever split across lines. A word
// too long even at half the size keeps fontSize (it will be cut with "…").
float fontSizeToFitWords(ImFont* font, float fontSize, const std::string& text, float width);

// Columns that fit in width for tiles at least minimumWidth wide, at least 1.
int columnsFor(float width, float minimumWidth, float gap);

// How much narrower and wider than its preferred width a grid's tile may be.
constexpr float kTileGridNarrowest = 0.8f;
constexpr float kTileGridWidest = 1.3f;

// Equal tiles laid out in rows across a width (see tileGridFor).
struct TileGrid {
    int columns = 1;
    ImVec2 tileSize;  // every tile's size, in pixels
    float gap = 0;    // between tiles, across and down
    float indent = 0; // before each row, so a row narrower than the width sits in the middle

    // Moves the cursor to where tile number index goes: beside the tile
    // before it, or at the start of the next row.
    void moveTo(std::size_t index) const;
};

// Lays out tiles of about preferred size (in pixels) across width so that the
// rows fill it, in a window of any shape: the column count whose tiles are
// nearest the preferred width (never narrower than kTileGridNarrowest of it,
// nor than minimumSide), the tiles then sized to fill the row. A tile is never
// wider than kTileGridWidest of its preferred width; a row left narrower is
// centred. Heights shrink with the width, so narrower tiles keep their shape,
// and never grow.
TileGrid tileGridFor(float width, ImVec2 preferred, float gap, float minimumSide);

} // namespace rightjob::ui
