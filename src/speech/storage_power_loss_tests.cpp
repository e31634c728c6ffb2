// Power loss with everything a session writes: a child process adds a photo,
// saves a recording and saves the profile that names them, over and over,
// and is killed with SIGKILL at random moments until 1,000 saves are done.
// After every kill the profile must open, hold one whole version (never a
// mix), and every photo and recording it names must be there and whole.
//
// SIGKILL ends the program but keeps what the system has cached, so this
// proves each write is all-or-nothing (write a temporary file, rename it
// over); that the fsyncs put it on the disk itself is a matter of their order,
// read in core/base/file_system.cpp. The folder is in memory (/dev/shm) where
// there is one, so 1,000 saves take seconds, not minutes of fsync.

#include "core/pictures/image_import.h"
#include "core/storage/profile_file.h"
#include "speech/clip_store.h"

#include "test_support.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <random>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>

using namespace rightjob;
using core::Profile;

namespace {

constexpr int kClipCards = 5;
// 1,000 saves in a normal build. Under the sanitizers (several times
// slower) fewer saves, with kills closer together so there are as many.
constexpr int kSavesWanted = rightjob::testing::repeatsForBuild(1000, 150);
constexpr long kRoundsBetweenKills = rightjob::testing::repeatsForBuild(30, 6);

// A fresh folder in memory when the system has one, else under /tmp.
struct ScratchFolder {
    std::string path;
    ScratchFolder()
    {
        std::string pattern = std::filesystem::is_directory("/dev/shm") ? "/dev/shm/rightjob-power-XXXXXX"
                                                                          : "/tmp/rightjob-power-XXXXXX";
        REQUIRE(::mkdtemp(pattern.data()));
        path = pattern;
    }
    ~ScratchFolder()
    {
        std::error_code error;
        std::filesystem::remove_all(path, error);
    }
};

// The bytes of version n's photo: long enough to need several writes, and
// different all through, so a photo cut short or mixed would show.
std::string photoBytes(int version)
{
    std::string bytes = "PHOTO " + std::to_string(version) + "\n";
    std::mt19937 random(static_cast<unsigned>(version));
    while (bytes.size() < 40000)
        bytes += static_cast<char>('a' + random() % 26);
    return bytes + "\nEND " + std::to_string(version);
}

// Version n's recording: every sample says n.
speech::Recording clipFor(int version)
{
    speech::Recording recording;
    recording.samples.assign(8000, static_cast<std::int16_t>(version % 30000));
    return recording;
}

std::string clipKey(int version)
{
    return "likes/card-" + std::to_string(version % kClipCards);
}

// For each card with a recording, the version of the recording saved last.
using ClipVersions = std::map<std::string, int>;

// Version n of the profile: it names version n's photo and, for each card
// with a recording, the version of the recording saved last for it.
Profile profileVersion(int version, const std::string& photo, const ClipVersions& clips)
{
    Profile profile = testing::smallProfile();
    profile.person.name = "Version " + std::to_string(version);
    profile.person.photo = photo;
    for (int card = 0; card < 40; ++card) {
        core::CardRecord& record = profile.cards["likes/card-" + std::to_string(card)];
        record.answers.push_back({core::AnswerValue::Positive, "person", "2026-10-05T10:00:00Z", "session-1"});
        record.notes.push_back({"Note for version " + std::to_string(version), "helper-1", "2026-10-05T10:00:00Z", ""});
    }
    for (const auto& [key, clipVersion] : clips)
        profile.cards[key].notes.push_back({"clip " + std::to_string(clipVersion), "helper-1", "2026-10-05T10:00:00Z", ""});
    return profile;
}

// The recordings a loaded profile names.
ClipVersions clipsNamedBy(const Profile& profile)
{
    ClipVersions clips;
    for (const auto& [key, record] : profile.cards)
        if (record.notes.size() >= 2)
            clips[key] = std::stoi(record.notes[1].text.substr(5));
    return clips;
}

[[noreturn]] void workForever(const std::string& folder, int firstVersion, ClipVersions clipsSaved, int reportFd)
{
    core::ProfileFile file(folder + "/profile.json");
    speech::ClipStore clips(folder);
    for (int version = firstVersion;; ++version) {
        const std::string started = "S " + std::to_string(version) + "\n";
        if (::write(reportFd, started.data(), started.size()) < 0)
            ::_exit(3);
        core::ImportedImage image;
        image.bytes = photoBytes(version);
        std::string photo;
        try {
            photo = core::savePhotoIntoFolder(core::realFileSystem(), folder, image);
        } catch (...) {
            ::_exit(2);
        }
        if (!clips.save(clipKey(version), clipFor(version)).ok)
            ::_exit(2);
        clipsSaved[clipKey(version)] = version;
        if (!file.save(profileVersion(version, photo, clipsSaved)).ok)
            ::_exit(2);
        const std::string done = "D " + std::to_string(version) + "\n";
        if (::write(reportFd, done.data(), done.size()) < 0)
            ::_exit(3);
    }
}

// The version a loaded profile holds; fails the test when its parts
// disagree, or a photo or recording it names is missing or not whole.
int checkWhole(const Profile& profile, const std::string& folder, int newestStarted)
{
    const int version = std::stoi(profile.person.name.substr(8));
    REQUIRE(profile.cards.size() == 40);
    for (const auto& [key, record] : profile.cards)
        REQUIRE(record.notes.at(0).text == "Note for version " + std::to_string(version));
    // The photo it names is there and is exactly that version's photo.
    if (version > 0) {
        std::string bytes;
        REQUIRE(core::realFileSystem().readFile(folder + "/" + profile.person.photo, bytes).ok);
        REQUIRE(bytes == photoBytes(version));
    }
    // Each recording it names is there and whole: the version it names, or a
    // later one for the same card saved since (recordings are replaced in place).
    speech::ClipStore clips(folder);
    for (const auto& [key, record] : profile.cards) {
        if (record.notes.size() < 2)
            continue;
        const int named = std::stoi(record.notes[1].text.substr(5));
        const std::optional<speech::Recording> clip = clips.load(key);
        REQUIRE(clip);
        REQUIRE(clip->samples.size() == 8000);
        const int held = clip->samples.front();
        REQUIRE(std::all_of(clip->samples.begin(), clip->samples.end(), [&](std::int16_t s) { return s == held; }));
        REQUIRE(held >= named);
        REQUIRE(held <= newestStarted);
        REQUIRE(held % kClipCards == named % kClipCards);
    }
    return version;
}

} // namespace

TEST_CASE("Killed at random moments during many saves with photos and recordings, the profile opens whole",
          "[storage][power-loss]")
{
    ScratchFolder scratch;
    const std::string folder = scratch.path + "/person";
    REQUIRE(core::realFileSystem().makeFolders(folder).ok);
    core::ProfileFile file(folder + "/profile.json");
    REQUIRE(file.save(profileVersion(0, "", {})).ok);

    // Kill within a few rounds' time, measured here (a sanitizer build is
    // several times slower, and a fixed window could kill before any save).
    const auto measureStart = std::chrono::steady_clock::now();
    {
        speech::ClipStore clips(folder);
        for (int i = 0; i < 5; ++i) {
            core::ImportedImage image;
            image.bytes = photoBytes(0);
            core::savePhotoIntoFolder(core::realFileSystem(), folder, image);
            REQUIRE(clips.save("likes/card-0", clipFor(0)).ok);
            REQUIRE(file.save(profileVersion(0, "", {})).ok);
        }
        std::filesystem::remove_all(folder + "/photos");
        std::filesystem::remove_all(folder + "/recordings");
    }
    const long roundMicroseconds = static_cast<long>(std::chrono::duration_cast<std::chrono::microseconds>(
                                                         std::chrono::steady_clock::now() - measureStart)
                                                         .count()
                                                     / 5);
    std::mt19937 random(20261123);
    std::uniform_int_distribution<long> pause(0, std::max<long>(1000, kRoundsBetweenKills * roundMicroseconds));

    const auto start = std::chrono::steady_clock::now();
    int saves = 0;
    int kills = 0;
    int loadedVersion = 0;
    int newestStarted = 0;
    ClipVersions clipsNamed;
    while (saves < kSavesWanted) {
        int report[2];
        REQUIRE(::pipe(report) == 0);
        const pid_t child = ::fork();
        REQUIRE(child >= 0);
        if (child == 0) {
            ::close(report[0]);
            workForever(folder, newestStarted + 1, clipsNamed, report[1]);
        }
        ::close(report[1]);
        ::usleep(static_cast<useconds_t>(pause(random)));
        ::kill(child, SIGKILL);
        int status = 0;
        ::waitpid(child, &status, 0);
        ++kills;
        REQUIRE(WIFSIGNALED(status)); // it was still working when killed

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
            if (kind == 'S') {
                lastStarted = version;
                newestStarted = std::max(newestStarted, version);
            } else {
                lastDone = version;
                ++saves;
            }
        }

        const core::LoadOutcome outcome = file.load();
        INFO("after kill " << kills << ": " << outcome.message);
        REQUIRE(outcome.profile);
        loadedVersion = checkWhole(*outcome.profile, folder, newestStarted);
        clipsNamed = clipsNamedBy(*outcome.profile);
        // The old version (saved last) or the new one (being saved when killed).
        CHECK((loadedVersion == lastDone || loadedVersion == lastStarted));
    }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    // Shown with -s: the figures RELIABILITY.md quotes.
    INFO("saves: " << saves << ", kills: " << kills << ", seconds: " << seconds << ", in "
                   << (scratch.path.rfind("/dev/shm", 0) == 0 ? "memory" : "/tmp"));
    CHECK(saves >= kSavesWanted);
    CHECK(kills >= 20); // enough kills to land in every part of a round
}
