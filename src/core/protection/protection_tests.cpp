// A person with a passphrase: their files are sealed at rest, a wrong
// passphrase changes nothing, a changed file is refused, no plain copy is
// ever on disk, and a passphrase change cut off by a crash loses nothing.

#include "core/pictures/image_import.h"
#include "core/storage/open_profile.h"
#include "core/protection/protection.h"

#include "test_support.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <functional>
#include <csignal>
#include <random>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>

using namespace rightjob::core;
using rightjob::testing::TemporaryFolder;

namespace {

const std::string kSecretSentence = "Sam gets worried when the bus is late";

std::string fileText(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// Every file under folder, hidden ones and temporaries included.
std::vector<std::string> everyFile(const std::string& folder)
{
    std::vector<std::string> files;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(folder))
        if (entry.is_regular_file())
            files.push_back(entry.path().string());
    return files;
}

// A person folder with a profile holding the secret sentence (and so its
// backups), a photo and a recording-like file.
struct PersonFolder {
    TemporaryFolder data;
    std::string folder = data.file("sam");
    std::string profilePath = folder + "/profile.json";
    std::string photo = folder + "/photos/photo-1.jpg";
    std::string clip = folder + "/recordings/likes.cooking.wav";
    std::string photoBytes = "JPEG-BYTES: " + kSecretSentence;
    std::string clipBytes = "RIFF-BYTES: " + kSecretSentence;

    PersonFolder()
    {
        Profile profile = rightjob::testing::smallProfile();
        ProfileFile file(profilePath);
        REQUIRE(file.save(profile).ok);
        profile.cards["likes/cooking"].notes.push_back({kSecretSentence, "helper-1", "2026-10-05T10:00:00Z", ""});
        REQUIRE(file.save(profile).ok);
        REQUIRE(realFileSystem().makeFolders(folder + "/photos").ok);
        REQUIRE(realFileSystem().makeFolders(folder + "/recordings").ok);
        REQUIRE(writeFileAtomically(realFileSystem(), photo, photoBytes).ok);
        REQUIRE(writeFileAtomically(realFileSystem(), clip, clipBytes).ok);
    }

    // Files on disk that hold the sentence in plain words.
    std::vector<std::string> plainCopies() const
    {
        std::vector<std::string> found;
        for (const auto& path : everyFile(folder))
            if (fileText(path).find("worried when the bus") != std::string::npos)
                found.push_back(path);
        return found;
    }
};

std::string readThrough(const FileSystem& files, const std::string& path)
{
    std::string bytes;
    REQUIRE(files.readFile(path, bytes).ok);
    return bytes;
}

} // namespace

TEST_CASE("A sealed file opens with its key and with nothing else", "[storage][privacy]")
{
    const SealingKey key = SealingKey::make("green tea", quickKeyStrengthForTests());
    const std::string sealed = key.seal(kSecretSentence);
    CHECK(isSealed(sealed));
    CHECK(sealed.size() == kSealedHeaderBytes + kSecretSentence.size() + 16);
    CHECK(sealed.find("worried") == std::string::npos);
    CHECK(key.unseal(sealed) == kSecretSentence);
    // The same passphrase finds the same key from the file's own header.
    const auto again = SealingKey::forSealedFile("green tea", sealed);
    REQUIRE(again);
    CHECK(again->unseal(sealed) == kSecretSentence);
    // A wrong passphrase gives a key that opens nothing.
    const auto wrong = SealingKey::forSealedFile("green tee", sealed);
    REQUIRE(wrong);
    CHECK_FALSE(wrong->unseal(sealed));
    // Two seals of the same words differ (a fresh nonce each time).
    CHECK(key.seal(kSecretSentence) != sealed);
}

TEST_CASE("Any changed byte of a sealed file, header included, is refused", "[storage][privacy]")
{
    const SealingKey key = SealingKey::make("green tea", quickKeyStrengthForTests());
    const std::string sealed = key.seal(kSecretSentence);
    for (std::size_t at = 0; at < sealed.size(); ++at) {
        std::string changed = sealed;
        changed[at] = static_cast<char>(changed[at] ^ 0x01);
        INFO("byte " << at);
        CHECK_FALSE(key.unseal(changed));
    }
    CHECK_FALSE(key.unseal(sealed.substr(0, sealed.size() - 1)));
    CHECK_FALSE(key.unseal(sealed.substr(0, kSealedHeaderBytes)));
}

TEST_CASE("A header that asks for too much memory is not followed", "[storage][privacy]")
{
    const SealingKey key = SealingKey::make("green tea", quickKeyStrengthForTests());
    std::string sealed = key.seal(kSecretSentence);
    for (int i = 0; i < 8; ++i)
        sealed[34 + i] = static_cast<char>(0xFF); // memory: 2^64 - 1 bytes
    CHECK_FALSE(SealingKey::forSealedFile("green tea", sealed));
}

TEST_CASE("Protecting a person seals the profile, backups, photos and recordings", "[storage][privacy]")
{
    PersonFolder person;
    REQUIRE_FALSE(person.plainCopies().empty());
    const auto keys = protectPerson(realFileSystem(), person.folder, "green tea", quickKeyStrengthForTests());
    REQUIRE(keys);
    CHECK(isProtected(realFileSystem(), person.profilePath));
    // No file in the folder holds the sentence in plain words any more.
    CHECK(person.plainCopies().empty());
    for (const auto& path : personFiles(realFileSystem(), person.folder))
        CHECK(isSealed(fileText(path)));

    // Without the passphrase the profile asks for it; with it, all reads back.
    const LoadOutcome locked = ProfileFile(person.profilePath).load();
    CHECK(locked.problem == LoadProblem::NeedsPassphrase);
    CHECK_FALSE(locked.profile);

    const UnlockOutcome unlocked = unlockPerson(realFileSystem(), person.profilePath, "green tea");
    REQUIRE(unlocked.keys);
    SealedFileSystem sealed(realFileSystem(), unlocked.keys);
    const LoadOutcome loaded = ProfileFile(person.profilePath, sealed).load();
    REQUIRE(loaded.profile);
    CHECK(loaded.profile->cards.at("likes/cooking").notes.at(0).text == kSecretSentence);
    CHECK(readThrough(sealed, person.photo) == person.photoBytes);
    CHECK(readThrough(sealed, person.clip) == person.clipBytes);
    ProfileFile file(person.profilePath, sealed);
    REQUIRE_FALSE(file.backups().empty());
    CHECK(file.readBackup(file.backups().front()).person.name == "Sam Lee");
}

TEST_CASE("Saving a protected person writes no plain copy, temporary files included", "[storage][privacy]")
{
    PersonFolder person;
    const auto keys = protectPerson(realFileSystem(), person.folder, "green tea", quickKeyStrengthForTests());
    SealedFileSystem sealed(realFileSystem(), keys);
    const LayoutLibrary layouts({rightjob::testing::smallLayout()});
    OpenProfile open(ProfileFile(person.profilePath, sealed), layouts, SaveMode::SaveEveryChange);
    open.document().addNote("likes", "music", "Sam sings in the choir on Tuesdays");
    REQUIRE(open.saveState().allSaved);

    // Every write goes through writeNewFile, so watching it sees the bytes
    // of every temporary file before it is renamed into place.
    struct Watching : public FileSystem {
        FileSystem& real = realFileSystem();
        std::vector<std::string> written;
        FileResult writeNewFile(const std::string& path, const std::string& bytes) override
        {
            written.push_back(bytes);
            return real.writeNewFile(path, bytes);
        }
        FileResult rename(const std::string& a, const std::string& b) override { return real.rename(a, b); }
        FileResult syncFolder(const std::string& p) override { return real.syncFolder(p); }
        FileResult keepCopy(const std::string& a, const std::string& b) override { return real.keepCopy(a, b); }
        FileResult removeFile(const std::string& p) override { return real.removeFile(p); }
        FileResult makeFolders(const std::string& p) override { return real.makeFolders(p); }
        bool exists(const std::string& p) const override { return real.exists(p); }
        std::vector<std::string> listFolder(const std::string& p) const override { return real.listFolder(p); }
    } watching;
    SealedFileSystem watched(watching, keys);
    ProfileFile file(person.profilePath, watched);
    Profile profile = *file.load().profile;
    profile.person.preferredName = "Sammy";
    REQUIRE(file.save(profile).ok);
    ImportedImage image;
    image.bytes = "photo bytes about " + kSecretSentence;
    const std::string photo = savePhotoIntoFolder(watched, person.folder, image);
    REQUIRE_FALSE(watching.written.empty());
    for (const auto& bytes : watching.written) {
        CHECK(isSealed(bytes));
        CHECK(bytes.find("worried") == std::string::npos);
        CHECK(bytes.find("Sammy") == std::string::npos);
    }
    CHECK(readThrough(watched, person.folder + "/" + photo) == image.bytes);
    CHECK(person.plainCopies().empty());
    for (const auto& path : everyFile(person.folder))
        CHECK(fileText(path).find("choir") == std::string::npos);
}

TEST_CASE("A wrong passphrase gets a plain message and changes nothing", "[storage][privacy]")
{
    PersonFolder person;
    protectPerson(realFileSystem(), person.folder, "green tea", quickKeyStrengthForTests());
    std::map<std::string, std::string> before;
    for (const auto& path : everyFile(person.folder))
        before[path] = fileText(path);

    const UnlockOutcome outcome = unlockPerson(realFileSystem(), person.profilePath, "green coffee");
    CHECK_FALSE(outcome.keys);
    CHECK(outcome.problem == "That passphrase is not right. Nothing was changed.");
    std::map<std::string, std::string> after;
    for (const auto& path : everyFile(person.folder))
        after[path] = fileText(path);
    CHECK(after == before);
}

TEST_CASE("A sealed profile changed outside Right Job is refused, and a good backup is offered",
          "[storage][privacy]")
{
    PersonFolder person;
    const auto keys = protectPerson(realFileSystem(), person.folder, "green tea", quickKeyStrengthForTests());
    std::string bytes = fileText(person.profilePath);
    bytes[bytes.size() / 2] = static_cast<char>(bytes[bytes.size() / 2] ^ 0x20);
    rightjob::testing::writeTextFile(person.profilePath, bytes);

    // The passphrase is still known right: a backup opens with it.
    const UnlockOutcome unlocked = unlockPerson(realFileSystem(), person.profilePath, "green tea");
    REQUIRE(unlocked.keys);
    SealedFileSystem sealed(realFileSystem(), unlocked.keys);
    const LoadOutcome outcome = ProfileFile(person.profilePath, sealed).load();
    CHECK_FALSE(outcome.profile);
    CHECK(outcome.problem == LoadProblem::Unreadable);
    CHECK_THAT(outcome.message, Catch::Contains("changed outside Right Job, or it is damaged"));
    REQUIRE(outcome.newestGoodBackup);

    // A changed photo is refused too.
    std::string photo = fileText(person.photo);
    photo.back() = static_cast<char>(photo.back() ^ 0x01);
    rightjob::testing::writeTextFile(person.photo, photo);
    std::string read;
    const FileResult result = sealed.readFile(person.photo, read);
    CHECK_FALSE(result.ok);
    CHECK_THAT(result.problem, Catch::Contains("Right Job will not use it."));
}

TEST_CASE("The passphrase can be changed, and then only the new one opens the person", "[storage][privacy]")
{
    PersonFolder person;
    const auto keys = protectPerson(realFileSystem(), person.folder, "green tea", quickKeyStrengthForTests());
    const auto newKeys = changePassphrase(realFileSystem(), person.folder, *keys, "blue sky", quickKeyStrengthForTests());
    CHECK_FALSE(realFileSystem().exists(passphraseChangeRecordPath(person.folder)));
    CHECK_FALSE(unlockPerson(realFileSystem(), person.profilePath, "green tea").keys);
    const UnlockOutcome unlocked = unlockPerson(realFileSystem(), person.profilePath, "blue sky");
    REQUIRE(unlocked.keys);
    SealedFileSystem sealed(realFileSystem(), unlocked.keys);
    for (const auto& path : personFiles(realFileSystem(), person.folder))
        CHECK(unlocked.keys->current().sealedThis(fileText(path)));
    CHECK(ProfileFile(person.profilePath, sealed).load().profile);
    CHECK(readThrough(sealed, person.photo) == person.photoBytes);
    CHECK(person.plainCopies().empty());
}

TEST_CASE("Taking the passphrase away unseals everything", "[storage][privacy]")
{
    PersonFolder person;
    const auto keys = protectPerson(realFileSystem(), person.folder, "green tea", quickKeyStrengthForTests());
    removeProtection(realFileSystem(), person.folder, *keys);
    CHECK_FALSE(isProtected(realFileSystem(), person.profilePath));
    for (const auto& path : personFiles(realFileSystem(), person.folder))
        CHECK_FALSE(isSealed(fileText(path)));
    CHECK(ProfileFile(person.profilePath).load().profile);
    CHECK(fileText(person.photo) == person.photoBytes);
}

TEST_CASE("Killed at random moments while the passphrase changes, the person opens with either passphrase "
          "and nothing is lost",
          "[storage][privacy][power-loss]")
{
    // How long one change takes here, in a forked child as the kills see it,
    // so the kills fall inside it: under AddressSanitizer the fork itself
    // takes longer than the change, and kills timed from the change alone
    // all landed before the child began.
    // A person with eight extra photos and the passphrase "green tea"; a
    // child process changes it to "blue sky" and ends (it is never returned to).
    const auto startChange = [](const PersonFolder& person, const std::function<void()>& atFork) {
        for (int extra = 0; extra < 8; ++extra)
            REQUIRE(writeFileAtomically(realFileSystem(), person.folder + "/photos/extra-" + std::to_string(extra),
                                        "extra photo " + std::to_string(extra))
                        .ok);
        const auto keys = protectPerson(realFileSystem(), person.folder, "green tea", quickKeyStrengthForTests());
        atFork();
        const pid_t child = ::fork();
        REQUIRE(child >= 0);
        if (child == 0) {
            try {
                changePassphrase(realFileSystem(), person.folder, *keys, "blue sky", quickKeyStrengthForTests());
            } catch (...) {
                ::_exit(2);
            }
            ::_exit(0);
        }
        return child;
    };
    long changeMicroseconds = 0;
    {
        PersonFolder person;
        auto start = std::chrono::steady_clock::now();
        const pid_t child = startChange(person, [&] { start = std::chrono::steady_clock::now(); });
        int status = 0;
        ::waitpid(child, &status, 0);
        changeMicroseconds = static_cast<long>(std::chrono::duration_cast<std::chrono::microseconds>(
                                                   std::chrono::steady_clock::now() - start)
                                                   .count());
    }
    // The kills are spread over the change. A busy machine makes a change
    // slower or quicker than measured: when a change ends before its kill,
    // the next kills come sooner, and the rounds go on (up to a limit) until
    // enough kills landed, one of them with the record in place.
    std::mt19937 random(20261123);
    long latest = std::max<long>(1000, 2 * changeMicroseconds);
    const int wantedKills = rightjob::testing::repeatsForBuild(8, 3);
    const int mostRounds = 6 * wantedKills;
    int kills = 0;
    int sawRecord = 0;
    int rounds = 0;
    for (; rounds < mostRounds && (kills < wantedKills || sawRecord < 1); ++rounds) {
        const int round = rounds;
        PersonFolder person;
        const pid_t child = startChange(person, [] {});
        std::uniform_int_distribution<long> pause(0, latest);
        ::usleep(static_cast<useconds_t>(pause(random)));
        ::kill(child, SIGKILL);
        int status = 0;
        ::waitpid(child, &status, 0);
        if (WIFSIGNALED(status))
            ++kills;
        else
            latest = std::max<long>(200, latest / 2);
        if (realFileSystem().exists(passphraseChangeRecordPath(person.folder)))
            ++sawRecord;

        // One of the two passphrases opens the person; with the record both do.
        UnlockOutcome unlocked = unlockPerson(realFileSystem(), person.profilePath, "blue sky");
        if (!unlocked.keys)
            unlocked = unlockPerson(realFileSystem(), person.profilePath, "green tea");
        INFO("round " << round);
        REQUIRE(unlocked.keys);
        REQUIRE(finishProtection(realFileSystem(), person.folder, *unlocked.keys).ok);
        SealedFileSystem sealed(realFileSystem(), unlocked.keys);
        const LoadOutcome loaded = ProfileFile(person.profilePath, sealed).load();
        REQUIRE(loaded.profile);
        CHECK(loaded.profile->cards.at("likes/cooking").notes.at(0).text == kSecretSentence);
        CHECK(readThrough(sealed, person.photo) == person.photoBytes);
        CHECK(readThrough(sealed, person.clip) == person.clipBytes);
        for (int extra = 0; extra < 8; ++extra)
            CHECK(readThrough(sealed, person.folder + "/photos/extra-" + std::to_string(extra))
                  == "extra photo " + std::to_string(extra));
        CHECK(person.plainCopies().empty());
    }
    INFO("rounds: " << rounds << ", kills: " << kills << ", cut off with the record in place: " << sawRecord);
    CHECK(kills >= wantedKills);
    CHECK(sawRecord >= 1);
}
