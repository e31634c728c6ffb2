#include "ui/widgets/tile_layout.h"

#include "ui/widgets/tile.h"

#include <catch2/catch.hpp>

using namespace rightjob::ui;

namespace {

bool inside(const Corners& part, const TileBox& tile)
{
    const ImVec2 max = tile.max();
    return part.min.x >= tile.min.x && part.min.y >= tile.min.y && part.max.x <= max.x && part.max.y <= max.y;
}

TileMeasures measuresAt26px()
{
    TileMeasures measures;
    measures.pad = 13.0f;
    measures.fontSize = 26.0f;
    measures.smallestPicture = 26.0f;
    return measures;
}

} // namespace

TEST_CASE("A tile's colours follow its style, and a held or disabled tile shows it", "[ui][tile]")
{
    const Theme& theme = fallbackTheme();
    const TileColours card = tileColours(theme, TileStyle::Card, false, false, true);
    CHECK(card.fill == theme.card);
    CHECK(card.text == theme.text);
    CHECK(card.alpha == 1.0f);
    const TileColours accent = tileColours(theme, TileStyle::Accent, false, false, true);
    CHECK(accent.fill == theme.accent);
    CHECK(accent.text == theme.accentText);
    CHECK(tileColours(theme, TileStyle::Danger, false, false, true).fill == theme.danger);
    CHECK_FALSE(tileColours(theme, TileStyle::Card, true, false, true).fill == theme.card);
    CHECK(tileColours(theme, TileStyle::Card, false, false, false).alpha < 0.5f);
}

TEST_CASE("Words are made smaller by tenths until they fit, never below the smallest size", "[ui][tile]")
{
    // Text twice as tall as its font size.
    const HeightAt twiceTheSize = [](float size) { return size * 2; };
    const FittedText fits = shrinkToFit(30.0f, 18.0f, 60.0f, twiceTheSize);
    CHECK(fits.fontSize == 30.0f);
    const FittedText shrunk = shrinkToFit(30.0f, 18.0f, 50.0f, twiceTheSize);
    CHECK(shrunk.fontSize < 30.0f);
    CHECK(shrunk.height <= 50.0f);
    CHECK(shrunk.fontSize / 0.9f * 2 > 50.0f); // the size before did not fit
    const FittedText never = shrinkToFit(30.0f, 18.0f, 1.0f, twiceTheSize);
    CHECK(never.fontSize <= 18.0f);
    CHECK(never.fontSize > 18.0f * 0.9f);
    CHECK(never.height == never.fontSize * 2);
}

TEST_CASE("A label on a tile with its picture on top keeps one line or two", "[ui][tile]")
{
    CHECK(labelLinesOnTop(false, true, 0, 100) == Approx(1.3f));
    CHECK(labelLinesOnTop(false, false, 90, 100) == Approx(1.3f));
    CHECK(labelLinesOnTop(false, false, 110, 100) == Approx(kLabelLinesMost));
    CHECK(labelLinesOnTop(true, true, 0, 100) == Approx(kLabelLinesMost)); // cards line up
}

TEST_CASE("A picture on top sits inside the padding, above the words, or is left out when there is no room",
          "[ui][tile]")
{
    const TileBox tile{ImVec2(100, 50), ImVec2(250, 300)};
    const TileMeasures measures = measuresAt26px();
    const PictureTopLayout layout = layoutPictureTop(tile, measures, kLabelLinesMost, true, true);
    REQUIRE(layout.showsPicture);
    CHECK(inside(layout.picture, tile));
    CHECK(layout.picture.min.x == 113.0f);
    CHECK(layout.picture.min.y == 63.0f);
    CHECK(layout.textTop > layout.picture.max.y);
    // The label's room and the detail's line fit below it.
    CHECK(layout.textTop + measures.fontSize * (kLabelLinesMost + 1) <= tile.max().y);
    CHECK(layout.textWidth == 250.0f - 26.0f);

    const TileBox flat{ImVec2(0, 0), ImVec2(250, 100)};
    CHECK_FALSE(layoutPictureTop(flat, measures, kLabelLinesMost, true, true).showsPicture);
    const PictureTopLayout words = layoutPictureTop(tile, measures, 1.3f, false, false);
    CHECK_FALSE(words.showsPicture);
    CHECK(words.textTop == 63.0f);
}

TEST_CASE("A picture at the left is square, no wider than a third of the tile, with the words beside it",
          "[ui][tile]")
{
    const TileBox tile{ImVec2(0, 0), ImVec2(400, 80)};
    const TileMeasures measures = measuresAt26px();
    const PictureLeftLayout layout = layoutPictureLeft(tile, measures, true, false);
    const float side = layout.picture.max.x - layout.picture.min.x;
    CHECK(side == layout.picture.max.y - layout.picture.min.y);
    CHECK(side <= 400 * 0.35f);
    CHECK(inside(layout.picture, tile));
    CHECK(layout.textLeft == layout.picture.max.x + measures.pad);
    CHECK(layout.textLeft + layout.textWidth == 400 - measures.pad);
    CHECK(layout.room == 80 - measures.pad);
    CHECK(layoutPictureLeft(tile, measures, false, false).textLeft == measures.pad);
    CHECK(layoutPictureLeft(tile, measures, false, true).room < layout.room);

    // One line of words sits in the middle of the tile.
    const float top = labelTopBeside(tile, measures, 26, 0);
    CHECK(top == Approx((80 - 26) / 2.0f));
}

TEST_CASE("The progress bar sits above the badge, both inside the tile; the ready outline just outside",
          "[ui][tile]")
{
    const TileBox tile{ImVec2(10, 10), ImVec2(200, 240)};
    TileMeasures measures = measuresAt26px();
    measures.badgeHeight = 39;
    measures.progressHeight = 13;
    const Corners badge = badgeBox(tile, measures);
    const Corners bar = progressBarBox(tile, measures);
    CHECK(inside(badge, tile));
    CHECK(inside(bar, tile));
    CHECK(bar.max.y <= badge.min.y);
    CHECK(badge.max.y - badge.min.y == 39);
    CHECK(bar.max.y - bar.min.y == 13);

    const Corners outline = readyOutlineBox(tile, 6);
    CHECK(outline.min.x == 7);
    CHECK(outline.min.y == 7);
    CHECK(outline.max.x == 213);
    CHECK(outline.max.y == 253);
}
