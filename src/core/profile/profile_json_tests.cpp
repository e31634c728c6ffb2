#include "core/profile/profile_json.h"

#include "core/base/asset_paths.h"
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
    cooking.sharing = Sharing::Team;
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
    CHECK(back.findCard("likes/cooking")->sharing == Sharing::Team);
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
    CHECK(cooking->sharing == Sharing::Everyone);
    // Written back, it is version 4 and reads the same.
    const std::string text = writeProfile(profile);
    CHECK(text.find("\"format_version\": 4") != std::string::npos);
    CHECK(writeProfile(parseProfile(text, "again.json")) == text);
}

TEST_CASE("A profile from a newer Right Job is refused plainly", "[core][storage]")
{
    for (const char* newer : {"\"format_version\": 5", "\"format_version\": 9"}) {
        const std::string text = replaced(writeProfile(filledProfile()), "\"format_version\": 4", newer);
        CHECK_THROWS_AS(parseProfile(text, "profile.json"), NewerFormatError);
        CHECK_THAT(errorOf(text), Catch::Contains("newer Right Job"));
    }
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

namespace {

// Every string, number and true/false in a JSON document, with where it is.
void leavesOf(const Json& json, const std::string& at, std::vector<std::pair<std::string, Json>>& leaves)
{
    if (json.is_object()) {
        for (const auto& item : json.items()) {
            std::string key; // as a JSON pointer says it: "~" is "~0", "/" is "~1"
            for (const char c : item.key())
                key += c == '~' ? std::string("~0") : c == '/' ? std::string("~1") : std::string(1, c);
            leavesOf(item.value(), at + "/" + key, leaves);
        }
    } else if (json.is_array()) {
        for (std::size_t i = 0; i < json.size(); ++i)
            leavesOf(json[i], at + "/" + std::to_string(i), leaves);
    } else {
        leaves.emplace_back(at, json);
    }
}

// Reads an older file, writes it as version 4 and checks that every field
// of the old file is in the new one with the same value, but for
// not_for_sharing (now sharing) and the version.
void checkEveryFieldKept(const std::string& path)
{
    const JsonFile file = JsonFile::load(assetPath(path));
    const std::string text = writeProfile(readProfile(file));
    CHECK(text.find("\"format_version\": 4") != std::string::npos);
    CHECK(text.find("not_for_sharing") == std::string::npos);
    CHECK(writeProfile(parseProfile(text, "again.json")) == text);
    const Json written = Json::parse(text);
    std::vector<std::pair<std::string, Json>> leaves;
    leavesOf(file.root(), "", leaves);
    for (const auto& [at, value] : leaves) {
        INFO(path << " " << at);
        if (at == "/format_version")
            continue;
        const auto flag = at.rfind("/not_for_sharing");
        if (flag != std::string::npos && flag + 16 == at.size()) {
            const Json::json_pointer sharing(at.substr(0, flag) + "/sharing");
            REQUIRE(written.contains(sharing));
            CHECK(written[sharing] == (value.get<bool>() ? "nobody" : "everyone"));
            continue;
        }
        const Json::json_pointer pointer(at);
        if (at.rfind("/history/", 0) == 0) {
            // Renamed with the field it was about; found by its time.
            bool found = false;
            for (const Json& entry : written["history"])
                found = found || entry["at"] == file.root()[Json::json_pointer(at.substr(0, at.rfind('/')))]["at"];
            CHECK(found);
            continue;
        }
        REQUIRE(written.contains(pointer));
        CHECK(written[pointer] == value);
    }
}

} // namespace

TEST_CASE("Version 2 and 3 \"not for sharing\" becomes \"nobody\" in version 4", "[core][storage][migration][sharing]")
{
    for (const char* path : {"tests/data/profile-v2.json", "tests/data/profile-v3.json"}) {
        INFO(path);
        const JsonFile file = JsonFile::load(assetPath(path));
        const Profile profile = readProfile(file);
        REQUIRE(profile.findCard("likes/cooking"));
        CHECK(profile.findCard("likes/cooking")->sharing == Sharing::Nobody);
        CHECK(profile.findCard("likes/cooking")->notes.at(0).sharing == Sharing::Everyone);
        CHECK(profile.findCard("likes/music")->sharing == Sharing::Everyone);
        CHECK(profile.person.photoSharing == Sharing::Everyone);
        CHECK_FALSE(profile.onePage.chosen);
        // The migration itself, on the JSON.
        const Json migrated = migrateProfileToVersion4(file.root());
        CHECK(migrated["format_version"] == 4);
        CHECK(migrated["cards"]["likes/cooking"]["sharing"] == "nobody");
        CHECK(migrated["cards"]["likes/music"]["sharing"] == "everyone");
        CHECK_FALSE(migrated["cards"]["likes/cooking"].contains("not_for_sharing"));
        // Nothing shared with nobody reaches any reader.
        for (Reader reader : {Reader::Employer, Reader::Team, Reader::Me})
            CHECK_FALSE(profileForReader(profile, reader).findCard("likes/cooking"));
        // Written back, it is version 4, says "sharing" and keeps every field.
        const std::string text = writeProfile(profile);
        CHECK(text.find("\"sharing\": \"nobody\"") != std::string::npos);
        checkEveryFieldKept(path);
    }
}

TEST_CASE("Every field of a version 3 file means the same in version 4", "[core][storage][migration]")
{
    const Profile profile = readProfile(JsonFile::load(assetPath("tests/data/profile-v3.json")));
    CHECK(profile.isDemo);
    CHECK(profile.person.shownName() == "Kimmy");
    CHECK(profile.person.photo == "photos/kim.jpg");
    REQUIRE(profile.contributors.size() == 2);
    CHECK(profile.contributors[1].kind == ContributorKind::Observer);
    REQUIRE(profile.sessions.size() == 2);
    CHECK(profile.sessions[1].endedWhenIdle);
    REQUIRE(profile.ownCards.size() == 1);
    CHECK(profile.ownCards[0].means == "likes/food");
    CHECK(profile.ownCards[0].photo == "photos/train.jpg");
    const CardRecord* cooking = profile.findCard("likes/cooking");
    REQUIRE(cooking);
    CHECK(cooking->symbol == "bread");
    CHECK(cooking->photo == "photos/bread.jpg");
    CHECK(profile.findCard("likes/music")->answers.size() == 2);
    CHECK(profile.mats.at("likes").placed.at("cooking").x == 0.25);
    CHECK(profile.mats.at("likes").skipped == std::vector<std::string>{"music"});
    CHECK(profile.changedAt.at(changeKey::cardSharing("likes/cooking")) == "2026-03-01T09:30:00Z");
    // The history's sharing entry is named and said the new way.
    CHECK(std::find(profile.history.begin(), profile.history.end(),
                    HistoryEntry{"cards/likes/cooking/sharing", "everyone", "2026-03-01T09:02:00Z"})
          != profile.history.end());
    CHECK(std::find(profile.history.begin(), profile.history.end(), HistoryEntry{"person/name", "Kim Old", ""})
          != profile.history.end());
}

TEST_CASE("Sharing of cards, notes and the photo, and the one-page choice, are kept", "[core][storage][sharing]")
{
    Profile profile = filledProfile();
    profile.person.photoSharing = Sharing::Team;
    profile.cards["likes/cooking"].notes[0].sharing = Sharing::Nobody;
    profile.onePage.chosen = true;
    profile.onePage.items = {"likes/cooking", "likes/music"};
    const std::string text = writeProfile(profile);
    const Profile back = parseProfile(text, "profile.json");
    CHECK(back.person.photoSharing == Sharing::Team);
    CHECK(back.findCard("likes/cooking")->notes[0].sharing == Sharing::Nobody);
    CHECK(back.onePage.chosen);
    CHECK(back.onePage.items == std::vector<std::string>{"likes/cooking", "likes/music"});
    CHECK(writeProfile(back) == text);
    CHECK_THAT(errorOf(replaced(text, "\"sharing\": \"team\"", "\"sharing\": \"friends\"")),
               Catch::Contains("\"everyone\", \"team\" or \"nobody\""));
    CHECK_THAT(errorOf(replaced(text, "\"likes/music\"\n", "\"music\"\n")), Catch::Contains("section/card"));
}

TEST_CASE("Each reader sees only what is shared with them", "[core][sharing]")
{
    Profile profile = filledProfile();
    profile.cards["likes/cooking"].sharing = Sharing::Everyone;
    profile.cards["likes/cooking"].notes.push_back({"Team-only note.", "helper-1", "2026-10-05T10:04:00Z", "", Sharing::Team});
    profile.cards["likes/music"].sharing = Sharing::Team;
    profile.cards["likes/music"].answers.push_back({AnswerValue::Positive, "person", "2026-10-05T10:05:00Z", ""});
    profile.person.photoSharing = Sharing::Team;
    profile.onePage.chosen = true;
    profile.onePage.items = {"likes/cooking", "likes/music"};

    const Profile employer = profileForReader(profile, Reader::Employer);
    CHECK(employer.findCard("likes/cooking"));
    CHECK_FALSE(employer.findCard("likes/music"));
    CHECK(employer.person.photo.empty());
    CHECK(employer.onePage.items == std::vector<std::string>{"likes/cooking"});
    for (const Note& note : employer.findCard("likes/cooking")->notes)
        CHECK(note.sharing == Sharing::Everyone);

    const Profile team = profileForReader(profile, Reader::Team);
    CHECK(team.findCard("likes/music"));
    CHECK(team.person.photo == profile.person.photo);
    CHECK(team.findCard("likes/cooking")->notes.size() == profile.findCard("likes/cooking")->notes.size());

    CHECK(readerMaySee(Reader::Me, Sharing::Team));
    CHECK_FALSE(readerMaySee(Reader::Me, Sharing::Nobody));
    CHECK_FALSE(readerMaySee(Reader::Team, Sharing::Nobody));
    CHECK_FALSE(readerMaySee(Reader::Employer, Sharing::Team));
    CHECK(narrowerSharing(Sharing::Team, Sharing::Everyone) == Sharing::Team);
    CHECK(narrowerSharing(Sharing::Team, Sharing::Nobody) == Sharing::Nobody);
    for (Sharing sharing : {Sharing::Everyone, Sharing::Team, Sharing::Nobody})
        CHECK(sharingFromName(sharingName(sharing)) == sharing);
    for (Reader reader : {Reader::Employer, Reader::Team, Reader::Me})
        CHECK(readerFromName(readerName(reader)) == reader);
}

TEST_CASE("A reader's copy keeps change times only of what that reader sees, and no history", "[core][sharing][merge]")
{
    Profile profile = filledProfile();
    profile.cards["likes/cooking"].sharing = Sharing::Team;
    profile.cards["likes/music"].answers.push_back({AnswerValue::Positive, "person", "2026-10-05T10:05:00Z", ""});
    profile.cards["likes/music"].notes.push_back({"Hidden note.", "helper-1", "2026-10-05T10:06:00Z", "", Sharing::Nobody});
    profile.person.photoSharing = Sharing::Team;
    const std::string at = "2026-10-06T10:00:00Z";
    for (const std::string& key :
         {changeKey::personName(), changeKey::personPhoto(), changeKey::personPhotoSharing(),
          changeKey::cardSharing("likes/cooking"), changeKey::cardPicture("likes/music"),
          changeKey::noteSharing("likes/music", "helper-1", "2026-10-05T10:06:00Z"), changeKey::onePage()})
        profile.changedAt[key] = at;
    profile.history.push_back({"cards/likes/cooking/symbol", "secret", at});

    const Profile employer = profileForReader(profile, Reader::Employer);
    CHECK(employer.history.empty());
    CHECK(employer.changedAt.count(changeKey::personName()) == 1);
    CHECK(employer.changedAt.count(changeKey::onePage()) == 1);
    CHECK(employer.changedAt.count(changeKey::cardPicture("likes/music")) == 1);
    CHECK(employer.changedAt.count(changeKey::cardSharing("likes/cooking")) == 0);
    CHECK(employer.changedAt.count(changeKey::personPhoto()) == 0);
    CHECK(employer.changedAt.count(changeKey::personPhotoSharing()) == 0);
    CHECK(employer.changedAt.count(changeKey::noteSharing("likes/music", "helper-1", "2026-10-05T10:06:00Z")) == 0);

    const Profile team = profileForReader(profile, Reader::Team);
    CHECK(team.changedAt.count(changeKey::cardSharing("likes/cooking")) == 1);
    CHECK(team.changedAt.count(changeKey::personPhoto()) == 1);
    CHECK(team.changedAt.count(changeKey::noteSharing("likes/music", "helper-1", "2026-10-05T10:06:00Z")) == 0);
    CHECK(writeProfile(team).find("secret") == std::string::npos);
}
