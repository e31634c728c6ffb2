#include "core/jobs/vacancy.h"

#include "test_support.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace rightjob::core;
using rightjob::testing::TemporaryFolder;

namespace {

std::vector<Vacancy> someVacancies()
{
    Vacancy shelves;
    shelves.id = "shelf-filler";
    shelves.title = "Shelf filler";
    shelves.symbol = "shopping-cart";
    shelves.employer = "Green's Supermarket, High Street";
    shelves.tasks = {"Filling shelves", "Checking dates on food"};
    shelves.hoursPerWeek = 8;
    shelves.days = {Weekday::Tuesday, Weekday::Thursday};
    shelves.uses = {"likes/tidying", "good_at/following_instructions"};
    shelves.qualities = {{"places/noisy_places", QualityLevel::Sometimes, ""},
                         {"places/early_starts", QualityLevel::Always, "You start at 6 in the morning."},
                         {"places/meeting_the_public", QualityLevel::Never, ""}};

    Vacancy cafe;
    cafe.id = "cafe-helper";
    cafe.title = "Café helper";
    cafe.symbol = "hot-beverage";
    cafe.tasks = {"Wiping tables"};
    cafe.hoursPerWeek = 7.5;
    return {shelves, cafe};
}

std::string vacancyErrorOf(const std::string& text)
{
    try {
        parseVacancies(text, "vacancies.json");
    } catch (const DataError& error) {
        return error.what();
    }
    return "";
}

// The written vacancies with one piece of text replaced, to make it wrong.
std::string changed(const std::string& from, const std::string& to)
{
    std::string text = writeVacancies(someVacancies());
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

} // namespace

TEST_CASE("Vacancies written to a file read back the same", "[jobs]")
{
    const std::vector<Vacancy> vacancies = someVacancies();
    const std::string text = writeVacancies(vacancies);
    CHECK_THAT(text, Catch::Contains("\"format\": \"rightjob-vacancies\""));
    CHECK_THAT(text, Catch::Contains("\"hours_per_week\": 8,"));
    CHECK_THAT(text, Catch::Contains("\"hours_per_week\": 7.5,"));
    const std::vector<Vacancy> back = parseVacancies(text, "vacancies.json");
    CHECK(back == vacancies);
    CHECK(writeVacancies(back) == text);
    CHECK(back[0].findQuality("places/early_starts")->words == "You start at 6 in the morning.");
    CHECK(back[1].employer.empty());
    CHECK(back[1].days.empty());

    // An empty list is a file too.
    CHECK(parseVacancies(writeVacancies({}), "vacancies.json").empty());
}

TEST_CASE("Bad vacancies are reported with the file, the line and what is wrong", "[jobs]")
{
    SECTION("a level that is not in the list")
    {
        const std::string message = vacancyErrorOf(changed(R"("level": "always")", R"("level": "daily")"));
        CHECK_THAT(message, Catch::StartsWith("vacancies.json, line 30"));
        CHECK_THAT(message, Catch::Contains("\"daily\""));
    }
    SECTION("a day that is not a day")
    {
        const std::string message = vacancyErrorOf(changed(R"("thursday")", R"("thurs")"));
        CHECK_THAT(message, Catch::StartsWith("vacancies.json, line 17"));
        CHECK_THAT(message, Catch::Contains("\"thurs\" is not a day"));
    }
    SECTION("no hours")
    {
        const std::string message = vacancyErrorOf(changed(R"("hours_per_week": 8,)", R"("hours_per_week": 0,)"));
        CHECK_THAT(message, Catch::StartsWith("vacancies.json, line 14"));
        CHECK_THAT(message, Catch::Contains("more than 0 and at most 48"));
    }
    SECTION("a key nobody knows")
    {
        const std::string message = vacancyErrorOf(changed(R"("employer": "",)", R"("employer": "", "boss": "Ann",)"));
        CHECK_THAT(message, Catch::StartsWith("vacancies.json, line 43"));
        CHECK_THAT(message, Catch::Contains("\"boss\" that is not known"));
    }
    SECTION("an id used twice")
    {
        const std::string message = vacancyErrorOf(changed(R"("id": "cafe-helper")", R"("id": "shelf-filler")"));
        CHECK_THAT(message, Catch::StartsWith("vacancies.json, line 40"));
        CHECK_THAT(message, Catch::Contains("used twice"));
    }
    SECTION("a quality that is not a place card")
    {
        const std::string message = vacancyErrorOf(changed(R"("card": "places/noisy_places")", R"("card": "likes/noise")"));
        CHECK_THAT(message, Catch::StartsWith("vacancies.json, line 25"));
        CHECK_THAT(message, Catch::Contains("not a places/ card"));
    }
    SECTION("a place card named twice")
    {
        const std::string message = vacancyErrorOf(changed(R"("card": "places/early_starts")", R"("card": "places/noisy_places")"));
        CHECK_THAT(message, Catch::StartsWith("vacancies.json, line 29"));
        CHECK_THAT(message, Catch::Contains("listed twice"));
    }
    SECTION("a wrong type")
    {
        const std::string message = vacancyErrorOf(changed(R"("Wiping tables")", "12"));
        CHECK_THAT(message, Catch::StartsWith("vacancies.json, line 45"));
        CHECK_THAT(message, Catch::Contains("should be text in quotes"));
    }
    SECTION("another kind of file")
    {
        const std::string message = vacancyErrorOf(changed(R"("rightjob-vacancies")", R"("rightjob-profile")"));
        CHECK_THAT(message, Catch::StartsWith("vacancies.json, line 2"));
        CHECK_THAT(message, Catch::Contains("not a Right Job vacancies file"));
    }
}

TEST_CASE("Vacancies are kept in vacancies.json in the data folder, saved whole", "[jobs]")
{
    TemporaryFolder folder;
    VacancyStore store(folder.file("data"));
    CHECK(store.path() == folder.file("data") + "/vacancies.json");
    CHECK(store.load().empty()); // nothing saved yet

    const FileResult saved = store.save(someVacancies());
    REQUIRE(saved.ok);
    CHECK(store.load() == someVacancies());

    // Saving again replaces the file and leaves no temporary file behind.
    std::vector<Vacancy> fewer = someVacancies();
    fewer.pop_back();
    REQUIRE(store.save(fewer).ok);
    CHECK(store.load() == fewer);
    int files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(folder.file("data"))) {
        (void)entry;
        ++files;
    }
    CHECK(files == 1);

    // A damaged file is reported, not taken as empty.
    rightjob::testing::writeTextFile(store.path(), "{\"format\": \"rightjob-vacancies\", ");
    CHECK_THROWS_AS(store.load(), DataError);
}

TEST_CASE("A new vacancy gets an id from its title", "[jobs]")
{
    const std::vector<Vacancy> vacancies = someVacancies();
    CHECK(newVacancyId(vacancies, "Shelf filler") == "shelf-filler-2");
    CHECK(newVacancyId(vacancies, "Dog walker!") == "dog-walker");
    CHECK(newVacancyId(vacancies, "???") == "vacancy");
}
