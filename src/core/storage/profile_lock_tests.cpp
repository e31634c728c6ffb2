// A profile open in two copies of the program: the first may change it, the
// second only looks, and a lock left by a program that died blocks nobody.

#include "core/storage/open_profile.h"
#include "core/storage/profile_lock.h"

#include "test_support.h"

#include <catch2/catch.hpp>

#include <csignal>
#include <fstream>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>

using namespace rightjob::core;

namespace {

std::string fileText(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace

TEST_CASE("The lock file sits beside the profile", "[storage][lock]")
{
    CHECK(lockFilePath("/data/people/sam/profile.json") == "/data/people/sam/.profile.json.lock");
}

TEST_CASE("A second lock on the same profile in one program is refused until the first lets go",
          "[storage][lock]")
{
    rightjob::testing::TemporaryFolder folder;
    const std::string path = folder.file("profile.json");
    ProfileLock first(path);
    REQUIRE(first.held());
    {
        ProfileLock second(path);
        CHECK(second.state() == LockState::HeldElsewhere);
    }
    first.release();
    ProfileLock third(path);
    CHECK(third.held());
}

TEST_CASE("A lock held by a program that was killed does not block", "[storage][lock]")
{
    rightjob::testing::TemporaryFolder folder;
    const std::string path = folder.file("profile.json");
    int ready[2];
    REQUIRE(::pipe(ready) == 0);
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        ::close(ready[0]);
        ProfileLock lock(path);
        const char answer = lock.held() ? 'y' : 'n';
        if (::write(ready[1], &answer, 1) != 1)
            ::_exit(3);
        for (;;)
            ::pause();
    }
    ::close(ready[1]);
    char answer = 0;
    REQUIRE(::read(ready[0], &answer, 1) == 1);
    ::close(ready[0]);
    CHECK(answer == 'y');
    CHECK(ProfileLock(path).state() == LockState::HeldElsewhere);

    ::kill(child, SIGKILL);
    int status = 0;
    ::waitpid(child, &status, 0);
    CHECK(ProfileLock(path).held());
}

TEST_CASE("A profile open in a second copy is for looking only and is never saved", "[storage][lock]")
{
    rightjob::testing::TemporaryFolder folder;
    const std::string path = folder.file("sam/profile.json");
    REQUIRE(ProfileFile(path).save(rightjob::testing::smallProfile()).ok);
    const LayoutLibrary layouts({rightjob::testing::smallLayout()});

    OpenProfile first(ProfileFile(path), layouts, SaveMode::SaveEveryChange);
    CHECK(first.access() == Access::Change);
    OpenProfile second(ProfileFile(path), layouts, SaveMode::SaveEveryChange);
    CHECK(second.access() == Access::LookOnly);
    CHECK(second.lookOnlyReason() == "Someone else has this open. You can look, but not change it.");
    CHECK(second.profile().person.name == "Sam Lee");

    const std::string before = fileText(path);
    const std::size_t backupsBefore = ProfileFile(path).backups().size();
    second.document().answer("likes", "cooking", AnswerValue::Positive);
    second.document().renamePerson("Someone Else", "");
    CHECK_FALSE(second.document().canUndo());
    CHECK(second.profile().person.name == "Sam Lee");
    CHECK(second.profile().cards.empty());
    CHECK(second.saveState().allSaved);
    CHECK(fileText(path) == before);
    CHECK(ProfileFile(path).backups().size() == backupsBefore);

    // The first copy goes on saving as before.
    first.document().answer("likes", "cooking", AnswerValue::Positive);
    CHECK(first.saveState().allSaved);
    CHECK(ProfileFile(path).load().profile->cards.count("likes/cooking") == 1);
}

TEST_CASE("When the first copy closes the profile, the next one may change it", "[storage][lock]")
{
    rightjob::testing::TemporaryFolder folder;
    const std::string path = folder.file("sam/profile.json");
    REQUIRE(ProfileFile(path).save(rightjob::testing::smallProfile()).ok);
    const LayoutLibrary layouts({rightjob::testing::smallLayout()});
    {
        OpenProfile first(ProfileFile(path), layouts, SaveMode::SaveEveryChange);
        REQUIRE(first.access() == Access::Change);
    }
    OpenProfile next(ProfileFile(path), layouts, SaveMode::SaveEveryChange);
    CHECK(next.access() == Access::Change);
    // A preview (NeverSave) takes no lock, so it never blocks the program.
    OpenProfile preview(ProfileFile(path), layouts, SaveMode::NeverSave);
    CHECK(preview.access() == Access::Change);
}
