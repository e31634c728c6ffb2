#include "core/storage/profile_file.h"

#include "core/storage/person_store.h"
#include "core/profile/profile_document.h"
#include "test_support.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <set>
#include <sys/stat.h>
#include <unistd.h>

using namespace rightjob::core;
using rightjob::testing::TemporaryFolder;
using rightjob::testing::writeTextFile;

namespace {

unsigned permissionsOf(const std::string& path)
{
    struct stat info {};
    REQUIRE(::stat(path.c_str(), &info) == 0);
    return info.st_mode & 0777;
}

std::string contentsOf(const std::string& path)
{
    return readWholeFile(path);
}

Profile profileWithNote(const std::string& note)
{
    Profile profile = rightjob::testing::smallProfile();
    profile.cards["likes/music"].notes.push_back({note, "person", "2026-10-05T10:00:00Z", ""});
    return profile;
}


} // namespace

TEST_CASE("Saving and loading give back the same profile", "[storage]")
{
    TemporaryFolder folder;
    PersonStore store(folder.path());
    const std::string id = store.addPerson(profileWithNote("first"));
    CHECK(id == "sam-lee");
    ProfileFile file = store.fileFor(id);
    const LoadOutcome outcome = file.load();
    REQUIRE(outcome.profile);
    CHECK(outcome.problem == LoadProblem::None);
    CHECK(outcome.profile->id == "sam-lee");
    CHECK(outcome.profile->findCard("likes/music")->notes[0].text == "first");
}

TEST_CASE("Files are 0600 and folders 0700", "[storage][privacy]")
{
    TemporaryFolder folder;
    PersonStore store(folder.path() + "/data");
    const std::string id = store.addPerson(profileWithNote("first"));
    store.fileFor(id).save(profileWithNote("second"));
    CHECK(permissionsOf(folder.path() + "/data") == 0700);
    CHECK(permissionsOf(store.peopleFolder()) == 0700);
    CHECK(permissionsOf(store.personFolder(id)) == 0700);
    CHECK(permissionsOf(store.personFolder(id) + "/backups") == 0700);
    CHECK(permissionsOf(store.profilePath(id)) == 0600);
    for (const auto& backup : store.fileFor(id).backups())
        CHECK(permissionsOf(backup.path) == 0600);
}

TEST_CASE("The last 10 saved versions are kept as backups", "[storage]")
{
    TemporaryFolder folder;
    ProfileFile file(folder.file("person/profile.json"));
    for (int i = 1; i <= 15; ++i)
        REQUIRE(file.save(profileWithNote("version " + std::to_string(i))).ok);
    const auto backups = file.backups();
    REQUIRE(backups.size() == 10);
    // Newest first: the version before the current one, back to version 5.
    CHECK(file.readBackup(backups.front()).findCard("likes/music")->notes[0].text == "version 14");
    CHECK(file.readBackup(backups.back()).findCard("likes/music")->notes[0].text == "version 5");
    CHECK(file.load().profile->findCard("likes/music")->notes[0].text == "version 15");
    // No temporary files are left behind.
    for (const auto& name : realFileSystem().listFolder(file.folder()))
        CHECK(name.find(".tmp") == std::string::npos);
}

TEST_CASE("A truncated or corrupt file is reported, kept, and the newest good backup offered", "[storage]")
{
    TemporaryFolder folder;
    ProfileFile file(folder.file("person/profile.json"));
    REQUIRE(file.save(profileWithNote("old")).ok);
    REQUIRE(file.save(profileWithNote("new")).ok);
    const std::string good = contentsOf(file.path());

    std::string damaged;
    SECTION("truncated") { damaged = good.substr(0, good.size() / 3); }
    SECTION("corrupt bytes") { damaged = good; damaged[good.size() / 2] = '\x01'; damaged[good.size() / 2 + 1] = '{'; }
    SECTION("empty") { damaged = ""; }
    SECTION("not a profile") { damaged = "{\"format\": \"something\"}"; }
    SECTION("zeros, as after a crash on some file systems") { damaged = std::string(good.size(), '\0'); }

    writeTextFile(file.path(), damaged);
    const LoadOutcome outcome = file.load();
    CHECK_FALSE(outcome.profile);
    CHECK(outcome.problem == LoadProblem::Unreadable);
    CHECK_THAT(outcome.message, Catch::StartsWith(file.path()));
    REQUIRE(outcome.newestGoodBackup);
    CHECK(file.readBackup(*outcome.newestGoodBackup).findCard("likes/music")->notes[0].text == "old");
    // Loading changed nothing on disk.
    CHECK(contentsOf(file.path()) == damaged);

    // Taking the backup sets the damaged file aside, never deleting it.
    REQUIRE(file.restoreBackup(*outcome.newestGoodBackup).ok);
    CHECK(file.load().profile->findCard("likes/music")->notes[0].text == "old");
    int setAside = 0;
    for (const auto& name : realFileSystem().listFolder(file.folder())) {
        if (name.rfind("profile.damaged-", 0) == 0) {
            ++setAside;
            CHECK(contentsOf(file.folder() + "/" + name) == damaged);
        }
    }
    CHECK(setAside == 1);
}

TEST_CASE("A damaged backup is passed over for an older good one", "[storage]")
{
    TemporaryFolder folder;
    ProfileFile file(folder.file("p/profile.json"));
    REQUIRE(file.save(profileWithNote("one")).ok);
    REQUIRE(file.save(profileWithNote("two")).ok);
    REQUIRE(file.save(profileWithNote("three")).ok);
    // Backups hold "two" (newest) and "one". Break the file and the newest backup.
    writeTextFile(file.backups().front().path, "{ broken");
    writeTextFile(file.path(), "{ broken");
    const LoadOutcome outcome = file.load();
    REQUIRE(outcome.newestGoodBackup);
    CHECK(file.readBackup(*outcome.newestGoodBackup).findCard("likes/music")->notes[0].text == "one");
}

TEST_CASE("A newer version's file is never written over", "[storage]")
{
    TemporaryFolder folder;
    ProfileFile file(folder.file("p/profile.json"));
    REQUIRE(file.save(profileWithNote("mine")).ok);
    std::string newer = contentsOf(file.path());
    newer.replace(newer.find("\"format_version\": 4"), 19, "\"format_version\": 5");
    writeTextFile(file.path(), newer);
    const LoadOutcome outcome = file.load();
    CHECK(outcome.problem == LoadProblem::NewerVersion);
    CHECK_THAT(outcome.message, Catch::Contains("newer Right Job"));
    CHECK(contentsOf(file.path()) == newer);
}

TEST_CASE("A failed write keeps the old file good and says why", "[storage]")
{
    TemporaryFolder folder;
    rightjob::testing::FailingFileSystem files;
    ProfileFile file(folder.file("p/profile.json"), files);
    REQUIRE(file.save(profileWithNote("saved")).ok);
    const std::string before = contentsOf(file.path());

    files.failing = true;
    const FileResult result = file.save(profileWithNote("not saved"));
    CHECK_FALSE(result.ok);
    CHECK_THAT(result.problem, Catch::Contains("disk is full"));
    CHECK(contentsOf(file.path()) == before);
    for (const auto& name : realFileSystem().listFolder(file.folder()))
        CHECK(name.find(".tmp") == std::string::npos);

    // When the disk has room again, the next save goes through.
    files.failing = false;
    REQUIRE(file.save(profileWithNote("saved later")).ok);
    CHECK(file.load().profile->findCard("likes/music")->notes[0].text == "saved later");
}

TEST_CASE("A missing file is reported as missing", "[storage]")
{
    TemporaryFolder folder;
    ProfileFile file(folder.file("nobody/profile.json"));
    const LoadOutcome outcome = file.load();
    CHECK(outcome.problem == LoadProblem::Missing);
    CHECK_FALSE(outcome.newestGoodBackup);
}

TEST_CASE("Migrated profiles are flagged and keep the old file as a backup after saving", "[storage][migration]")
{
    TemporaryFolder folder;
    ProfileFile file(folder.file("lee/profile.json"));
    REQUIRE(realFileSystem().makeFolders(file.folder()).ok);
    const std::string version1 = contentsOf(rightjob::testing::assetPathForTest("tests/data/profile-v1.json"));
    writeTextFile(file.path(), version1);
    LoadOutcome outcome = file.load();
    REQUIRE(outcome.profile);
    CHECK(outcome.wasMigrated);
    REQUIRE(file.save(*outcome.profile).ok);
    CHECK(contentsOf(file.backups().front().path) == version1);
    CHECK_FALSE(file.load().wasMigrated);
}

TEST_CASE("The people list shows everyone, including people whose file is damaged", "[storage]")
{
    TemporaryFolder folder;
    PersonStore store(folder.path());
    Profile alex = rightjob::testing::smallProfile();
    alex.person.name = "Alex Morgan";
    Profile zoe = rightjob::testing::smallProfile();
    zoe.person.name = "Zoë Brown";
    const std::string alexId = store.addPerson(alex);
    const std::string zoeId = store.addPerson(zoe);
    const std::string secondAlex = store.addPerson(alex);
    CHECK(alexId == "alex-morgan");
    CHECK(secondAlex == "alex-morgan-2");
    CHECK(zoeId == "zo-brown");
    writeTextFile(store.profilePath(zoeId), "{");
    const auto people = store.list();
    REQUIRE(people.size() == 3);
    CHECK(people[0].shownName == "Alex");
    CHECK(people[2].shownName == "zo-brown");
    CHECK_FALSE(people[2].problem.empty());
}

TEST_CASE("The shipped demo installs once and loads with its layout", "[storage]")
{
    TemporaryFolder folder;
    PersonStore store(folder.path());
    const std::string demo = rightjob::testing::assetPathForTest("assets/demo/profile.json");
    const std::string id = store.installDemo(demo);
    CHECK(store.installDemo(demo) == id);
    const auto people = store.list();
    REQUIRE(people.size() == 1);
    CHECK(people[0].isDemo);
    const LoadOutcome outcome = store.fileFor(id).load();
    REQUIRE(outcome.profile);
    const Layout layout = rightjob::testing::shippedLayout(outcome.profile->layoutId);
    CHECK(profileLayoutWarnings(*outcome.profile, layout).empty());

    // At least 40 answered cards, across every section, from the person and two supporters, over two sessions.
    int answered = 0;
    std::set<std::string> sections, givers, sessions;
    for (const auto& [key, record] : outcome.profile->cards) {
        if (record.answers.empty())
            continue;
        ++answered;
        sections.insert(key.substr(0, key.find('/')));
        for (const auto& answer : record.answers) {
            givers.insert(answer.by);
            sessions.insert(answer.session);
        }
    }
    CHECK(answered >= 40);
    CHECK(sections.size() == layout.sections.size());
    CHECK(givers.count("person") == 1);
    CHECK(givers.size() >= 3);
    CHECK(sessions.size() >= 2);
}

TEST_CASE("Deleting a person moves their folder aside, never erasing it", "[storage]")
{
    TemporaryFolder folder;
    PersonStore store(folder.path());
    const std::string id = store.addPerson(profileWithNote("keep me"));
    const std::string movedTo = store.removePerson(id);
    CHECK(store.list().empty());
    CHECK(readProfile(JsonFile::load(movedTo + "/profile.json")).findCard("likes/music")->notes[0].text == "keep me");
    CHECK_THROWS_AS(store.removePerson(id), EditError);
    CHECK_THROWS_AS(store.removePerson("../etc"), EditError);
}

TEST_CASE("A stale temporary file with this program's PID never blocks a save", "[storage][issue-16]")
{
    // A crashed earlier program with the same PID can leave
    // ".profile.json.tmp-PID-N" for any small N: the name has a random part.
    TemporaryFolder folder;
    const std::string path = folder.file("profile.json");
    ProfileFile file(path);
    REQUIRE(file.save(rightjob::testing::smallProfile()).ok);
    const std::string pid = std::to_string(::getpid());
    for (int n = 0; n < 2000; ++n)
        writeTextFile(folder.file(".profile.json.tmp-" + pid + "-" + std::to_string(n)), "stale");
    Profile changed = rightjob::testing::smallProfile();
    changed.person.name = "Changed";
    REQUIRE(file.save(changed).ok);
    CHECK(file.load().profile->person.name == "Changed");
}
