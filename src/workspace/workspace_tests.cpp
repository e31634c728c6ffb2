#include "workspace/workspace.h"

#include "core/base/edit_error.h"
#include "test_support.h"

#include <catch2/catch.hpp>

#include <cstdio>
#include <fstream>
#include <sstream>

using namespace rightjob;
using workspace::Opening;
using workspace::Workspace;
using workspace::WorkspaceOptions;

namespace {

core::LayoutLibrary shippedLayouts()
{
    return core::LayoutLibrary::loadFolder(testing::assetPathForTest("layouts"));
}

std::string readText(const std::string& path)
{
    std::ifstream file(path, std::ios::binary);
    std::ostringstream text;
    text << file.rdbuf();
    return text.str();
}

// The demo person copied into a data folder, as the window's --demo does.
std::string installDemo(const std::string& dataFolder)
{
    return core::PersonStore(dataFolder).installDemo(testing::assetPathForTest("assets/demo/profile.json"));
}

} // namespace

TEST_CASE("A workspace adds a person, opens them and deletes them into the deleted folder", "[workspace]")
{
    testing::TemporaryFolder data;
    const core::LayoutLibrary layouts = shippedLayouts();
    Workspace space(layouts, WorkspaceOptions{data.path(), core::SaveMode::SaveEveryChange});
    CHECK(space.people().empty());

    CHECK_THROWS_AS(space.addPerson("   ", ""), core::EditError);
    REQUIRE(space.addPerson("Sam Jones", "Sam") == Opening::Open);
    REQUIRE(space.openProfile() != nullptr);
    CHECK(space.openProfile()->profile().person.shownName() == "Sam");
    CHECK(space.openProfile()->layout().id == "vocational_profile");
    REQUIRE(space.people().size() == 1);
    CHECK(space.personFolder() == data.path() + "/people/" + space.people().front().id);

    space.deleteOpenPerson();
    CHECK(space.openProfile() == nullptr);
    space.refreshPeople();
    CHECK(space.people().empty());
    CHECK(core::realFileSystem().exists(data.path() + "/deleted"));
}

TEST_CASE("A profile that cannot be read is offered for recovery, not opened", "[workspace]")
{
    testing::TemporaryFolder data;
    const core::LayoutLibrary layouts = shippedLayouts();
    Workspace space(layouts, WorkspaceOptions{data.path(), core::SaveMode::NeverSave});
    testing::writeTextFile(data.file("broken.json"), "{ \"format_version\": ");
    CHECK(space.openProfileFile(data.file("broken.json")) == Opening::CannotBeRead);
    CHECK(space.openProfile() == nullptr);
    REQUIRE(space.fileToRecover());
    CHECK_FALSE(space.recoverOutcome().message.empty());
    CHECK_FALSE(space.restoreOfferedBackup()); // no backup to offer
}

TEST_CASE("A passphrase seals a person: they open only with it, and the wrong one changes nothing", "[workspace][privacy]")
{
    testing::TemporaryFolder data;
    const core::LayoutLibrary layouts = shippedLayouts();
    const std::string id = installDemo(data.path());
    {
        Workspace space(layouts, WorkspaceOptions{data.path(), core::SaveMode::SaveEveryChange});
        space.setKeyStrength(core::quickKeyStrengthForTests());
        REQUIRE(space.openPerson(id) == Opening::Open);
        CHECK_FALSE(space.openPersonHasPassphrase());
        REQUIRE(space.setPassphrase("copper kettle by the rainy harbour") == "");
        CHECK(space.lastOpening() == Opening::Open);
        CHECK(space.openPersonHasPassphrase());
    }
    CHECK(readText(data.path() + "/people/" + id + "/profile.json").find("\"person\"") == std::string::npos);

    Workspace again(layouts, WorkspaceOptions{data.path(), core::SaveMode::SaveEveryChange});
    REQUIRE(again.openPerson(id) == Opening::NeedsPassphrase);
    CHECK(again.personWaitingForPassphrase());
    CHECK_FALSE(again.unlockWith("green elephant").empty());
    CHECK(again.openProfile() == nullptr);
    CHECK(again.unlockWith("copper kettle by the rainy harbour") == "");
    REQUIRE(again.openProfile() != nullptr);
    CHECK(again.openProfile()->profile().isDemo);
    CHECK(again.removePassphrase() == "");
    CHECK_FALSE(again.openPersonHasPassphrase());
}

TEST_CASE("Matching one person gives the same jobs whichever way the workspace holds them", "[workspace][jobs]")
{
    const core::LayoutLibrary layouts = shippedLayouts();
    // A command's workspace: no data folder, the profile file looked at only.
    Workspace command(layouts, WorkspaceOptions{});
    command.lookAtProfileFile(testing::assetPathForTest("assets/demo/profile.json"), "");
    command.useVacancies({});
    const auto results = command.matchOpenPerson(core::kAllResults);
    REQUIRE_FALSE(results.empty());

    const core::OpenProfile& open = *command.openProfile();
    const auto direct = core::matchPerson(open.profile(), open.layout(), *command.jobCatalogue(), {},
                                          *command.matchWeights(), core::kAllResults);
    REQUIRE(direct.size() == results.size());
    for (std::size_t i = 0; i < results.size(); ++i) {
        CHECK(results[i].id == direct[i].id);
        CHECK(results[i].score == Approx(direct[i].score));
    }
    CHECK_THROWS_AS(Workspace(layouts, WorkspaceOptions{}).lookAtProfileFile("/nonexistent.json", ""), core::DataError);
}

TEST_CASE("A vacancy is saved with the others and matched against everyone on this machine", "[workspace][jobs]")
{
    testing::TemporaryFolder data;
    const core::LayoutLibrary layouts = shippedLayouts();
    installDemo(data.path());
    Workspace space(layouts, WorkspaceOptions{data.path(), core::SaveMode::SaveEveryChange});
    REQUIRE(space.jobCatalogue() != nullptr);
    CHECK(space.vacancies().empty());

    core::Vacancy vacancy;
    vacancy.id = "shelf-filler";
    vacancy.title = "Shelf filler";
    vacancy.symbol = "shopping-cart";
    vacancy.tasks = {"Filling shelves"};
    vacancy.hoursPerWeek = 8;
    vacancy.uses = {"likes/tidying", "good_at/following_instructions"};
    vacancy.qualities = {{"places/noisy_places", core::QualityLevel::Sometimes, ""}};
    const std::string saved = space.addVacancy(vacancy);
    CHECK(saved == "");
    REQUIRE(space.vacancies().size() == 1);
    CHECK(core::realFileSystem().exists(data.path() + "/vacancies.json"));

    std::vector<std::string> names;
    const auto fits = space.matchVacancyAgainstEveryone(space.vacancies().front(), names);
    REQUIRE(fits.size() == 1);
    REQUIRE(names.size() == 1);
    CHECK_FALSE(names.front().empty());
}
