// A clock that jumps back (a flat battery, a wrong time zone fixed by hand):
// backups keep their order and never collide, nothing set aside is written
// over, and the answer that stands is the one given last, whatever its time.

#include "core/storage/open_profile.h"
#include "core/storage/person_store.h"
#include "core/storage/settings.h"

#include "test_support.h"

#include <catch2/catch.hpp>

using namespace rightjob::core;
using rightjob::testing::TemporaryFolder;

namespace {

constexpr std::int64_t kOctober2026 = 1791194400; // 2026-10-05T10:00:00Z

} // namespace

TEST_CASE("When the clock jumps back, backups keep the order they were saved in", "[storage][clock]")
{
    TemporaryFolder folder;
    ManualClock clock(kOctober2026);
    ProfileFile file(folder.file("sam/profile.json"), realFileSystem(), clock);
    Profile profile = rightjob::testing::smallProfile();
    for (int version = 0; version < 16; ++version) {
        // Forward, back a year, back to 1970, forward again.
        clock.set(version % 4 == 1 ? kOctober2026 - 365 * 86400 : version % 4 == 2 ? 0 : kOctober2026 + version);
        profile.person.name = "Version " + std::to_string(version);
        REQUIRE(file.save(profile).ok);
    }
    const auto backups = file.backups();
    REQUIRE(backups.size() == kBackupsKept);
    // Newest first, each one the version saved just before the next.
    for (std::size_t i = 0; i < backups.size(); ++i) {
        CHECK(file.readBackup(backups[i]).person.name == "Version " + std::to_string(14 - static_cast<int>(i)));
        if (i > 0)
            CHECK(backups[i].number < backups[i - 1].number);
    }
    CHECK(file.load().profile->person.name == "Version 15");
}

TEST_CASE("When the clock jumps back, a damaged profile set aside twice keeps both copies", "[storage][clock]")
{
    TemporaryFolder folder;
    ManualClock clock(kOctober2026);
    const std::string path = folder.file("sam/profile.json");
    ProfileFile file(path, realFileSystem(), clock);
    REQUIRE(file.save(rightjob::testing::smallProfile()).ok);
    REQUIRE(file.save(rightjob::testing::smallProfile()).ok);
    for (int time = 0; time < 2; ++time) {
        rightjob::testing::writeTextFile(path, "{ damaged " + std::to_string(time));
        clock.set(kOctober2026 - 3600); // the same earlier second both times
        REQUIRE(file.restoreBackup(file.load().newestGoodBackup.value()).ok);
    }
    int setAside = 0;
    for (const auto& name : realFileSystem().listFolder(folder.file("sam")))
        if (name.rfind("profile.damaged-", 0) == 0)
            ++setAside;
    CHECK(setAside == 2);
}

TEST_CASE("When the clock jumps back, the answer given last still stands", "[storage][clock]")
{
    TemporaryFolder folder;
    ManualClock clock(kOctober2026);
    const std::string path = folder.file("sam/profile.json");
    REQUIRE(ProfileFile(path).save(rightjob::testing::smallProfile()).ok);
    const LayoutLibrary layouts({rightjob::testing::smallLayout()});
    {
        OpenProfile open(ProfileFile(path, realFileSystem(), clock), layouts, SaveMode::SaveEveryChange, clock);
        open.document().answer("likes", "cooking", AnswerValue::Positive);
        clock.set(kOctober2026 - 30 * 86400);
        open.document().answer("likes", "cooking", AnswerValue::Negative);
        REQUIRE(open.saveState().allSaved);
    }
    const Profile saved = *ProfileFile(path).load().profile;
    REQUIRE(saved.standingAnswer("likes/cooking"));
    CHECK(saved.standingAnswer("likes/cooking")->value == AnswerValue::Negative);
    CHECK(saved.cards.at("likes/cooking").answers.back().at == formatUtc(kOctober2026 - 30 * 86400));
}

TEST_CASE("When the clock jumps back, a person deleted twice in the same second keeps both folders",
          "[storage][clock]")
{
    TemporaryFolder folder;
    ManualClock clock(kOctober2026);
    PersonStore store(folder.path(), realFileSystem(), clock);
    Profile profile = rightjob::testing::smallProfile();
    const std::string first = store.addPerson(profile);
    const std::string firstGone = store.removePerson(first);
    const std::string second = store.addPerson(profile);
    REQUIRE(second == first);
    clock.set(kOctober2026); // the clock stood still, or went back to it
    const std::string secondGone = store.removePerson(second);
    CHECK(firstGone != secondGone);
    CHECK(realFileSystem().exists(firstGone + "/profile.json"));
    CHECK(realFileSystem().exists(secondGone + "/profile.json"));
}
