#include "core/storage/sync_conflicts.h"

#include "core/storage/open_profile.h"
#include "core/storage/profile_lock.h"
#include "test_support.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace rightjob::core;
using rightjob::testing::TemporaryFolder;

namespace {

constexpr const char* kCopy = "profile.sync-conflict-20261207-101500-ABCDEF1.json";

int answersIn(const Profile& profile)
{
    int answers = 0;
    for (const auto& [key, record] : profile.cards)
        answers += static_cast<int>(record.answers.size());
    return answers;
}

Profile withAnswer(Profile profile, const std::string& card, const std::string& at)
{
    profile.cards["likes/" + card].answers.push_back({AnswerValue::Positive, "person", at, ""});
    return profile;
}

} // namespace

TEST_CASE("Syncthing's conflict copies are known by their names", "[core][sync]")
{
    CHECK(isProfileConflictCopy("profile.sync-conflict-20261207-101500-ABCDEF1.json"));
    CHECK(isProfileConflictCopy("profile.sync-conflict-20261207-101500.json")); // older Syncthing
    CHECK_FALSE(isProfileConflictCopy("profile.json"));
    CHECK_FALSE(isProfileConflictCopy(".profile.json.lock"));
    CHECK_FALSE(isProfileConflictCopy(".profile.json.tmp-123-1"));
    CHECK_FALSE(isProfileConflictCopy(".syncthing.profile.json.tmp"));
    CHECK_FALSE(isProfileConflictCopy("~syncthing~profile.json.tmp"));
    CHECK_FALSE(isProfileConflictCopy("profile.sync-conflict-2026.json"));
    CHECK_FALSE(isProfileConflictCopy("profile.sync-conflict-20261207-101500-AB/C.json"));
    CHECK_FALSE(isProfileConflictCopy("photo.sync-conflict-20261207-101500-ABCDEF1.jpg"));
}

TEST_CASE("A conflict copy is merged into the profile, kept as a backup, then removed", "[core][sync]")
{
    TemporaryFolder folder;
    ProfileFile file(folder.file("profile.json"));
    const Profile base = rightjob::testing::smallProfile();
    REQUIRE(file.save(withAnswer(base, "cooking", "2026-10-05T10:00:00Z")).ok);
    ProfileFile copy(folder.file(kCopy));
    REQUIRE(copy.save(withAnswer(base, "music", "2026-10-05T11:00:00Z")).ok);
    std::filesystem::remove_all(folder.file("backups")); // the copy's save made one; Syncthing would not
    const std::size_t backupsBefore = file.backups().size();

    const ConflictResult result = resolveSyncConflicts(folder.path());
    CHECK(result.merged == 1);
    CHECK(result.problems.empty());
    const Profile merged = *file.load().profile;
    CHECK(merged.findCard("likes/cooking"));
    CHECK(merged.findCard("likes/music"));
    CHECK_FALSE(std::filesystem::exists(folder.file(kCopy)));
    // The version before the merge is kept as a backup.
    REQUIRE(file.backups().size() == backupsBefore + 1);
    CHECK(answersIn(file.readBackup(file.backups().front())) == 1);
}

TEST_CASE("Conflict copies are left alone while another copy of the program has the person open", "[core][sync]")
{
    TemporaryFolder folder;
    ProfileFile file(folder.file("profile.json"));
    const Profile base = rightjob::testing::smallProfile();
    REQUIRE(file.save(base).ok);
    REQUIRE(ProfileFile(folder.file(kCopy)).save(withAnswer(base, "music", "2026-10-05T11:00:00Z")).ok);
    {
        const ProfileLock other(file.path());
        REQUIRE(other.held());
        CHECK(resolveSyncConflicts(folder.path()).merged == 0);
        CHECK(std::filesystem::exists(folder.file(kCopy)));
    }
    CHECK(resolveSyncConflicts(folder.path()).merged == 1);
}

TEST_CASE("A conflict copy that cannot be read, or is someone else's, is left where it is", "[core][sync]")
{
    TemporaryFolder folder;
    ProfileFile file(folder.file("profile.json"));
    REQUIRE(file.save(rightjob::testing::smallProfile()).ok);
    rightjob::testing::writeTextFile(folder.file(kCopy), "{ cut off");
    Profile stranger = rightjob::testing::smallProfile();
    stranger.id = "someone-else";
    const std::string strangerCopy = folder.file("profile.sync-conflict-20261207-101501-ABCDEF1.json");
    REQUIRE(ProfileFile(strangerCopy).save(stranger).ok);
    const ConflictResult result = resolveSyncConflicts(folder.path());
    CHECK(result.merged == 0);
    CHECK(result.problems.size() == 2);
    CHECK(std::filesystem::exists(folder.file(kCopy)));
    CHECK(std::filesystem::exists(strangerCopy));
}

TEST_CASE("An open profile takes in what another device saved, and keeps its own work", "[core][sync]")
{
    TemporaryFolder folder;
    const LayoutLibrary layouts({rightjob::testing::smallLayout()});
    ProfileFile file(folder.file("profile.json"));
    const Profile base = rightjob::testing::smallProfile();
    REQUIRE(file.save(base).ok);
    ManualClock clock(1790000000);
    OpenProfile open(file, layouts, SaveMode::SaveEveryChange, clock);
    REQUIRE(open.access() == Access::Change);
    CHECK(open.takeInOutsideChanges().total() == 0); // nothing changed

    open.document().answer("likes", "cooking", AnswerValue::Positive);
    // Syncthing puts the other device's version in place, and a conflict copy beside it.
    Profile theirs = withAnswer(base, "music", "2026-10-05T11:00:00Z");
    REQUIRE(writeFileAtomically(realFileSystem(), file.path(), writeProfile(theirs)).ok);
    REQUIRE(ProfileFile(folder.file(kCopy)).save(withAnswer(base, "animals", "2026-10-05T12:00:00Z")).ok);

    const MergeCounts counts = open.takeInOutsideChanges();
    CHECK(counts.answers == 2);
    const Profile& shown = open.profile();
    CHECK(shown.findCard("likes/cooking"));
    CHECK(shown.findCard("likes/music"));
    CHECK(shown.findCard("likes/animals"));
    CHECK_FALSE(open.document().canUndo()); // another device's work is not this one's to take back
    const Profile onDisk = *file.load().profile;
    CHECK(answersIn(onDisk) == 3);
    CHECK_FALSE(std::filesystem::exists(folder.file(kCopy)));
    CHECK(open.takeInOutsideChanges().total() == 0);

    // This device's later work still saves on top.
    open.document().answer("places", "quiet_places", AnswerValue::Negative);
    CHECK(answersIn(*file.load().profile) == 4);
}

TEST_CASE("A copy that only looks takes in changes but never writes", "[core][sync]")
{
    TemporaryFolder folder;
    const LayoutLibrary layouts({rightjob::testing::smallLayout()});
    ProfileFile file(folder.file("profile.json"));
    const Profile base = rightjob::testing::smallProfile();
    REQUIRE(file.save(base).ok);
    const ProfileLock other(file.path());
    OpenProfile open(file, layouts, SaveMode::SaveEveryChange);
    REQUIRE(open.access() == Access::LookOnly);
    REQUIRE(ProfileFile(folder.file(kCopy)).save(withAnswer(base, "animals", "2026-10-05T12:00:00Z")).ok);
    REQUIRE(writeFileAtomically(realFileSystem(), file.path(), writeProfile(withAnswer(base, "music", "2026-10-05T11:00:00Z"))).ok);
    open.takeInOutsideChanges();
    CHECK(open.profile().findCard("likes/music"));
    CHECK(std::filesystem::exists(folder.file(kCopy))); // the copy that holds the lock merges it
}
