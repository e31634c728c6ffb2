// Where each part of a tile goes, as pure functions of its size, its
// content's measures and the style: no drawing and no ImGui state, so they
// are unit tested (tile_layout_tests.cpp). tile.cpp asks ImGui for the tap
// (the behaviour) and draws what these say (the drawing), as Dear ImGui
// keeps ButtonBehavior apart from RenderFrame.
#pragma once

#include "ui/platform/theme.h"

#include <imgui.h>

#include <functional>

namespace rightjob::ui {

enum class TileStyle;

// A tile's place in window pixels: its top left corner and its size.
struct TileBox {
    ImVec2 min;
    ImVec2 size;
    ImVec2 max() const { return ImVec2(min.x + size.x, min.y + size.y); }
};

// The fill and text colours of a tile, and how opaque it is drawn.
struct TileColours {
    Color fill;
    Color text;
    float alpha = 1.0f;
};

// The colours for a tile's style, held (pressed) or hovered, enabled or not.
TileColours tileColours(const Theme& theme, TileStyle style, bool held, bool hovered, bool enabled);

// The measures a tile is laid out with, in pixels.
struct TileMeasures {
    float pad = 0;            // inside the tile
    float fontSize = 0;       // the bold label's size
    float badgeHeight = 0;    // 0 when there is no badge and no room kept for one
    float progressHeight = 0; // 0 when there is no progress bar
    float smallestPicture = 0; // a picture on top is left out below this height
};

// The height a text takes at a font size (wrapped to the width the caller knows).
using HeightAt = std::function<float(float fontSize)>;

// A font size and the height its text takes.
struct FittedText {
    float fontSize = 0;
    float height = 0;
};

// The font size, from start down by tenths (each 0.9 of the one before)
// while it is above smallest, at which heightAt fits room; the last one
// tried when none does. Words are made smaller before any is cut.
FittedText shrinkToFit(float start, float smallest, float room, const HeightAt& heightAt);

// A rectangle in window pixels, by its corners.
struct Corners {
    ImVec2 min;
    ImVec2 max;
};

// A tile with its picture on top: the picture's box (when there is room
// for one), and where the words start.
struct PictureTopLayout {
    bool showsPicture = false;
    Corners picture;
    float textTop = 0;   // the label's first line
    float textLeft = 0;
    float textWidth = 0;
};

// labelLines is the label's room in lines (1.3 for one line, 2.4 for two:
// see labelLinesOnTop); hasPicture and hasDetail say what the tile holds.
PictureTopLayout layoutPictureTop(TileBox tile, const TileMeasures& measures, float labelLines, bool hasPicture,
                                  bool hasDetail);

// The most a label takes on a tile with its picture on top (two lines),
// and a detail line anywhere (one line), as multiples of the label's size.
constexpr float kLabelLinesMost = 2.4f;
constexpr float kDetailLine = 1.2f;

// The label's room on a tile with its picture on top, in lines: a
// one-word label, or one whose words fit one line (labelWidth, measured at
// full size, within textWidth), takes one line; other labels, and every
// card's (so the labels in a row line up), two.
float labelLinesOnTop(bool isCard, bool oneWord, float labelWidth, float textWidth);

// A tile with its picture at the left: a square picture no wider than a
// third of the tile, the words beside it.
struct PictureLeftLayout {
    Corners picture;
    float textLeft = 0;
    float textWidth = 0;
    float room = 0; // the height the label may take, badge, bar and detail left out
};

PictureLeftLayout layoutPictureLeft(TileBox tile, const TileMeasures& measures, bool hasPicture, bool hasDetail);

// Where the label's block starts on a tile with its picture at the left,
// so that label and detail sit in the middle of the room left.
float labelTopBeside(TileBox tile, const TileMeasures& measures, float labelHeight, float detailHeight);

// The progress bar's box, above the badge.
Corners progressBarBox(TileBox tile, const TileMeasures& measures);

// The answer badge's strip along the bottom.
Corners badgeBox(TileBox tile, const TileMeasures& measures);

// The outline of a tile ready for its second tap: just outside the tile,
// so it shows on every fill colour and covers nothing inside.
Corners readyOutlineBox(TileBox tile, float thickness);

} // namespace rightjob::ui
