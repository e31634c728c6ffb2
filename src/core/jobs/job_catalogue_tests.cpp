#include "core/jobs/job_catalogue.h"
#include "core/summary/shipped_matching_for_tests.h"

#include "test_support.h"

#include <catch2/catch.hpp>

using namespace rightjob::core;
using rightjob::testing::assetPathForTest;
using rightjob::testing::shippedLayout;

namespace {

// A small catalogue that is right in every way; tests change one thing in it.
std::string smallCatalogueText()
{
    return R"({
  "format": "rightjob-jobs",
  "format_version": 1,
  "source": "made for the tests",
  "sectors": [
    {"id": "retail", "title": "Shops", "symbol": "shopping-cart", "where": "in a shop"}
  ],
  "place_words": [
    {"card": "places/noisy_places", "good": "Noisy places are good for you.", "not_good": "Noisy places are not good for you.", "always": "It is noisy all the time.", "often": "It is often noisy.", "sometimes": "It is noisy some of the time.", "never": "It is not noisy."},
    {"card": "places/indoors", "good": "Working inside is good for you.", "not_good": "Working inside is not good for you.", "always": "You work inside all the time.", "often": "You work inside most of the time.", "sometimes": "You work inside some of the time.", "never": "You do not work inside."}
  ],
  "jobs": [
    {
      "id": "shelf_filler",
      "onet_code": "53-7065.00",
      "onet_title": "Stockers and Order Fillers",
      "title": "Shelf filler",
      "description": "You fill the shelves in a shop.",
      "symbol": "shopping-cart",
      "sector": "retail",
      "hours": {"min_per_week": 8, "max_per_week": 37, "typical": "Early mornings"},
      "uses": ["likes/tidying", "good_at/lifting_and_carrying"],
      "qualities": [
        {"card": "places/noisy_places", "level": "sometimes", "source": "judgement", "words": "The shop is noisy at some times."},
        {"card": "places/indoors", "level": "always", "source": "onet", "onet_element": "4.C.2.a.1.a", "words": "You work inside."}
      ],
      "tasks": [
        {"id": "fill", "title": "Filling shelves", "symbol": "shopping-cart", "uses": ["good_at/lifting_and_carrying"], "qualities": ["places/indoors"]}
      ]
    }
  ]
}
)";
}

// The small catalogue with one piece of text replaced, to make it wrong.
std::string changed(const std::string& from, const std::string& to)
{
    std::string text = smallCatalogueText();
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

std::string catalogueErrorOf(const std::string& text)
{
    try {
        readJobCatalogue(JsonFile::parse(text, "jobs/test.json"));
    } catch (const DataError& error) {
        return error.what();
    }
    return "";
}

std::string weightsText()
{
    return readWholeFile(assetPathForTest("assets/jobs/weights.json"));
}

std::string weightsErrorOf(const std::string& text)
{
    try {
        readMatchWeights(JsonFile::parse(text, "jobs/weights.json"));
    } catch (const DataError& error) {
        return error.what();
    }
    return "";
}

std::string changedWeights(const std::string& from, const std::string& to)
{
    std::string text = weightsText();
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

} // namespace

TEST_CASE("The shipped catalogue loads, with every card it names in the vocational profile", "[jobs]")
{
    const JobCatalogue catalogue = loadJobCatalogue(assetPathForTest("assets/jobs/catalogue.json"));
    CHECK(catalogue.jobs.size() >= 60);
    CHECK(catalogueLayoutProblems(catalogue, shippedLayout("vocational_profile")).empty());
    // The same content rules as check_catalogue.py.
    CHECK(catalogueContentProblems(catalogue).empty());

    for (const auto& job : catalogue.jobs) {
        INFO(job.id);
        CHECK(catalogue.findSector(job.sector));
        CHECK_FALSE(catalogue.whereOf(job).empty());
        CHECK_FALSE(job.tasks.empty());
        CHECK(job.hours.minPerWeek <= job.hours.maxPerWeek);
        for (const auto& quality : job.qualities) {
            CHECK(catalogue.findPlaceWords(quality.card));
            CHECK((quality.source == QualitySource::Onet) == !quality.onetElement.empty());
        }
    }
    const Job* kennels = catalogue.findJob("kennel_assistant");
    REQUIRE(kennels);
    CHECK(kennels->findQuality("places/noisy_places")->level == QualityLevel::Always);
    CHECK(catalogue.findPlaceWords("places/noisy_places")->forLevel(QualityLevel::Often) == "It is often noisy.");
}

TEST_CASE("The small test catalogue is right", "[jobs]")
{
    const JobCatalogue catalogue = readJobCatalogue(JsonFile::parse(smallCatalogueText(), "jobs/test.json"));
    REQUIRE(catalogue.jobs.size() == 1);
    const Job& job = catalogue.jobs[0];
    CHECK(job.title == "Shelf filler");
    CHECK_FALSE(job.ukSoc);
    CHECK(job.qualities[1].source == QualitySource::Onet);
    CHECK(job.qualities[1].onetElement == "4.C.2.a.1.a");
    CHECK(catalogue.whereOf(job) == "in a shop");
    CHECK(job.tasks[0].uses == std::vector<std::string>{"good_at/lifting_and_carrying"});
}

TEST_CASE("A bad catalogue is reported with the file, the line and what is wrong", "[jobs]")
{
    SECTION("a key nobody knows")
    {
        const std::string message = catalogueErrorOf(changed(R"("symbol": "shopping-cart",
      "sector")", R"("symbol": "shopping-cart", "colour": "red",
      "sector")"));
        CHECK_THAT(message, Catch::StartsWith("jobs/test.json, line 19"));
        CHECK_THAT(message, Catch::Contains("\"colour\" that is not known"));
    }
    SECTION("a wrong type")
    {
        const std::string message = catalogueErrorOf(changed(R"("min_per_week": 8)", R"("min_per_week": "8")"));
        CHECK_THAT(message, Catch::StartsWith("jobs/test.json, line 21"));
        CHECK_THAT(message, Catch::Contains("should be a whole number"));
    }
    SECTION("a job id used twice")
    {
        std::string text = smallCatalogueText();
        const auto start = text.find("    {\n      \"id\": \"shelf_filler\"");
        const auto end = text.find("\n  ]\n}");
        const std::string job = text.substr(start, end - start);
        text.insert(end, ",\n" + job);
        const std::string message = catalogueErrorOf(text);
        CHECK_THAT(message, Catch::StartsWith("jobs/test.json, line 32"));
        CHECK_THAT(message, Catch::Contains("\"shelf_filler\" is used twice"));
    }
    SECTION("a level that is not in the list")
    {
        const std::string message = catalogueErrorOf(changed(R"("level": "sometimes")", R"("level": "usually")"));
        CHECK_THAT(message, Catch::StartsWith("jobs/test.json, line 24"));
        CHECK_THAT(message, Catch::Contains("\"usually\"; it should be \"never\", \"sometimes\", \"often\" or \"always\""));
    }
    SECTION("an O*NET quality without its element")
    {
        const std::string message = catalogueErrorOf(changed(R"("onet_element": "4.C.2.a.1.a", )", ""));
        CHECK_THAT(message, Catch::StartsWith("jobs/test.json, line 25"));
        CHECK_THAT(message, Catch::Contains("needs an \"onet_element\""));
    }
    SECTION("an O*NET element on our own judgement")
    {
        const std::string message = catalogueErrorOf(
            changed(R"("source": "judgement", "words")", R"("source": "judgement", "onet_element": "4.C.2.b.1.a", "words")"));
        CHECK_THAT(message, Catch::StartsWith("jobs/test.json, line 24"));
        CHECK_THAT(message, Catch::Contains("only a quality whose source is \"onet\""));
    }
    SECTION("a place card with no words")
    {
        const std::string message = catalogueErrorOf(changed(R"("card": "places/noisy_places", "level")",
                                                             R"("card": "places/busy_places", "level")"));
        CHECK_THAT(message, Catch::StartsWith("jobs/test.json, line 24"));
        CHECK_THAT(message, Catch::Contains("\"places/busy_places\" has no words"));
    }
    SECTION("a use that is not a likes or good_at card")
    {
        const std::string message = catalogueErrorOf(changed(R"(["likes/tidying", )", R"(["places/tidying", )"));
        CHECK_THAT(message, Catch::StartsWith("jobs/test.json, line 22"));
        CHECK_THAT(message, Catch::Contains("not a likes/ or good_at/ card"));
    }
    SECTION("a task card the job does not use")
    {
        const std::string message = catalogueErrorOf(
            changed(R"("uses": ["good_at/lifting_and_carrying"], "qualities")", R"("uses": ["good_at/counting"], "qualities")"));
        CHECK_THAT(message, Catch::StartsWith("jobs/test.json, line 28"));
        CHECK_THAT(message, Catch::Contains("\"good_at/counting\" is not in the job's \"uses\""));
    }
    SECTION("an unknown sector")
    {
        const std::string message = catalogueErrorOf(changed(R"("sector": "retail")", R"("sector": "shops")"));
        CHECK_THAT(message, Catch::StartsWith("jobs/test.json, line 20"));
        CHECK_THAT(message, Catch::Contains("\"shops\" is not one of the catalogue's sectors"));
    }
    SECTION("hours out of range")
    {
        const std::string message = catalogueErrorOf(changed(R"("max_per_week": 37)", R"("max_per_week": 60)"));
        CHECK_THAT(message, Catch::StartsWith("jobs/test.json, line 21"));
        CHECK_THAT(message, Catch::Contains("\"max_per_week\" should be from"));
    }
    SECTION("a file cut short")
    {
        const std::string text = smallCatalogueText();
        const std::string message = catalogueErrorOf(text.substr(0, text.size() / 2));
        CHECK_THAT(message, Catch::Contains("ends too soon"));
    }
}

TEST_CASE("Cards the layout does not have are listed for rightjob check", "[jobs]")
{
    JobCatalogue catalogue = readJobCatalogue(JsonFile::parse(changed("likes/tidying", "likes/dogs"), "jobs/test.json"));
    const auto problems = catalogueLayoutProblems(catalogue, shippedLayout("vocational_profile"));
    REQUIRE(problems.size() == 1);
    CHECK_THAT(problems[0], Catch::Contains("jobs/test.json"));
    CHECK_THAT(problems[0], Catch::Contains("\"shelf_filler\""));
    CHECK_THAT(problems[0], Catch::Contains("\"likes/dogs\""));

    // The content rules find what the small catalogue lacks.
    const auto content = catalogueContentProblems(catalogue);
    CHECK_FALSE(content.empty());
    CHECK_THAT(content[0], Catch::Contains("has 1 tasks; a job needs 3 to 6"));
}

TEST_CASE("The shipped weights load, and bad weights are reported with the line", "[jobs]")
{
    const MatchWeights weights = loadMatchWeights(assetPathForTest("assets/jobs/weights.json"));
    CHECK(weights.answerValue(AnswerValue::Positive) == 1.0);
    CHECK(weights.levelValue(QualityLevel::Never) < 0);
    // A "not good for me" place that the job has often or always is a strong warning.
    CHECK(weights.strongWarningMinLevel <= QualityLevel::Often);
    CHECK(weights.goodBandMin >= weights.maybeBandMin);
    CHECK(weights.maxReasons > 0);

    SECTION("a level that is not in the list")
    {
        const std::string message = weightsErrorOf(changedWeights(R"("min_level": "often")", R"("min_level": "mostly")"));
        CHECK_THAT(message, Catch::StartsWith("jobs/weights.json, line 11"));
        CHECK_THAT(message, Catch::Contains("\"mostly\""));
    }
    SECTION("a number out of range")
    {
        const std::string message = weightsErrorOf(changedWeights(R"("others_factor": 0.8)", R"("others_factor": 1.8)"));
        CHECK_THAT(message, Catch::StartsWith("jobs/weights.json, line 5"));
        CHECK_THAT(message, Catch::Contains("should be from 0 to 1"));
    }
    SECTION("a key nobody knows")
    {
        const std::string message = weightsErrorOf(changedWeights(R"("max_tasks": 3,)", R"("max_tasks": 3, "max_task": 3,)"));
        CHECK_THAT(message, Catch::StartsWith("jobs/weights.json, line 14"));
        CHECK_THAT(message, Catch::Contains("\"max_task\" that is not known"));
    }
    SECTION("a sentence without its placeholder")
    {
        const std::string message = weightsErrorOf(changedWeights(R"("You like {phrase}.")", R"("You like it.")"));
        CHECK_THAT(message, Catch::Contains("should contain {phrase}"));
        CHECK(message.find("line 0") == std::string::npos);
    }
}

TEST_CASE("Every like and skill the vocational profile asks about counts for some job, or is named here",
          "[jobs][matching]")
{
    // A skill the person has that no job uses is never a reason: "good at
    // cleaning" once counted for no job at all. These cards are left out on
    // purpose: they tell nothing about one job more than another (every job
    // earns money, every job needs tasks finished), or no entry-level job of
    // the catalogue honestly uses them.
    const std::vector<std::string> notAboutJobs = {
        "likes/music",  "likes/video_games",      "likes/films",     "likes/dancing",
        "likes/swimming", "likes/jokes", "likes/earning_money", "good_at/writing", "good_at/finishing_a_task"};
    const auto& shipped = rightjob::testing::shippedMatching();
    for (const auto& section : shipped.layout.sections) {
        if (section.id != "likes" && section.id != "good_at")
            continue;
        for (const auto& card : section.cards) {
            const std::string key = section.id + "/" + card.id;
            const bool named = std::find(notAboutJobs.begin(), notAboutJobs.end(), key) != notAboutJobs.end();
            const bool used = std::any_of(shipped.catalogue.jobs.begin(), shipped.catalogue.jobs.end(), [&](const Job& job) {
                return std::find(job.uses.begin(), job.uses.end(), key) != job.uses.end();
            });
            const bool evidence = shipped.weights.findEvidence(key, AnswerValue::Positive) != nullptr;
            INFO(key);
            CHECK(named != (used || evidence));
        }
    }
}
