#include "core/storage/caseload_index.h"

#include "core/jobs/job_matching.h"
#include "core/profile/profile_json.h"
#include "core/storage/sync_conflicts.h"
#include "test_support.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace rightjob::core;
using rightjob::testing::TemporaryFolder;

namespace {

struct Caseload {
    TemporaryFolder folder;
    LayoutLibrary layouts{{rightjob::testing::smallLayout()}};
    PersonStore store{folder.path()};

    std::string add(const std::string& name, const std::string& answeredAt = "")
    {
        Profile profile = rightjob::testing::smallProfile();
        profile.person.name = name;
        if (!answeredAt.empty())
            profile.cards["likes/cooking"].answers.push_back({AnswerValue::Positive, "person", answeredAt, ""});
        return store.addPerson(profile);
    }
};

std::vector<std::string> names(const std::vector<PersonEntry>& people)
{
    std::vector<std::string> shown;
    for (const auto& person : people)
        shown.push_back(person.shownName);
    return shown;
}

} // namespace

TEST_CASE("The caseload index lists what reading every profile lists, and reads each only once", "[core][caseload]")
{
    Caseload c;
    c.add("Zoe Brown", "2026-11-01T10:00:00Z");
    const std::string amy = c.add("Amy Clark");
    c.add("Ben Davies", "2026-12-01T10:00:00Z");

    CaseloadIndex first(c.store, &c.layouts);
    const auto listed = first.list();
    CHECK(names(listed) == names(c.store.list()));
    CHECK(first.lastStats().read == 3);
    CHECK(first.lastStats().indexWritten);
    CHECK(listed[0].answered == 0);
    CHECK(listed[0].total == 4); // the small layout's cards
    CHECK(listed[1].answered == 1);
    CHECK(listed[1].lastSession == "2026-12-01T10:00:00Z"); // later than the session on 5 October

    // A program started again reads the index, not the profiles.
    CaseloadIndex again(c.store, &c.layouts);
    CHECK(names(again.list()) == names(listed));
    CHECK(again.lastStats().read == 0);
    CHECK(again.lastStats().fromIndex == 3);

    // A changed profile is read again; the others are not.
    Profile changed = *c.store.fileFor(amy).load().profile;
    changed.person.preferredName = "Aimee";
    REQUIRE(c.store.fileFor(amy).save(changed).ok);
    const auto afterChange = again.list();
    CHECK(again.lastStats().read == 1);
    CHECK(names(afterChange) == std::vector<std::string>{"Aimee", "Ben", "Zoe"});

    // Someone taken off the list goes from the index too.
    c.store.removePerson(amy);
    CHECK(names(again.list()) == std::vector<std::string>{"Ben", "Zoe"});
}

TEST_CASE("A missing or damaged index is rebuilt from the profiles", "[core][caseload]")
{
    Caseload c;
    c.add("Zoe Brown");
    c.add("Amy Clark");
    CaseloadIndex first(c.store, &c.layouts);
    first.list();
    first.peopleForMatching(nullptr);
    for (const std::string damage : {"", "{\"format\": \"rightjob-people-index\", \"people\": [", "[1, 2, 3]",
                                     "{\"format\": \"rightjob-people-index\", \"format_version\": 1, \"people\": [{\"id\": 7}]}"}) {
        rightjob::testing::writeTextFile(first.indexPath(), damage);
        rightjob::testing::writeTextFile(first.matchingIndexPath(), damage);
        CaseloadIndex index(c.store, &c.layouts);
        CHECK(names(index.list()) == std::vector<std::string>{"Amy", "Zoe"});
        CHECK(index.lastStats().read == 2);
        CHECK(index.peopleForMatching(nullptr).size() == 2);
    }
    std::filesystem::remove_all(c.folder.path() + "/cache");
    CaseloadIndex rebuilt(c.store, &c.layouts);
    CHECK(rebuilt.list().size() == 2);
    CHECK(std::filesystem::exists(rebuilt.indexPath()));
}

TEST_CASE("People who cannot be read stay on the list with the problem", "[core][caseload]")
{
    Caseload c;
    const std::string id = c.add("Zoe Brown");
    rightjob::testing::writeTextFile(c.store.profilePath(id), "{ not a profile");
    CaseloadIndex index(c.store, &c.layouts);
    const auto people = index.list();
    REQUIRE(people.size() == 1);
    CHECK_FALSE(people[0].problem.empty());
    CHECK(index.peopleForMatching(nullptr).empty());
}

TEST_CASE("Finding people by name and sorting them", "[core][caseload]")
{
    std::vector<PersonEntry> people(4);
    people[0].id = "a", people[0].name = "Zoe Brown", people[0].shownName = "Zoe", people[0].lastSession = "2026-01-01T00:00:00Z";
    people[1].id = "b", people[1].name = "amy clark", people[1].shownName = "amy", people[1].lastSession = "2026-03-01T00:00:00Z";
    people[2].id = "c", people[2].name = "Ben Browning", people[2].shownName = "Benny";
    people[3].id = "d", people[3].name = "4 Square", people[3].shownName = "4 Square", people[3].lastSession = "2026-02-01T00:00:00Z";
    CHECK(names(findPeople(people, "", CaseloadOrder::ByName)) == std::vector<std::string>{"4 Square", "amy", "Benny", "Zoe"});
    CHECK(names(findPeople(people, " BROWN ", CaseloadOrder::ByName)) == std::vector<std::string>{"Benny", "Zoe"});
    CHECK(names(findPeople(people, "", CaseloadOrder::ByLastSession))
          == std::vector<std::string>{"amy", "4 Square", "Zoe", "Benny"});
    CHECK(findPeople(people, "nobody", CaseloadOrder::ByName).empty());
    CHECK(filingLetter(people[1]) == "A");
    CHECK(filingLetter(people[3]) == "#");
}

TEST_CASE("Matching from the index gives what matching the whole profiles gives", "[core][caseload][matching]")
{
    TemporaryFolder folder;
    const Layout layout = rightjob::testing::shippedLayout("vocational_profile");
    const LayoutLibrary layouts({layout});
    const JobCatalogue catalogue = loadJobCatalogue(rightjob::testing::assetPathForTest("assets/jobs/catalogue.json"));
    const MatchWeights weights = loadMatchWeights(rightjob::testing::assetPathForTest("assets/jobs/weights.json"));
    const Profile demo = readProfile(JsonFile::load(rightjob::testing::assetPathForTest("assets/demo/profile.json")));
    PersonStore store(folder.path());
    std::vector<Profile> people;
    for (int i = 0; i < 6; ++i) {
        Profile person = demo;
        person.isDemo = false;
        person.person.name = "Person " + std::to_string(i);
        int n = 0;
        for (const auto& section : layout.sections)
            for (const auto& card : section.cards)
                if (++n % (i + 2) == 0)
                    person.cards[cardKey(section.id, card.id)].answers.push_back(
                        {static_cast<AnswerValue>(n % 3), "person", "2026-11-01T10:00:00Z", ""});
        person.id = store.addPerson(person);
        people.push_back(person);
    }
    Vacancy vacancy;
    vacancy.id = "v1";
    vacancy.title = "Shop work";
    vacancy.employer = "A shop";
    vacancy.uses = catalogue.jobs.front().uses;
    const auto whole = matchVacancy(vacancy, people, layout, catalogue, weights);

    CaseloadIndex index(store, &layouts);
    index.peopleForMatching(nullptr); // the first time: profiles read, the matching index written
    CaseloadIndex fromDisk(store, &layouts); // the index as a new start finds it
    std::vector<Profile> cut;
    for (auto& person : fromDisk.peopleForMatching(nullptr))
        cut.push_back(person.answers);
    CHECK(fromDisk.lastStats().read == 0);
    const auto fromIndex = matchVacancy(vacancy, cut, layout, catalogue, weights);
    REQUIRE(fromIndex.size() == whole.size());
    for (std::size_t i = 0; i < whole.size(); ++i) {
        CHECK(fromIndex[i].profileId == whole[i].profileId);
        CHECK(fromIndex[i].result.score == Approx(whole[i].result.score));
        CHECK(fromIndex[i].result.reasons.size() == whole[i].result.reasons.size());
    }

    // A caller that holds someone at the same version is not given them again.
    const auto held = fromDisk.peopleForMatching([](const std::string&, std::uint64_t) { return true; });
    CHECK(std::none_of(held.begin(), held.end(), [](const auto& p) { return p.needed; }));
}

TEST_CASE("A people folder shared by Syncthing gets its ignore list", "[core][caseload][sync]")
{
    Caseload c;
    c.add("Zoe Brown");
    CaseloadIndex index(c.store, &c.layouts);
    index.list();
    CHECK_FALSE(std::filesystem::exists(c.store.peopleFolder() + "/.stignore"));
    std::filesystem::create_directory(c.store.peopleFolder() + "/.stfolder");
    index.list();
    std::string text;
    REQUIRE(realFileSystem().readFile(c.store.peopleFolder() + "/.stignore", text).ok);
    CHECK(text == kSyncIgnoreText);
    // The team's own list is never written over.
    rightjob::testing::writeTextFile(c.store.peopleFolder() + "/.stignore", "// ours\n");
    CHECK_FALSE(writeSyncIgnores(c.store.peopleFolder()));
    // Syncthing's marker is not taken for a person.
    CHECK(index.list().size() == 1);
}
