#include "ui/input/dwell.h"

#include <catch2/catch.hpp>

using namespace rightjob::ui;

namespace {

constexpr int kDwellMs = 1200;

// Two cards side by side with a 4 px gap, and a button below them.
std::vector<ScanTarget> twoCardsAndAButton()
{
    return {
        {"card:a", {100, 100, 200, 200}},
        {"card:b", {304, 100, 200, 200}},
        {"button:next", {100, 400, 120, 60}},
    };
}

DwellSelector selectorWithCards(DwellOptions options = {})
{
    options.dwellMs = kDwellMs;
    DwellSelector selector(options);
    selector.setTargets(twoCardsAndAButton());
    return selector;
}

} // namespace

TEST_CASE("Resting on a target for exactly the dwell time chooses it", "[input][dwell]")
{
    DwellSelector selector = selectorWithCards();
    selector.update(150, 150, 10'000);
    REQUIRE(selector.ring());
    CHECK(selector.ring()->targetId == "card:a");
    CHECK(selector.ring()->progress == 0.0f);
    CHECK(selector.ring()->rect.x == 100);
    CHECK(selector.nextChangeAtMs() == 10'000 + kDwellMs);

    selector.update(150, 150, 10'000 + kDwellMs / 2);
    CHECK(selector.ring()->progress == Approx(0.5f));
    selector.update(150, 150, 10'000 + kDwellMs - 1);
    CHECK_FALSE(selector.takeSelection());
    CHECK(selector.ring()->progress < 1.0f);

    selector.update(150, 150, 10'000 + kDwellMs);
    CHECK(selector.takeSelection() == "card:a");
    CHECK_FALSE(selector.takeSelection()); // handed over once
    CHECK_FALSE(selector.ring());
}

TEST_CASE("Leaving a target before the dwell time cancels it", "[input][dwell]")
{
    DwellSelector selector = selectorWithCards();
    selector.update(150, 150, 0);
    selector.update(150, 150, 1000);

    SECTION("moving off every target empties the ring")
    {
        selector.update(150, 350, 1100);
        CHECK_FALSE(selector.ring());
        CHECK_FALSE(selector.nextChangeAtMs());
        // Coming back starts from the beginning.
        selector.update(150, 150, 1200);
        CHECK(selector.ring()->progress == 0.0f);
        selector.update(150, 150, 1200 + kDwellMs - 1);
        CHECK_FALSE(selector.takeSelection());
        selector.update(150, 150, 1200 + kDwellMs);
        CHECK(selector.takeSelection() == "card:a");
    }
    SECTION("moving onto another target starts again there")
    {
        selector.update(400, 150, 1100);
        CHECK(selector.ring()->targetId == "card:b");
        CHECK(selector.ring()->progress == 0.0f);
        selector.update(400, 150, 1100 + kDwellMs - 1);
        CHECK_FALSE(selector.takeSelection());
        selector.update(400, 150, 1100 + kDwellMs);
        CHECK(selector.takeSelection() == "card:b");
    }
    SECTION("the pointer leaving the window empties the ring")
    {
        selector.pointerGone();
        CHECK_FALSE(selector.ring());
        selector.update(150, 150, 1100);
        selector.update(150, 150, 1100 + kDwellMs - 1);
        CHECK_FALSE(selector.takeSelection());
    }
    SECTION("a target that goes takes its ring with it")
    {
        selector.setTargets({{"button:next", {100, 400, 120, 60}}});
        CHECK_FALSE(selector.ring());
        selector.update(150, 150, 1300);
        CHECK_FALSE(selector.ring());
        CHECK_FALSE(selector.takeSelection());
    }
}

TEST_CASE("A pointer that shakes does not start the dwell again", "[input][dwell]")
{
    DwellOptions options;
    options.jitterPixels = 6;
    DwellSelector selector = selectorWithCards(options);
    selector.update(150, 150, 0);

    SECTION("anywhere inside the target")
    {
        selector.update(153, 148, 200);
        selector.update(147, 152, 400);
        selector.update(230, 260, 600); // even a long way within it
        selector.update(101, 101, 800);
        CHECK(selector.ring()->progress == Approx(800.0f / kDwellMs));
        selector.update(149, 151, kDwellMs - 1);
        CHECK_FALSE(selector.takeSelection());
        selector.update(151, 149, kDwellMs);
        CHECK(selector.takeSelection() == "card:a");
    }
    SECTION("a few pixels off its edge")
    {
        selector.update(96, 150, 300); // 4 px off the left edge, on nothing
        REQUIRE(selector.ring());
        CHECK(selector.ring()->targetId == "card:a");
        selector.update(150, 305, 600); // 5 px below
        selector.update(150, 150, kDwellMs);
        CHECK(selector.takeSelection() == "card:a");
    }
    SECTION("but not further off than the tolerance")
    {
        selector.update(90, 150, 300); // 10 px off
        CHECK_FALSE(selector.ring());
        selector.update(150, 150, 400);
        selector.update(150, 150, kDwellMs);
        CHECK_FALSE(selector.takeSelection());
    }
    SECTION("and not when the pointer is on a neighbour")
    {
        selector.update(305, 150, 300); // in card:b, though within card:a's tolerance
        CHECK(selector.ring()->targetId == "card:b");
    }
}

TEST_CASE("Resting on after a choice does not choose again", "[input][dwell]")
{
    DwellSelector selector = selectorWithCards();
    selector.update(150, 150, 0);
    selector.update(150, 150, kDwellMs);
    REQUIRE(selector.takeSelection() == "card:a");

    for (std::int64_t now = kDwellMs; now <= 20 * kDwellMs; now += 16)
        selector.update(150 + static_cast<float>(now % 5), 150, now);
    CHECK_FALSE(selector.takeSelection());
    CHECK_FALSE(selector.ring());
    CHECK_FALSE(selector.nextChangeAtMs());

    SECTION("until the pointer leaves and comes back")
    {
        selector.update(150, 350, 30'000);
        selector.update(150, 150, 30'100);
        selector.update(150, 150, 30'100 + kDwellMs);
        CHECK(selector.takeSelection() == "card:a");
    }
    SECTION("moving to the neighbour chooses it after its dwell")
    {
        selector.update(400, 150, 30'000);
        selector.update(400, 150, 30'000 + kDwellMs);
        CHECK(selector.takeSelection() == "card:b");
    }
    SECTION("a new target that appears under the resting pointer waits for it to move")
    {
        selector.setTargets({{"answer:yes", {120, 120, 160, 160}}});
        selector.update(150, 150, 30'000);
        selector.update(150, 150, 30'000 + 5 * kDwellMs);
        CHECK_FALSE(selector.takeSelection());
        selector.update(20, 20, 40'000);
        selector.update(150, 150, 40'100);
        selector.update(150, 150, 40'100 + kDwellMs);
        CHECK(selector.takeSelection() == "answer:yes");
    }
    SECTION("a reset forgets the choice")
    {
        selector.reset();
        selector.update(150, 150, 30'000);
        selector.update(150, 150, 30'000 + kDwellMs);
        CHECK(selector.takeSelection() == "card:a");
    }
}

TEST_CASE("With a re-arm delay, resting on chooses again after the delay and the dwell", "[input][dwell]")
{
    DwellOptions options;
    options.repeat = DwellRepeat::AfterRearmDelay;
    options.rearmMs = 1500;
    DwellSelector selector = selectorWithCards(options);
    selector.update(160, 420, 0);
    selector.update(160, 420, kDwellMs);
    REQUIRE(selector.takeSelection() == "button:next");
    CHECK(selector.nextChangeAtMs() == kDwellMs + 1500);

    std::vector<std::int64_t> chosenAt;
    for (std::int64_t now = kDwellMs; now <= kDwellMs + 3 * (1500 + kDwellMs); now += 10) {
        selector.update(160, 420, now);
        if (selector.takeSelection())
            chosenAt.push_back(now);
    }
    CHECK(chosenAt == std::vector<std::int64_t>{kDwellMs + 1 * (1500 + kDwellMs), kDwellMs + 2 * (1500 + kDwellMs),
                                                kDwellMs + 3 * (1500 + kDwellMs)});
}

TEST_CASE("Dwell options are kept within sense", "[input][dwell]")
{
    DwellOptions options;
    options.dwellMs = 0;
    options.jitterPixels = -3;
    options.rearmMs = -1;
    DwellSelector selector(options);
    CHECK(selector.options().dwellMs == DwellSelector::kShortestDwellMs);
    CHECK(selector.options().jitterPixels == 0.0f);
    CHECK(selector.options().rearmMs == 0);
    selector.setTargets(twoCardsAndAButton());
    selector.update(150, 150, 0);
    CHECK_FALSE(selector.takeSelection()); // never chosen the moment the pointer arrives
    selector.update(150, 150, DwellSelector::kShortestDwellMs);
    CHECK(selector.takeSelection() == "card:a");

    SECTION("a new dwell time applies to the ring already filling")
    {
        selector.update(400, 150, 1000);
        options.dwellMs = 2000;
        selector.setOptions(options);
        selector.update(400, 150, 2999);
        CHECK_FALSE(selector.takeSelection());
        selector.update(400, 150, 3000);
        CHECK(selector.takeSelection() == "card:b");
    }
}
