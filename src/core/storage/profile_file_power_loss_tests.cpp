// Power loss, simulated: a child process saves over and over and is killed
// with SIGKILL at random moments. Every time, the profile must load, and hold
// either the version saved last or the one being saved — never a mix.

#include "core/storage/profile_file.h"

#include "test_support.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <csignal>
#include <algorithm>
#include <random>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>

using namespace rightjob::core;

namespace {

// A profile of typical size whose every part says which version it is, so a
// file mixing two versions would show.
Profile profileVersion(int version)
{
    Profile profile = rightjob::testing::smallProfile();
    profile.person.name = "Version " + std::to_string(version);
    for (int card = 0; card < 60; ++card) {
        CardRecord& record = profile.cards["likes/card-" + std::to_string(card)];
        record.answers.push_back({AnswerValue::Positive, "person", "2026-10-05T10:00:00Z", "session-1"});
        record.notes.push_back({"Note for version " + std::to_string(version), "helper-1", "2026-10-05T10:00:00Z", ""});
    }
    return profile;
}

// The version a loaded profile holds; fails the test when its parts disagree.
int versionOf(const Profile& profile)
{
    const int version = std::stoi(profile.person.name.substr(8));
    REQUIRE(profile.cards.size() == 60);
    for (const auto& [key, record] : profile.cards)
        REQUIRE(record.notes.at(0).text == "Note for version " + std::to_string(version));
    return version;
}

[[noreturn]] void saveForever(const std::string& path, int firstVersion, int reportFd)
{
    ProfileFile file(path);
    for (int version = firstVersion;; ++version) {
        const std::string started = "S " + std::to_string(version) + "\n";
        if (::write(reportFd, started.data(), started.size()) < 0)
            ::_exit(3);
        if (!file.save(profileVersion(version)).ok)
            ::_exit(2);
        const std::string done = "D " + std::to_string(version) + "\n";
        if (::write(reportFd, done.data(), done.size()) < 0)
            ::_exit(3);
    }
}

} // namespace

TEST_CASE("Killed at random moments during many saves, the profile loads as the old or the new version",
          "[storage][power-loss]")
{
    rightjob::testing::TemporaryFolder folder;
    const std::string path = folder.file("person/profile.json");
    ProfileFile file(path);
    REQUIRE(file.save(profileVersion(0)).ok);

    // Kill within a few saves' time, measured here: a sanitizer build saves
    // several times slower, and a fixed window would kill before any save.
    const auto start = std::chrono::steady_clock::now();
    for (int i = 1; i <= 5; ++i)
        REQUIRE(file.save(profileVersion(0)).ok);
    const auto saveMicroseconds = std::chrono::duration_cast<std::chrono::microseconds>(
                                      std::chrono::steady_clock::now() - start)
                                      .count()
                                  / 5;
    std::mt19937 random(20261123);
    std::uniform_int_distribution<long> pause(0, std::max<long>(2000, 6 * saveMicroseconds));
    int saves = 0;
    int kills = 0;
    int loadedVersion = 0;
    // 200 saves in a normal build; fewer under the sanitizers, which are
    // several times slower and only look for memory errors here.
    const int savesWanted = rightjob::testing::repeatsForBuild(200, 60);
    while (saves < savesWanted) {
        int report[2];
        REQUIRE(::pipe(report) == 0);
        const pid_t child = ::fork();
        REQUIRE(child >= 0);
        if (child == 0) {
            ::close(report[0]);
            saveForever(path, loadedVersion + 1, report[1]);
        }
        ::close(report[1]);
        ::usleep(static_cast<useconds_t>(pause(random)));
        ::kill(child, SIGKILL);
        int status = 0;
        ::waitpid(child, &status, 0);
        ++kills;
        REQUIRE(WIFSIGNALED(status)); // it was still saving when killed

        std::string lines;
        char buffer[4096];
        for (ssize_t count; (count = ::read(report[0], buffer, sizeof buffer)) > 0;)
            lines.append(buffer, static_cast<std::size_t>(count));
        ::close(report[0]);
        int lastStarted = loadedVersion;
        int lastDone = loadedVersion;
        std::istringstream in(lines);
        char kind;
        int version;
        while (in >> kind >> version) {
            if (kind == 'S')
                lastStarted = version;
            else {
                lastDone = version;
                ++saves;
            }
        }

        const LoadOutcome outcome = file.load();
        INFO("after kill " << kills << ": " << outcome.message);
        REQUIRE(outcome.profile);
        loadedVersion = versionOf(*outcome.profile);
        // The old version (saved last) or the new one (being saved when killed).
        CHECK((loadedVersion == lastDone || loadedVersion == lastStarted));
        // Backups only ever hold whole versions too.
        for (const auto& backup : file.backups())
            versionOf(file.readBackup(backup));
    }
    INFO("saves: " << saves << ", kills: " << kills);
    CHECK(saves >= savesWanted);
    CHECK(kills >= 10);
}
