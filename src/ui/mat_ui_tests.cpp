// The talking mat as a person meets it, through the real app loop: placed
// cards stay in the slot they were put in at any text size, never overlap,
// do not move when another card is placed, and open when tapped.

#include "ui/test_harness.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <map>
#include <string>

using namespace rightjob;
using rightjob::ui::testing::Harness;

namespace {

void useTextSize(Harness& harness, int percent)
{
    core::Settings settings = harness.app->settings();
    settings.textSizePercent = percent;
    harness.app->changeSettings(settings);
    harness.window->requestAnimationFrames(3);
    harness.settle();
}

// Every placed card drawn, in sight or not, by id.
std::map<std::string, ui::ScreenTarget> placedCards(Harness& harness)
{
    std::map<std::string, ui::ScreenTarget> placed;
    for (const auto* list : {&harness.app->screenMap().targets(), &harness.app->screenMap().outOfSight()})
        for (const auto& target : *list)
            if (target.id.rfind("placed:", 0) == 0)
                placed[target.id] = target;
    return placed;
}

// Where each placed card is in the mat's contents (the screen scrolled to the top).
std::map<std::string, std::pair<float, float>> placedPositions(Harness& harness)
{
    std::map<std::string, std::pair<float, float>> at;
    for (const auto& [id, target] : placedCards(harness))
        at[id] = {target.x, target.documentY};
    return at;
}

void checkNoneOverlap(Harness& harness)
{
    const auto placed = placedCards(harness);
    for (auto a = placed.begin(); a != placed.end(); ++a)
        for (auto b = std::next(a); b != placed.end(); ++b) {
            const ui::ScreenTarget& p = a->second;
            const ui::ScreenTarget& q = b->second;
            INFO(p.id << " at " << p.x << "," << p.documentY << " size " << p.width << "; " << q.id << " at " << q.x
                      << "," << q.documentY << " size " << q.width);
            CHECK_FALSE((p.x < q.x + q.width && q.x < p.x + p.width && p.documentY < q.documentY + q.wholeHeight
                         && q.documentY < p.documentY + p.wholeHeight));
        }
}

std::string currentMatCard(Harness& harness)
{
    return core::nextMatCard(harness.app->openProfile()->layout(), harness.app->openProfile()->profile(), "likes");
}

} // namespace

TEST_CASE("Placed cards stay where they were put at any text size, and never overlap", "[ui][mat]")
{
    Harness harness(1280, 800);
    harness.tap("person:" + harness.demoId);
    harness.tap("section:likes");
    REQUIRE(harness.app->currentScreen() == ui::ScreenName::Mat);
    // The person puts three cards on the mat.
    for (const char* place : {"place:positive", "place:negative", "place:positive"}) {
        REQUIRE_FALSE(currentMatCard(harness).empty());
        harness.tap(place);
    }
    const auto before = placedPositions(harness);
    REQUIRE(before.size() >= 3);
    checkNoneOverlap(harness);

    // At twice the text size nothing overlaps, and each place keeps its cards' order.
    useTextSize(harness, 200);
    REQUIRE(placedCards(harness).size() == before.size());
    checkNoneOverlap(harness);
    const auto big = placedPositions(harness);
    for (const auto& [a, atA] : before)
        for (const auto& [b, atB] : before) {
            const auto placeOf = [](float x) { return static_cast<int>(x / (1280.0f / 3)); };
            if (a == b || placeOf(atA.first) != placeOf(atB.first))
                continue; // in another place
            INFO(a << " and " << b);
            if (atA.second < atB.second - 1)
                CHECK(big.at(a).second <= big.at(b).second);
            if (std::abs(atA.second - atB.second) <= 1 && atA.first < atB.first)
                CHECK(big.at(a).first < big.at(b).first);
        }

    // A card placed at 200% moves none of the others; back at 100% all are where they were.
    const std::string added = currentMatCard(harness);
    REQUIRE_FALSE(added.empty());
    harness.tap("place:positive");
    const auto afterAdding = placedPositions(harness);
    for (const auto& [id, at] : big) {
        INFO(id);
        CHECK(afterAdding.at(id) == at);
    }
    checkNoneOverlap(harness);
    useTextSize(harness, 100);
    const auto after = placedPositions(harness);
    for (const auto& [id, at] : before) {
        INFO(id);
        CHECK(after.at(id) == at);
    }
    CHECK(after.count("placed:" + added) == 1);
    checkNoneOverlap(harness);
}

TEST_CASE("A card dropped near other cards goes to the nearest free slot and moves none of them", "[ui][mat]")
{
    Harness harness(1280, 800);
    harness.tap("person:" + harness.demoId);
    harness.tap("section:likes");
    const auto before = placedPositions(harness);
    REQUIRE_FALSE(before.empty()); // the demo's answers, given on other screens
    // Drag the card being asked about onto the top left of "I like it", over the cards there.
    const std::string current = currentMatCard(harness);
    REQUIRE_FALSE(current.empty());
    const ui::ScreenTarget card = harness.target("mat-card:" + current);
    const ui::ScreenTarget place = harness.target("place:positive");
    harness.drag(card.centreX(), card.centreY(), place.x + 10, place.y + place.height + 20);
    const auto after = placedPositions(harness);
    REQUIRE(after.count("placed:" + current) == 1);
    for (const auto& [id, at] : before) {
        INFO(id);
        CHECK(after.at(id) == at);
    }
    checkNoneOverlap(harness);
}

TEST_CASE("A tap on a placed card opens it; Back comes back to the mat", "[ui][mat]")
{
    Harness harness(1280, 800);
    harness.tap("person:" + harness.demoId);
    harness.tap("section:likes");
    const auto placed = placedCards(harness);
    REQUIRE_FALSE(placed.empty());
    const std::string id = placed.begin()->first;
    harness.tap(id, ui::PointerKind::Mouse);
    REQUIRE(harness.app->currentScreen() == ui::ScreenName::Card);
    CHECK("placed:" + harness.app->currentCard() == id);
    harness.tap("back");
    CHECK(harness.app->currentScreen() == ui::ScreenName::Mat);
}
