// The talking mat's arrangement sums, with no window.

#include "ui/screens/mat_layout.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <set>

using namespace rightjob;
using namespace rightjob::ui;

TEST_CASE("A slot and its saved placement name each other", "[ui][mat][layout]")
{
    for (int row = 0; row < kMatSavedRows; ++row)
        for (int column = 0; column < kMatSlotColumns; ++column) {
            const core::MatPlacement placement = placementForSlot({column, row});
            CHECK(placement.x > 0);
            CHECK(placement.x < 1);
            CHECK(placement.y > 0);
            CHECK(placement.y < 1);
            CHECK(slotForPlacement(placement) == MatSlot{column, row});
        }
    // Out of range and not numbers are clamped, never out of the grid.
    CHECK(slotForPlacement({-3, 7}) == MatSlot{0, kMatSavedRows - 1});
    CHECK(slotForPlacement({1.0, 0.0}) == MatSlot{kMatSlotColumns - 1, 0});
    CHECK(slotForPlacement({std::nan(""), 0.5}).column == 0);
}

TEST_CASE("Placed cards keep their slots; cards answered elsewhere fill free slots", "[ui][mat][layout]")
{
    const std::vector<MatCardInPlace> cards = {
        {"a", std::nullopt},
        {"b", placementForSlot({0, 0})},
        {"c", std::nullopt},
        {"d", placementForSlot({2, 3})},
    };
    const auto arrangement = arrangePlace(cards);
    CHECK(arrangement.at("b") == MatSlot{0, 0});
    CHECK(arrangement.at("d") == MatSlot{2, 3});
    CHECK(arrangement.at("a") == MatSlot{1, 0});
    CHECK(arrangement.at("c") == MatSlot{2, 0});
}

TEST_CASE("Placing a card never moves another", "[ui][mat][layout]")
{
    std::vector<MatCardInPlace> cards = {{"a", std::nullopt}, {"b", std::nullopt}, {"c", placementForSlot({1, 2})}};
    auto before = arrangePlace(cards);
    // The person puts a new card on the free slot nearest where they let go.
    for (int i = 0; i < 12; ++i) {
        std::vector<MatSlot> taken;
        for (const auto& [id, slot] : before)
            taken.push_back(slot);
        const MatSlot slot = freeSlotNear(taken, 0.6f, 0.4f, matRowsShown(before, 20));
        cards.push_back({"new" + std::to_string(i), placementForSlot(slot)});
        const auto after = arrangePlace(cards);
        for (const auto& [id, was] : before)
            CHECK(after.at(id) == was);
        CHECK(after.at("new" + std::to_string(i)) == slot);
        before = after;
    }
}

TEST_CASE("Two cards never share a slot, even from an old file that says so", "[ui][mat][layout]")
{
    std::vector<MatCardInPlace> cards;
    for (int i = 0; i < 30; ++i)
        cards.push_back({"card" + std::to_string(i), core::MatPlacement{0.5, 0.5}});
    for (int i = 0; i < 10; ++i)
        cards.push_back({"other" + std::to_string(i), std::nullopt});
    const auto arrangement = arrangePlace(cards);
    std::set<std::pair<int, int>> used;
    for (const auto& [id, slot] : arrangement) {
        CHECK(slot.column >= 0);
        CHECK(slot.column < kMatSlotColumns);
        CHECK(slot.row >= 0);
        used.insert({slot.column, slot.row});
    }
    CHECK(used.size() == cards.size());
    // The same file gives the same arrangement every time.
    CHECK(arrangePlace(cards) == arrangement);
}

TEST_CASE("The nearest free slot, and one below when the rows are full", "[ui][mat][layout]")
{
    CHECK(freeSlotNear({}, 2.9f, 0.1f, 3) == MatSlot{2, 0});
    CHECK(freeSlotNear({{2, 0}}, 2.9f, 0.1f, 3) == MatSlot{2, 1});
    const std::vector<MatSlot> full = {{0, 0}, {1, 0}, {2, 0}};
    CHECK(freeSlotNear(full, 1.5f, 0.5f, 1) == MatSlot{0, 1});
}

TEST_CASE("A placed card's picture never outgrows its slot", "[ui][mat][layout]")
{
    for (const float width : {150.0f, 260.0f, 410.0f})
        for (const float wanted : {56.0f, 112.0f, 300.0f}) {
            const float slot = matSlotSide(width);
            const float side = matCardSide(slot, wanted, 6.0f, 44.0f);
            CHECK(side < slot);
            CHECK(side >= std::min(44.0f, slot));
        }
    CHECK(matRowsShown({}, 7) == 3);
    CHECK(matRowsShown({{"x", MatSlot{0, 9}}}, 7) == 10);
}
