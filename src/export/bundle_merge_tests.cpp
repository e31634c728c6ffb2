#include "export/bundle.h"

#include "export_test_support.h"
#include "test_support.h"

#include "core/profile/profile_json.h"
#include "core/profile/profile_merge.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace rightjob;
using namespace rightjob::exporting;
using namespace rightjob::testing;

namespace {

core::Profile readPerson(const std::string& data, const std::string& id)
{
    return core::parseProfile(core::readWholeFile(data + "/people/" + id + "/profile.json"), "profile.json");
}

// The same person changed apart on two machines, as bundles.
struct TwoMachines {
    TemporaryFolder folder;
    std::string bundleA;
    std::string bundleB;
    core::Profile a;
    core::Profile b;

    TwoMachines()
    {
        core::Profile base = nearlyEmptyProfile();
        a = base;
        a.sessions.push_back({"session-home-x1", "2026-10-06T10:00:00Z", "Home", {"person"}});
        a.cards["likes/cars"].answers.push_back({core::AnswerValue::Negative, "person", "2026-10-06T10:01:00Z", "session-home-x1"});
        a.cards["likes/music"].notes.push_back({"He plays drums.", "person", "2026-10-06T10:02:00Z", "session-home-x1"});
        b = base;
        b.sessions.push_back({"session-college-y2", "2026-10-07T10:00:00Z", "College", {"person"}});
        // A shared bundle carries only the photos the shared cards show.
        b.ownCards.push_back({"likes", "own-y2", "Trains", "", "train", "photos/college.png", "person", "2026-10-07T10:01:00Z",
                              "session-college-y2", ""});
        b.cards["likes/own-y2"].answers.push_back({core::AnswerValue::Positive, "person", "2026-10-07T10:02:00Z", "session-college-y2"});
        b.person.name = "Ali Khan";
        b.changedAt[core::changeKey::personName()] = "2026-10-07T10:03:00Z";
        writePersonFolder(folder.file("a/ali"), a);
        writePersonFolder(folder.file("b/ali"), b);
        writeTextFile(folder.file("b/ali/photos/college.png"), smallPng(4, 4));
        bundleA = makeBundle(folder.file("a/ali"));
        bundleB = makeBundle(folder.file("b/ali"));
    }
};

} // namespace

TEST_CASE("A bundle of someone already here is merged, in either order, and nothing is lost", "[export][bundle][merge]")
{
    TwoMachines m;
    const std::string dataA = m.folder.file("data-a");
    const std::string dataB = m.folder.file("data-b");
    REQUIRE(importBundle(m.bundleA, dataA, ExistingPerson::Merge).outcome == ImportOutcome::Imported);
    REQUIRE(importBundle(m.bundleB, dataB, ExistingPerson::Merge).outcome == ImportOutcome::Imported);
    const BundleImport intoA = importBundle(m.bundleB, dataA, ExistingPerson::Merge);
    const BundleImport intoB = importBundle(m.bundleA, dataB, ExistingPerson::Merge);
    CHECK(intoA.outcome == ImportOutcome::Merged);
    CHECK(intoA.added.answers == 1);
    CHECK(intoA.added.ownCards == 1);
    CHECK(intoA.added.sessions == 1);
    CHECK(intoA.filesAdded == 1); // the college photo

    const core::Profile mergedA = readPerson(dataA, "ali");
    const core::Profile mergedB = readPerson(dataB, "ali");
    CHECK(core::writeProfile(mergedA) == core::writeProfile(mergedB));
    const auto written = [&](const std::string& side) {
        return core::parseProfile(core::readWholeFile(m.folder.file(side + "/ali/profile.json")), "profile.json");
    };
    CHECK(core::writeProfile(mergedA) == core::writeProfile(core::mergeProfiles(written("a"), written("b"))));
    CHECK(mergedA.person.name == "Ali Khan"); // the newer name
    CHECK(mergedA.findCard("likes/cars"));
    CHECK(mergedA.findCard("likes/music")->notes.size() == 1);
    CHECK(mergedA.findCard("likes/own-y2"));
    CHECK(std::filesystem::exists(dataA + "/people/ali/photos/college.png"));
    CHECK(std::filesystem::exists(dataA + "/people/ali/recordings/likes.music.wav"));
    // The version before the merge is kept.
    CHECK(std::filesystem::exists(dataA + "/people/ali/backups"));

    // Merging the same bundle again changes nothing.
    const std::string before = core::readWholeFile(dataA + "/people/ali/profile.json");
    const BundleImport again = importBundle(m.bundleB, dataA, ExistingPerson::Merge);
    CHECK(again.added.total() == 0);
    CHECK(again.filesAdded == 0);
    CHECK(core::readWholeFile(dataA + "/people/ali/profile.json") == before);
}

TEST_CASE("A photo of the same name with other bytes is kept beside the one here", "[export][bundle][merge]")
{
    TwoMachines m;
    const std::string data = m.folder.file("data");
    REQUIRE(importBundle(m.bundleA, data, ExistingPerson::Merge).outcome == ImportOutcome::Imported);
    core::Profile other = m.b;
    other.cards["likes/music"].photo = "photos/me.png";
    writePersonFolder(m.folder.file("c/ali"), other);
    writeTextFile(m.folder.file("c/ali/photos/me.png"), smallPng(3, 5)); // another picture, same name
    writeTextFile(m.folder.file("c/ali/photos/college.png"), smallPng(4, 4));
    const std::string here = core::readWholeFile(data + "/people/ali/photos/me.png");
    REQUIRE(importBundle(makeBundle(m.folder.file("c/ali")), data, ExistingPerson::Merge).outcome
            == ImportOutcome::Merged);
    CHECK(core::readWholeFile(data + "/people/ali/photos/me.png") == here);
    const core::Profile merged = readPerson(data, "ali");
    const std::string kept = merged.findCard("likes/music")->photo;
    CHECK(kept.rfind("photos/me-", 0) == 0);
    CHECK(core::readWholeFile(data + "/people/ali/" + kept) == smallPng(3, 5));
}

TEST_CASE("Replacing is still there when it is really wanted", "[export][bundle][merge]")
{
    TwoMachines m;
    const std::string data = m.folder.file("data");
    importBundle(m.bundleA, data, ExistingPerson::Merge);
    const BundleImport replaced = importBundle(m.bundleB, data, ExistingPerson::Replace);
    CHECK(replaced.outcome == ImportOutcome::Imported);
    CHECK_FALSE(replaced.replacedFolder.empty());
    CHECK_FALSE(readPerson(data, "ali").findCard("likes/cars"));
    CHECK(importBundle(m.bundleA, data, ExistingPerson::Keep).outcome == ImportOutcome::PersonExists);
}
