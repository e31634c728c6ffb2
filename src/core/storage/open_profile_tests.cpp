#include "core/storage/open_profile.h"

#include "core/profile/profile_json.h"
#include "test_support.h"

#include <catch2/catch.hpp>

using namespace rightjob::core;

namespace {


} // namespace

TEST_CASE("Every change is saved at once", "[storage]")
{
    rightjob::testing::TemporaryFolder folder;
    const LayoutLibrary layouts({rightjob::testing::smallLayout()});
    ProfileFile file(folder.file("sam/profile.json"));
    REQUIRE(file.save(rightjob::testing::smallProfile()).ok);

    OpenProfile open(file, layouts, SaveMode::SaveEveryChange);
    open.document().answer("likes", "cooking", AnswerValue::Positive);
    CHECK(file.load().profile->standingAnswer("likes/cooking")->value == AnswerValue::Positive);
    open.document().undo();
    CHECK(file.load().profile->findCard("likes/cooking") == nullptr);
    open.document().redo();
    CHECK(file.load().profile->findCard("likes/cooking") != nullptr);
    CHECK(open.saveState().allSaved);
}

TEST_CASE("A full disk keeps the change in memory, says so, and saves when there is room", "[storage]")
{
    rightjob::testing::TemporaryFolder folder;
    const LayoutLibrary layouts({rightjob::testing::smallLayout()});
    rightjob::testing::FailingFileSystem files;
    ProfileFile file(folder.file("sam/profile.json"), files);
    REQUIRE(file.save(rightjob::testing::smallProfile()).ok);
    const std::string onDisk = writeProfile(*file.load().profile);

    OpenProfile open(file, layouts, SaveMode::SaveEveryChange);
    files.failing = true;
    open.document().answer("likes", "music", AnswerValue::Negative);
    CHECK_FALSE(open.saveState().allSaved);
    CHECK_THAT(open.saveState().problem, Catch::Contains("disk is full"));
    // The change is kept in memory, and the file on disk is still the good old one.
    CHECK(open.profile().standingAnswer("likes/music")->value == AnswerValue::Negative);
    CHECK(writeProfile(*file.load().profile) == onDisk);
    open.retrySave();
    CHECK(open.saveState().failedAttempts == 2);

    files.failing = false;
    open.retrySave();
    CHECK(open.saveState().allSaved);
    CHECK(file.load().profile->standingAnswer("likes/music")->value == AnswerValue::Negative);
}

TEST_CASE("A preview never writes", "[storage]")
{
    rightjob::testing::TemporaryFolder folder;
    const LayoutLibrary layouts({rightjob::testing::smallLayout()});
    ProfileFile file(folder.file("sam/profile.json"));
    REQUIRE(file.save(rightjob::testing::smallProfile()).ok);
    OpenProfile open(file, layouts, SaveMode::NeverSave);
    open.document().answer("likes", "cooking", AnswerValue::Positive);
    CHECK(file.load().profile->findCard("likes/cooking") == nullptr);
    CHECK(file.backups().empty());
}

TEST_CASE("A profile whose layout is unknown is refused plainly", "[storage]")
{
    rightjob::testing::TemporaryFolder folder;
    const LayoutLibrary layouts({});
    ProfileFile file(folder.file("sam/profile.json"));
    REQUIRE(file.save(rightjob::testing::smallProfile()).ok);
    CHECK_THROWS_WITH(OpenProfile(file, layouts, SaveMode::SaveEveryChange),
                      Catch::Contains("layout \"small\", which is not in the layouts folder"));
}

TEST_CASE("Opening an older format version says it was migrated", "[storage][migration]")
{
    rightjob::testing::TemporaryFolder folder;
    const LayoutLibrary layouts({rightjob::testing::smallLayout()});
    ProfileFile file(folder.file("lee/profile.json"));
    REQUIRE(realFileSystem().makeFolders(file.folder()).ok);
    rightjob::testing::writeTextFile(file.path(),
                                     readWholeFile(rightjob::testing::assetPathForTest("tests/data/profile-v1.json")));
    OpenProfile open(file, layouts, SaveMode::NeverSave);
    CHECK(open.wasMigrated());
    CHECK(open.profile().person.name == "Lee Old");
}
