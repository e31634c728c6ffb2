#include "ui/widgets/tile.h"

#include <catch2/catch.hpp>

using namespace rightjob::ui;

namespace {

// The width a row of the grid takes, indent and all, from its left edge.
float rowRightEdge(const TileGrid& grid)
{
    return grid.indent + grid.tileSize.x * static_cast<float>(grid.columns)
           + grid.gap * static_cast<float>(grid.columns - 1);
}

} // namespace

TEST_CASE("A tile grid fills its width instead of leaving a strip", "[ui]")
{
    // The section cards (9.5 em by 12 em at 26 px) in a portrait window: two
    // cards of the preferred width would leave a third of the row empty.
    const ImVec2 preferred(247.0f, 312.0f);
    const float gap = 19.5f;
    const TileGrid portrait = tileGridFor(760.0f, preferred, gap, 44.0f);
    CHECK(portrait.columns == 3);
    CHECK(portrait.tileSize.x >= preferred.x * kTileGridNarrowest);
    CHECK(rowRightEdge(portrait) <= 760.0f);
    CHECK(rowRightEdge(portrait) >= 760.0f - 3.0f);
    CHECK(portrait.tileSize.y <= preferred.y);

    // Landscape: five a little narrower rather than four and a strip.
    const TileGrid landscape = tileGridFor(1240.0f, preferred, gap, 44.0f);
    CHECK(landscape.columns == 5);
    CHECK(rowRightEdge(landscape) >= 1240.0f - 5.0f);

    // Tiles grow to fill a row when one more would make them too narrow.
    const TileGrid wider = tileGridFor(600.0f, preferred, gap, 44.0f);
    CHECK(wider.columns == 2);
    CHECK(wider.tileSize.x > preferred.x);
    CHECK(wider.tileSize.y == preferred.y);
    CHECK(rowRightEdge(wider) >= 600.0f - 2.0f);
}

TEST_CASE("A tile grid never stretches a tile too far, and centres the row instead", "[ui]")
{
    const ImVec2 preferred(500.0f, 600.0f);
    const TileGrid grid = tileGridFor(760.0f, preferred, 40.0f, 88.0f);
    CHECK(grid.columns == 1);
    CHECK(grid.tileSize.x <= preferred.x * kTileGridWidest);
    CHECK(grid.indent > 0);
    CHECK(grid.indent == Approx((760.0f - grid.tileSize.x) / 2).margin(1.0f));
}

TEST_CASE("A tile grid in a window narrower than one tile fits the window, never below the smallest target", "[ui]")
{
    const TileGrid narrow = tileGridFor(200.0f, ImVec2(260.0f, 300.0f), 20.0f, 44.0f);
    CHECK(narrow.columns == 1);
    CHECK(narrow.tileSize.x == 200.0f);
    const TileGrid tiny = tileGridFor(30.0f, ImVec2(260.0f, 300.0f), 20.0f, 44.0f);
    CHECK(tiny.tileSize.x == 44.0f);
    CHECK(tiny.tileSize.y >= 44.0f);
}
