// What a person meets on the main journeys, through the real app loop: who
// is credited with what they press, sessions that last until ended, closing
// the program, undo only where its change can be seen, "Saved" after every
// save button, and a wheel notch that does not race down the page.

#include "ui/test_harness.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <optional>

using namespace rightjob;
using rightjob::ui::testing::Harness;

namespace {

const std::vector<speech::Utterance>& saidBy(Harness& harness)
{
    return dynamic_cast<speech::NullSpeaker&>(harness.app->speaker()).said();
}

bool wasSaid(Harness& harness, const std::string& words)
{
    for (const auto& said : saidBy(harness))
        if (said.text.find(words) != std::string::npos)
            return true;
    return false;
}

// The first target whose id starts with prefix, scrolled into sight.
std::string firstTargetStartingWith(Harness& harness, const std::string& prefix)
{
    for (const auto* list : {&harness.app->screenMap().targets(), &harness.app->screenMap().outOfSight()})
        for (const auto& target : *list)
            if (target.id.rfind(prefix, 0) == 0)
                return target.id;
    FAIL("no target starts with " << prefix << " on the " << harness.app->screenMap().screenName() << " screen");
    return "";
}

void backTo(Harness& harness, ui::ScreenName screen)
{
    for (int i = 0; i < 6 && harness.app->currentScreen() != screen; ++i)
        harness.tap("back");
    REQUIRE(harness.app->currentScreen() == screen);
}

// Chooses a supporter as the one answering, on a card of "likes".
void chooseSupporterOnACard(Harness& harness, const std::string& supporter)
{
    harness.tap("section:likes");
    harness.tap("all-cards");
    harness.tap(firstTargetStartingWith(harness, "card:"));
    REQUIRE(harness.app->currentScreen() == ui::ScreenName::Card);
    harness.tap("giver:" + supporter);
    REQUIRE(harness.app->openProfile()->document().currentGiver() == supporter);
    backTo(harness, ui::ScreenName::Person);
}

const core::Session* findSession(const core::Profile& profile, const std::string& id)
{
    return profile.findSession(id);
}

} // namespace

TEST_CASE("What the person presses on the jobs screen and the mat is theirs, whoever was chosen on a card",
          "[ui][journey][giver]")
{
    Harness harness;
    harness.tap("person:" + harness.demoId);
    chooseSupporterOnACard(harness, "karen");

    // "I would like to try this" on the jobs screen.
    harness.tap("jobs");
    REQUIRE(harness.app->currentScreen() == ui::ScreenName::Jobs);
    const std::string tryIt = firstTargetStartingWith(harness, "try:");
    harness.tap(tryIt);
    backTo(harness, ui::ScreenName::Person);

    // A card put on the mat.
    harness.tap("section:likes");
    REQUIRE(harness.app->currentScreen() == ui::ScreenName::Mat);
    const std::string placed = core::nextMatCard(harness.app->openProfile()->layout(),
                                                 harness.app->openProfile()->profile(), "likes");
    REQUIRE_FALSE(placed.empty());
    harness.tap("place:positive");

    const core::Profile saved = harness.savedProfile();
    bool foundTaster = false;
    for (const auto& card : saved.ownCards)
        if (card.section == "tasters" && card.addedAt >= saved.sessions.front().startedAt) {
            const core::CardRecord* record = saved.findCard(core::cardKey("tasters", card.id));
            if (!record || record->notes.empty() || record->notes.back().text != "I would like to try this job.")
                continue;
            foundTaster = true;
            CHECK(card.addedBy == core::kPersonGiver);
            CHECK(record->notes.back().by == core::kPersonGiver);
        }
    CHECK(foundTaster);
    const core::CardRecord* mat = saved.findCard(core::cardKey("likes", placed));
    REQUIRE(mat);
    CHECK(mat->answers.back().by == core::kPersonGiver);
    // On a card screen the chosen supporter still answers.
    CHECK(harness.app->openProfile()->document().currentGiver() == "karen");
}

TEST_CASE("A session lasts until 'End the session', across going back to the people, and every answer carries one",
          "[ui][journey][session]")
{
    // A copy of the demo whose last session was never ended, weeks ago.
    ui::testing::TemporaryDataFolder folder;
    folder.keep = true; // the harness below owns and removes it
    {
        core::PersonStore store(folder.path);
        core::ProfileFile file = store.fileFor(store.installDemo(core::assetPath("assets/demo/profile.json")));
        core::Profile left = *file.load().profile;
        REQUIRE_FALSE(left.sessions.empty());
        left.sessions.back().endedAt.clear();
        REQUIRE(file.save(left).ok);
    }
    Harness harness(1280, 800, folder.path);
    harness.tap("person:" + harness.demoId);
    // That session ended by itself, and the person hears so once.
    CHECK(wasSaid(harness, "Your last session has ended."));
    {
        const core::Profile saved = harness.savedProfile();
        REQUIRE_FALSE(saved.sessions.empty());
        CHECK(saved.sessions.back().endedWhenIdle);
        CHECK_FALSE(saved.sessions.back().endedAt.empty());
    }

    // An answer with no session started: it starts one.
    harness.tap("section:likes");
    const std::string first = core::nextMatCard(harness.app->openProfile()->layout(),
                                                harness.app->openProfile()->profile(), "likes");
    harness.tap("place:positive");
    std::string session;
    {
        const core::Profile saved = harness.savedProfile();
        session = saved.findCard(core::cardKey("likes", first))->answers.back().session;
        REQUIRE_FALSE(session.empty());
        REQUIRE(findSession(saved, session));
        CHECK(findSession(saved, session)->endedAt.empty());
    }

    // Back to the people and in again: the same session goes on.
    backTo(harness, ui::ScreenName::People);
    harness.tap("person:" + harness.demoId);
    CHECK(harness.app->openProfile()->document().currentSession() == session);
    harness.tap("section:likes");
    const std::string second = core::nextMatCard(harness.app->openProfile()->layout(),
                                                 harness.app->openProfile()->profile(), "likes");
    harness.tap("place:negative");
    CHECK(harness.savedProfile().findCard(core::cardKey("likes", second))->answers.back().session == session);

    // "End the session": it ends, it is said, and the next answer is in a new one.
    backTo(harness, ui::ScreenName::Person);
    harness.tap("end-session");
    CHECK(wasSaid(harness, "The session has ended."));
    CHECK_FALSE(findSession(harness.savedProfile(), session)->endedAt.empty());
    CHECK_FALSE(findSession(harness.savedProfile(), session)->endedWhenIdle);
    harness.tap("section:likes");
    const std::string third = core::nextMatCard(harness.app->openProfile()->layout(),
                                                harness.app->openProfile()->profile(), "likes");
    harness.tap("place:middle");
    const std::string next = harness.savedProfile().findCard(core::cardKey("likes", third))->answers.back().session;
    CHECK_FALSE(next.empty());
    CHECK(next != session);
}

TEST_CASE("Close Right Job in Settings, and Ctrl+Q, close the program with everything saved", "[ui][journey][quit]")
{
    for (const bool withKeys : {false, true}) {
        INFO((withKeys ? "Ctrl+Q" : "the Settings button"));
        Harness harness;
        harness.tap("person:" + harness.demoId);
        harness.tap("section:likes");
        harness.tap("place:positive");
        const auto placedBefore = harness.app->openProfile()->profile().cards.size();
        if (withKeys) {
            harness.window->injectKey(SDL_SCANCODE_Q, KMOD_LCTRL);
        } else {
            backTo(harness, ui::ScreenName::Person);
            harness.tap("settings");
            harness.tap("quit");
        }
        bool open = true;
        for (int turn = 0; turn < 10 && open; ++turn)
            open = harness.window->runLoopOnce(ui::WaitPolicy::noWait(), [&] { harness.app->drawFrame(); });
        CHECK_FALSE(open);
        CHECK(harness.savedProfile().cards.size() == placedBefore);
    }
    // Q alone does nothing of the kind.
    Harness harness;
    harness.window->injectKey(SDL_SCANCODE_Q);
    bool open = true;
    for (int turn = 0; turn < 5; ++turn)
        open = harness.window->runLoopOnce(ui::WaitPolicy::noWait(), [&] { harness.app->drawFrame(); }) && open;
    CHECK(open);
}

TEST_CASE("Undo is offered only where its change can be seen: not on Settings", "[ui][journey][undo]")
{
    Harness harness;
    harness.tap("person:" + harness.demoId);
    harness.tap("section:likes");
    harness.tap("place:positive");
    CHECK(harness.app->screenMap().findById("undo"));
    harness.tap("back");
    harness.tap("settings");
    REQUIRE(harness.app->currentScreen() == ui::ScreenName::Settings);
    CHECK_FALSE(harness.app->screenMap().findAnywhere("undo"));
    CHECK_FALSE(harness.app->screenMap().findAnywhere("redo"));
}

TEST_CASE("Saving a note shows and says 'Saved.'", "[ui][journey][saved]")
{
    Harness harness;
    harness.tap("person:" + harness.demoId);
    harness.tap("section:likes");
    harness.tap("all-cards");
    harness.tap(firstTargetStartingWith(harness, "card:"));
    harness.type("note", "He likes this a lot.");
    harness.tap("save-note", ui::PointerKind::Mouse);
    const ui::ScreenTarget* message = harness.app->screenMap().findById("message");
    REQUIRE(message);
    CHECK(message->label == "Saved.");
    CHECK_FALSE(message->partlyHidden);
    CHECK(message->y + message->height <= harness.window->height());
    CHECK(saidBy(harness).back().text == "Saved.");
    // It goes away by itself after a few seconds.
    const auto start = std::chrono::steady_clock::now();
    while (harness.app->screenMap().findById("message")
           && std::chrono::steady_clock::now() - start < std::chrono::seconds(8))
        harness.window->runLoopOnce(ui::WaitPolicy::atMost(std::chrono::milliseconds(500)),
                                    [&] { harness.app->drawFrame(); });
    CHECK_FALSE(harness.app->screenMap().findById("message"));
}
