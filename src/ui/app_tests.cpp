// The real app loop, headless, driven by injected taps and clicks; the
// tests check the saved profile afterwards, not widget state.

#include "ui/app.h"
#include "ui/test_harness.h"
#include "ui/screens/deleted_screen.h"
#include "ui/screens/mat_layout.h"

#include "core/base/asset_paths.h"
#include "core/base/easy_read.h"
#include "core/base/json_file.h"
#include "core/jobs/vacancy.h"
#include "ui/input/scanning.h"

#include <catch2/catch.hpp>

#include <SDL.h>

#include <chrono>
#include <cmath>
#include <cstdlib>
#include <filesystem>

using namespace rightjob;
using rightjob::ui::testing::checkTargetsSizedAndApart;
using rightjob::ui::testing::Harness;

TEST_CASE("A person opens by touch and shows their sections", "[ui]")
{
    Harness harness;
    CHECK(harness.app->currentScreen() == ui::ScreenName::People);
    harness.tap("person:" + harness.demoId);
    CHECK(harness.app->currentScreen() == ui::ScreenName::Person);
    CHECK(harness.app->screenMap().findById("section:likes"));
    harness.tap("section:likes");
    CHECK(harness.app->currentScreen() == ui::ScreenName::Mat);
    CHECK(harness.app->currentSection() == "likes");
    harness.tap("all-cards");
    CHECK(harness.app->currentScreen() == ui::ScreenName::Section);
    harness.tap("back");
    CHECK(harness.app->currentScreen() == ui::ScreenName::Mat);
    harness.tap("back");
    CHECK(harness.app->currentScreen() == ui::ScreenName::Person);
    harness.tap("back");
    CHECK(harness.app->currentScreen() == ui::ScreenName::People);
}

TEST_CASE("Answering a card by touch is saved at once, with who gave it, and undo takes it back", "[ui][storage]")
{
    Harness harness;
    harness.tap("person:" + harness.demoId);
    harness.tap("section:likes");
    harness.tap("all-cards");
    const core::Profile before = harness.savedProfile();
    const std::string key = "likes/music";
    const std::size_t answersBefore = before.findCard(key) ? before.findCard(key)->answers.size() : 0;

    harness.tap("card:" + key);
    harness.tap("answer:negative", ui::PointerKind::Mouse);
    const core::Profile after = harness.savedProfile();
    REQUIRE(after.findCard(key));
    REQUIRE(after.findCard(key)->answers.size() == answersBefore + 1);
    CHECK(after.findCard(key)->answers.back().by == "person");
    CHECK(after.findCard(key)->answers.back().value == core::AnswerValue::Negative);

    harness.tap("undo");
    const core::Profile undone = harness.savedProfile();
    CHECK((undone.findCard(key) ? undone.findCard(key)->answers.size() : 0) == answersBefore);
    harness.tap("redo");
    CHECK(harness.savedProfile().findCard(key)->answers.size() == answersBefore + 1);
}

TEST_CASE("Targets are at least 44 px, labelled, and do not overlap, in both orientations", "[ui]")
{
    for (const auto& [width, height] : {std::pair{1280, 800}, std::pair{800, 1280}}) {
        Harness harness(width, height);
        for (int step = 0; step < 6; ++step) {
            INFO(width << "x" << height << " on the " << harness.app->screenMap().screenName() << " screen");
            REQUIRE_FALSE(harness.app->screenMap().targets().empty());
            checkTargetsSizedAndApart(harness.app->screenMap());
            if (step == 0)
                harness.tap("person:" + harness.demoId);
            else if (step == 1)
                harness.tap("section:likes");
            else if (step == 2)
                harness.tap("all-cards");
            else if (step == 3)
                harness.tap("card:likes/cooking");
            else if (step == 4)
                harness.tap("back");
        }
    }
}

TEST_CASE("Idle means idle: no frames are drawn while nothing happens", "[ui]")
{
    Harness harness;
    const auto frames = harness.window->framesDrawn();
    for (int i = 0; i < 5; ++i)
        harness.window->runLoopOnce(ui::WaitPolicy::atMost(std::chrono::milliseconds(40)),
                                    [&] { harness.app->drawFrame(); });
    CHECK(harness.window->framesDrawn() == frames);
}

namespace {

// Adds a new person by touch and opens them; returns their id.
std::string addPersonByTouch(Harness& harness, const std::string& name)
{
    harness.tap("add-person");
    REQUIRE(harness.app->currentScreen() == ui::ScreenName::AddPerson);
    harness.type("name", name);
    harness.tap("add-person-now");
    REQUIRE(harness.app->currentScreen() == ui::ScreenName::Person);
    return harness.app->openProfile()->profile().id;
}

core::Profile savedProfileOf(const Harness& harness, const std::string& id)
{
    return *core::PersonStore(harness.data.path).fileFor(id).load().profile;
}

} // namespace

TEST_CASE("A new person completes a section on the talking mat by taps, in a session", "[ui][mat]")
{
    Harness harness;
    const std::string id = addPersonByTouch(harness, "Ali Khan");
    CHECK(id == "ali-khan");

    harness.tap("session");
    REQUIRE(harness.app->currentScreen() == ui::ScreenName::Session);
    harness.tap("place:College");
    harness.tap("start-session");
    REQUIRE(harness.app->currentScreen() == ui::ScreenName::Person);
    const std::string session = harness.app->openProfile()->document().currentSession();
    CHECK_FALSE(session.empty());

    harness.tap("section:likes");
    const auto& layout = harness.app->openProfile()->layout();
    const auto cardCount = layout.findSection("likes")->cards.size();
    const char* places[] = {"place:positive", "place:middle", "place:negative"};
    for (std::size_t i = 0; i < cardCount; ++i)
        harness.tap(places[i % 3]);
    CHECK(harness.app->currentScreen() == ui::ScreenName::Mat);
    CHECK(core::nextMatCard(layout, harness.app->openProfile()->profile(), "likes").empty());

    const core::Profile saved = savedProfileOf(harness, id);
    for (std::size_t i = 0; i < cardCount; ++i) {
        const std::string key = "likes/" + layout.findSection("likes")->cards[i].id;
        INFO(key);
        REQUIRE(saved.findCard(key));
        const core::Answer& answer = saved.findCard(key)->answers.back();
        CHECK(answer.by == "person");
        CHECK(answer.session == session);
        CHECK(static_cast<int>(answer.value) == static_cast<int>(i % 3));
        CHECK(saved.mats.at("likes").placed.count(layout.findSection("likes")->cards[i].id) == 1);
    }
    // Placed cards do not cover each other, so each can be tapped.
    const auto& targets = harness.app->screenMap().targets();
    for (std::size_t a = 0; a < targets.size(); ++a)
        for (std::size_t b = a + 1; b < targets.size(); ++b) {
            const auto& p = targets[a];
            const auto& q = targets[b];
            INFO(p.id << " and " << q.id);
            CHECK_FALSE((p.x < q.x + q.width && q.x < p.x + p.width && p.y < q.y + q.height && q.y < p.y + p.height));
        }
}

TEST_CASE("Cards are dragged onto the mat, stay where they are put, and move by drag", "[ui][mat]")
{
    Harness harness;
    const std::string id = addPersonByTouch(harness, "Bea Lund");
    harness.tap("section:good_at");
    const std::string first = core::nextMatCard(harness.app->openProfile()->layout(),
                                                 harness.app->openProfile()->profile(), "good_at");
    const ui::ScreenTarget card = harness.target("mat-card:" + first);
    const ui::ScreenTarget negative = harness.target("place:negative");
    // Drop it low down in the "I need help" place.
    const float dropX = negative.centreX();
    const float dropY = negative.y + negative.height * 3.0f;
    harness.drag(card.centreX(), card.centreY(), dropX, dropY);

    core::Profile saved = savedProfileOf(harness, id);
    REQUIRE(saved.findCard("good_at/" + first));
    CHECK(saved.findCard("good_at/" + first)->answers.back().value == core::AnswerValue::Negative);
    const core::MatPlacement placement = saved.mats.at("good_at").placed.at(first);
    CHECK(ui::slotForPlacement(placement).row >= 1); // where it was dropped, not tidied to the top
    const ui::ScreenTarget placed = harness.target("placed:" + first);
    CHECK(std::fabs(placed.centreY() - dropY) < placed.height * 1.2f);
    CHECK(std::fabs(placed.centreX() - dropX) < placed.width * 1.2f);

    // Move it to "I am good at it" by dragging it there.
    const ui::ScreenTarget positive = harness.target("place:positive");
    harness.drag(placed.centreX(), placed.centreY(), positive.centreX(), positive.y + positive.height * 2.0f);
    saved = savedProfileOf(harness, id);
    CHECK(saved.findCard("good_at/" + first)->answers.back().value == core::AnswerValue::Positive);

    // Let go outside the places: nothing changes.
    const std::string second = core::nextMatCard(harness.app->openProfile()->layout(),
                                                  harness.app->openProfile()->profile(), "good_at");
    const ui::ScreenTarget secondCard = harness.target("mat-card:" + second);
    harness.drag(secondCard.centreX(), secondCard.centreY(), secondCard.centreX(), secondCard.y - 5);
    CHECK(savedProfileOf(harness, id).findCard("good_at/" + second) == nullptr);

    // Undo takes back the move, then the first placing.
    harness.tap("undo");
    harness.tap("undo");
    CHECK(savedProfileOf(harness, id).findCard("good_at/" + first) == nullptr);
}

TEST_CASE("Skip puts a card last; stop and come back carries on where the person left off", "[ui][mat]")
{
    Harness harness;
    addPersonByTouch(harness, "Cal Dee");
    harness.tap("section:places");
    const auto& layout = harness.app->openProfile()->layout();
    const auto& cards = layout.findSection("places")->cards;
    CHECK(harness.app->screenMap().findById("mat-card:" + cards[0].id));
    harness.tap("skip");
    CHECK(harness.app->screenMap().findById("mat-card:" + cards[1].id));
    harness.tap("place:positive");
    harness.tap("back");
    harness.tap("section:places");
    CHECK(harness.app->screenMap().findById("mat-card:" + cards[2].id));
}

TEST_CASE("A supporter adds a note as themselves, and a card is marked not for sharing", "[ui]")
{
    Harness harness;
    harness.tap("person:" + harness.demoId);
    harness.tap("section:likes");
    harness.tap("all-cards");
    harness.tap("card:likes/music");
    const auto& contributors = harness.app->openProfile()->profile().contributors;
    REQUIRE_FALSE(contributors.empty());
    harness.tap("giver:" + contributors[0].id);
    harness.type("note", "He plays the drums at home.");
    harness.tap("save-note");
    harness.tap("share-nobody");
    const core::Profile saved = harness.savedProfile();
    const core::CardRecord* record = saved.findCard("likes/music");
    REQUIRE(record);
    REQUIRE_FALSE(record->notes.empty());
    CHECK(record->notes.back().text == "He plays the drums at home.");
    CHECK(record->notes.back().by == contributors[0].id);
    CHECK(record->sharing == core::Sharing::Nobody);
}

TEST_CASE("A card of your own is added from the section grid", "[ui]")
{
    Harness harness;
    harness.tap("person:" + harness.demoId);
    harness.tap("section:likes");
    harness.tap("all-cards");
    harness.tap("add-card");
    harness.type("new-card-words", "Drawing comics");
    harness.tap("add-card-now");
    CHECK(harness.app->currentScreen() == ui::ScreenName::Section);
    bool found = false;
    for (const auto& card : harness.savedProfile().ownCards)
        found = found || (card.section == "likes" && card.label == "Drawing comics" && card.addedBy == "person");
    CHECK(found);
}

TEST_CASE("A person is deleted only after a clear confirm, and their folder is kept aside", "[ui]")
{
    Harness harness;
    const std::string id = addPersonByTouch(harness, "Dee Ell");
    harness.tap("delete-person");
    REQUIRE(harness.app->currentScreen() == ui::ScreenName::DeletePerson);
    harness.tap("keep");
    CHECK(harness.app->currentScreen() == ui::ScreenName::Person);
    harness.tap("delete-person");
    harness.tap("delete");
    CHECK(harness.app->currentScreen() == ui::ScreenName::People);
    for (const auto& person : harness.app->people())
        CHECK(person.id != id);
    CHECK(std::filesystem::exists(harness.data.path + "/deleted"));
}

TEST_CASE("A deleted person is brought back from the Deleted people screen, with every answer", "[ui][deleted]")
{
    Harness harness;
    // Nobody deleted yet: no button for it.
    CHECK_FALSE(harness.app->screenMap().findById("deleted-people"));
    const std::string id = addPersonByTouch(harness, "Dee Ell");
    harness.tap("delete-person");
    harness.tap("delete");
    REQUIRE(harness.app->currentScreen() == ui::ScreenName::People);
    harness.tap("deleted-people");
    REQUIRE(harness.app->currentScreen() == ui::ScreenName::Deleted);
    // Who, when, and how long they are kept, in words that are read aloud.
    const ui::ScreenTarget who = harness.target("deleted:0");
    CHECK(who.label == "Dee"); // the name the person goes by, as on the people screen
    const auto deleted = harness.app->workspace().deletedPeople();
    REQUIRE(deleted.size() == 1);
    CHECK(ui::deletedPersonDetail(deleted[0]).find("Kept for 30 more days.") != std::string::npos);
    const core::EasyReadChecker checker = core::EasyReadChecker::shipped();
    for (const auto& target : harness.app->screenMap().targets())
        for (const std::string& text : {target.label, target.spoken}) {
            INFO(text);
            for (const auto& problem : checker.checkText(text))
                FAIL_CHECK(problem.sentence << " " << problem.problem);
        }

    harness.tap("bring-back:0");
    CHECK(harness.app->workspace().deletedPeople().empty());
    CHECK(harness.app->messageShown() == "Dee is back on the list of people.");
    harness.tap("back");
    REQUIRE(harness.app->currentScreen() == ui::ScreenName::People);
    bool back = false;
    for (const auto& person : harness.app->people())
        back = back || person.id == id;
    CHECK(back);
    CHECK_FALSE(harness.app->screenMap().findById("deleted-people"));
    harness.tap("person:" + id);
    CHECK(harness.app->currentScreen() == ui::ScreenName::Person);
}

TEST_CASE("Settings apply at once and survive a restart", "[ui][settings]")
{
    std::string dataFolder;
    {
        Harness harness;
        harness.data.keep = true;
        dataFolder = harness.data.path;
        harness.tap("settings");
        REQUIRE(harness.app->currentScreen() == ui::ScreenName::Settings);
        harness.tap("theme:high_contrast");
        CHECK(harness.window->theme().id == "high_contrast");
        harness.tap("text-size:150");
        CHECK(harness.window->scaling().textScale == Approx(1.5f));
        harness.tap("card-size:large");
        harness.tap("back");
        CHECK(harness.app->currentScreen() == ui::ScreenName::People);
    }
    Harness again(1280, 800, dataFolder);
    CHECK(again.app->settings().themeId == "high_contrast");
    CHECK(again.app->settings().textSizePercent == 150);
    CHECK(again.app->settings().cardSize == core::CardSize::Large);
    CHECK(again.window->theme().id == "high_contrast");
    CHECK(again.window->scaling().textScale == Approx(1.5f));
}

TEST_CASE("Two switches reach and choose a card in the expected number of presses", "[ui][scanning]")
{
    Harness harness;
    core::Settings settings = harness.app->settings();
    settings.accessMethod = core::AccessMethod::TwoSwitch;
    harness.app->changeSettings(settings);
    harness.tap("person:" + harness.demoId);
    harness.tap("section:likes");
    harness.tap("all-cards");
    harness.settle();

    const std::string wanted = "card:likes/animals";
    std::vector<ui::ScanTarget> targets;
    for (const auto& target : harness.app->screenMap().targets())
        if (!target.partlyHidden)
            targets.push_back({target.id, ui::TargetRect{target.x, target.y, target.width, target.height}});
    const auto expected = ui::pressesToReach(targets, wanted, ui::ScanMode::TwoSwitch);
    REQUIRE(expected);

    // Move to the row, choose it, move to the card, choose it.
    const auto rows = ui::scanRows(targets);
    int row = 0, item = 0;
    for (std::size_t r = 0; r < rows.size(); ++r)
        for (std::size_t i = 0; i < rows[r].size(); ++i)
            if (rows[r][i] == wanted) {
                row = static_cast<int>(r);
                item = static_cast<int>(i);
            }
    int presses = 0;
    const auto press = [&](SDL_Scancode key) {
        harness.window->injectKey(key);
        harness.settle();
        ++presses;
    };
    for (int i = 0; i < row; ++i)
        press(SDL_SCANCODE_RETURN);
    press(SDL_SCANCODE_SPACE);
    for (int i = 0; i < item; ++i)
        press(SDL_SCANCODE_RETURN);
    press(SDL_SCANCODE_SPACE);
    harness.settle();
    CHECK(presses == *expected);
    CHECK(harness.app->currentScreen() == ui::ScreenName::Card);
    CHECK(harness.app->currentCard() == "animals");
}

TEST_CASE("Resting the pointer on a target chooses it", "[ui][dwell]")
{
    Harness harness;
    core::Settings settings = harness.app->settings();
    settings.accessMethod = core::AccessMethod::Dwell;
    settings.dwellMs = 500;
    harness.app->changeSettings(settings);
    harness.settle();
    const ui::ScreenTarget target = harness.target("person:" + harness.demoId);
    harness.window->injectPointerMove(target.centreX(), target.centreY(), ui::PointerKind::Mouse);
    const auto start = std::chrono::steady_clock::now();
    while (harness.app->currentScreen() == ui::ScreenName::People
           && std::chrono::steady_clock::now() - start < std::chrono::seconds(5))
        harness.window->runLoopOnce(ui::WaitPolicy::atMost(std::chrono::milliseconds(50)),
                                    [&] { harness.app->drawFrame(); });
    const auto waited = std::chrono::steady_clock::now() - start;
    CHECK(harness.app->currentScreen() == ui::ScreenName::Person);
    CHECK(waited >= std::chrono::milliseconds(450)); // not before the rest time
}

TEST_CASE("Good jobs show reasons, and 'I would like to try this' goes into the profile", "[ui][jobs]")
{
    Harness harness;
    harness.tap("person:" + harness.demoId);
    harness.tap("jobs");
    REQUIRE(harness.app->currentScreen() == ui::ScreenName::Jobs);
    const ui::ScreenTarget* first = nullptr;
    for (const auto& target : harness.app->screenMap().targets())
        if (target.id.rfind("job:", 0) == 0 && !first)
            first = &target;
    REQUIRE(first);
    const std::string jobId = first->id.substr(4);
    const std::string title = first->label;
    harness.tap("try:" + jobId);
    bool found = false;
    for (const auto& card : harness.savedProfile().ownCards)
        found = found || (card.section == "tasters" && card.label == title);
    CHECK(found);
    CHECK(harness.target("try:" + jobId).label == "On your list to try");
}

TEST_CASE("The jobs screen's top bar says what the list is", "[ui][jobs]")
{
    Harness harness;
    // A new person has said nothing yet: no list of good jobs, and the top
    // bar says so, in the words the summary's jobs part uses.
    addPersonByTouch(harness, "Ali Khan");
    harness.tap("jobs");
    REQUIRE(harness.app->currentScreen() == ui::ScreenName::Jobs);
    const std::string name = harness.app->openProfile()->profile().person.shownName();
    CHECK(harness.app->screenTitle() == "Jobs for " + name + ": we need to know more");
    harness.tap("back");
    harness.tap("back");
    // The demo person has good jobs.
    harness.tap("person:" + harness.demoId);
    harness.tap("jobs");
    REQUIRE(harness.app->currentScreen() == ui::ScreenName::Jobs);
    CHECK_THAT(harness.app->screenTitle(), Catch::StartsWith("Good jobs for "));
}

TEST_CASE("Every word on every screen follows the easy-read rules", "[ui][easy-read]")
{
    const core::EasyReadChecker checker = core::EasyReadChecker::shipped();
    Harness harness;
    const auto checkScreen = [&] {
        for (const auto& target : harness.app->screenMap().targets()) {
            for (const std::string& text : {target.label, target.spoken}) {
                INFO(harness.app->screenMap().screenName() << ": " << text);
                for (const auto& problem : checker.checkText(text))
                    FAIL_CHECK(problem.sentence << " " << problem.problem);
            }
        }
    };
    checkScreen();
    for (const char* id : {"settings", "back", "add-person", "back"}) {
        harness.tap(id);
        checkScreen();
    }
    harness.tap("person:" + harness.demoId);
    checkScreen();
    for (const char* id : {"session", "back", "jobs", "back", "summary", "back", "section:places", "all-cards", "card:places/noisy_places"}) {
        harness.tap(id);
        checkScreen();
    }
}

TEST_CASE("A job coach enters a vacancy by touch, it is saved, and everyone is matched to it", "[ui][jobs]")
{
    Harness harness;
    harness.tap("vacancies");
    REQUIRE(harness.app->currentScreen() == ui::ScreenName::Vacancy);
    harness.tap("add-vacancy");
    harness.type("vacancy-title", "Dog walker");
    harness.type("vacancy-tasks", "Walking dogs\nCleaning the van");
    harness.tap("picture:dog");
    harness.tap("hours-fewer");
    harness.tap("quality:outdoors");
    harness.tap("quality:outdoors"); // sometimes, then often
    harness.tap("save-vacancy");

    const auto saved = core::VacancyStore(harness.data.path).load();
    REQUIRE(saved.size() == 1);
    CHECK(saved[0].title == "Dog walker");
    CHECK(saved[0].symbol == "dog");
    CHECK(saved[0].hoursPerWeek == 15);
    CHECK(saved[0].tasks == std::vector<std::string>{"Walking dogs", "Cleaning the van"});
    REQUIRE(saved[0].findQuality("places/outdoors"));
    CHECK(saved[0].findQuality("places/outdoors")->level == core::QualityLevel::Often);

    harness.tap("vacancy:" + saved[0].id);
    CHECK(harness.app->screenMap().findById("fit:" + harness.demoId));
}

TEST_CASE("Tapping a card says its spoken words, which may differ from its label", "[ui][speech]")
{
    Harness harness;
    harness.tap("person:" + harness.demoId);
    harness.tap("section:likes");
    harness.tap("all-cards");
    const core::Layout& layout = harness.app->openProfile()->layout();
    const core::CardDefinition* card = nullptr;
    for (const auto& candidate : layout.findSection("likes")->cards)
        if (candidate.spoken != candidate.label && !card)
            card = &candidate;
    REQUIRE(card);
    harness.tap("card:likes/" + card->id);
    const auto& said = dynamic_cast<speech::NullSpeaker&>(harness.app->speaker()).said();
    REQUIRE_FALSE(said.empty());
    CHECK(said.back().text == card->spoken);
}
