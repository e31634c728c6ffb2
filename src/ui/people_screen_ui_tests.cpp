// The people screen with a caseload: finding someone by name with the search
// box or the letter strip, by touch, and sorting by last session.

#include "ui/app.h"
#include "ui/test_harness.h"

#include "core/storage/person_store.h"

#include <catch2/catch.hpp>

using namespace rightjob;
using ui::testing::Harness;

namespace {

// A data folder with people named from A to Z, each with a session on a
// different day of 2027 (Zara's the newest of all), and the demo person.
std::string caseloadFolder(ui::testing::TemporaryDataFolder& folder)
{
    core::PersonStore store(folder.path);
    const char* names[] = {"Amy Clark", "Ben Davies", "Bilal Khan", "Chloe Evans", "Dev Patel", "Erin Young",
                           "Fatima Noor", "George Hill", "Hana Ito", "Isaac Obi", "Zara Lewis"};
    int day = 1;
    for (const char* name : names) {
        core::Profile profile;
        profile.layoutId = "vocational_profile";
        profile.person.name = name;
        char started[32];
        std::snprintf(started, sizeof started, "2027-01-%02dT10:00:00Z", day++);
        profile.sessions.push_back({"session-1", started, "College", {"person"}});
        store.addPerson(profile);
    }
    folder.keep = true; // the harness's own folder removes it
    return folder.path;
}

std::vector<std::string> peopleShown(Harness& harness)
{
    std::vector<std::string> shown;
    for (const auto& target : harness.app->screenMap().targets())
        if (target.id.rfind("person:", 0) == 0)
            shown.push_back(target.label);
    return shown;
}

} // namespace

TEST_CASE("With many people, a search box finds a person by name", "[ui][people]")
{
    ui::testing::TemporaryDataFolder folder;
    Harness harness(1280, 800, caseloadFolder(folder));
    REQUIRE(harness.app->people().size() == 12);
    harness.type("find-person", "bil");
    CHECK(peopleShown(harness) == std::vector<std::string>{"Bilal"});
    ui::testing::checkTargetsSizedAndApart(harness.app->screenMap());
    harness.tap("person:" + std::string("bilal-khan"));
    CHECK(harness.app->currentScreen() == ui::ScreenName::Person);
}

TEST_CASE("The letter strip and the sort buttons work by touch", "[ui][people]")
{
    ui::testing::TemporaryDataFolder folder;
    Harness harness(1280, 800, caseloadFolder(folder));
    harness.tap("letter:B");
    CHECK(peopleShown(harness) == std::vector<std::string>{"Ben", "Bilal"});
    harness.tap("letter:All");
    harness.tap("sort-by-last-session");
    const auto byLast = peopleShown(harness);
    REQUIRE_FALSE(byLast.empty());
    CHECK(byLast.front() == "Zara"); // the newest session first
    harness.tap("sort-by-name");
    CHECK(peopleShown(harness).front() == "Amy");
    const ui::ScreenTarget& letter = harness.target("letter:Z");
    CHECK(letter.width >= 44);
    CHECK(letter.height >= 44);
}

TEST_CASE("With a few people there is nothing to search", "[ui][people]")
{
    Harness harness;
    CHECK(harness.app->screenMap().findById("find-person") == nullptr);
    CHECK(harness.app->screenMap().findById("person:" + harness.demoId) != nullptr);
}
