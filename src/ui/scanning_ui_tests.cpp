// Switch scanning as a switch user meets it: the real app loop with real
// time, the idle sleep included, set up through the settings screen as a
// person would. The highlight must move by itself at every step, with a
// sound each step; it reaches every target on a screen, in rows then
// items, scrolling what is out of sight into sight; and a press does what
// is highlighted.

#include "ui/test_harness.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <algorithm>
#include <functional>
#include <set>

using namespace rightjob;
using rightjob::ui::testing::Harness;

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

const ui::SwitchScanner& scannerOf(Harness& harness)
{
    return harness.app->access().scanner();
}

bool sameHighlight(const ui::ScanHighlight& a, const ui::ScanHighlight& b)
{
    return a.level == b.level && a.row == b.row && a.item == b.item;
}

// Runs the real loop, sleeping as the program does, until done() or the time runs out.
bool runUntil(Harness& harness, const std::function<bool()>& done, double seconds)
{
    const auto start = Clock::now();
    while (!done()) {
        const double left = seconds - secondsSince(start);
        if (left <= 0)
            return false;
        harness.window->runLoopOnce(ui::WaitPolicy::atMost(std::chrono::milliseconds(static_cast<int>(left * 1000) + 1)),
                                    [&] { harness.app->drawFrame(); });
    }
    return true;
}

void pressSwitch(Harness& harness, SDL_Scancode key)
{
    harness.window->injectKey(key);
    harness.settle();
}

int scanCuesHeard(Harness& harness)
{
    int cues = 0;
    for (const auto& said : dynamic_cast<speech::NullSpeaker&>(harness.app->speaker()).said())
        if (said.tag == "cue:scan-step")
            ++cues;
    return cues;
}

// Every target of the frame just drawn, in sight or not.
std::set<std::string> everyTarget(Harness& harness)
{
    std::set<std::string> ids;
    for (const auto& target : harness.app->screenMap().targets())
        ids.insert(target.id);
    for (const auto& target : harness.app->screenMap().outOfSight())
        ids.insert(target.id);
    return ids;
}

std::set<std::string> everyScanned(Harness& harness)
{
    std::set<std::string> ids;
    for (const auto& row : scannerOf(harness).rows())
        ids.insert(row.begin(), row.end());
    return ids;
}

} // namespace

TEST_CASE("One switch: left alone, the highlight moves every step, with a sound each step", "[ui][scanning][realtime]")
{
    Harness harness;
    // As a person does it: Settings, How you choose, 1 switch, then leave Settings.
    harness.tap("settings");
    harness.tap("access:one_switch");
    core::Settings settings = harness.app->settings();
    REQUIRE(settings.accessMethod == core::AccessMethod::OneSwitch);
    REQUIRE(settings.soundCues);
    settings.scanStepMs = core::kMinimumScanStepMs;
    harness.app->changeSettings(settings);
    harness.tap("back");
    REQUIRE(harness.app->currentScreen() == ui::ScreenName::People);

    // Left alone for five steps: the loop sleeps between them and the highlight moves at each.
    const double step = core::kMinimumScanStepMs / 1000.0;
    const std::size_t rows = scannerOf(harness).rows().size();
    REQUIRE(rows >= 2);
    const int cuesBefore = scanCuesHeard(harness);
    const std::uint64_t wakeUpsBefore = harness.window->wakeUps();
    std::vector<double> movedAt;
    std::vector<int> rowsSeen = {scannerOf(harness).highlight().row};
    ui::ScanHighlight last = scannerOf(harness).highlight();
    const auto start = Clock::now();
    while (secondsSince(start) < 5 * step + step / 2) {
        runUntil(harness, [&] { return !sameHighlight(scannerOf(harness).highlight(), last); },
                 5 * step + step / 2 - secondsSince(start));
        if (!sameHighlight(scannerOf(harness).highlight(), last)) {
            last = scannerOf(harness).highlight();
            movedAt.push_back(secondsSince(start));
            rowsSeen.push_back(last.row);
        }
    }
    INFO("moved at " << Catch::Detail::stringify(movedAt));
    REQUIRE(movedAt.size() >= 4);
    CHECK(movedAt.size() <= 6);
    for (std::size_t i = 1; i < movedAt.size(); ++i) {
        CHECK(movedAt[i] - movedAt[i - 1] > step * 0.6);
        CHECK(movedAt[i] - movedAt[i - 1] < step * 1.6);
    }
    // Rows in order, one step at a time, round again after the last.
    for (std::size_t i = 1; i < rowsSeen.size(); ++i)
        CHECK(rowsSeen[i] == static_cast<int>((static_cast<std::size_t>(rowsSeen[i - 1]) + 1) % rows));
    // A sound at every step; and the loop slept between steps rather than spinning.
    CHECK(scanCuesHeard(harness) - cuesBefore >= static_cast<int>(movedAt.size()));
    CHECK(harness.window->wakeUps() - wakeUpsBefore <= 6 * movedAt.size() + 6);

    // Choosing: wait for the demo person's row, press; wait for the person, press.
    const std::string person = "person:" + harness.demoId;
    const auto rowHolds = [&](const std::string& id) {
        const ui::ScanHighlight now = scannerOf(harness).highlight();
        if (now.level != ui::ScanLevel::Row)
            return false;
        const auto row = scannerOf(harness).rows()[static_cast<std::size_t>(now.row)];
        return std::find(row.begin(), row.end(), id) != row.end();
    };
    REQUIRE(runUntil(harness, [&] { return rowHolds(person); }, step * (rows + 2)));
    pressSwitch(harness, SDL_SCANCODE_SPACE);
    CHECK(scannerOf(harness).highlight().level == ui::ScanLevel::Item);
    REQUIRE(runUntil(harness, [&] { return scannerOf(harness).highlight().itemId == person; }, step * 20));
    // What is highlighted is in sight.
    const ui::ScreenTarget* shown = harness.app->screenMap().findById(person);
    REQUIRE(shown);
    CHECK_FALSE(shown->partlyHidden);
    pressSwitch(harness, SDL_SCANCODE_SPACE);
    runUntil(harness, [&] { return harness.app->currentScreen() == ui::ScreenName::Person; }, 1.0);
    CHECK(harness.app->currentScreen() == ui::ScreenName::Person);
    CHECK(harness.app->openProfile()->profile().id == harness.demoId);

    // On the next screen the highlight keeps moving by itself.
    const ui::ScanHighlight onPerson = scannerOf(harness).highlight();
    CHECK(runUntil(harness, [&] { return !sameHighlight(scannerOf(harness).highlight(), onPerson); }, step * 2));
}

TEST_CASE("Scanning reaches every target of a screen, those out of sight too", "[ui][scanning]")
{
    Harness harness(800, 600);
    core::Settings settings = harness.app->settings();
    settings.accessMethod = core::AccessMethod::TwoSwitch;
    harness.app->changeSettings(settings);
    harness.settle();
    const auto checkAllReached = [&](const std::string& screen) {
        // One more frame, so the scanner has this screen's targets.
        harness.window->requestAnimationFrames(2);
        harness.settle();
        INFO("on the " << screen << " screen");
        const std::set<std::string> all = everyTarget(harness);
        CHECK(all.size() >= 3);
        CHECK(everyScanned(harness) == all);
        if (screen == "settings")
            CHECK_FALSE(harness.app->screenMap().outOfSight().empty());
    };
    checkAllReached("people");
    harness.tap("person:" + harness.demoId);
    checkAllReached("person");
    harness.tap("settings");
    checkAllReached("settings");
}

TEST_CASE("Two switches: the last target of a long list is scrolled into sight and chosen", "[ui][scanning]")
{
    Harness harness(800, 600);
    harness.tap("person:" + harness.demoId);
    harness.tap("section:likes");
    harness.tap("all-cards");
    REQUIRE(harness.app->currentScreen() == ui::ScreenName::Section);
    core::Settings settings = harness.app->settings();
    settings.accessMethod = core::AccessMethod::TwoSwitch;
    harness.app->changeSettings(settings);
    harness.settle();
    harness.window->requestAnimationFrames(2);
    harness.settle();

    // The last card of the section, out of sight below the fold.
    const auto rows = scannerOf(harness).rows();
    std::string lastCard;
    std::size_t lastCardRow = 0;
    for (std::size_t row = 0; row < rows.size(); ++row)
        for (const auto& id : rows[row])
            if (id.rfind("card:", 0) == 0) {
                lastCard = id;
                lastCardRow = row;
            }
    REQUIRE_FALSE(lastCard.empty());
    const ui::ScreenTarget* before = harness.app->screenMap().findById(lastCard);
    CHECK((before == nullptr || before->partlyHidden)); // out of sight at first

    // Move down row by row; the highlighted row is always scrolled into sight.
    for (std::size_t row = 0; row < lastCardRow; ++row) {
        pressSwitch(harness, SDL_SCANCODE_RETURN);
        harness.window->requestAnimationFrames(3);
        harness.settle();
    }
    CHECK(scannerOf(harness).highlight().row == static_cast<int>(lastCardRow));
    pressSwitch(harness, SDL_SCANCODE_SPACE); // into the row
    while (scannerOf(harness).highlight().itemId != lastCard
           && scannerOf(harness).highlight().level == ui::ScanLevel::Item)
        pressSwitch(harness, SDL_SCANCODE_RETURN);
    REQUIRE(scannerOf(harness).highlight().itemId == lastCard);
    const ui::ScreenTarget* seen = harness.app->screenMap().findById(lastCard);
    REQUIRE(seen);
    CHECK_FALSE(seen->partlyHidden);
    pressSwitch(harness, SDL_SCANCODE_SPACE); // choose it
    harness.settle();
    CHECK(harness.app->currentScreen() == ui::ScreenName::Card);
    CHECK(lastCard.size() > harness.app->currentCard().size());
    CHECK(lastCard.compare(lastCard.size() - harness.app->currentCard().size(), std::string::npos,
                           harness.app->currentCard())
          == 0);
}
