#include "core/profile_json.h"

#include "core/asset_paths.h"
#include "test_support.h"

#include <catch2/catch.hpp>

using namespace rightjob::core;

namespace {

Profile filledProfile()
{
    Profile profile = rightjob::testing::smallProfile();
    profile.person.preferredName = "Sammy";
    profile.person.photo = "photos/me.jpg";
    profile.contributors.push_back({"helper-2", ContributorKind::Observer, "Ravi", "Job coach"});
    CardRecord& cooking = profile.cards["likes/cooking"];
    cooking.notForSharing = true;
    cooking.answers.push_back({AnswerValue::Positive, "person", "2026-10-05T10:01:00Z", "session-1"});
    cooking.answers.push_back({AnswerValue::Negative, "helper-2", "2026-10-05T10:02:00Z", ""});
    cooking.notes.push_back({"Sam cooks on Fridays. \"Pasta\" — always!", "helper-1", "2026-10-05T10:03:00Z", "session-1"});
    profile.ownCards.push_back({"likes", "own-1", "Trains 🚂", "I love trains", "train", "", "person",
                                "2026-10-05T10:04:00Z", "session-1", "likes/food"});
    profile.cards["likes/own-1"].answers.push_back({AnswerValue::Positive, "person", "2026-10-05T10:05:00Z", ""});
    return profile;
}

std::string errorOf(const std::string& text)
{
    try {
        parseProfile(text, "profile.json");
    } catch (const DataError& error) {
        return error.what();
    }
    return "";
}

std::string replaced(std::string text, const std::string& from, const std::string& to)
{
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

} // namespace

TEST_CASE("A profile survives writing and reading unchanged", "[core][storage]")
{
    const Profile profile = filledProfile();
    const std::string text = writeProfile(profile);
    const Profile back = parseProfile(text, "profile.json");
    CHECK(writeProfile(back) == text);
    CHECK(back.person.preferredName == "Sammy");
    CHECK(back.findContributor("helper-2")->kind == ContributorKind::Observer);
    CHECK(back.findCard("likes/cooking")->notForSharing);
    CHECK(back.findCard("likes/cooking")->notes[0].text == "Sam cooks on Fridays. \"Pasta\" — always!");
    CHECK(back.ownCards[0].label == "Trains 🚂");
}

TEST_CASE("Cards nobody touched are not written", "[core][storage]")
{
    Profile profile = rightjob::testing::smallProfile();
    profile.cards["likes/music"] = CardRecord{};
    CHECK(writeProfile(profile).find("likes/music") == std::string::npos);
}

TEST_CASE("Version 1 profiles are migrated to version 2", "[core][storage][migration]")
{
    const JsonFile file = JsonFile::load(assetPath("tests/data/profile-v1.json"));
    const Profile profile = readProfile(file);
    CHECK(profile.person.name == "Lee Old");
    CHECK(profile.person.shownName() == "Lee");
    REQUIRE(profile.contributors.size() == 1);
    CHECK(profile.contributors[0].kind == ContributorKind::Supporter);
    CHECK(profile.contributors[0].role == "Mum");
    const CardRecord* cooking = profile.findCard("likes/cooking");
    REQUIRE(cooking);
    CHECK(cooking->answers[0].value == AnswerValue::Positive);
    CHECK(cooking->answers[1].value == AnswerValue::Negative);
    CHECK(profile.findCard("likes/music")->answers[0].value == AnswerValue::Middle);
    CHECK(cooking->notes[0].text == "Lee makes toast.");
    CHECK_FALSE(cooking->notForSharing);
    // Written back, it is version 2 and reads the same.
    const std::string text = writeProfile(profile);
    CHECK(text.find("\"format_version\": 3") != std::string::npos);
    CHECK(writeProfile(parseProfile(text, "again.json")) == text);
}

TEST_CASE("A profile from a newer Right Job is refused plainly", "[core][storage]")
{
    const std::string text = replaced(writeProfile(filledProfile()), "\"format_version\": 3", "\"format_version\": 9");
    CHECK_THROWS_AS(parseProfile(text, "profile.json"), NewerFormatError);
    CHECK_THAT(errorOf(text), Catch::Contains("newer Right Job"));
}

TEST_CASE("Wrong profiles are reported at the right place", "[core][storage]")
{
    const std::string good = writeProfile(filledProfile());
    CHECK(errorOf(good).empty());
    CHECK_THAT(errorOf(replaced(good, "\"by\": \"helper-2\"", "\"by\": \"stranger\"")),
               Catch::Contains("\"stranger\" is not \"person\" or one of the contributors"));
    CHECK_THAT(errorOf(replaced(good, "\"value\": \"positive\"", "\"value\": \"yes\"")),
               Catch::Contains("should be \"positive\", \"middle\" or \"negative\""));
    CHECK_THAT(errorOf(replaced(good, "\"at\": \"2026-10-05T10:01:00Z\"", "\"at\": \"yesterday\"")),
               Catch::Contains("a time is written like"));
    CHECK_THAT(errorOf(replaced(good, "\"session\": \"session-1\"", "\"session\": \"session-9\"")),
               Catch::Contains("session-9"));
    CHECK_THAT(errorOf(replaced(good, "\"name\": \"Sam Lee\"", "\"name\": \"\"")), Catch::Contains("is empty"));
    CHECK_THAT(errorOf(replaced(good, "\"demo\": false", "\"demo\": false, \"extra\": 1")),
               Catch::Contains("\"extra\" that is not known"));
    CHECK_THAT(errorOf(replaced(good, "\"likes/cooking\"", "\"cooking\"")), Catch::Contains("section/card"));
    CHECK_THAT(errorOf("[1, 2]"), Catch::Contains("should be an object"));
    CHECK_THAT(errorOf(replaced(good, "rightjob-profile", "something-else")), Catch::Contains("not a Right Job profile"));
    // The message names the line of the problem.
    const std::string wrong = replaced(good, "\"role\": \"Job coach\"", "\"role\": 5");
    const auto line = 1 + std::count(wrong.begin(), wrong.begin() + wrong.find("\"role\": 5"), '\n');
    CHECK_THAT(errorOf(wrong), Catch::Contains("line " + std::to_string(line)));
}

TEST_CASE("Cards the layout no longer has are kept and listed", "[core][storage]")
{
    Profile profile = filledProfile();
    profile.cards["likes/gone"].answers.push_back({AnswerValue::Positive, "person", "2026-10-05T10:01:00Z", ""});
    const auto warnings = profileLayoutWarnings(profile, rightjob::testing::smallLayout());
    REQUIRE(warnings.size() == 1);
    CHECK_THAT(warnings[0], Catch::Contains("likes/gone"));
    CHECK(writeProfile(profile).find("likes/gone") != std::string::npos);
}
