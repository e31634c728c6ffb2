// Profiles written as job coaches write them (tests/data/coach_profiles/,
// one JSON file each, built by hand from real kinds of people), matched
// against the shipped catalogue, weights and layout, with what a job coach
// would accept asserted for each: the story of issue 15 (food, cleaning,
// crowds are not good, a café stock job), animals and noise, computers and
// no strangers, people and chatting, a near-empty and an all "not sure"
// profile, views only from Mum, 16 hours wanted, a hated taster, a
// supporter who disagrees, someone who wants variety, no weekends, and own
// cards. Every sentence the matcher and the summary make for them is checked
// against the easy-read rules.

#include "core/base/easy_read.h"
#include "core/jobs/job_matching.h"
#include "core/profile/profile_json.h"
#include "core/summary/summary.h"

#include "core/summary/shipped_matching_for_tests.h"
#include "test_support.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>

using namespace rightjob::core;
using rightjob::testing::assetPathForTest;

namespace {

const rightjob::testing::ShippedMatching& shipped()
{
    return rightjob::testing::shippedMatching();
}

Profile coachProfile(const std::string& name)
{
    const std::string path = assetPathForTest("tests/data/coach_profiles/" + name + ".json");
    std::ifstream in(path, std::ios::binary);
    REQUIRE(in.good());
    std::stringstream text;
    text << in.rdbuf();
    return parseProfile(text.str(), path);
}

// The summary options every export uses, with the shipped catalogue.
SummaryOptions summaryOptions()
{
    const auto& s = shipped();
    SummaryOptions options;
    options.madeOn = "2026-11-05";
    options.words = s.words;
    options.catalogue = &s.catalogue;
    options.weights = &s.weights;
    return options;
}

// A profile made in a test, answered one card at a time, a second apart.
struct MadeProfile {
    Profile profile;
    int second = 10;

    explicit MadeProfile(const std::string& name)
    {
        profile.id = name;
        profile.layoutId = "vocational_profile";
        profile.person.name = name;
    }

    void answer(const std::string& key, AnswerValue value, const std::string& by = kPersonGiver)
    {
        Answer given;
        given.value = value;
        given.by = by;
        given.at = "2026-10-05T10:" + std::to_string(10 + second / 50) + ":" + std::to_string(10 + second % 50) + "Z";
        ++second;
        profile.cards[key].answers.push_back(given);
    }
};

// One person's results, readiness and summary, as every screen shows them.
struct Matched {
    Profile profile;
    MatchReadiness readiness;
    std::vector<MatchResult> results; // all of them, best first
    SummaryDocument summary;

    explicit Matched(const std::string& name) : profile(coachProfile(name))
    {
        const auto& s = shipped();
        readiness = matchReadiness(profile, s.layout, s.weights);
        results = matchPerson(profile, s.layout, s.catalogue, {}, s.weights);
        summary = makeSummary(profile, s.layout, summaryOptions());
    }

    std::vector<MatchResult> top(std::size_t count) const
    {
        return {results.begin(), results.begin() + static_cast<std::ptrdiff_t>(std::min(count, results.size()))};
    }

    // 1-based rank of the result with this id; 0 when it is not there.
    std::size_t rankOf(const std::string& id) const
    {
        for (std::size_t i = 0; i < results.size(); ++i)
            if (results[i].id == id)
                return i + 1;
        return 0;
    }

    const MatchResult& get(const std::string& id) const
    {
        const std::size_t rank = rankOf(id);
        REQUIRE(rank > 0);
        return results[rank - 1];
    }

    const SummaryPart* jobsPart() const
    {
        for (const auto& part : summary.parts)
            if (part.kind == PartKind::Jobs)
                return &part;
        return nullptr;
    }
};

const Job& jobOf(const MatchResult& result)
{
    const Job* job = shipped().catalogue.findJob(result.carved ? result.carvedFrom : result.id);
    REQUIRE(job);
    return *job;
}

bool inSectors(const MatchResult& result, std::initializer_list<const char*> sectors)
{
    const Job& job = jobOf(result);
    return std::any_of(sectors.begin(), sectors.end(), [&](const char* sector) { return job.sector == sector; });
}

bool warnsAbout(const MatchResult& result, const std::string& card)
{
    return std::any_of(result.warnings.begin(), result.warnings.end(),
                       [&](const MatchNote& note) { return note.kind != NoteKind::Disagree && note.aboutCard == card; });
}

std::vector<std::string> allSentences(const Matched& matched)
{
    std::vector<std::string> sentences = matched.readiness.sentences;
    for (const auto& result : matched.results) {
        sentences.push_back(matchStandingWords(result));
        for (const auto* notes : {&result.reasons, &result.thinkAbout, &result.warnings})
            for (const auto& note : *notes)
                sentences.push_back(note.text);
        if (result.carving)
            for (const auto& sentence : result.carving->sentences)
                sentences.push_back(sentence);
    }
    for (const auto& text : summarySentences(matched.summary))
        sentences.push_back(text);
    return sentences;
}

const char* const kAllProfiles[] = {"story_cafe_stock", "animals_outdoors_noise", "computers_sorting_quiet",
                                    "people_chatty", "near_empty", "all_not_sure", "mum_only", "sixteen_hours",
                                    "hated_kitchen_taster", "noise_disagreement", "wants_variety", "no_weekends",
                                    "own_cards"};

} // namespace

TEST_CASE("The story: food, cleaning, crowds not good, and a carved café stock job", "[matching][golden][coach]")
{
    const Matched daniel("story_cafe_stock");
    REQUIRE(daniel.readiness.enough);
    const auto top = daniel.top(10);
    INFO("first: " << top.front().id);

    // A cleaning or polishing job in the top 10.
    CHECK(std::any_of(top.begin(), top.end(), [](const MatchResult& r) {
        return !r.carved && inSectors(r, {"cleaning", "hotels", "hospital", "vehicles"}) && r.band == FitBand::Good;
    }));
    // A food-service stock or food-preparation job, or its carving, in the top 10.
    CHECK(std::any_of(top.begin(), top.end(),
                      [](const MatchResult& r) { return inSectors(r, {"kitchen", "food_production"}); }));

    // The café job carved from its stock and display tasks, never the counter.
    const MatchResult& cafe = daniel.get("cafe_counter_assistant/carved");
    CHECK(cafe.carved);
    CHECK(cafe.band == FitBand::Good);
    CHECK_FALSE(cafe.hasWarnings());
    REQUIRE(cafe.carving);
    std::vector<std::string> tasks;
    for (const auto& task : cafe.carving->tasks)
        tasks.push_back(task.taskId);
    CHECK(std::find(tasks.begin(), tasks.end(), "fill_display") != tasks.end());
    CHECK(std::find(tasks.begin(), tasks.end(), "restock") != tasks.end());
    for (const char* counter : {"make_drinks", "take_payments", "serve_customers"})
        CHECK(std::find(tasks.begin(), tasks.end(), counter) == tasks.end());
    // Every chosen task is in the sentences: none is dropped to shorten one.
    for (const auto& task : cafe.carving->tasks) {
        std::string lowered = task.title;
        lowered[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(lowered[0])));
        CHECK_THAT(cafe.carving->sentence, Catch::Contains(lowered) || Catch::Contains(task.title));
    }
    CHECK(cafe.carving->hoursPerWeek == 16);
    // His likes and skills (food, cleaning, stacking, sorting, a routine)
    // are what the display and stock tasks use: a job coach looks in the top 10.
    CHECK(daniel.rankOf("cafe_counter_assistant/carved") <= 10);

    // The crowded counter work is warned about, and the job is not buried:
    // it is listed, with its carving.
    const MatchResult& counter = daniel.get("cafe_counter_assistant");
    CHECK(warnsAbout(counter, "places/busy_places"));
    CHECK(counter.band != FitBand::Good);
    CHECK(counter.carving);
    // A carved kitchen job from food preparation, before the doors open.
    const MatchResult& kitchen = daniel.get("kitchen_assistant/carved");
    CHECK(daniel.rankOf("kitchen_assistant/carved") <= 10);
    CHECK_FALSE(kitchen.hasWarnings());

    // His skill at polishing, which his teacher saw, is a reason somewhere near the top.
    bool polishing = false;
    for (const auto& result : top)
        for (const auto& note : result.reasons)
            polishing = polishing || note.cardKey == "good_at/polishing" || note.cardKey == "tasters/own-1";
    CHECK(polishing);

    // The summary says the same: warnings, carving and confidence, and what
    // helps him when he is upset under how to support him.
    const SummaryPart* jobs = daniel.jobsPart();
    REQUIRE(jobs);
    CHECK(jobs->title == "Good jobs for me");
    bool sawCarving = false;
    for (const auto& group : jobs->groups) {
        const auto found = std::find_if(daniel.results.begin(), daniel.results.end(),
                                        [&](const MatchResult& r) { return r.id == group.source.jobId; });
        REQUIRE(found != daniel.results.end());
        CHECK(group.lines.front().text == matchStandingWords(*found));
        for (const auto& warning : found->warnings)
            CHECK(std::any_of(group.lines.begin(), group.lines.end(), [&](const SummaryLine& line) { return line.text == warning.text; }));
        sawCarving = sawCarving || std::any_of(group.lines.begin(), group.lines.end(), [](const SummaryLine& line) {
                         return line.source.kind == SourceKind::CarvedJob;
                     });
    }
    CHECK(sawCarving);
    const auto sentences = summarySentences(daniel.summary);
    CHECK(std::find(sentences.begin(), sentences.end(), "When I am upset or angry, this helps") != sentences.end());
    CHECK(std::find(sentences.begin(), sentences.end(), "I feel better when people show me pictures.") != sentences.end());
    CHECK(std::find(sentences.begin(), sentences.end(), "Mum says I feel better when people give me time.") != sentences.end());
}

TEST_CASE("Animals, the outdoors and noise that hurts: animal or grounds work first", "[matching][golden][coach]")
{
    const Matched aisha("animals_outdoors_noise");
    const auto top = aisha.top(3);
    CHECK(std::all_of(top.begin(), top.end(), [](const MatchResult& r) { return inSectors(r, {"animals", "gardens"}); }));
    CHECK(warnsAbout(aisha.get("kennel_assistant"), "places/noisy_places"));
    CHECK(aisha.rankOf("kennel_assistant") > 3);
}

TEST_CASE("Computers, sorting and quiet, no strangers: office work near the top, counters warned", "[matching][golden][coach]")
{
    const Matched tom("computers_sorting_quiet");
    const auto top = tom.top(5);
    CHECK(std::count_if(top.begin(), top.end(), [](const MatchResult& r) { return inSectors(r, {"office", "library"}); }) >= 3);
    for (const char* id : {"checkout_assistant", "receptionist"}) {
        INFO(id);
        const MatchResult& result = tom.get(id);
        CHECK(warnsAbout(result, "places/meeting_the_public"));
        CHECK(result.band != FitBand::Good);
        CHECK(tom.rankOf(id) > 20);
    }
    // Sam's "phone calls are hard for him" is heard at the front desk.
    const MatchResult& reception = tom.get("receptionist");
    CHECK(std::any_of(reception.warnings.begin(), reception.warnings.end(), [](const MatchNote& note) {
        return note.cardKey == "communication/phone_calls" && note.giver == "sam"
               && note.text.rfind("Sam says phone calls are hard for you.", 0) == 0;
    }));
}

TEST_CASE("People and chatting, no repetition, not alone: café, shop, hotel or care work first", "[matching][golden][coach]")
{
    const Matched chloe("people_chatty");
    const auto top = chloe.top(5);
    CHECK(std::all_of(top.begin(), top.end(), [](const MatchResult& r) {
        return inSectors(r, {"kitchen", "retail", "hotels", "care", "hospital", "leisure"});
    }));
    CHECK((chloe.rankOf("packer") > 30 || chloe.get("packer").band == FitBand::Poor));
    CHECK(warnsAbout(chloe.get("packer"), "places/same_routine"));
}

TEST_CASE("Too few answers, or only \"not sure\": we need to know more, and no job is called good",
          "[matching][golden][coach]")
{
    for (const char* name : {"near_empty", "all_not_sure"}) {
        INFO(name);
        const Matched person(name);
        CHECK_FALSE(person.readiness.enough);
        REQUIRE_FALSE(person.readiness.sectionsToDo.empty());
        CHECK(person.readiness.sentences.front() == "We need to know more about you first.");
        CHECK(matchListHeading(person.readiness, person.results, shipped().weights)
              == "We need to know more about you first.");
        CHECK(std::none_of(person.results.begin(), person.results.end(),
                           [](const MatchResult& r) { return r.band == FitBand::Good; }));
        const SummaryPart* jobs = person.jobsPart();
        REQUIRE(jobs);
        CHECK(jobs->groups.empty());
        REQUIRE(jobs->lines.size() == person.readiness.sentences.size());
        CHECK(jobs->lines[0].text == "We need to know more about you first.");
        CHECK_THAT(jobs->lines[1].text, Catch::StartsWith("Next, do this part: "));
    }
}

TEST_CASE("Views only from Mum are heard, said as Mum's", "[matching][golden][coach]")
{
    const Matched ryan("mum_only");
    CHECK(ryan.readiness.enough);
    const auto top = ryan.top(5);
    CHECK(std::any_of(top.begin(), top.end(), [](const MatchResult& r) { return inSectors(r, {"vehicles"}); }));
    for (const auto& result : ryan.results)
        for (const auto* notes : {&result.reasons, &result.warnings, &result.thinkAbout})
            for (const auto& note : *notes)
                if (note.giver == "karen" && note.kind != NoteKind::Disagree) {
                    INFO(note.text);
                    CHECK(note.text.rfind("Mum says ", 0) == 0);
                }
    CHECK(warnsAbout(ryan.get("car_wash_attendant"), "places/noisy_places"));
}

TEST_CASE("About 16 hours a week wanted: carved jobs keep to it, long jobs say so", "[matching][golden][coach]")
{
    const Matched priya("sixteen_hours");
    for (const auto& result : priya.results)
        if (result.carving) {
            INFO(result.id);
            CHECK(result.carving->hoursPerWeek <= 16);
        }
    const MatchResult& collector = priya.get("recycling_collector");
    CHECK(std::any_of(collector.thinkAbout.begin(), collector.thinkAbout.end(), [](const MatchNote& note) {
        return note.kind == NoteKind::Hours && note.cardKey == "practical/part_time"
               && note.text == "This job is usually at least 30 hours a week.";
    }));
}

TEST_CASE("A taster he hated: kitchens come lower and say why", "[matching][golden][coach]")
{
    const Matched ben("hated_kitchen_taster");
    const auto top = ben.top(5);
    CHECK(std::none_of(top.begin(), top.end(), [](const MatchResult& r) { return inSectors(r, {"kitchen"}); }));
    CHECK(std::any_of(top.begin(), top.end(), [](const MatchResult& r) { return inSectors(r, {"warehouse"}); }));
    const MatchResult& porter = ben.get("kitchen_porter");
    CHECK(std::any_of(porter.thinkAbout.begin(), porter.thinkAbout.end(), [](const MatchNote& note) {
        return note.kind == NoteKind::TasterNotLiked && note.text == "You said you did not like working in a kitchen.";
    }));
}

TEST_CASE("He says noise is OK; Mum says it is not: the kennels warn, naming Mum, and say they disagree",
          "[matching][golden][coach]")
{
    const Matched leon("noise_disagreement");
    const MatchResult& kennel = leon.get("kennel_assistant");
    REQUIRE(kennel.warnings.size() >= 2);
    const auto warning = std::find_if(kennel.warnings.begin(), kennel.warnings.end(),
                                      [](const MatchNote& note) { return note.aboutCard == "places/noisy_places"; });
    REQUIRE(warning != kennel.warnings.end());
    CHECK_THAT(warning->text, Catch::StartsWith("Mum says loud places are hard for you."));
    CHECK(warning->giver == "karen");
    REQUIRE(warning + 1 != kennel.warnings.end());
    CHECK((warning + 1)->kind == NoteKind::Disagree);
    CHECK((warning + 1)->text == "You and Mum do not agree about this.");
    CHECK(kennel.band != FitBand::Good);
    CHECK(kennel.confidence != Confidence::Sure);
}

TEST_CASE("Someone who wants variety is warned about routine, never told a routine is good", "[matching][golden][coach]")
{
    const Matched maya("wants_variety");
    for (const auto& result : maya.results) {
        const Job& job = jobOf(result);
        const JobQuality* routine = job.findQuality("places/same_routine");
        if (!result.carved && routine && routine->level == QualityLevel::Always)
            CHECK(warnsAbout(result, "places/same_routine"));
        for (const auto& note : result.reasons)
            CHECK_THAT(note.text, !Catch::Contains("routine is good"));
    }
}

TEST_CASE("No weekends and no early starts: jobs that have them most of the time say so", "[matching][golden][coach]")
{
    const Matched josh("no_weekends");
    for (const auto& result : josh.top(10)) {
        INFO(result.id);
        const Job& job = jobOf(result);
        const JobQuality* weekends = job.findQuality("practical/weekends");
        if (!result.carved && weekends && weekends->level >= QualityLevel::Often)
            CHECK(warnsAbout(result, "practical/weekends"));
        const JobQuality* early = job.findQuality("places/early_starts");
        if (!result.carved && early && early->level >= QualityLevel::Often)
            CHECK(warnsAbout(result, "places/early_starts"));
    }
    const auto top = josh.top(3);
    CHECK(std::any_of(top.begin(), top.end(), [](const MatchResult& r) { return inSectors(r, {"gardens"}); }));
}

TEST_CASE("Own cards read right and mean what the supporter said they are like", "[matching][golden][coach]")
{
    const Matched zara("own_cards");
    const auto sentences = summarySentences(zara.summary);
    for (const auto& sentence : sentences) {
        CHECK_THAT(sentence, !Catch::Contains("I happy"));
        CHECK_THAT(sentence, !Catch::Contains("A job loud"));
    }
    CHECK(std::find(sentences.begin(), sentences.end(), "Happy with food. That is me.") != sentences.end());
    // A card with a meaning is said with the meant card's sentence, in her
    // words where they differ, and who said it the one way it is said.
    CHECK(std::find(sentences.begin(), sentences.end(), "Loud hand dryers. A job in a noisy place is not good for me.")
          != sentences.end());
    CHECK(std::find(sentences.begin(), sentences.end(), "Mum says I do not talk on the phone.") != sentences.end());
    for (const auto& sentence : sentences) {
        CHECK_THAT(sentence, !Catch::Contains("says:"));
        CHECK_THAT(sentence, !Catch::Contains("Not good for me."));
    }
    CHECK(std::find(sentences.begin(), sentences.end(), "I like baking cakes.") != sentences.end());

    // "Baking cakes" is like cooking: a reason for the bakery, in her words.
    const MatchResult& bakery = zara.get("bakery_assistant");
    CHECK(std::any_of(bakery.reasons.begin(), bakery.reasons.end(), [](const MatchNote& note) {
        return note.cardKey == "likes/own-1" && note.text == "You like baking cakes.";
    }));
    // "Loud hand dryers" is like noisy places: noisy kitchens warn, from her own card.
    CHECK(std::any_of(zara.get("kitchen_porter").warnings.begin(), zara.get("kitchen_porter").warnings.end(),
                      [](const MatchNote& note) { return note.cardKey == "places/own-3"; }));
    // Mum's "Phone calls: that is not me" is like the phone card: the front desk warns.
    CHECK(warnsAbout(zara.get("receptionist"), "places/phone_calls"));
}

TEST_CASE("Every sentence for the coaches' profiles is easy to read", "[matching][golden][coach][easy-read]")
{
    for (const char* name : kAllProfiles) {
        const Matched person(name);
        for (const auto& sentence : allSentences(person)) {
            INFO(name << ": " << sentence);
            CHECK(longestSentenceWords(sentence) <= 15);
            CHECK(sentence.find("  ") == std::string::npos);
            CHECK(sentence.find("{") == std::string::npos);
        }
    }
}

TEST_CASE("How he gets to work counts: out-of-town and travelling jobs warn, through the weights' rules",
          "[matching][golden][coach]")
{
    // He loves animals and the outdoors, walks to work, and Mum says he does
    // not travel on his own yet.
    const auto& s = shipped();
    MadeProfile made("Kai");
    made.profile.contributors = {{"karen", ContributorKind::Supporter, "Karen", "Mum"}};
    for (const char* key : {"likes/animals", "likes/being_outdoors", "likes/cleaning", "likes/helping_people",
                            "good_at/looking_after_animals", "good_at/lifting_and_carrying", "places/outdoors"})
        made.answer(key, AnswerValue::Positive);
    made.answer("practical/walking_to_work", AnswerValue::Positive);
    made.answer("practical/travel_on_my_own", AnswerValue::Negative, "karen");
    Profile& kai = made.profile;

    auto noteAbout = [](const MatchResult& result, const std::string& card) -> const MatchNote* {
        for (const auto* notes : {&result.warnings, &result.thinkAbout})
            for (const auto& note : *notes)
                if (note.kind != NoteKind::Disagree && note.aboutCard == card)
                    return &note;
        return nullptr;
    };
    const auto results = matchPerson(kai, s.layout, s.catalogue, {}, s.weights);
    auto find = [&](const std::string& id) -> const MatchResult& {
        const auto found = std::find_if(results.begin(), results.end(), [&](const MatchResult& r) { return r.id == id; });
        REQUIRE(found != results.end());
        return *found;
    };
    // Kennels are often out of town: a warning that says why, from his own
    // answer, which leads.
    const MatchResult& kennels = find("kennel_assistant");
    CHECK(warnsAbout(kennels, "places/out_of_town"));
    const MatchNote* far = noteAbout(kennels, "places/out_of_town");
    REQUIRE(far);
    CHECK(far->cardKey == "practical/walking_to_work");
    CHECK(far->text == "You said you walk to work. Kennels are often out of town, where few buses go.");
    // Home care goes from home to home: a warning naming Mum.
    const MatchNote* travel = noteAbout(find("home_care_helper"), "places/different_places");
    REQUIRE(travel);
    CHECK(warnsAbout(find("home_care_helper"), "places/different_places"));
    CHECK(travel->giver == "karen");
    // A job in town and in one place says nothing about travel.
    CHECK_FALSE(noteAbout(find("dog_grooming_assistant"), "places/out_of_town"));
    CHECK_FALSE(noteAbout(find("dog_grooming_assistant"), "places/different_places"));
    // Without his walking, Mum's answer still warns on out-of-town work, naming her.
    kai.cards.erase("practical/walking_to_work");
    const auto byMum = matchPerson(kai, s.layout, s.catalogue, {}, s.weights);
    const auto stables = std::find_if(byMum.begin(), byMum.end(), [](const MatchResult& r) { return r.id == "stable_hand"; });
    REQUIRE(stables != byMum.end());
    CHECK(warnsAbout(*stables, "places/out_of_town"));
    const MatchNote* mum = noteAbout(*stables, "places/out_of_town");
    REQUIRE(mum);
    CHECK(mum->cardKey == "practical/travel_on_my_own");
    CHECK_THAT(mum->text, Catch::StartsWith("Mum says you do not travel on your own yet."));
    kai.cards.erase("practical/travel_on_my_own");
    made.answer("practical/walking_to_work", AnswerValue::Positive);
    // A real vacancy the coach marked as out of town warns the same way.
    Vacancy farm;
    farm.id = "farm";
    farm.title = "Farm helper";
    farm.symbol = "cow";
    farm.hoursPerWeek = 16;
    farm.uses = {"likes/animals"};
    farm.qualities = {{"places/out_of_town", QualityLevel::Always, ""}};
    const auto matches = matchVacancy(farm, {kai}, s.layout, s.catalogue, s.weights);
    REQUIRE(matches.size() == 1);
    CHECK(warnsAbout(matches[0].result, "places/out_of_town"));

    // The mapping is data: weights without the travel rules say nothing of it.
    MatchWeights noTravel = s.weights;
    noTravel.evidence.erase(std::remove_if(noTravel.evidence.begin(), noTravel.evidence.end(),
                                           [](const EvidenceRule& rule) { return rule.card.rfind("practical/", 0) == 0; }),
                            noTravel.evidence.end());
    const auto plain = matchPerson(kai, s.layout, s.catalogue, {}, noTravel);
    const auto plainStables = std::find_if(plain.begin(), plain.end(), [](const MatchResult& r) { return r.id == "stable_hand"; });
    REQUIRE(plainStables != plain.end());
    CHECK_FALSE(noteAbout(*plainStables, "places/out_of_town"));
}

TEST_CASE("A list's title says what the list is, on the jobs screen and in the summary alike", "[matching][golden][coach]")
{
    const auto& s = shipped();
    for (const char* name : kAllProfiles) {
        INFO(name);
        const Matched person(name);
        const SummaryPart* jobs = person.jobsPart();
        REQUIRE(jobs);
        const MatchListKind kind = matchListKind(person.readiness, person.top(SummaryOptions().maxJobs));
        CHECK(jobs->title == matchListTitle(kind, "me", s.weights));
        const std::string title = matchListTitle(kind, person.profile.person.shownName(), s.weights);
        if (kind != MatchListKind::Good)
            CHECK_THAT(title, !Catch::StartsWith("Good jobs"));
        if (!person.readiness.enough)
            CHECK(title == "Jobs for " + person.profile.person.shownName() + ": we need to know more");
    }

    // Someone who likes only music, which no job uses, and nothing else: the
    // list is all "Not a good match", and its title says so.
    MadeProfile made("Jo");
    made.answer("likes/music", AnswerValue::Positive);
    for (const char* sectionId : {"likes", "good_at"})
        for (const auto& card : s.layout.findSection(sectionId)->cards)
            if (card.id != "music")
                made.answer(cardKey(sectionId, card.id), AnswerValue::Negative);
    const Profile& jo = made.profile;
    const MatchReadiness readiness = matchReadiness(jo, s.layout, s.weights);
    REQUIRE(readiness.enough);
    const auto results = matchPerson(jo, s.layout, s.catalogue, {}, s.weights, 10);
    CHECK(std::all_of(results.begin(), results.end(), [](const MatchResult& r) { return r.band == FitBand::Poor; }));
    CHECK(matchListKind(readiness, results) == MatchListKind::NoneFits);
    CHECK(matchListTitle(MatchListKind::NoneFits, "Jo", s.weights) == "No good jobs for Jo yet");
    CHECK(matchListHeading(readiness, results, s.weights) == "No job fits you yet.");
    const SummaryDocument summary = makeSummary(jo, s.layout, summaryOptions());
    const auto part = std::find_if(summary.parts.begin(), summary.parts.end(),
                                   [](const SummaryPart& p) { return p.kind == PartKind::Jobs; });
    REQUIRE(part != summary.parts.end());
    CHECK(part->title == "No good jobs for me yet");
    CHECK(part->groups.empty());
}

TEST_CASE("Carved jobs read as clean easy-read sentences, with every task that fits", "[matching][golden][coach][easy-read]")
{
    // "Checking dates and putting food away and making salads in a kitchen."
    // was one sentence: each sentence now joins things with "and" once at
    // most, and a task is never dropped to make a sentence shorter.
    const EasyReadChecker checker = EasyReadChecker::shipped();
    const std::string andWord = " " + shipped().weights.andWord + " ";
    int carvings = 0;
    for (const char* name : kAllProfiles) {
        const Matched person(name);
        for (const auto& result : person.results) {
            if (!result.carving)
                continue;
            ++carvings;
            const CarvedRole& role = *result.carving;
            INFO(name << ": " << result.id << ": " << role.sentence);
            REQUIRE_FALSE(role.sentences.empty());
            for (const auto& sentence : role.sentences) {
                INFO(sentence);
                for (const auto& problem : checker.checkText(sentence))
                    FAIL_CHECK(problem.sentence << " " << problem.problem);
                std::size_t ands = 0;
                for (auto at = sentence.find(andWord); at != std::string::npos; at = sentence.find(andWord, at + 1))
                    ++ands;
                CHECK(ands <= 1);
                CHECK(splitSentences(sentence).size() == 1);
            }
            for (const auto& task : role.tasks) {
                std::string lowered = task.title;
                lowered[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(lowered[0])));
                CHECK_THAT(role.sentence, Catch::Contains(lowered) || Catch::Contains(task.title));
            }
            CHECK_THAT(role.sentences.back(), Catch::Contains(std::to_string(role.hoursPerWeek)));
        }
    }
    CHECK(carvings > 20); // the profiles really have carved jobs
}

TEST_CASE("A job with no reason is never good, and every good job has a reason from the heart", "[matching][golden][coach]")
{
    for (const char* name : kAllProfiles) {
        const Matched person(name);
        for (const auto& result : person.results) {
            if (result.band != FitBand::Good)
                continue;
            INFO(name << ": " << result.id);
            CHECK_FALSE(result.hasWarnings());
            CHECK(std::any_of(result.reasons.begin(), result.reasons.end(), [](const MatchNote& note) {
                return note.kind == NoteKind::Like || note.kind == NoteKind::GoodAt || note.kind == NoteKind::Taster;
            }));
        }
    }
}
