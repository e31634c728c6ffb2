#include "ui/input/scanning.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <random>

using namespace rightjob::ui;

namespace {

constexpr int kStepMs = 1500;

// A top bar of three buttons (of two heights, centred on the same line) and
// a 4 × 3 grid of cards below it, each card a few pixels out of line, given
// in a shuffled order: the way a screen might hand them over.
std::vector<ScanTarget> barAndGrid(float scrolledBy = 0)
{
    std::vector<ScanTarget> targets = {
        {"bar:back", {10, 10, 120, 60}},
        {"bar:undo", {900, 14, 100, 52}},
        {"bar:speak", {1010, 10, 60, 60}},
    };
    const float jitter[12] = {0, 3, -2, 1, -3, 0, 2, -1, 1, -2, 3, 0};
    for (int row = 0; row < 3; ++row)
        for (int column = 0; column < 4; ++column) {
            const int number = row * 4 + column;
            targets.push_back({"card:" + std::to_string(number),
                               {20.0f + column * 230.0f, 100.0f + row * 190.0f + jitter[number] - scrolledBy, 200, 160}});
        }
    std::mt19937 random(7);
    std::shuffle(targets.begin(), targets.end(), random);
    return targets;
}

const std::vector<std::vector<std::string>> kBarAndGridRows = {
    {"bar:back", "bar:undo", "bar:speak"},
    {"card:0", "card:1", "card:2", "card:3"},
    {"card:4", "card:5", "card:6", "card:7"},
    {"card:8", "card:9", "card:10", "card:11"},
};

// Presses move `count` times in two-switch mode.
void move(SwitchScanner& scanner, int count, std::int64_t nowMs = 0)
{
    for (int i = 0; i < count; ++i)
        scanner.press(SwitchRole::Move, nowMs);
}

} // namespace

TEST_CASE("Targets form rows by their vertical centres", "[input][scanning]")
{
    CHECK(scanRows(barAndGrid()) == kBarAndGridRows);
    CHECK(scanRows({}).empty());

    SECTION("a row holds targets whose centres lie within each other's height")
    {
        // A short button whose centre is above the cards' top third stays on
        // its own; one centred beside the first card joins its row.
        const std::vector<ScanTarget> targets = {
            {"card:a", {0, 100, 200, 200}},
            {"card:b", {220, 104, 200, 200}},
            {"button:high", {440, 100, 50, 50}},
            {"button:beside", {500, 180, 50, 50}},
            {"card:c", {0, 320, 200, 200}},
        };
        CHECK(scanRows(targets) == std::vector<std::vector<std::string>>{
                                       {"button:high"}, {"card:a", "card:b", "button:beside"}, {"card:c"}});
    }
    SECTION("rows that touch stay apart")
    {
        const std::vector<ScanTarget> targets = {
            {"a", {0, 0, 100, 100}}, {"b", {0, 100, 100, 100}}, {"c", {100, 0, 100, 100}}, {"d", {100, 100, 100, 100}}};
        CHECK(scanRows(targets) == std::vector<std::vector<std::string>>{{"a", "c"}, {"b", "d"}});
    }
}

TEST_CASE("Two switches reach and choose each card in row moves + 1 + item moves + 1 presses",
          "[input][scanning]")
{
    const auto targets = barAndGrid();
    for (int row = 0; row < 4; ++row)
        for (int item = 0; item < static_cast<int>(kBarAndGridRows[row].size()); ++item) {
            const std::string& id = kBarAndGridRows[row][item];
            INFO(id);
            CHECK(pressesToReach(targets, id, ScanMode::TwoSwitch) == row + 1 + item + 1);
            CHECK(pressesToReach(targets, id, ScanMode::OneSwitchAutomatic) == 2);
            CHECK(scanStepsToReach(targets, id) == row + item);

            SwitchScanner scanner(ScanMode::TwoSwitch);
            scanner.setTargets(targets);
            int presses = 0;
            CHECK(scanner.highlight().level == ScanLevel::Row);
            CHECK(scanner.highlight().row == 0);
            move(scanner, row);
            presses += row;
            CHECK(scanner.highlight().level == ScanLevel::Row);
            CHECK(scanner.highlight().row == row);
            scanner.press(SwitchRole::Select, 0);
            ++presses;
            CHECK(scanner.highlight().level == ScanLevel::Item);
            move(scanner, item);
            presses += item;
            CHECK(scanner.highlight().itemId == id);
            CHECK_FALSE(scanner.takeSelection());
            scanner.press(SwitchRole::Select, 0);
            ++presses;
            CHECK(scanner.takeSelection() == id);
            CHECK(presses == pressesToReach(targets, id, ScanMode::TwoSwitch));
            // The choice is handed over once, and the scan starts again at the top.
            CHECK_FALSE(scanner.takeSelection());
            CHECK(scanner.highlight().level == ScanLevel::Row);
            CHECK(scanner.highlight().row == 0);
        }
    CHECK_FALSE(pressesToReach(targets, "card:99", ScanMode::TwoSwitch));
    CHECK_FALSE(scanStepsToReach(targets, "card:99"));
}

TEST_CASE("The highlight covers the whole row, then the one item", "[input][scanning]")
{
    SwitchScanner scanner(ScanMode::TwoSwitch);
    scanner.setTargets(barAndGrid());
    CHECK(scanner.rows() == kBarAndGridRows);
    const ScanHighlight bar = scanner.highlight();
    CHECK(bar.rect.x == 10);
    CHECK(bar.rect.y == 10);
    CHECK(bar.rect.right() == 1070);
    CHECK(bar.rect.bottom() == 70);
    CHECK(bar.itemId.empty());
    CHECK(bar.item == -1);

    move(scanner, 1);
    const ScanHighlight cards = scanner.highlight();
    CHECK(cards.rect.x == 20);
    CHECK(cards.rect.y == 98);  // card:2 is 2 px high
    CHECK(cards.rect.right() == 910);
    CHECK(cards.rect.bottom() == 263); // card:1 is 3 px low
    scanner.press(SwitchRole::Select, 0);
    move(scanner, 2);
    const ScanHighlight card = scanner.highlight();
    CHECK(card.level == ScanLevel::Item);
    CHECK(card.itemId == "card:2");
    CHECK(card.row == 1);
    CHECK(card.item == 2);
    CHECK(card.rect.x == 480);
    CHECK(card.rect.y == 98);
    CHECK(card.rect.width == 200);
    CHECK(card.rect.height == 160);
}

TEST_CASE("Two switches: moving past a row's last item goes back to the rows", "[input][scanning]")
{
    SwitchScanner scanner(ScanMode::TwoSwitch);
    scanner.setTargets(barAndGrid());
    move(scanner, 2);
    scanner.press(SwitchRole::Select, 0);
    move(scanner, 3);
    CHECK(scanner.highlight().itemId == "card:7");
    move(scanner, 1);
    CHECK(scanner.highlight().level == ScanLevel::Row);
    CHECK(scanner.highlight().row == 2);
    move(scanner, 2);
    CHECK(scanner.highlight().row == 0); // rows wrap round
    // Time never moves the highlight in two-switch mode.
    scanner.tick(0);
    scanner.tick(100 * kStepMs);
    CHECK(scanner.highlight().row == 0);
    CHECK_FALSE(scanner.nextStepAtMs());
}

TEST_CASE("One switch: the timer reaches card N after the expected time and a press chooses it",
          "[input][scanning]")
{
    const auto targets = barAndGrid();
    for (const std::string id : {"bar:back", "card:0", "card:6", "card:11", "bar:speak"}) {
        INFO(id);
        SwitchScanner scanner(ScanMode::OneSwitchAutomatic, kStepMs);
        scanner.setTargets(targets);
        const std::int64_t start = 50'000;
        std::int64_t now = start;
        scanner.tick(now); // starts the timer
        CHECK(scanner.nextStepAtMs() == start + kStepMs);
        // Frames every 20 ms; the person presses on the first frame that shows the row, then the item.
        int presses = 0;
        while (now < start + 100 * kStepMs) {
            const ScanHighlight highlight = scanner.highlight();
            if (highlight.level == ScanLevel::Item && highlight.itemId == id)
                break;
            const auto rows = scanner.rows();
            const auto& row = rows[static_cast<std::size_t>(highlight.row)];
            if (highlight.level == ScanLevel::Row && std::count(row.begin(), row.end(), id) == 1) {
                scanner.press(SwitchRole::Select, now);
                ++presses;
                continue;
            }
            now += 20;
            scanner.tick(now);
        }
        CHECK(now - start == *scanStepsToReach(targets, id) * kStepMs);
        scanner.press(SwitchRole::Select, now);
        ++presses;
        CHECK(presses == 2);
        CHECK(scanner.takeSelection() == id);
        CHECK(scanner.highlight().level == ScanLevel::Row);
        CHECK(scanner.highlight().row == 0);
        CHECK(scanner.nextStepAtMs() == now + kStepMs);
    }
}

TEST_CASE("One switch: the highlight moves at exactly the scan step", "[input][scanning]")
{
    SwitchScanner scanner(ScanMode::OneSwitchAutomatic, kStepMs);
    scanner.setTargets(barAndGrid());
    scanner.tick(1000);
    scanner.tick(1000 + kStepMs - 1);
    CHECK(scanner.highlight().row == 0);
    scanner.tick(1000 + kStepMs);
    CHECK(scanner.highlight().row == 1);
    // A late frame catches up by whole steps and keeps the rhythm.
    scanner.tick(1000 + 3 * kStepMs + 700);
    CHECK(scanner.highlight().row == 3);
    CHECK(scanner.nextStepAtMs() == 1000 + 4 * kStepMs);
    scanner.tick(1000 + 4 * kStepMs);
    CHECK(scanner.highlight().row == 0);

    SECTION("a press gives the first item a whole step")
    {
        scanner.press(SwitchRole::Select, 1000 + 4 * kStepMs + 1400);
        CHECK(scanner.highlight().itemId == "bar:back");
        scanner.tick(1000 + 5 * kStepMs + 1399);
        CHECK(scanner.highlight().itemId == "bar:back");
        scanner.tick(1000 + 5 * kStepMs + 1400);
        CHECK(scanner.highlight().itemId == "bar:undo");
    }
    SECTION("the move switch does nothing")
    {
        scanner.press(SwitchRole::Move, 1000 + 4 * kStepMs + 10);
        CHECK(scanner.highlight().level == ScanLevel::Row);
        CHECK(scanner.highlight().row == 0);
    }
    SECTION("a jump in time (the computer slept) does not race through the rows")
    {
        scanner.tick(1000 + 4 * kStepMs + 5000 * std::int64_t{kStepMs});
        CHECK(scanner.highlight().row == 0);
        CHECK(scanner.nextStepAtMs() == 1000 + 4 * kStepMs + 5000 * std::int64_t{kStepMs} + kStepMs);
    }
    SECTION("the scan step can change")
    {
        scanner.setStepMs(500);
        scanner.tick(1000 + 4 * kStepMs + 500);
        CHECK(scanner.highlight().row == 1);
        scanner.setStepMs(1);
        CHECK(scanner.stepMs() == SwitchScanner::kShortestStepMs);
    }
}

TEST_CASE("One switch: with no press in a row, scanning goes back to the rows", "[input][scanning]")
{
    SwitchScanner scanner(ScanMode::OneSwitchAutomatic, kStepMs);
    scanner.setTargets(barAndGrid());
    scanner.tick(0);
    scanner.tick(kStepMs);
    REQUIRE(scanner.highlight().row == 1);
    scanner.press(SwitchRole::Select, kStepMs);
    std::vector<std::string> seen;
    for (int step = 1; step <= 3; ++step) {
        seen.push_back(scanner.highlight().itemId);
        scanner.tick(kStepMs + step * kStepMs);
    }
    seen.push_back(scanner.highlight().itemId);
    CHECK(seen == std::vector<std::string>{"card:0", "card:1", "card:2", "card:3"});
    scanner.tick(kStepMs + 4 * kStepMs);
    CHECK(scanner.highlight().level == ScanLevel::Row);
    CHECK(scanner.highlight().row == 1);
    CHECK_FALSE(scanner.takeSelection());
    scanner.tick(kStepMs + 5 * kStepMs);
    CHECK(scanner.highlight().level == ScanLevel::Row);
    CHECK(scanner.highlight().row == 2);
}

TEST_CASE("Targets that change between frames keep the highlight on the same thing", "[input][scanning]")
{
    SwitchScanner scanner(ScanMode::TwoSwitch);
    scanner.setTargets(barAndGrid());

    SECTION("an item stays highlighted when the grid scrolls and a button comes")
    {
        move(scanner, 2);
        scanner.press(SwitchRole::Select, 0);
        move(scanner, 2);
        REQUIRE(scanner.highlight().itemId == "card:6");
        auto moved = barAndGrid(37);
        moved.push_back({"bar:help", {800, 10, 60, 60}});
        scanner.setTargets(moved);
        CHECK(scanner.highlight().level == ScanLevel::Item);
        CHECK(scanner.highlight().itemId == "card:6");
        CHECK(scanner.highlight().item == 2);
        CHECK(scanner.highlight().rect.y == 100 + 190 + 2 - 37);
        move(scanner, 1);
        CHECK(scanner.highlight().itemId == "card:7");
    }
    SECTION("the same item in a new place in its row keeps it")
    {
        move(scanner, 1);
        scanner.press(SwitchRole::Select, 0);
        move(scanner, 1);
        REQUIRE(scanner.highlight().itemId == "card:1");
        auto fewer = barAndGrid();
        fewer.erase(std::remove_if(fewer.begin(), fewer.end(), [](const ScanTarget& t) { return t.id == "card:0"; }),
                    fewer.end());
        scanner.setTargets(fewer);
        CHECK(scanner.highlight().itemId == "card:1");
        CHECK(scanner.highlight().item == 0);
    }
    SECTION("a row stays highlighted while any of its targets is there")
    {
        move(scanner, 3);
        auto changed = barAndGrid(-20);
        changed.erase(std::remove_if(changed.begin(), changed.end(),
                                     [](const ScanTarget& t) { return t.id == "card:8" || t.id == "card:1"; }),
                      changed.end());
        scanner.setTargets(changed);
        CHECK(scanner.highlight().level == ScanLevel::Row);
        CHECK(scanner.highlight().row == 3);
        CHECK(scanner.rows()[3].front() == "card:9");
    }
    SECTION("when the highlighted item goes, the scan starts again at the first row")
    {
        move(scanner, 2);
        scanner.press(SwitchRole::Select, 0);
        REQUIRE(scanner.highlight().itemId == "card:4");
        auto fewer = barAndGrid();
        fewer.erase(std::remove_if(fewer.begin(), fewer.end(), [](const ScanTarget& t) { return t.id == "card:4"; }),
                    fewer.end());
        scanner.setTargets(fewer);
        CHECK(scanner.highlight().level == ScanLevel::Row);
        CHECK(scanner.highlight().row == 0);
    }
    SECTION("when the highlighted row goes, the scan starts again at the first row")
    {
        move(scanner, 3);
        scanner.setTargets({{"only", {0, 0, 100, 100}}, {"other", {0, 200, 100, 100}}});
        CHECK(scanner.highlight().level == ScanLevel::Row);
        CHECK(scanner.highlight().row == 0);
    }
}

TEST_CASE("With no targets nothing is highlighted and presses do nothing", "[input][scanning]")
{
    SwitchScanner scanner(ScanMode::OneSwitchAutomatic, kStepMs);
    CHECK(scanner.highlight().level == ScanLevel::Nothing);
    scanner.tick(0);
    scanner.press(SwitchRole::Select, 10);
    scanner.tick(10 * kStepMs);
    CHECK(scanner.highlight().level == ScanLevel::Nothing);
    CHECK_FALSE(scanner.takeSelection());
    CHECK_FALSE(scanner.nextStepAtMs());

    // Targets arrive: the first row, with a whole step from the last time seen.
    scanner.setTargets(barAndGrid());
    CHECK(scanner.highlight().level == ScanLevel::Row);
    CHECK(scanner.highlight().row == 0);
    CHECK(scanner.nextStepAtMs() == 11 * kStepMs);

    // And go again, part way through a row.
    scanner.press(SwitchRole::Select, 10 * kStepMs + 1);
    scanner.setTargets({});
    CHECK(scanner.highlight().level == ScanLevel::Nothing);
}

TEST_CASE("Changing the mode or restarting starts from the first row and drops a choice not taken",
          "[input][scanning]")
{
    SwitchScanner scanner(ScanMode::TwoSwitch);
    scanner.setTargets(barAndGrid());
    scanner.press(SwitchRole::Select, 0);
    scanner.press(SwitchRole::Select, 0);
    move(scanner, 2);
    scanner.restart();
    CHECK_FALSE(scanner.takeSelection());
    CHECK(scanner.highlight().level == ScanLevel::Row);
    CHECK(scanner.highlight().row == 0);

    move(scanner, 2);
    scanner.setMode(ScanMode::OneSwitchAutomatic);
    CHECK(scanner.mode() == ScanMode::OneSwitchAutomatic);
    CHECK(scanner.highlight().row == 0);
}
