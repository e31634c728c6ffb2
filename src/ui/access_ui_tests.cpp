// Pointing and switches, driven headless through the real loop: switch keys
// set on the settings screen by pressing them, and lists that a finger drags
// and flicks (SDL finger events), with momentum after a flick only.

#include "ui/test_harness.h"

#include "core/base/easy_read.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <thread>

using namespace rightjob;
using rightjob::ui::testing::Harness;

namespace {

const std::vector<speech::Utterance>& saidBy(Harness& harness)
{
    return dynamic_cast<speech::NullSpeaker&>(harness.app->speaker()).said();
}

// The target with this id, scrolled into view first.
const ui::ScreenTarget& seen(Harness& harness, const std::string& id)
{
    harness.scrollIntoView(id);
    return harness.target(id);
}

void press(Harness& harness, SDL_Scancode key)
{
    harness.window->injectKey(key);
    harness.settle();
}

core::Settings settingsOnDisk(const std::string& dataFolder)
{
    return core::loadSettingsWithReport(core::settingsPath(dataFolder)).settings;
}

const std::string kPressPrompt = "Press the switch you want to use.";

} // namespace

// [SECTION] Switch keys

TEST_CASE("Switch keys are set by pressing them, used at once, refused when taken, and kept", "[ui][scanning][settings]")
{
    std::string dataFolder;
    {
        Harness harness;
        harness.data.keep = true;
        dataFolder = harness.data.path;
        harness.tap("settings");
        harness.tap("access:two_switch");
        REQUIRE(harness.app->settings().accessMethod == core::AccessMethod::TwoSwitch);
        CHECK(seen(harness, "switch-key:select").spoken.find("Space") != std::string::npos);
        CHECK(seen(harness, "switch-key:move").spoken.find("Enter") != std::string::npos);

        // The move switch: tap, hear what to do, press the key.
        harness.tap("switch-key:move");
        CHECK(saidBy(harness).back().text == kPressPrompt);
        CHECK(harness.app->access().isListening());
        press(harness, SDL_SCANCODE_F5);
        CHECK_FALSE(harness.app->access().isListening());
        CHECK(harness.app->settings().moveKey == "F5");
        CHECK(settingsOnDisk(dataFolder).moveKey == "F5"); // saved at once
        CHECK(saidBy(harness).back().text == "Now the move switch is F5.");
        CHECK(seen(harness, "switch-key:move").spoken.find("F5") != std::string::npos);

        // The choose switch cannot be the move switch's key: said plainly, and another is asked for.
        harness.tap("switch-key:select");
        press(harness, SDL_SCANCODE_F5);
        CHECK(harness.app->settings().selectKey == "Space");
        CHECK(saidBy(harness).back().text == "F5 is the move switch already. Press another key.");
        CHECK(harness.app->access().isListening());
        // Escape cancels and keeps the old key.
        press(harness, SDL_SCANCODE_ESCAPE);
        CHECK_FALSE(harness.app->access().isListening());
        CHECK(harness.app->settings().selectKey == "Space");
        CHECK(settingsOnDisk(dataFolder).selectKey == "Space");
        // So does the Cancel button, by touch; the key pressed after it changes nothing.
        harness.tap("switch-key:select");
        harness.tap("switch-key:cancel");
        press(harness, SDL_SCANCODE_F7);
        CHECK(harness.app->settings().selectKey == "Space");
        // Now the choose switch for real.
        harness.tap("switch-key:select");
        press(harness, SDL_SCANCODE_F6);
        CHECK(harness.app->settings().selectKey == "F6");
        CHECK(settingsOnDisk(dataFolder).selectKey == "F6");

        // Every word said and shown follows the easy-read rules.
        const core::EasyReadChecker checker = core::EasyReadChecker::shipped();
        for (const std::string& text :
             {kPressPrompt, std::string("Now the move switch is F5."), std::string("F5 is the move switch already. Press another key."),
              std::string("You pressed Escape. The switch did not change."),
              std::string("Right Job cannot use that key. Press another key."), std::string("The switch did not change."),
              seen(harness, "switch-key:move").spoken, seen(harness, "switch-key:select").spoken}) {
            INFO(text);
            for (const auto& problem : checker.checkText(text))
                FAIL_CHECK(problem.sentence << " " << problem.problem);
        }

        // Scanning uses the new keys at once; the old ones do nothing.
        harness.tap("back");
        REQUIRE(harness.app->currentScreen() == ui::ScreenName::People);
        press(harness, SDL_SCANCODE_SPACE);
        press(harness, SDL_SCANCODE_RETURN);
        CHECK(harness.app->access().scanner().highlight().level == ui::ScanLevel::Row);
        CHECK(harness.app->access().scanner().highlight().row == 0);
        press(harness, SDL_SCANCODE_F5); // move to the second row
        CHECK(harness.app->access().scanner().highlight().row == 1);
        press(harness, SDL_SCANCODE_F6); // into the row
        CHECK(harness.app->access().scanner().highlight().level == ui::ScanLevel::Item);
        const std::string item = harness.app->access().scanner().highlight().itemId;
        press(harness, SDL_SCANCODE_F6); // choose the item
        CHECK(harness.app->currentScreen() != ui::ScreenName::People);
        INFO("chose " << item);
    }
    // After a restart the keys are the new ones.
    Harness again(1280, 800, dataFolder);
    CHECK(again.app->settings().moveKey == "F5");
    CHECK(again.app->settings().selectKey == "F6");
    press(again, SDL_SCANCODE_F5);
    CHECK(again.app->access().scanner().highlight().row == 1);
    press(again, SDL_SCANCODE_F6);
    press(again, SDL_SCANCODE_F6);
    CHECK(again.app->currentScreen() != ui::ScreenName::People);
}

TEST_CASE("While a switch key is being taken, the key does nothing else", "[ui][scanning][settings]")
{
    Harness harness;
    harness.tap("settings");
    harness.tap("access:one_switch");
    CHECK_FALSE(harness.app->screenMap().findById("switch-key:move")); // one switch: only the choose switch
    harness.tap("switch-key:select");
    // The current choose key is taken as the key, not as a scanning press that taps something.
    press(harness, SDL_SCANCODE_SPACE);
    CHECK(harness.app->currentScreen() == ui::ScreenName::Settings);
    CHECK(harness.app->settings().selectKey == "Space");
    CHECK(harness.app->settings().accessMethod == core::AccessMethod::OneSwitch);
    // Leaving the screen while waiting stops waiting.
    harness.tap("switch-key:select");
    harness.tap("back");
    CHECK_FALSE(harness.app->access().isListening());
}

// [SECTION] Touch: drag, flick and tap

namespace {

// The demo person with 60 cards of their own in "likes", shown as the grid.
void openBigSectionGrid(Harness& harness)
{
    core::ProfileFile file = core::PersonStore(harness.data.path).fileFor(harness.demoId);
    core::Profile profile = *file.load().profile;
    for (int i = 0; i < 60; ++i) {
        core::OwnCard card;
        card.section = "likes";
        card.id = "own-" + std::to_string(i + 100);
        card.label = "Card " + std::to_string(i + 1);
        card.symbol = "check-mark";
        card.addedBy = "person";
        card.addedAt = "2026-10-05T10:00:00Z";
        profile.ownCards.push_back(card);
    }
    REQUIRE(file.save(profile).ok);
    harness.tap("person:" + harness.demoId);
    harness.tap("section:likes");
    harness.tap("all-cards");
    REQUIRE(harness.app->currentScreen() == ui::ScreenName::Section);
}

// How far the cards moved up since before (pixels), from a card seen in
// both frames. A card cut by the list's edge has only one true edge: the
// bottom when the top is cut (it is high on the screen), else the top.
float movedUp(const std::vector<ui::ScreenTarget>& before, const std::vector<ui::ScreenTarget>& after, float screenHeight)
{
    const auto topCut = [&](const ui::ScreenTarget& t) { return t.partlyHidden && t.centreY() < screenHeight / 2; };
    const auto bottomCut = [&](const ui::ScreenTarget& t) { return t.partlyHidden && t.centreY() >= screenHeight / 2; };
    for (const auto& a : before) {
        if (a.role != ui::TargetRole::Card)
            continue;
        for (const auto& b : after) {
            if (b.id != a.id)
                continue;
            if (!topCut(a) && !topCut(b))
                return a.y - b.y;
            if (!bottomCut(a) && !bottomCut(b))
                return (a.y + a.height) - (b.y + b.height);
        }
    }
    FAIL("no card is seen in both frames");
    return 0;
}

std::vector<ui::ScreenTarget> targetsNow(Harness& harness)
{
    return harness.app->screenMap().targets();
}

// Draws one frame for the events queued, if one is due.
void oneFrame(Harness& harness)
{
    harness.window->runLoopOnce(ui::WaitPolicy::noWait(), [&] { harness.app->drawFrame(); });
}

// Lets the loop run until it has nothing more to draw (at most 10 s), and
// says how many frames moved the cards, and how far in all.
std::pair<int, float> framesUntilStill(Harness& harness)
{
    int moving = 0;
    float total = 0;
    const auto start = std::chrono::steady_clock::now();
    auto last = targetsNow(harness);
    while (harness.window->frameDue() && std::chrono::steady_clock::now() - start < std::chrono::seconds(10)) {
        harness.window->runLoopOnce(ui::WaitPolicy::atMost(std::chrono::milliseconds(50)),
                                    [&] { harness.app->drawFrame(); });
        auto now = targetsNow(harness);
        const float moved = movedUp(last, now, static_cast<float>(harness.window->height()));
        if (moved != 0)
            ++moving;
        total += moved;
        last = std::move(now);
    }
    return {moving, total};
}

// The point a finger starts from: low on the grid, on a card.
ImVec2 startOfDrag(Harness& harness)
{
    ImVec2 best(0, 0);
    for (const auto& target : harness.app->screenMap().targets())
        if (target.role == ui::TargetRole::Card && target.centreY() > best.y)
            best = ImVec2(target.centreX(), target.centreY());
    REQUIRE(best.y > harness.window->height() * 0.4f);
    return best;
}

} // namespace

TEST_CASE("A flick keeps a list moving, slowing, after the finger lifts; then it stops", "[ui][touch]")
{
    for (const auto& [width, height] : {std::pair{1280, 800}, std::pair{800, 1280}}) {
        INFO(width << "x" << height);
        Harness harness(width, height);
        openBigSectionGrid(harness);
        const ImVec2 from = startOfDrag(harness);
        const auto before = targetsNow(harness);
        harness.window->injectPointerDown(from.x, from.y, ui::PointerKind::Finger);
        harness.settle();
        // A quick upward stroke, a frame for each move, lifting while still moving.
        for (int step = 1; step <= 5; ++step) {
            harness.window->injectPointerMove(from.x, from.y - 50.0f * step, ui::PointerKind::Finger);
            oneFrame(harness);
        }
        harness.window->injectPointerUp(from.x, from.y - 250.0f, ui::PointerKind::Finger);
        oneFrame(harness);
        const auto atLift = targetsNow(harness);
        const float dragged = movedUp(before, atLift, static_cast<float>(harness.window->height()));
        CHECK(dragged == Approx(250.0f).margin(30.0f)); // the list followed the finger
        CHECK(harness.app->currentScreen() == ui::ScreenName::Section); // no card was tapped

        const auto [movingFrames, coasted] = framesUntilStill(harness);
        CHECK(movingFrames >= 3); // it kept moving after the lift...
        CHECK(coasted > 20.0f);   // ...the same way, up
        CHECK_FALSE(harness.window->frameDue()); // ...and then stopped: nothing more to draw
        const auto stopped = targetsNow(harness);
        const auto frames = harness.window->framesDrawn();
        for (int i = 0; i < 3; ++i)
            harness.window->runLoopOnce(ui::WaitPolicy::atMost(std::chrono::milliseconds(60)),
                                        [&] { harness.app->drawFrame(); });
        CHECK(harness.window->framesDrawn() == frames);
        CHECK(movedUp(stopped, targetsNow(harness), static_cast<float>(harness.window->height())) == 0);
    }
}

TEST_CASE("A slow drag, or one that rests before the finger lifts, stops where the finger left it", "[ui][touch]")
{
    Harness harness;
    openBigSectionGrid(harness);

    SECTION("slow all the way")
    {
        const ImVec2 from = startOfDrag(harness);
        const auto before = targetsNow(harness);
        harness.window->injectPointerDown(from.x, from.y, ui::PointerKind::Finger);
        harness.settle();
        for (int step = 1; step <= 12; ++step) {
            std::this_thread::sleep_for(std::chrono::milliseconds(80)); // 5 px each 80 ms: about 60 px a second
            harness.window->injectPointerMove(from.x, from.y - 5.0f * step, ui::PointerKind::Finger);
            harness.settle();
        }
        harness.window->injectPointerUp(from.x, from.y - 60.0f, ui::PointerKind::Finger);
        oneFrame(harness);
        const auto atLift = targetsNow(harness);
        CHECK(movedUp(before, atLift, static_cast<float>(harness.window->height())) == Approx(60.0f).margin(20.0f));
        const auto [movingFrames, coasted] = framesUntilStill(harness);
        CHECK(movingFrames == 0);
        CHECK(coasted == 0);
    }
    SECTION("quick, then resting before the lift")
    {
        const ImVec2 from = startOfDrag(harness);
        harness.window->injectPointerDown(from.x, from.y, ui::PointerKind::Finger);
        harness.settle();
        for (int step = 1; step <= 5; ++step) {
            harness.window->injectPointerMove(from.x, from.y - 50.0f * step, ui::PointerKind::Finger);
            oneFrame(harness);
        }
        harness.settle();
        std::this_thread::sleep_for(std::chrono::milliseconds(250)); // the finger rests
        harness.window->injectPointerUp(from.x, from.y - 250.0f, ui::PointerKind::Finger);
        oneFrame(harness);
        const auto [movingFrames, coasted] = framesUntilStill(harness);
        CHECK(movingFrames == 0);
        CHECK(coasted == 0);
    }
    CHECK(harness.app->currentScreen() == ui::ScreenName::Section); // no card was tapped by a drag
}

TEST_CASE("A finger tap on a long list still taps the card, and does not scroll", "[ui][touch]")
{
    Harness harness;
    openBigSectionGrid(harness);
    harness.wheel(-3); // down the list a little
    const std::string id = "card:likes/own-110";
    harness.scrollIntoView(id);
    const ui::ScreenTarget card = harness.target(id);
    harness.window->injectTap(card.centreX(), card.centreY(), ui::PointerKind::Finger);
    harness.settle();
    CHECK(harness.app->currentScreen() == ui::ScreenName::Card);
    CHECK(harness.app->currentCard() == "own-110");
}
