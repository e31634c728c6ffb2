// Issue 16, cases 5, 6, 10 and 12: what an attacker could put in a data
// file or a person's folder. Each test failed on the code before the fix.

#include "core/base/json_file.h"
#include "core/profile/person_folder.h"
#include "core/storage/person_store.h"
#include "core/profile/profile_json.h"
#include "core/protection/protection.h"

#include "test_support.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <functional>
#include <filesystem>
#include <sys/stat.h>
#include <unistd.h>

using namespace rightjob::core;
using rightjob::testing::TemporaryFolder;
using rightjob::testing::writeTextFile;

namespace {

double secondsOf(const std::function<void()>& work)
{
    const auto start = std::chrono::steady_clock::now();
    work();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

std::string profileTextWith(const std::string& personPhoto, const std::string& cardPhoto)
{
    Profile profile = rightjob::testing::smallProfile();
    profile.person.photo = personPhoto;
    if (!cardPhoto.empty())
        profile.cards["likes/music"].photo = cardPhoto;
    Json json = Json::parse(writeProfile(rightjob::testing::smallProfile()));
    json["person"]["photo"] = personPhoto;
    if (!cardPhoto.empty())
        json["cards"]["likes/music"]["photo"] = cardPhoto;
    return json.dump(2);
}

} // namespace

TEST_CASE("A key written twice in one object is an error naming the file and line", "[json][issue-16]")
{
    const std::string text = "{\n  \"format\": \"x\",\n  \"name\": \"Sam\",\n  \"name\": \"Alex\"\n}\n";
    try {
        JsonFile::parse(text, "people.json");
        FAIL("a duplicate key was accepted");
    } catch (const DataError& error) {
        const std::string message = error.what();
        CHECK_THAT(message, Catch::Contains("people.json"));
        CHECK_THAT(message, Catch::Contains("line 4"));
        CHECK_THAT(message, Catch::Contains("\"name\" is written twice"));
    }
    // Deeper down, and with a key spelt with an escape, too.
    CHECK_THROWS_WITH(JsonFile::parse("{\"a\": [{\"b\": 1,\n \"\\u0062\": 2}]}", "f.json"),
                      Catch::Contains("line 2") && Catch::Contains("\"b\" is written twice"));
    // The same key in two objects is fine.
    CHECK_NOTHROW(JsonFile::parse("{\"a\": {\"b\": 1}, \"c\": {\"b\": 2}}", "f.json"));
}

TEST_CASE("Devices, FIFOs and huge files are refused before they are read", "[limits][issue-16]")
{
    // Before: /dev/zero was read until std::bad_alloc, a FIFO hung forever.
    double seconds = secondsOf([] { CHECK_THROWS_WITH(readWholeFile("/dev/zero"), Catch::Contains("not a plain file")); });
    CHECK(seconds < 1.0);

    TemporaryFolder folder;
    const std::string fifo = folder.file("pipe.json");
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    seconds = secondsOf([&] { CHECK_THROWS_WITH(readWholeFile(fifo), Catch::Contains("not a plain file")); });
    CHECK(seconds < 1.0);
    std::string bytes;
    CHECK_FALSE(realFileSystem().readFile(fifo, bytes).ok);

    // A sparse file of 1 GB costs no disk, and is refused by its size.
    const std::string huge = folder.file("profile.json");
    writeTextFile(huge, "{");
    REQUIRE(::truncate(huge.c_str(), 1024ll * 1024 * 1024) == 0);
    seconds = secondsOf([&] {
        CHECK_THROWS_WITH(JsonFile::load(huge), Catch::Contains("too big") && Catch::Contains("1024 MB"));
    });
    CHECK(seconds < 1.0);
    const LoadOutcome outcome = ProfileFile(huge).load();
    CHECK_FALSE(outcome.profile);
    CHECK_THAT(outcome.message, Catch::Contains("too big"));
}

TEST_CASE("A photo path outside the person's folder is refused when the profile loads", "[storage][issue-16]")
{
    for (const std::string bad : {"/dev/zero", "../../etc/passwd", "photos/../../x.jpg", "profile.json", "photos/"}) {
        INFO(bad);
        CHECK_THROWS_WITH(parseProfile(profileTextWith(bad, ""), "profile.json"), Catch::Contains("photo"));
        CHECK_THROWS_WITH(parseProfile(profileTextWith("", bad), "profile.json"),
                          Catch::Contains("photo") && Catch::Contains("line"));
    }
    CHECK_NOTHROW(parseProfile(profileTextWith("photos/me.jpg", "photos/card.png"), "profile.json"));
}

TEST_CASE("A file in a person's folder is read only when it is a plain file inside it", "[storage][issue-16]")
{
    TemporaryFolder folder;
    const std::string person = folder.file("sam");
    std::filesystem::create_directories(person + "/photos");
    writeTextFile(person + "/photos/good.jpg", "jpeg bytes");
    writeTextFile(folder.file("secret.txt"), "not yours");
    std::filesystem::create_symlink(folder.file("secret.txt"), person + "/photos/link.jpg");
    std::filesystem::create_symlink("/dev/zero", person + "/photos/zero.jpg");
    REQUIRE(::mkfifo((person + "/photos/fifo.jpg").c_str(), 0600) == 0);
    std::filesystem::create_directories(folder.file("elsewhere"));
    writeTextFile(folder.file("elsewhere/x.jpg"), "outside");
    std::filesystem::create_directories(person + "/recordings");
    std::filesystem::create_directory_symlink(folder.file("elsewhere"), person + "/photos/inner");
    writeTextFile(person + "/recordings/big.wav", "RIFF");
    REQUIRE(::truncate((person + "/recordings/big.wav").c_str(), kMaxRecordingBytes + 1) == 0);

    CHECK(personFileProblem(person, "photos/good.jpg", PersonFileKind::Photo).empty());
    CHECK_THAT(personFileProblem(person, "photos/link.jpg", PersonFileKind::Photo), Catch::Contains("link"));
    CHECK_THAT(personFileProblem(person, "photos/zero.jpg", PersonFileKind::Photo), Catch::Contains("link"));
    CHECK_THAT(personFileProblem(person, "photos/fifo.jpg", PersonFileKind::Photo), Catch::Contains("not a plain file"));
    CHECK_THAT(personFileProblem(person, "photos/inner/x.jpg", PersonFileKind::Photo), Catch::Contains("outside"));
    CHECK_THAT(personFileProblem(person, "recordings/big.wav", PersonFileKind::Recording), Catch::Contains("too big"));
    CHECK_THAT(personFileProblem(person, "photos/none.jpg", PersonFileKind::Photo), Catch::Contains("not there"));
    std::string bytes;
    CHECK_FALSE(readPersonFile(realFileSystem(), person, "photos/fifo.jpg", PersonFileKind::Photo, bytes).ok);
    CHECK(readPersonFile(realFileSystem(), person, "photos/good.jpg", PersonFileKind::Photo, bytes).ok);
    CHECK(bytes == "jpeg bytes");

    // What `check` reports for a profile naming them.
    Profile profile = rightjob::testing::smallProfile();
    profile.person.photo = "photos/fifo.jpg";
    profile.cards["likes/music"].photo = "photos/link.jpg";
    const auto problems = profilePathProblems(profile, person, true, false);
    REQUIRE(problems.size() == 2);
    CHECK_THAT(problems[0], Catch::Contains("the person's photo"));
    CHECK_THAT(problems[1], Catch::Contains("likes/music"));
}

TEST_CASE("A first start killed part way leaves no half-made demo, and the next start adds it", "[storage][issue-16]")
{
    TemporaryFolder folder;
    PersonStore store(folder.file("data"));
    const std::string demo = rightjob::testing::assetPathForTest("assets/demo/profile.json");
    // What a start killed while it made the demo leaves: the folder being
    // made, and (from an older version) a person folder with no profile.
    const std::string building = store.startNewFolder("demo", "install");
    writeTextFile(building + "/profile.json", "{ half");
    std::filesystem::create_directories(store.personFolder("demo") + "/photos");
    CHECK_FALSE(store.hasAnyone()); // so the next start is a first start again

    CHECK(store.recoverLeftovers().size() == 1);
    CHECK_FALSE(std::filesystem::exists(building));
    CHECK(store.installDemo(demo) == "demo");
    CHECK(store.fileFor("demo").load().profile);
    CHECK(store.hasAnyone());
    for (const auto& name : realFileSystem().listFolder(store.peopleFolder()))
        CHECK(name == "demo");
}

TEST_CASE("Deleted people are listed with the days they are kept, and come back", "[storage][issue-16]")
{
    TemporaryFolder folder;
    ManualClock clock(1'790'000'000);
    PersonStore store(folder.file("data"), realFileSystem(), clock);
    Profile profile = rightjob::testing::smallProfile();
    const std::string id = store.addPerson(profile);
    store.removePerson(id);
    CHECK_FALSE(store.hasAnyone());
    auto deleted = store.deletedPeople();
    REQUIRE(deleted.size() == 1);
    CHECK(deleted[0].name == profile.person.shownName());
    CHECK(deleted[0].daysLeft == PersonStore::kDeletedKeptDays);
    CHECK(deleted[0].deletedOn == formatUtc(clock.nowSeconds()).substr(0, 10));

    CHECK(store.restoreDeleted(deleted[0].folder) == id);
    CHECK(store.fileFor(id).load().profile);
    CHECK(store.deletedPeople().empty());

    // Kept for kDeletedKeptDays, then removed at a start.
    store.removePerson(id);
    store.removeExpiredDeleted();
    CHECK(store.deletedPeople().size() == 1);
    clock.advance((PersonStore::kDeletedKeptDays + 1) * 86400ll);
    store.removeExpiredDeleted();
    CHECK(store.deletedPeople().empty());
}

TEST_CASE("A plain profile put in the place of a sealed one does not open the person without the passphrase",
          "[storage][privacy][issue-16]")
{
    TemporaryFolder folder;
    const std::string person = folder.file("sam");
    const std::string path = person + "/profile.json";
    Profile profile = rightjob::testing::smallProfile();
    REQUIRE(ProfileFile(path).save(profile).ok);
    const auto keys = protectPerson(realFileSystem(), person, "tall green ladder", quickKeyStrengthForTests());
    // Someone puts a plain profile where the sealed one was.
    Profile planted = profile;
    planted.person.name = "Planted";
    writeTextFile(path, writeProfile(planted));
    const LoadOutcome plainLoad = ProfileFile(path).load();
    CHECK(plainLoad.problem == LoadProblem::NeedsPassphrase);
    CHECK_FALSE(plainLoad.profile);
    // With the passphrase, the plain file is refused and a sealed backup offered.
    SealedFileSystem sealed(realFileSystem(), keys);
    std::string bytes;
    const FileResult read = sealed.readFile(path, bytes);
    CHECK_FALSE(read.ok);
    CHECK_THAT(read.problem, Catch::Contains("not locked"));
    const LoadOutcome opened = ProfileFile(path, sealed).load();
    CHECK_FALSE(opened.profile);
    // Taking the passphrase away takes the marker too.
    REQUIRE(writeFileAtomically(realFileSystem(), path, keys->current().seal(writeProfile(profile))).ok);
    removeProtection(realFileSystem(), person, *keys);
    CHECK(ProfileFile(path).load().profile);
}
