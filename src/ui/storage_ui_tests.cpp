// What a person sees when storage goes wrong or is private: a profile open
// in another copy, a passphrase to type, a change that did not reach the disk.

#include "ui/test_harness.h"

#include "core/base/easy_read.h"
#include "core/protection/passphrase_strength.h"
#include "core/protection/protection.h"

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace rightjob;
using ui::testing::Harness;

namespace {

// Draws frames after the app was told something directly, not by a tap.
void redraw(Harness& harness)
{
    harness.window->requestAnimationFrames(3);
    harness.settle();
}

std::string fileText(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace

TEST_CASE("A person open in another copy of the program shows 'you can look, but not change it'",
          "[ui][storage][lock]")
{
    Harness harness;
    const std::string path = core::PersonStore(harness.data.path).profilePath(harness.demoId);
    // The other copy: its own OpenProfile on the same file holds the lock.
    const core::LayoutLibrary layouts = core::LayoutLibrary::loadFolder(core::assetPath("layouts"));
    core::OpenProfile other(core::ProfileFile(path), layouts, core::SaveMode::SaveEveryChange);
    REQUIRE(other.access() == core::Access::Change);
    const std::string before = fileText(path);

    harness.tap("person:" + harness.demoId);
    REQUIRE(harness.app->currentScreen() == ui::ScreenName::Person);
    CHECK(harness.target("look-only").label == "Someone else has this open. You can look, but not change it.");
    CHECK(harness.app->screenMap().findById("delete-person") == nullptr);
    CHECK(harness.app->screenMap().findById("undo") == nullptr);
    CHECK(harness.app->openProfile()->access() == core::Access::LookOnly);
    harness.app->openProfile()->document().renamePerson("Somebody Else", "");
    CHECK(fileText(path) == before);
}

TEST_CASE("A supporter gives a person a passphrase; a wrong one opens nothing, the right one opens them",
          "[ui][storage][privacy]")
{
    Harness harness;
    harness.app->setKeyStrength(core::quickKeyStrengthForTests());
    const core::PersonStore store(harness.data.path);
    const std::string path = store.profilePath(harness.demoId);
    const std::string name = harness.savedProfile().person.name;

    harness.tap("person:" + harness.demoId);
    harness.tap("passphrase");
    REQUIRE(harness.app->currentScreen() == ui::ScreenName::Passphrase);
    CHECK(harness.target("new-passphrase").role == ui::TargetRole::TextField);
    // Too easy to guess: refused, with easy-read advice.
    harness.type("new-passphrase", "a");
    harness.type("passphrase-again", "a");
    harness.tap("keep-passphrase");
    CHECK_FALSE(harness.app->openPersonHasPassphrase());
    CHECK(harness.app->setPassphrase("green tea") == core::passphraseAdvice("green tea"));
    CHECK(core::longestSentenceWords(core::passphraseAdvice("a")) <= 15);
    harness.type("new-passphrase", "green tea by the sea");
    harness.type("passphrase-again", "green tea by the sea");
    harness.tap("keep-passphrase");
    CHECK(core::isProtected(core::realFileSystem(), path));
    CHECK(harness.app->openPersonHasPassphrase());
    for (const auto& entry : std::filesystem::recursive_directory_iterator(store.personFolder(harness.demoId)))
        if (entry.is_regular_file())
            CHECK(fileText(entry.path().string()).find(name) == std::string::npos);

    // Opened again: the passphrase screen first.
    harness.tap("back");
    harness.tap("back");
    REQUIRE(harness.app->currentScreen() == ui::ScreenName::People);
    harness.tap("person:" + harness.demoId);
    REQUIRE(harness.app->currentScreen() == ui::ScreenName::Passphrase);
    REQUIRE(harness.app->personWaitingForPassphrase());
    const std::string sealed = fileText(path);
    harness.type("passphrase", "green coffee");
    harness.tap("open-with-passphrase");
    CHECK(harness.app->currentScreen() == ui::ScreenName::Passphrase);
    CHECK(harness.app->openProfile() == nullptr);
    CHECK(fileText(path) == sealed);

    harness.type("passphrase", "green tea by the sea");
    harness.tap("open-with-passphrase");
    REQUIRE(harness.app->currentScreen() == ui::ScreenName::Person);
    CHECK(harness.app->openProfile()->profile().person.name == name);

    // Changed, then taken away.
    harness.tap("passphrase");
    harness.type("new-passphrase", "blue sky over the hills");
    harness.type("passphrase-again", "blue sky over the hills");
    harness.tap("keep-passphrase");
    CHECK_FALSE(core::unlockPerson(core::realFileSystem(), path, "green tea by the sea").keys);
    CHECK(core::unlockPerson(core::realFileSystem(), path, "blue sky over the hills").keys);
    harness.tap("remove-passphrase");
    CHECK_FALSE(core::isProtected(core::realFileSystem(), path));
    CHECK(harness.savedProfile().person.name == name);
}

TEST_CASE("The 'not saved' warning shows while the disk says no, and goes when it recovers",
          "[ui][storage][full-disk]")
{
    Harness harness;
    harness.tap("person:" + harness.demoId);
    const std::string folder = core::PersonStore(harness.data.path).personFolder(harness.demoId);
    // A write error the program cannot get round: a file where the backups
    // folder must be.
    std::filesystem::rename(folder + "/backups", folder + "/backups-aside");
    { std::ofstream(folder + "/backups") << "in the way"; }

    harness.app->openProfile()->document().renamePerson("Changed Name", "");
    redraw(harness);
    CHECK_FALSE(harness.app->openProfile()->saveState().allSaved);
    CHECK(harness.target("save-problem").label == "Your last change is not saved yet. Right Job will try again.");
    // The change is kept in memory, and the file on disk is the old, good one.
    CHECK(harness.app->openProfile()->profile().person.name == "Changed Name");
    CHECK(harness.savedProfile().person.name != "Changed Name");

    std::filesystem::remove(folder + "/backups");
    std::filesystem::rename(folder + "/backups-aside", folder + "/backups");
    harness.app->openProfile()->retrySave();
    redraw(harness);
    CHECK(harness.app->openProfile()->saveState().allSaved);
    CHECK(harness.app->screenMap().findById("save-problem") == nullptr);
    CHECK(harness.savedProfile().person.name == "Changed Name");
}

TEST_CASE("A profile others could read is made private at start-up, and the people screen says so",
          "[ui][storage][permissions]")
{
    std::string dataPath;
    {
        Harness first;
        first.data.keep = true;
        dataPath = first.data.path;
    }
    const std::string anyProfile = core::PersonStore(dataPath).list().front().profilePath;
    std::filesystem::permissions(anyProfile, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write
                                                 | std::filesystem::perms::group_read
                                                 | std::filesystem::perms::others_read);
    Harness harness(1280, 800, dataPath);
    REQUIRE(harness.app->dataFolderReport().warnings.size() == 1);
    CHECK(harness.target("data-folder-warning").label
          == anyProfile + " could be read by other people. Right Job has made it private.");
    CHECK((std::filesystem::status(anyProfile).permissions() & std::filesystem::perms::others_read)
          == std::filesystem::perms::none);
}
