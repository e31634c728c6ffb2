// A fixed, generated population matched against the shipped catalogue and
// generated vacancies, written out in full (ranking, scores, every reason,
// warning and carved role) and compared with tests/data/job_matching_golden.txt.
// It keeps speed work on the matcher honest: a faster matcher must give the
// same results, word for word.
//
// When the catalogue, the weights or the layout change on purpose, the
// results change too: run the test with RIGHTJOB_UPDATE_GOLDEN=1 to write
// the file again, and read its diff before committing it.

#include "core/jobs/job_matching.h"

#include "test_support.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <sstream>

using namespace rightjob::core;
using rightjob::testing::assetPathForTest;

namespace {

// A small random number generator of our own, so that the population is the
// same with every standard library.
class Generator {
public:
    explicit Generator(std::uint64_t seed) : m_state(seed) {}

    std::uint32_t below(std::uint32_t count)
    {
        m_state = m_state * 6364136223846793005ull + 1442695040888963407ull;
        return static_cast<std::uint32_t>(m_state >> 33) % count;
    }

private:
    std::uint64_t m_state;
};

std::vector<std::string> answerableCards(const Layout& layout)
{
    std::vector<std::string> keys;
    for (const auto& section : layout.sections)
        if (section.id == "likes" || section.id == "good_at" || section.id == "places")
            for (const auto& card : section.cards)
                keys.push_back(cardKey(section.id, card.id));
    return keys;
}

// People who answered about half the cards, some answers by the person and
// some by a supporter or an observer, a few cards answered twice.
std::vector<Profile> generatedPeople(const Layout& layout, int count, Generator& random)
{
    const std::vector<std::string> keys = answerableCards(layout);
    const char* givers[] = {kPersonGiver, "karen", "priya", kPersonGiver};
    std::vector<Profile> people;
    for (int i = 0; i < count; ++i) {
        Profile person;
        person.id = "person-" + std::to_string(100 + i);
        person.layoutId = "vocational_profile";
        person.person.name = "Person " + std::to_string(i);
        person.contributors = {{"karen", ContributorKind::Supporter, "Karen", "Mum"},
                               {"priya", ContributorKind::Observer, "Priya", "Café manager"}};
        int second = 0;
        for (const auto& key : keys) {
            if (random.below(2) == 0)
                continue;
            const int answers = random.below(4) == 0 ? 2 : 1;
            for (int a = 0; a < answers; ++a) {
                Answer answer;
                answer.value = static_cast<AnswerValue>(random.below(3));
                answer.by = givers[random.below(4)];
                answer.at = "2026-10-05T10:" + std::to_string(10 + second / 60 % 50) + ":" + std::to_string(10 + second % 50) + "Z";
                ++second;
                person.cards[key].answers.push_back(answer);
            }
        }
        people.push_back(std::move(person));
    }
    return people;
}

std::vector<Vacancy> generatedVacancies(const JobCatalogue& catalogue, int count, Generator& random)
{
    std::vector<Vacancy> vacancies;
    for (int i = 0; i < count; ++i) {
        const Job& job = catalogue.jobs[random.below(static_cast<std::uint32_t>(catalogue.jobs.size()))];
        Vacancy vacancy;
        vacancy.id = "vacancy-" + std::to_string(1000 + i);
        vacancy.title = job.title;
        vacancy.symbol = job.symbol;
        vacancy.hoursPerWeek = 16;
        vacancy.tasks = {"Filling shelves"};
        vacancy.uses = job.uses;
        for (const auto& quality : job.qualities) {
            const bool ownWords = random.below(8) == 0;
            vacancy.qualities.push_back({quality.card, static_cast<QualityLevel>(random.below(4)),
                                         ownWords ? "The place is like this every day." : ""});
        }
        vacancies.push_back(vacancy);
    }
    return vacancies;
}

void writeNotes(std::ostream& out, const char* what, const std::vector<MatchNote>& notes)
{
    for (const auto& note : notes) {
        out << "    " << what << " " << static_cast<int>(note.kind) << " " << note.cardKey << " by " << note.giver
            << " answer " << static_cast<int>(note.answer) << " level "
            << (note.level ? qualityLevelName(*note.level) : "-") << " weight " << note.weight
            << (note.sharing == Sharing::Nobody ? " not-for-sharing" : "") << ": " << note.text << "\n";
    }
}

void writeResult(std::ostream& out, const MatchResult& result)
{
    out << "  " << (result.source == MatchSource::Vacancy ? "vacancy " : "job ") << result.id << " \"" << result.title
        << "\" " << fitBandName(result.band) << " score " << result.score << " " << confidenceName(result.confidence)
        << " answered " << result.answeredShare << "\n";
    writeNotes(out, "reason", result.reasons);
    writeNotes(out, "think", result.thinkAbout);
    writeNotes(out, "warning", result.warnings);
    if (result.carving) {
        out << "    carved " << result.carving->hoursPerWeek << " hours:";
        for (const auto& task : result.carving->tasks)
            out << " " << task.taskId << " (" << task.score << ")";
        out << ": " << result.carving->sentence << "\n";
    }
}

// Whether the results come from matchPerson and matchVacancy, or from a
// MatchCache holding the same people and vacancies.
enum class Through { FreeFunctions, Cache };

std::string goldenText(Through through)
{
    const JobCatalogue catalogue = loadJobCatalogue(assetPathForTest("assets/jobs/catalogue.json"));
    const MatchWeights weights = loadMatchWeights(assetPathForTest("assets/jobs/weights.json"));
    const Layout layout = rightjob::testing::shippedLayout("vocational_profile");
    Generator random(20261123);
    const std::vector<Profile> people = generatedPeople(layout, 12, random);
    const std::vector<Vacancy> vacancies = generatedVacancies(catalogue, 300, random);

    MatchCache cache(layout, catalogue, weights);
    cache.setVacancies(vacancies);
    for (const auto& person : people)
        cache.holdPerson(person, 1);
    const auto personResults = [&](const Profile& person, std::size_t limit) {
        return through == Through::Cache ? cache.matchPerson(person, limit)
                                         : matchPerson(person, layout, catalogue, vacancies, weights, limit);
    };
    const auto vacancyResults = [&](const Vacancy& vacancy, std::size_t limit) {
        return through == Through::Cache ? cache.matchVacancy(vacancy, limit)
                                         : matchVacancy(vacancy, people, layout, catalogue, weights, limit);
    };

    std::ostringstream out;
    out.precision(10);
    for (const auto& person : people) {
        out << person.id << ": the best 12 of " << catalogue.jobs.size() + vacancies.size() << "\n";
        for (const auto& result : personResults(person, 12))
            writeResult(out, result);
    }
    for (std::size_t v = 0; v < 4; ++v) {
        out << vacancies[v].id << ": the best 5 people\n";
        for (const auto& match : vacancyResults(vacancies[v], 5)) {
            out << "  person " << match.profileId << " (" << match.personIndex << ")\n";
            writeResult(out, match.result);
        }
        out << vacancies[v].id << ": everyone\n";
        for (const auto& match : vacancyResults(vacancies[v], kAllResults))
            out << "  person " << match.profileId << " " << fitBandName(match.result.band) << " " << match.result.score << "\n";
    }
    return out.str();
}

std::vector<std::string> linesOf(const std::string& text)
{
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        lines.push_back(line);
    return lines;
}

} // namespace

TEST_CASE("A generated population gets exactly the results recorded in tests/data", "[jobs]")
{
    const std::string path = assetPathForTest("tests/data/job_matching_golden.txt");
    const std::string text = goldenText(Through::FreeFunctions);
    if (const char* update = std::getenv("RIGHTJOB_UPDATE_GOLDEN"); update && std::string(update) == "1") {
        std::ofstream(path, std::ios::binary) << text;
        WARN("wrote " << path);
    }
    std::ifstream file(path, std::ios::binary);
    REQUIRE(file.good());
    std::stringstream recorded;
    recorded << file.rdbuf();

    const std::vector<std::string> expected = linesOf(recorded.str());
    const std::vector<std::string> actual = linesOf(text);
    CHECK(actual.size() == expected.size());
    for (std::size_t i = 0; i < std::min(actual.size(), expected.size()); ++i) {
        if (actual[i] != expected[i]) {
            INFO("the first line that differs, line " << i + 1);
            CHECK(actual[i] == expected[i]);
            break;
        }
    }
    CHECK(actual.size() > 200); // the population really was matched
}

TEST_CASE("A match cache holding the same population gives the same results, word for word", "[jobs]")
{
    const std::string direct = goldenText(Through::FreeFunctions);
    const std::vector<std::string> expected = linesOf(direct);
    const std::vector<std::string> actual = linesOf(goldenText(Through::Cache));
    CHECK(actual.size() == expected.size());
    for (std::size_t i = 0; i < std::min(actual.size(), expected.size()); ++i) {
        if (actual[i] != expected[i]) {
            INFO("the first line that differs, line " << i + 1);
            CHECK(actual[i] == expected[i]);
            break;
        }
    }
    CHECK(actual.size() > 200);
}
