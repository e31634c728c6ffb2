// MatchCache: what it holds is what it matches. A person held again at a new
// version is matched on their new answers; vacancies set again are matched
// as they are now; a card first answered by someone held later still counts.

#include "core/jobs/job_matching.h"

#include "test_support.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace rightjob::core;
using rightjob::testing::assetPathForTest;

namespace {

struct Shipped {
    JobCatalogue catalogue = loadJobCatalogue(assetPathForTest("assets/jobs/catalogue.json"));
    MatchWeights weights = loadMatchWeights(assetPathForTest("assets/jobs/weights.json"));
    Layout layout = rightjob::testing::shippedLayout("vocational_profile");
};

const Shipped& shipped()
{
    static const Shipped data;
    return data;
}

Profile personWho(const std::string& id, const std::vector<std::pair<std::string, AnswerValue>>& answers)
{
    Profile profile;
    profile.id = id;
    profile.layoutId = "vocational_profile";
    profile.person.name = "Sam " + id;
    for (const auto& [key, value] : answers)
        profile.cards[key].answers.push_back({value, kPersonGiver, "2026-10-05T10:00:00Z", ""});
    return profile;
}

void changeAnswer(Profile& profile, const std::string& key, AnswerValue value)
{
    profile.cards[key].answers.push_back({value, kPersonGiver, "2026-10-05T11:00:00Z", ""});
}

Vacancy noisyDogWalker()
{
    Vacancy vacancy;
    vacancy.id = "dog-walker";
    vacancy.title = "Dog walker";
    vacancy.symbol = "dog";
    vacancy.hoursPerWeek = 10;
    vacancy.uses = {"likes/animals"};
    vacancy.qualities = {{"places/outdoors", QualityLevel::Always, ""}, {"places/noisy_places", QualityLevel::Often, ""}};
    return vacancy;
}

const PersonMatch& matchFor(const std::vector<PersonMatch>& matches, const std::string& profileId)
{
    const auto found = std::find_if(matches.begin(), matches.end(),
                                    [&](const PersonMatch& match) { return match.profileId == profileId; });
    REQUIRE(found != matches.end());
    return *found;
}

const MatchResult& resultFor(const std::vector<MatchResult>& results, const std::string& id)
{
    const auto found = std::find_if(results.begin(), results.end(), [&](const MatchResult& result) { return result.id == id; });
    REQUIRE(found != results.end());
    return *found;
}

} // namespace

TEST_CASE("A person held again at a new version is matched on the new answers", "[jobs]")
{
    MatchCache cache(shipped().layout, shipped().catalogue, shipped().weights);
    Profile sam = personWho("sam", {{"likes/animals", AnswerValue::Positive}, {"places/outdoors", AnswerValue::Positive}});
    cache.holdPerson(sam, 1);
    cache.holdPerson(personWho("ali", {{"likes/animals", AnswerValue::Positive}}), 7);
    CHECK(cache.holdsPerson("sam", 1));
    CHECK_FALSE(cache.holdsPerson("sam", 2));
    CHECK_FALSE(cache.holdsPerson("nobody", 1));

    const auto before = cache.matchVacancy(noisyDogWalker());
    REQUIRE(before.size() == 2);
    CHECK(before[0].profileId == "sam");
    CHECK_FALSE(before[0].result.hasWarnings());

    // Sam now says noisy places are not good for him: a strong warning, and
    // Ali comes first.
    changeAnswer(sam, "places/noisy_places", AnswerValue::Negative);
    cache.holdPerson(sam, 2);
    CHECK(cache.holdsPerson("sam", 2));
    CHECK(cache.peopleHeld() == 2); // held in place of the old one, not beside it

    const auto after = cache.matchVacancy(noisyDogWalker());
    REQUIRE(after.size() == 2);
    CHECK(after[0].profileId == "ali");
    const PersonMatch& samNow = matchFor(after, "sam");
    CHECK(samNow.result.hasWarnings());
    CHECK(samNow.result.score < matchFor(before, "sam").result.score);
    CHECK(samNow.personIndex == 0);
    CHECK(cache.heldPerson(samNow.personIndex).id == "sam");

    // The same as matching the people as they are now, with no cache.
    const std::vector<Profile> people = {sam, cache.heldPerson(1)};
    const auto direct = matchVacancy(noisyDogWalker(), people, shipped().layout, shipped().catalogue, shipped().weights);
    REQUIRE(direct.size() == after.size());
    for (std::size_t i = 0; i < direct.size(); ++i) {
        CHECK(direct[i].profileId == after[i].profileId);
        CHECK(direct[i].result.score == after[i].result.score);
        CHECK(direct[i].result.warnings.size() == after[i].result.warnings.size());
    }
}

TEST_CASE("A person no longer on the list is let go", "[jobs]")
{
    MatchCache cache(shipped().layout, shipped().catalogue, shipped().weights);
    cache.holdPerson(personWho("sam", {{"likes/animals", AnswerValue::Positive}}), 1);
    cache.holdPerson(personWho("ali", {{"likes/animals", AnswerValue::Negative}}), 1);
    cache.holdPerson(personWho("jo", {{"likes/animals", AnswerValue::Middle}}), 1);
    cache.keepOnlyPeople({"jo", "sam"});
    CHECK(cache.peopleHeld() == 2);
    CHECK_FALSE(cache.holdsPerson("ali", 1));
    const auto matches = cache.matchVacancy(noisyDogWalker());
    REQUIRE(matches.size() == 2);
    CHECK(matches[0].profileId == "sam");
    CHECK(matches[1].profileId == "jo");
    CHECK(cache.heldPerson(matches[1].personIndex).id == "jo");
}

TEST_CASE("A profile being edited is matched on its answers as they are now", "[jobs]")
{
    MatchCache cache(shipped().layout, shipped().catalogue, shipped().weights);
    cache.setVacancies({noisyDogWalker()});
    Profile sam = personWho("sam", {{"likes/animals", AnswerValue::Positive}, {"places/outdoors", AnswerValue::Positive}});
    const MatchResult before = resultFor(cache.matchPerson(sam), "dog-walker");
    CHECK(before.warnings.empty());

    changeAnswer(sam, "places/noisy_places", AnswerValue::Negative);
    const MatchResult after = resultFor(cache.matchPerson(sam), "dog-walker");
    REQUIRE(after.warnings.size() == 1);
    CHECK(after.warnings[0].cardKey == "places/noisy_places");
    CHECK(after.score < before.score);
}

TEST_CASE("Vacancies set again are matched as they are now", "[jobs]")
{
    MatchCache cache(shipped().layout, shipped().catalogue, shipped().weights);
    const Profile sam = personWho("sam", {{"likes/animals", AnswerValue::Positive}, {"places/noisy_places", AnswerValue::Negative}});
    cache.setVacancies({noisyDogWalker()});
    CHECK(cache.vacancies().size() == 1);
    CHECK(resultFor(cache.matchPerson(sam), "dog-walker").hasWarnings());

    Vacancy quiet = noisyDogWalker();
    quiet.qualities[1].level = QualityLevel::Never; // the walks are quiet now
    Vacancy cattery = noisyDogWalker();
    cattery.id = "cattery";
    cache.setVacancies({quiet, cattery});
    const auto results = cache.matchPerson(sam);
    CHECK(std::count_if(results.begin(), results.end(), [](const MatchResult& r) { return !r.carved; })
          == static_cast<std::ptrdiff_t>(shipped().catalogue.jobs.size() + 2));
    CHECK_FALSE(resultFor(results, "dog-walker").hasWarnings());
    CHECK(resultFor(results, "cattery").hasWarnings());
}

TEST_CASE("A card first answered by someone held later still counts for them", "[jobs]")
{
    MatchCache cache(shipped().layout, shipped().catalogue, shipped().weights);
    // A vacancy that uses an own card the catalogue has never heard of.
    Vacancy vacancy = noisyDogWalker();
    vacancy.uses.push_back("likes/own-card-horses");
    cache.holdPerson(personWho("early", {{"likes/animals", AnswerValue::Positive}}), 1);
    const auto first = cache.matchVacancy(vacancy);
    REQUIRE(first.size() == 1);

    cache.holdPerson(personWho("later", {{"likes/animals", AnswerValue::Positive}, {"likes/own-card-horses", AnswerValue::Positive}}), 1);
    const auto both = cache.matchVacancy(vacancy);
    REQUIRE(both.size() == 2);
    CHECK(both[0].profileId == "later");
    CHECK(both[0].result.score > both[1].result.score);
    CHECK(both[1].result.score == first[0].result.score);
}
