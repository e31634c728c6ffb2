// Properties of matching over generated profiles (every section, answers by
// the person, a supporter and an observer, own cards with a meaning): a
// reason only cites an answer the person has; a dislike is never a reason;
// adding a like never lowers a job that uses it; a job with a quality at
// "often" or more that someone said is not good carries a warning, in the
// matcher, in the jobs screen's cache and in the summary every export
// writes; the order answers came in does not change the results; and every
// sentence is easy to read.

#include "core/base/easy_read.h"
#include "core/jobs/job_matching.h"
#include "core/summary/summary.h"

#include "core/summary/shipped_matching_for_tests.h"
#include "test_support.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <map>

using namespace rightjob::core;
using rightjob::testing::assetPathForTest;

namespace {

const rightjob::testing::ShippedMatching& shipped()
{
    return rightjob::testing::shippedMatching();
}

class Random {
public:
    explicit Random(std::uint64_t seed) : m_state(seed) {}
    std::uint32_t below(std::uint32_t count)
    {
        m_state = m_state * 6364136223846793005ull + 1442695040888963407ull;
        return static_cast<std::uint32_t>(m_state >> 33) % count;
    }

private:
    std::uint64_t m_state;
};

const char* const kSections[] = {"about_me", "likes", "good_at", "communication", "places", "feelings", "tasters", "practical"};

Profile generatedProfile(int seed)
{
    Random random(static_cast<std::uint64_t>(seed) * 7919u + 17u);
    const Layout& layout = shipped().layout;
    Profile profile;
    profile.id = "generated-" + std::to_string(seed);
    profile.layoutId = "vocational_profile";
    profile.person.name = "Person " + std::to_string(seed);
    profile.contributors = {{"karen", ContributorKind::Supporter, "Karen", "Mum"},
                            {"sam", ContributorKind::Supporter, "Sam", "Job coach"},
                            {"priya", ContributorKind::Observer, "Priya", "Café manager"}};
    const char* givers[] = {kPersonGiver, kPersonGiver, "karen", "sam", "priya"};
    int second = 0;
    auto answer = [&](const std::string& key) {
        Answer given;
        given.value = static_cast<AnswerValue>(random.below(3));
        given.by = givers[random.below(5)];
        given.at = "2026-10-05T1" + std::to_string(second / 3600 % 10) + ":" + std::to_string(10 + second / 60 % 50) + ":"
                   + std::to_string(10 + second % 50) + "Z";
        ++second;
        profile.cards[key].answers.push_back(given);
    };
    for (const char* sectionId : kSections) {
        const SectionDefinition* section = layout.findSection(sectionId);
        REQUIRE(section);
        for (const auto& card : section->cards) {
            if (random.below(3) != 0)
                continue;
            const std::string key = cardKey(section->id, card.id);
            answer(key);
            if (random.below(4) == 0)
                answer(key);
        }
    }
    // An own card that means a layout card, and one that is something new.
    const SectionDefinition* places = layout.findSection("places");
    OwnCard own;
    own.section = "places";
    own.id = "own-1";
    own.label = "Loud hand dryers";
    own.addedBy = "karen";
    own.addedAt = "2026-10-05T10:00:00Z";
    own.means = cardKey("places", places->cards[random.below(static_cast<std::uint32_t>(places->cards.size()))].id);
    profile.ownCards.push_back(own);
    answer("places/own-1");
    own.section = "likes";
    own.id = "own-2";
    own.label = "Trains";
    own.means = "";
    profile.ownCards.push_back(own);
    answer("likes/own-2");
    return profile;
}

std::map<std::string, double> scoresById(const std::vector<MatchResult>& results)
{
    std::map<std::string, double> scores;
    for (const auto& result : results)
        scores[result.id] = result.score;
    return scores;
}

bool saidNotGoodByAnyone(const Profile& profile, const std::string& key)
{
    const CardRecord* record = profile.findCard(key);
    if (!record)
        return false;
    std::vector<std::string> seen;
    for (auto it = record->answers.rbegin(); it != record->answers.rend(); ++it) {
        if (std::find(seen.begin(), seen.end(), it->by) != seen.end())
            continue;
        seen.push_back(it->by);
        if (it->value == AnswerValue::Negative)
            return true;
    }
    return false;
}

std::vector<const MatchNote*> notesOf(const MatchResult& result)
{
    std::vector<const MatchNote*> notes;
    for (const auto* list : {&result.reasons, &result.thinkAbout, &result.warnings})
        for (const auto& note : *list)
            notes.push_back(&note);
    return notes;
}

constexpr int kPeople = 40;

} // namespace

TEST_CASE("Property: every note cites a real answer, and a dislike is never a reason", "[matching][property]")
{
    const auto& s = shipped();
    for (int seed = 0; seed < kPeople; ++seed) {
        const Profile profile = generatedProfile(seed);
        const auto results = matchPerson(profile, s.layout, s.catalogue, {}, s.weights);
        for (const auto& result : results)
            for (const MatchNote* note : notesOf(result)) {
                INFO("seed " << seed << ", " << result.id << ": " << note->text);
                const auto answer = profile.latestAnswer(note->cardKey, note->giver);
                REQUIRE(answer);
                CHECK(answer->value == note->answer);
            }
        for (const auto& result : results)
            for (const auto& note : result.reasons) {
                INFO("seed " << seed << ", " << result.id << ": " << note.text);
                if (note.kind == NoteKind::AvoidsHardPlace)
                    continue; // "It is not noisy." for someone who said noise is not good
                CHECK(note.answer != AnswerValue::Negative);
                CHECK((note.kind == NoteKind::Like || note.kind == NoteKind::GoodAt || note.kind == NoteKind::GoodPlace
                       || note.kind == NoteKind::Taster));
            }
    }
}

TEST_CASE("Property: adding a like never lowers a job that uses it", "[matching][property]")
{
    const auto& s = shipped();
    const SectionDefinition* likes = s.layout.findSection("likes");
    for (int seed = 0; seed < kPeople; ++seed) {
        Profile profile = generatedProfile(seed);
        const std::string key = cardKey("likes", likes->cards[static_cast<std::size_t>(seed) % likes->cards.size()].id);
        const auto before = scoresById(matchPerson(profile, s.layout, s.catalogue, {}, s.weights));
        Answer like;
        like.value = AnswerValue::Positive;
        like.by = kPersonGiver;
        like.at = "2026-12-01T10:00:00Z";
        profile.cards[key].answers.push_back(like);
        const auto after = scoresById(matchPerson(profile, s.layout, s.catalogue, {}, s.weights));
        for (const auto& job : s.catalogue.jobs) {
            if (std::find(job.uses.begin(), job.uses.end(), key) == job.uses.end())
                continue;
            INFO("seed " << seed << ", " << key << ", " << job.id);
            CHECK(after.at(job.id) >= before.at(job.id) - 1e-9);
        }
    }
}

TEST_CASE("Property: a quality someone said is not good carries a warning in match, the jobs screen and the summary",
          "[matching][property]")
{
    const auto& s = shipped();
    MatchCache cache(s.layout, s.catalogue, s.weights);
    for (int seed = 0; seed < kPeople; ++seed) {
        const Profile profile = generatedProfile(seed);
        const auto results = matchPerson(profile, s.layout, s.catalogue, {}, s.weights);
        const auto screen = cache.matchPerson(profile);
        REQUIRE(screen.size() == results.size());
        for (std::size_t i = 0; i < results.size(); ++i) {
            CHECK(screen[i].id == results[i].id);
            CHECK(screen[i].warnings.size() == results[i].warnings.size());
        }
        for (const auto& result : results) {
            if (result.carved || result.source != MatchSource::CatalogueJob)
                continue;
            const Job* job = s.catalogue.findJob(result.id);
            REQUIRE(job);
            for (const auto& quality : job->qualities) {
                if (quality.level < QualityLevel::Often || !saidNotGoodByAnyone(profile, quality.card))
                    continue;
                INFO("seed " << seed << ", " << job->id << ", " << quality.card);
                CHECK(std::any_of(result.warnings.begin(), result.warnings.end(),
                                  [&](const MatchNote& note) { return note.aboutCard == quality.card; }));
                CHECK(result.band != FitBand::Good);
            }
        }

        // The summary (what every export writes) shows each listed job's warnings.
        SummaryOptions options;
        options.madeOn = "2026-11-05";
        options.words = s.words;
        options.catalogue = &s.catalogue;
        options.weights = &s.weights;
        const SummaryDocument summary = makeSummary(profile, s.layout, options);
        const auto shared = matchPerson(profileForReader(profile, options.reader), s.layout, s.catalogue, {}, s.weights);
        for (const auto& part : summary.parts) {
            if (part.kind != PartKind::Jobs)
                continue;
            for (const auto& group : part.groups) {
                const auto found = std::find_if(shared.begin(), shared.end(),
                                                [&](const MatchResult& r) { return r.id == group.source.jobId; });
                REQUIRE(found != shared.end());
                for (const auto& warning : found->warnings) {
                    INFO("seed " << seed << ", " << found->id << ": " << warning.text);
                    CHECK(std::any_of(group.lines.begin(), group.lines.end(),
                                      [&](const SummaryLine& line) { return line.text == warning.text; }));
                }
            }
        }
    }
}

TEST_CASE("Property: the order answers came in does not change the results", "[matching][property]")
{
    const auto& s = shipped();
    for (int seed = 0; seed < kPeople; ++seed) {
        const Profile profile = generatedProfile(seed);
        // The same answers, each giver's in the same order, but the givers
        // interleaved the other way round, and the contributors and own
        // cards listed backwards.
        Profile turned = profile;
        std::reverse(turned.contributors.begin(), turned.contributors.end());
        std::reverse(turned.ownCards.begin(), turned.ownCards.end());
        for (auto& [key, record] : turned.cards) {
            std::stable_sort(record.answers.begin(), record.answers.end(),
                             [](const Answer& a, const Answer& b) { return a.by > b.by; });
        }
        const auto a = matchPerson(profile, s.layout, s.catalogue, {}, s.weights);
        const auto b = matchPerson(turned, s.layout, s.catalogue, {}, s.weights);
        REQUIRE(a.size() == b.size());
        for (std::size_t i = 0; i < a.size(); ++i) {
            INFO("seed " << seed << " at " << i);
            CHECK(a[i].id == b[i].id);
            CHECK(a[i].score == Approx(b[i].score));
            CHECK(a[i].band == b[i].band);
            const auto notesA = notesOf(a[i]);
            const auto notesB = notesOf(b[i]);
            REQUIRE(notesA.size() == notesB.size());
            for (std::size_t n = 0; n < notesA.size(); ++n)
                CHECK(notesA[n]->text == notesB[n]->text);
        }
    }
}

TEST_CASE("Property: every sentence the matcher and the summary make is easy to read", "[matching][property][easy-read]")
{
    const auto& s = shipped();
    for (int seed = 0; seed < kPeople; ++seed) {
        const Profile profile = generatedProfile(seed);
        std::vector<std::string> sentences;
        const auto results = matchPerson(profile, s.layout, s.catalogue, {}, s.weights);
        for (const auto& result : results) {
            sentences.push_back(result.title);
            sentences.push_back(matchStandingWords(result));
            for (const MatchNote* note : notesOf(result))
                sentences.push_back(note->text);
            if (result.carving)
                for (const auto& sentence : result.carving->sentences)
                    sentences.push_back(sentence);
        }
        for (const auto& sentence : matchReadiness(profile, s.layout, s.weights).sentences)
            sentences.push_back(sentence);
        SummaryOptions options;
        options.madeOn = "2026-11-05";
        options.words = s.words;
        options.catalogue = &s.catalogue;
        options.weights = &s.weights;
        for (const auto& sentence : summarySentences(makeSummary(profile, s.layout, options)))
            sentences.push_back(sentence);
        for (const auto& sentence : sentences) {
            INFO("seed " << seed << ": " << sentence);
            CHECK(longestSentenceWords(sentence) <= 15);
            CHECK(sentence.find('{') == std::string::npos);
        }
    }
}
