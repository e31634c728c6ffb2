// Touch-first screens at every window shape, text size and theme: grids fill
// the width, the talking mat fits the window, and pictures show on every
// card. The real app loop runs headless; the tests read the screen map and
// the pixels.

#include "ui/test_harness.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <string>
#include <vector>

using namespace rightjob;
using rightjob::ui::testing::checkTargetsSizedAndApart;
using rightjob::ui::testing::Harness;

namespace {

void useLook(Harness& harness, const std::string& themeId, int textSizePercent)
{
    core::Settings settings = harness.app->settings();
    settings.themeId = themeId;
    settings.textSizePercent = textSizePercent;
    harness.app->changeSettings(settings);
    harness.window->requestAnimationFrames(3);
    harness.settle();
}

// The targets whose ids start with prefix, and the one called also (the "add" tile ending a grid).
std::vector<ui::ScreenTarget> targetsStartingWith(Harness& harness, const std::string& prefix,
                                                  const std::string& also = "")
{
    std::vector<ui::ScreenTarget> found;
    for (const auto& target : harness.app->screenMap().targets())
        if (target.id.rfind(prefix, 0) == 0 || target.id == also)
            found.push_back(target);
    return found;
}

std::string targetIds(Harness& harness)
{
    std::string ids;
    for (const auto& target : harness.app->screenMap().targets())
        ids += target.id + (target.partlyHidden ? " (partly hidden) " : " ");
    return ids;
}

// Checks that the tiles of a grid reach across the window: the strip left
// empty at the right is no wider than the margin at the left plus a
// scrollbar, and each side's margin is small beside a tile.
void checkGridFillsWidth(Harness& harness, const std::vector<ui::ScreenTarget>& tiles)
{
    REQUIRE(tiles.size() >= 2);
    float left = tiles.front().x;
    float right = tiles.front().x + tiles.front().width;
    for (const auto& tile : tiles) {
        left = std::min(left, tile.x);
        right = std::max(right, tile.x + tile.width);
    }
    const float windowWidth = static_cast<float>(harness.window->width());
    const float em = harness.window->scaling().em();
    const float tileWidth = tiles.front().width;
    INFO("tiles from " << left << " to " << right << " in a window " << windowWidth << " wide; a tile is "
                       << tileWidth << " wide; em " << em);
    CHECK(windowWidth - right <= left + em * 1.5f);
    CHECK(windowWidth - right < tileWidth * 0.5f);
    CHECK(left < tileWidth * 0.5f);
}

struct WindowShape {
    int width;
    int height;
};

const WindowShape kShapes[] = {{1280, 800}, {800, 1280}};

} // namespace

TEST_CASE("Grids of tiles fill the width in both orientations and at every text size", "[ui][layout]")
{
    for (const WindowShape shape : kShapes) {
        for (const int textSize : {100, 150, 200}) {
            INFO(shape.width << "x" << shape.height << " at text size " << textSize << "%");
            Harness harness(shape.width, shape.height);
            useLook(harness, "standard", textSize);

            // The demo person and "Add a person" make less than a row: only the usual rules.
            INFO("the people screen");
            checkTargetsSizedAndApart(harness.app->screenMap());

            harness.tap("person:" + harness.demoId);
            REQUIRE(harness.app->currentScreen() == ui::ScreenName::Person);
            INFO("the person screen");
            harness.scrollIntoView("section:likes");
            checkGridFillsWidth(harness, targetsStartingWith(harness, "section:"));
            checkTargetsSizedAndApart(harness.app->screenMap());

            harness.tap("section:likes");
            harness.tap("all-cards");
            REQUIRE(harness.app->currentScreen() == ui::ScreenName::Section);
            INFO("the section screen");
            checkGridFillsWidth(harness, targetsStartingWith(harness, "card:"));
            checkTargetsSizedAndApart(harness.app->screenMap());
        }
    }
}

TEST_CASE("The section grid in portrait has three columns reaching the right edge", "[ui][layout]")
{
    Harness harness(800, 1280);
    harness.tap("person:" + harness.demoId);
    harness.tap("section:likes");
    harness.tap("all-cards");
    REQUIRE(harness.app->currentScreen() == ui::ScreenName::Section);
    const auto cards = targetsStartingWith(harness, "card:");
    REQUIRE(cards.size() >= 3);
    // The first row: every card level with the first.
    std::size_t inFirstRow = 0;
    float right = 0;
    for (const auto& card : cards)
        if (card.y == cards.front().y) {
            ++inFirstRow;
            right = std::max(right, card.x + card.width);
        }
    CHECK(inFirstRow == 3);
    CHECK(right >= 800 - harness.window->scaling().em() * 2.5f);
}

TEST_CASE("The talking mat shows the card and all three answer places without scrolling", "[ui][layout][mat]")
{
    for (const WindowShape shape : kShapes) {
        for (const int textSize : {100, 150, 200}) {
            INFO(shape.width << "x" << shape.height << " at text size " << textSize << "%");
            Harness harness(shape.width, shape.height);
            useLook(harness, "standard", textSize);
            harness.tap("person:" + harness.demoId);
            harness.tap("section:likes");
            REQUIRE(harness.app->currentScreen() == ui::ScreenName::Mat);

            const std::string current = core::nextMatCard(harness.app->openProfile()->layout(),
                                                          harness.app->openProfile()->profile(), "likes");
            REQUIRE_FALSE(current.empty());
            const float windowHeight = static_cast<float>(harness.window->height());
            const float windowWidth = static_cast<float>(harness.window->width());
            INFO("on screen: " << targetIds(harness));
            for (const std::string& id :
                 {"mat-card:" + current, std::string("place:positive"), std::string("place:middle"),
                  std::string("place:negative"), std::string("skip"), std::string("all-cards")}) {
                INFO(id);
                const ui::ScreenTarget* target = harness.app->screenMap().findById(id);
                REQUIRE(target);
                CHECK_FALSE(target->partlyHidden);
                CHECK(target->x >= 0);
                CHECK(target->y >= 0);
                CHECK(target->x + target->width <= windowWidth);
                CHECK(target->y + target->height <= windowHeight);
            }
            // The card is big enough to see its picture and words.
            const ui::ScreenTarget& card = harness.target("mat-card:" + current);
            CHECK(card.height >= harness.window->scaling().em() * 4.0f);
            checkTargetsSizedAndApart(harness.app->screenMap());
        }
    }
}

namespace {

// The share of the pixels in a target's rectangle that are within a few
// levels of colour.
double shareOfColour(const std::vector<unsigned char>& rgba, int width, const ui::ScreenTarget& target, ui::Color colour)
{
    std::size_t matching = 0;
    std::size_t all = 0;
    for (int y = static_cast<int>(target.y); y < static_cast<int>(target.y + target.height); ++y)
        for (int x = static_cast<int>(target.x); x < static_cast<int>(target.x + target.width); ++x) {
            const std::size_t at = (static_cast<std::size_t>(y) * static_cast<std::size_t>(width) + static_cast<std::size_t>(x)) * 4;
            ++all;
            if (std::abs(rgba[at] - colour.red) <= 3 && std::abs(rgba[at + 1] - colour.green) <= 3
                && std::abs(rgba[at + 2] - colour.blue) <= 3)
                ++matching;
        }
    return all == 0 ? 0.0 : static_cast<double>(matching) / static_cast<double>(all);
}

} // namespace

TEST_CASE("Pictures on dark cards sit on a light plate, in every theme that needs one", "[ui][theme]")
{
    Harness harness(800, 1280);
    harness.tap("person:" + harness.demoId);
    harness.tap("section:likes");
    harness.tap("all-cards");
    REQUIRE(harness.app->currentScreen() == ui::ScreenName::Section);
    const ui::ThemeSet themes = ui::loadShippedThemes();
    for (const char* id : {"standard", "high_contrast", "dark", "cream"}) {
        INFO("theme " << id);
        useLook(harness, id, 100);
        const ui::Theme& theme = *themes.find(id);
        REQUIRE(harness.window->theme().id == theme.id);
        std::vector<unsigned char> rgba;
        int width = 0, height = 0;
        std::string error;
        REQUIRE(harness.window->readPixels(rgba, width, height, error));
        const ui::ScreenTarget card = harness.target("card:likes/cooking");
        // What the picture shows against keeps a symbol's black lines.
        const ui::Color backdrop = ui::pictureBackdrop(theme, theme.card);
        CHECK(ui::contrastRatio(backdrop, ui::kPictureInk) >= ui::kNonTextContrast);
        if (ui::pictureNeedsPlate(theme.card)) {
            // The plate is there: a good part of the card is its colour.
            CHECK(shareOfColour(rgba, width, card, theme.picturePlate) > 0.1);
        }
    }
}
