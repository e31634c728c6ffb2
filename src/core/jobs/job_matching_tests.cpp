#include "core/jobs/job_matching.h"

#include "test_support.h"
#include "core/base/easy_read.h"
#include "core/profile/profile_json.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <set>

using namespace rightjob::core;
using rightjob::testing::assetPathForTest;

namespace {

// The shipped catalogue, weights and layout, loaded once for all the tests.
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

// Makes a profile with clear answers, one call an answer, in time order.
class ProfileMaker {
public:
    explicit ProfileMaker(const std::string& id, const std::string& name = "Sam Jones")
    {
        m_profile.id = id;
        m_profile.layoutId = "vocational_profile";
        m_profile.person.name = name;
        m_profile.contributors = {{"karen", ContributorKind::Supporter, "Karen", "Mum"},
                                  {"tom", ContributorKind::Supporter, "Tom", "Dad"},
                                  {"priya", ContributorKind::Observer, "Priya", "Café manager"},
                                  {"mary", ContributorKind::Observer, "Mary Ann Smith", "Teacher"}};
    }

    ProfileMaker& says(const std::string& key, AnswerValue value, const std::string& by = kPersonGiver)
    {
        Answer answer;
        answer.value = value;
        answer.by = by;
        const int second = m_count++;
        answer.at = "2026-10-05T1" + std::to_string(second / 3600 % 10) + ":" + twoDigits(second / 60 % 60) + ":"
                    + twoDigits(second % 60) + "Z";
        m_profile.cards[key].answers.push_back(answer);
        return *this;
    }

    ProfileMaker& notForSharing(const std::string& key)
    {
        m_profile.cards[key].sharing = Sharing::Nobody;
        return *this;
    }

    const Profile& profile() const { return m_profile; }

private:
    static std::string twoDigits(int number) { return (number < 10 ? "0" : "") + std::to_string(number); }

    Profile m_profile;
    int m_count = 0;
};

constexpr AnswerValue kGood = AnswerValue::Positive;
constexpr AnswerValue kMiddle = AnswerValue::Middle;
constexpr AnswerValue kNotGood = AnswerValue::Negative;

std::vector<MatchResult> match(const Profile& profile, const std::vector<Vacancy>& vacancies = {})
{
    return matchPerson(profile, shipped().layout, shipped().catalogue, vacancies, shipped().weights);
}

// Where a job or vacancy is in the results (0 is the top); -1 when missing.
int rankOf(const std::vector<MatchResult>& results, const std::string& id)
{
    for (std::size_t i = 0; i < results.size(); ++i)
        if (results[i].id == id)
            return static_cast<int>(i);
    return -1;
}

const MatchResult& resultFor(const std::vector<MatchResult>& results, const std::string& id)
{
    const int rank = rankOf(results, id);
    REQUIRE(rank >= 0);
    return results[static_cast<std::size_t>(rank)];
}

const Job& job(const std::string& id)
{
    const Job* found = shipped().catalogue.findJob(id.substr(0, id.find('/'))); // "<job>/carved" is the job carved
    REQUIRE(found);
    return *found;
}

std::vector<const MatchNote*> allNotes(const MatchResult& result)
{
    std::vector<const MatchNote*> notes;
    for (const auto* list : {&result.reasons, &result.thinkAbout, &result.warnings})
        for (const auto& note : *list)
            notes.push_back(&note);
    return notes;
}

// Every note points to a real answer: the latest by its giver on its card has
// the note's value, the person's own answer always stands, the card is one
// the job or vacancy has, and the note's kind fits the answer.
void checkNotesPointToRealAnswers(const Profile& profile, const std::vector<MatchResult>& results,
                                  const std::vector<Vacancy>& vacancies = {})
{
    for (const auto& result : results) {
        for (const MatchNote* note : allNotes(result)) {
            INFO(result.id << ": " << note->text);
            const auto answer = profile.latestAnswer(note->cardKey, note->giver);
            REQUIRE(answer);
            CHECK(answer->value == note->answer);
            // A reason from someone else only stands where the person has
            // not answered: the person's own answer leads. (A warning is
            // heard whoever gave it.)
            const bool reason = note->kind == NoteKind::Like || note->kind == NoteKind::GoodAt
                                || note->kind == NoteKind::GoodPlace;
            if (reason && note->giver != kPersonGiver && note->cardKey == note->aboutCard)
                CHECK_FALSE(profile.latestAnswer(note->cardKey, kPersonGiver));
            switch (note->kind) {
            case NoteKind::Like:
            case NoteKind::GoodAt:
            case NoteKind::GoodPlace:
            case NoteKind::MissingPlace:
            case NoteKind::Taster:
            case NoteKind::Hours: CHECK(note->answer == AnswerValue::Positive); break;
            case NoteKind::AvoidsHardPlace:
            case NoteKind::HardPlace:
            case NoteKind::TasterNotLiked: CHECK(note->answer == AnswerValue::Negative); break;
            case NoteKind::Disagree: break;
            }
            const CardRecord* record = profile.findCard(note->cardKey);
            REQUIRE(record);
            CHECK(note->sharing == record->sharing);

            std::vector<std::string> cards;
            if (result.source == MatchSource::CatalogueJob) {
                const Job& matched = job(result.carved ? result.carvedFrom : result.id);
                cards = matched.uses;
                for (const auto& quality : matched.qualities)
                    cards.push_back(quality.card);
            } else {
                for (const auto& vacancy : vacancies) {
                    if (vacancy.id != result.id)
                        continue;
                    cards = vacancy.uses;
                    for (const auto& quality : vacancy.qualities)
                        cards.push_back(quality.card);
                }
            }
            if (note->kind != NoteKind::Taster && note->kind != NoteKind::TasterNotLiked && note->kind != NoteKind::Hours)
                CHECK(std::find(cards.begin(), cards.end(), note->aboutCard) != cards.end());
        }
    }
}

// The sentences of a text, split at . ! and ?.
std::vector<std::string> sentencesOf(const std::string& text)
{
    std::vector<std::string> sentences;
    std::string current;
    for (char c : text) {
        current += c;
        if (c == '.' || c == '!' || c == '?') {
            sentences.push_back(current);
            current.clear();
        }
    }
    if (current.find_first_not_of(' ') != std::string::npos)
        sentences.push_back(current);
    return sentences;
}

int wordCount(const std::string& sentence)
{
    int words = 0;
    bool inWord = false;
    for (char c : sentence) {
        const bool space = std::isspace(static_cast<unsigned char>(c)) != 0;
        if (!space && !inWord)
            ++words;
        inWord = !space;
    }
    return words;
}

// The rules of EASY_READ.md a program can check on one generated text: our
// own count here, and the project's easy-read checker (hard words,
// abbreviations, number words and more).
void checkEasyRead(const std::string& text)
{
    static const EasyReadChecker checker = EasyReadChecker::shipped();
    INFO(text);
    for (const auto& problem : checker.checkText(text))
        FAIL_CHECK(problem.sentence << ": this sentence " << problem.problem);
    REQUIRE_FALSE(text.empty());
    CHECK(text.find('{') == std::string::npos); // no placeholder left
    CHECK(text.find("  ") == std::string::npos);
    CHECK(std::isupper(static_cast<unsigned char>(text[0])));
    CHECK(text.back() == '.');
    for (const auto& sentence : sentencesOf(text)) {
        INFO(sentence);
        CHECK(wordCount(sentence) <= 15);
        // No initials or block capitals: no word with two capital letters.
        int capitalsInWord = 0;
        int mostCapitals = 0;
        for (char c : sentence) {
            capitalsInWord = std::isupper(static_cast<unsigned char>(c)) ? capitalsInWord + 1
                             : std::isalpha(static_cast<unsigned char>(c)) ? capitalsInWord : 0;
            mostCapitals = std::max(mostCapitals, capitalsInWord);
        }
        CHECK(mostCapitals < 2);
    }
}

std::vector<Vacancy> someVacancies()
{
    Vacancy kennels;
    kennels.id = "dog-walker";
    kennels.title = "Dog walker";
    kennels.symbol = "dog";
    kennels.employer = "Happy Paws";
    kennels.tasks = {"Walking dogs", "Feeding dogs"};
    kennels.hoursPerWeek = 10;
    kennels.days = {Weekday::Monday, Weekday::Wednesday};
    kennels.uses = {"likes/animals", "likes/being_outdoors", "good_at/looking_after_animals"};
    kennels.qualities = {{"places/outdoors", QualityLevel::Always, ""},
                         {"places/noisy_places", QualityLevel::Sometimes, ""},
                         {"places/working_alone", QualityLevel::Often, "You walk the dogs on your own."}};

    Vacancy kitchen;
    kitchen.id = "pot-washer";
    kitchen.title = "Pot washer";
    kitchen.symbol = "sponge";
    kitchen.tasks = {"Washing pots"};
    kitchen.hoursPerWeek = 16;
    kitchen.uses = {"likes/cleaning", "good_at/working_fast"};
    kitchen.qualities = {{"places/noisy_places", QualityLevel::Always, ""},
                         {"places/hot_or_cold", QualityLevel::Often, ""},
                         {"places/meeting_the_public", QualityLevel::Never, ""}};
    return {kennels, kitchen};
}

Profile animalLover()
{
    // Enough clear answers for the profile to say enough (weights need_more).
    return ProfileMaker("animals")
        .says("likes/animals", kGood)
        .says("likes/being_outdoors", kGood)
        .says("good_at/looking_after_animals", kGood)
        .says("good_at/being_on_time", kGood)
        .says("places/outdoors", kGood)
        .says("places/noisy_places", kNotGood)
        .profile();
}

Profile routineLover()
{
    return ProfileMaker("routine")
        .says("places/same_routine", kGood)
        .says("good_at/attention_to_detail", kGood)
        .says("places/working_alone", kGood)
        .says("good_at/doing_the_same_task", kGood)
        .says("good_at/sorting_things", kGood)
        .says("likes/tidying", kGood)
        .profile();
}

// A profile with supporters, an observer, disagreements and a card not for sharing.
Profile mixedProfile()
{
    return ProfileMaker("mixed", "Alex Morgan")
        .says("likes/cooking", kGood, "karen")
        .says("likes/cleaning", kMiddle)
        .says("likes/cleaning", kGood, "karen")
        .says("good_at/counting", kGood, "karen")
        .says("good_at/polishing", kGood, "priya")
        .says("good_at/working_fast", kNotGood, "priya")
        .says("good_at/using_tools", kGood, "mary")
        .says("likes/animals", kGood)
        .notForSharing("likes/animals")
        .says("places/noisy_places", kNotGood, "karen")
        .says("places/noisy_places", kGood, "tom")
        .says("places/busy_places", kNotGood)
        .says("places/meeting_the_public", kNotGood)
        .says("places/standing_up", kGood, "tom")
        .says("places/early_starts", kMiddle)
        .profile();
}

Profile demoProfile()
{
    return readProfile(JsonFile::load(assetPathForTest("assets/demo/profile.json")));
}

} // namespace

TEST_CASE("The worked example in assets/jobs/README.md gives the scores it shows", "[jobs]")
{
    const Profile sam = ProfileMaker("sam", "Sam")
                            .says("likes/animals", kGood)
                            .says("good_at/following_instructions", kGood)
                            .says("places/outdoors", kGood)
                            .says("places/noisy_places", kNotGood)
                            .profile();
    const auto results = match(sam);
    CHECK(resultFor(results, "city_farm_helper").score == Approx(4.7));
    CHECK(resultFor(results, "stable_hand").score == Approx(3.4));
    const MatchResult& kennels = resultFor(results, "kennel_assistant");
    CHECK(kennels.score == Approx(-0.6));
    REQUIRE(kennels.warnings.size() == 1);
    CHECK(kennels.warnings[0].text == "You said noisy places are not good for you. Dogs bark a lot, so the kennels are noisy.");
    REQUIRE(kennels.carving);
    CHECK(kennels.carving->sentence == "Walking the dogs and feeding the dogs at a kennels, 10 hours a week.");
    const MatchResult& farm = resultFor(results, "city_farm_helper");
    REQUIRE(farm.thinkAbout.size() == 1);
    CHECK(farm.thinkAbout[0].text == "You said noisy places are not good for you. The farm is noisy at some times.");
}

TEST_CASE("Someone who loves animals and being outdoors and finds noise hard gets animal or grounds work",
          "[jobs]")
{
    const Profile profile = animalLover();
    const auto results = match(profile);
    CHECK(std::count_if(results.begin(), results.end(), [](const MatchResult& r) { return !r.carved; })
          == static_cast<std::ptrdiff_t>(shipped().catalogue.jobs.size()));

    bool animalOrGroundsInTop3 = false;
    for (std::size_t i = 0; i < 3; ++i) {
        const std::string& sector = job(results[i].id).sector;
        animalOrGroundsInTop3 = animalOrGroundsInTop3 || sector == "animals" || sector == "gardens";
    }
    CHECK(animalOrGroundsInTop3);

    // Every job that is often or always noisy carries a warning, is never a
    // good fit, and a noisy kitchen job never reaches the top 5 without it.
    for (std::size_t i = 0; i < results.size(); ++i) {
        if (results[i].carved)
            continue; // a carved job leaves the noisy tasks out
        const Job& matched = job(results[i].id);
        const JobQuality* noise = matched.findQuality("places/noisy_places");
        if (!noise || noise->level < QualityLevel::Often)
            continue;
        INFO(matched.id);
        REQUIRE(results[i].hasWarnings());
        CHECK(results[i].band != FitBand::Good);
        CHECK(results[i].warnings[0].cardKey == "places/noisy_places");
        CHECK_THAT(results[i].warnings[0].text, Catch::StartsWith("You said noisy places are not good for you. "));
        if (matched.sector == "kitchen")
            CHECK(i >= 5);
    }

    const MatchResult& kennels = resultFor(results, "kennel_assistant");
    CHECK_THAT(kennels.warnings[0].text, Catch::EndsWith("Dogs bark a lot, so the kennels are noisy."));
    const MatchResult& top = results[0];
    CHECK(top.band == FitBand::Good);
    CHECK(top.reasons[0].text == "You like animals.");
}

TEST_CASE("Someone who likes routine, small details and working alone gets sorting, packing or cleaning work",
          "[jobs]")
{
    const auto results = match(routineLover());
    // Roles whose work is mostly sorting, packing or cleaning.
    const std::set<std::string> sortingPackingCleaning = {
        "book_shelver", "filing_clerk", "post_room_assistant", "recycling_sorter", "textile_recycling_sorter",
        "produce_sorter", "quality_checker", "laundry_assistant", "warehouse_picker", "packer",
        "food_packing_operative", "office_cleaner", "shopping_centre_cleaner", "home_cleaner",
        "hotel_room_attendant", "hospital_domestic", "car_valeter", "car_wash_attendant", "kitchen_porter"};
    int inTop5 = 0;
    for (std::size_t i = 0; i < 5; ++i)
        inTop5 += sortingPackingCleaning.count(results[i].id) ? 1 : 0;
    CHECK(inTop5 >= 2);
    CHECK(results[0].band != FitBand::Poor);
    CHECK_FALSE(results[0].hasWarnings());
}

TEST_CASE("Reasons, things to think about and warnings only point to answers the person has", "[jobs]")
{
    const std::vector<Vacancy> vacancies = someVacancies();
    for (const Profile& profile : {animalLover(), routineLover(), mixedProfile(), demoProfile()}) {
        INFO(profile.id);
        const auto results = match(profile, vacancies);
        checkNotesPointToRealAnswers(profile, results, vacancies);
        for (const auto& result : results) {
            CHECK(result.reasons.size() <= static_cast<std::size_t>(shipped().weights.maxReasons));
            CHECK(result.thinkAbout.size() <= static_cast<std::size_t>(shipped().weights.maxThinkAbout));
            for (const auto& reason : result.reasons)
                CHECK(reason.weight > 0);
        }
    }

    // Nobody answered anything: nothing to say, and no job fits yet.
    const auto empty = match(ProfileMaker("empty").profile());
    for (const auto& result : empty) {
        CHECK(allNotes(result).empty());
        CHECK(result.score == 0);
        CHECK(result.band == FitBand::Poor);
        CHECK(result.confidence == Confidence::NotSureYet);
    }
}

TEST_CASE("Who gave an answer is said in the reason; the person's own answer wins", "[jobs]")
{
    const Profile profile = mixedProfile();
    const auto results = match(profile);
    std::set<std::string> texts;
    for (const auto& result : results)
        for (const MatchNote* note : allNotes(result))
            texts.insert(note->text);
    // Karen is Alex's mum: said by her role, the one wording of who said what.
    CHECK(texts.count("Mum says you are good at counting."));
    CHECK(texts.count("Priya saw that you are good at polishing."));
    CHECK(texts.count("Mum says you like cooking."));
    CHECK(texts.count("Mary Ann Smith saw that you are good at using tools."));
    CHECK(texts.count("You like animals."));
    // Alex said "not sure" about cleaning, so Karen's "I like it" is not used.
    for (const auto& text : texts)
        CHECK(text.find("like cleaning") == std::string::npos);

    // Tom says noisy places are good for Alex, but Karen's "not good" still warns, in her name.
    const MatchResult& porter = resultFor(results, "kitchen_porter");
    const auto noise = std::find_if(porter.warnings.begin(), porter.warnings.end(),
                                    [](const MatchNote& note) { return note.cardKey == "places/noisy_places"; });
    REQUIRE(noise != porter.warnings.end());
    CHECK(noise->giver == "karen");
    CHECK(noise->text == "Mum says noisy places are not good for you. The kitchen can be noisy.");
}

TEST_CASE("A strong warning is never averaged away", "[jobs]")
{
    SECTION("one supporter says noise is not good, another says it is")
    {
        // The mean of the two is 0, but Karen's "not good for me" still warns.
        const Profile profile = ProfileMaker("disagree")
                                    .says("places/noisy_places", kNotGood, "karen")
                                    .says("places/noisy_places", kGood, "tom")
                                    .profile();
        const MatchResult kennels = resultFor(match(profile), "kennel_assistant");
        REQUIRE(kennels.warnings.size() == 1);
        CHECK(kennels.warnings[0].giver == "karen");
        CHECK(kennels.band != FitBand::Good);
    }
    SECTION("everything else about the job fits very well")
    {
        ProfileMaker maker("loves-kennels");
        for (const auto& card : job("kennel_assistant").uses)
            maker.says(card, kGood);
        for (const auto& quality : job("kennel_assistant").qualities)
            if (quality.card != "places/noisy_places")
                maker.says(quality.card, quality.level == QualityLevel::Never ? kNotGood : kGood);
        maker.says("places/noisy_places", kNotGood);
        const auto results = match(maker.profile());
        const MatchResult& kennels = resultFor(results, "kennel_assistant");
        CHECK(kennels.score > shipped().weights.goodBandMin);
        CHECK(kennels.band == FitBand::Maybe);
        REQUIRE(kennels.warnings.size() == 1);
        for (const auto& result : results)
            if (result.band == FitBand::Good)
                CHECK_FALSE(result.hasWarnings());
    }
    SECTION("many hard places: every warning is kept, however many")
    {
        ProfileMaker maker("many");
        for (const auto& words : shipped().catalogue.placeWords)
            maker.says(words.card, kNotGood);
        const MatchResult porter = resultFor(match(maker.profile()), "kitchen_porter");
        std::size_t expected = 0;
        for (const auto& quality : job("kitchen_porter").qualities)
            expected += quality.level >= shipped().weights.strongWarningMinLevel ? 1 : 0;
        CHECK(expected > static_cast<std::size_t>(shipped().weights.maxThinkAbout));
        CHECK(porter.warnings.size() == expected);
    }
}

TEST_CASE("Cards not for sharing still count, and their notes are marked for exports to leave out", "[jobs]")
{
    const Profile shared = ProfileMaker("shared").says("likes/animals", kGood).profile();
    const Profile hidden = ProfileMaker("hidden").says("likes/animals", kGood).notForSharing("likes/animals").profile();
    const auto sharedResults = match(shared);
    const auto hiddenResults = match(hidden);
    REQUIRE(sharedResults.size() == hiddenResults.size());
    for (std::size_t i = 0; i < sharedResults.size(); ++i) {
        CHECK(sharedResults[i].id == hiddenResults[i].id);
        CHECK(sharedResults[i].score == hiddenResults[i].score);
        for (const auto& reason : sharedResults[i].reasons)
            CHECK(reason.sharing == Sharing::Everyone);
        for (const auto& reason : hiddenResults[i].reasons)
            CHECK(reason.sharing == Sharing::Nobody);
    }
    CHECK(hiddenResults[0].reasons.at(0).text == "You like animals.");
}

TEST_CASE("Results are the same on every run", "[jobs]")
{
    const std::vector<Vacancy> vacancies = someVacancies();
    for (const Profile& profile : {demoProfile(), mixedProfile(), routineLover()}) {
        const auto first = match(profile, vacancies);
        const auto second = match(profile, vacancies);
        REQUIRE(first.size() == second.size());
        for (std::size_t i = 0; i < first.size(); ++i) {
            CHECK(first[i].id == second[i].id);
            CHECK(first[i].score == second[i].score);
            CHECK(first[i].band == second[i].band);
            std::vector<std::string> firstTexts;
            std::vector<std::string> secondTexts;
            for (const MatchNote* note : allNotes(first[i]))
                firstTexts.push_back(note->text);
            for (const MatchNote* note : allNotes(second[i]))
                secondTexts.push_back(note->text);
            CHECK(firstTexts == secondTexts);
            CHECK((first[i].carving ? first[i].carving->sentence : "") == (second[i].carving ? second[i].carving->sentence : ""));
        }
        // Ranked good and maybe (by score) before poor, then by score, then id.
        for (std::size_t i = 1; i < first.size(); ++i) {
            const auto& a = first[i - 1];
            const auto& b = first[i];
            const bool aPoor = a.band == FitBand::Poor;
            const bool bPoor = b.band == FitBand::Poor;
            CHECK((aPoor < bPoor || (aPoor == bPoor && (a.score > b.score || (a.score == b.score && a.id <= b.id)))));
        }
    }
}

TEST_CASE("Asking for the best few gives the start of the whole list", "[jobs]")
{
    const std::vector<Vacancy> vacancies = someVacancies();
    const Profile profile = demoProfile();
    const auto all = match(profile, vacancies);
    const auto best = matchPerson(profile, shipped().layout, shipped().catalogue, vacancies, shipped().weights, 5);
    REQUIRE(best.size() == 5);
    for (std::size_t i = 0; i < best.size(); ++i) {
        CHECK(best[i].id == all[i].id);
        CHECK(best[i].score == all[i].score);
        CHECK(best[i].reasons.size() == all[i].reasons.size());
    }

    const std::vector<Profile> people = {animalLover(), routineLover(), mixedProfile(), profile};
    const auto everyone = matchVacancy(vacancies[0], people, shipped().layout, shipped().catalogue, shipped().weights);
    const auto two = matchVacancy(vacancies[0], people, shipped().layout, shipped().catalogue, shipped().weights, 2);
    REQUIRE(two.size() == 2);
    CHECK(two[0].profileId == everyone[0].profileId);
    CHECK(two[1].profileId == everyone[1].profileId);
    CHECK(two[1].result.score == everyone[1].result.score);
}

TEST_CASE("A small change to one answer moves results a little", "[jobs]")
{
    // One step on the scale changes a card's value by at most the largest gap
    // between neighbouring answers (1.3 with the shipped weights). A card
    // appears at most once in a job (a use or a place), so a job's score moves
    // by at most that gap times the largest weight of one term, plus one
    // strong warning's penalty when the step reaches "not good for me".
    const MatchWeights& weights = shipped().weights;
    const double largestTerm = std::max({weights.likeWeight, weights.skillWeight,
                                         weights.placeWeight * weights.levelValue(QualityLevel::Always),
                                         weights.placeWeight * -weights.levelValue(QualityLevel::Never)});

    const Profile demo = demoProfile();
    const auto before = match(demo);
    const std::string topJob = before[0].id;
    int changes = 0;
    for (const auto& [key, record] : demo.cards) {
        const auto own = demo.latestAnswer(key, kPersonGiver);
        if (!own || !(key.rfind("likes/", 0) == 0 || key.rfind("good_at/", 0) == 0 || key.rfind("places/", 0) == 0))
            continue;
        const AnswerValue step = own->value == AnswerValue::Middle ? AnswerValue::Positive : AnswerValue::Middle;
        Profile changed = demo;
        Answer answer = *own;
        answer.value = step;
        answer.at = "2026-10-20T10:00:00Z";
        changed.cards[key].answers.push_back(answer);
        ++changes;

        const auto after = match(changed);
        const double gap = std::abs(weights.answerValue(step) - weights.answerValue(own->value));
        // A strong warning comes or goes only when the step reaches or leaves "not good for me".
        const bool warningMayChange = step == AnswerValue::Negative || own->value == AnswerValue::Negative;
        const double penalty = warningMayChange ? weights.strongWarningPenalty : 0.0;
        const double bound = largestTerm * gap + penalty + 1e-9;
        INFO(key << " from " << answerValueName(own->value) << " to " << answerValueName(step));
        // (A carved job may choose other tasks after the change: only whole jobs.)
        for (const auto& result : after)
            if (!result.carved)
                CHECK(std::abs(result.score - resultFor(before, result.id).score) <= bound);
        CHECK(rankOf(after, topJob) <= 3);
    }
    CHECK(changes >= 20);
}

TEST_CASE("Carving finds the tasks of a poor-fit job that fit", "[jobs]")
{
    // The kitchen is noisy, hot and fast, but putting plates away is tidy,
    // routine work away from the noise.
    const Profile profile = ProfileMaker("tidy")
                                .says("likes/tidying", kGood)
                                .says("good_at/tidying_up", kGood)
                                .says("good_at/remembering", kGood)
                                .says("places/same_routine", kGood)
                                .says("places/noisy_places", kNotGood)
                                .says("places/hot_or_cold", kNotGood)
                                .says("places/fast_pace", kNotGood)
                                .profile();
    const MatchResult porter = resultFor(match(profile), "kitchen_porter");
    CHECK(porter.band == FitBand::Poor);
    REQUIRE(porter.carving);
    const CarvedRole& role = *porter.carving;
    REQUIRE_FALSE(role.tasks.empty());
    CHECK(role.tasks[0].taskId == "put_away");
    for (const auto& task : role.tasks) {
        CHECK(task.taskId != "wash_dishes"); // noisy, fast and hot
        CHECK(task.score >= shipped().weights.minTaskScore);
    }
    CHECK(role.hoursPerWeek == job("kitchen_porter").hours.minPerWeek);
    // Both tasks that fit, in two sentences rather than one too long.
    CHECK(role.sentence == "Putting clean plates away and mopping the kitchen floor in a kitchen. About 8 hours a week.");
    REQUIRE(role.sentences.size() == 2);
    for (const auto& sentence : role.sentences)
        CHECK(longestSentenceWords(sentence) <= 15);

    // A job that fits well as a whole is not carved.
    const MatchResult top = match(animalLover())[0];
    CHECK(top.band == FitBand::Good);
    CHECK((!top.carving || top.carved)); // only a carved entry of its own carries one
}

TEST_CASE("Vacancies are matched like jobs, with the catalogue's words for their places", "[jobs]")
{
    const std::vector<Vacancy> vacancies = someVacancies();
    const auto results = match(animalLover(), vacancies);
    CHECK(std::count_if(results.begin(), results.end(), [](const MatchResult& r) { return !r.carved; })
          == static_cast<std::ptrdiff_t>(shipped().catalogue.jobs.size() + vacancies.size()));

    const MatchResult& walker = resultFor(results, "dog-walker");
    CHECK(walker.source == MatchSource::Vacancy);
    CHECK(walker.title == "Dog walker");
    CHECK(rankOf(results, "dog-walker") < 5);
    CHECK(walker.band == FitBand::Good);
    REQUIRE(walker.thinkAbout.size() == 1);
    CHECK(walker.thinkAbout[0].text == "You said noisy places are not good for you. It is noisy some of the time.");

    const MatchResult& potWasher = resultFor(results, "pot-washer");
    REQUIRE(potWasher.warnings.size() == 1);
    CHECK(potWasher.warnings[0].text == "You said noisy places are not good for you. It is noisy all the time.");
    CHECK(potWasher.band == FitBand::Poor);
    CHECK_FALSE(potWasher.carving); // a vacancy's tasks are the coach's words, not scored

    // The coach's own words are used when given.
    const Profile alone = ProfileMaker("alone").says("places/working_alone", kGood).profile();
    const MatchResult walkerAlone = resultFor(match(alone, vacancies), "dog-walker");
    REQUIRE(walkerAlone.reasons.size() == 1);
    CHECK(walkerAlone.reasons[0].text == "You said working on your own is good for you. You walk the dogs on your own.");
}

TEST_CASE("A vacancy matched against people ranks the right person first", "[jobs]")
{
    const Vacancy walker = someVacancies()[0];
    const std::vector<Profile> people = {
        ProfileMaker("no-answers").profile(),
        ProfileMaker("hates-outdoors").says("places/outdoors", kNotGood).says("likes/animals", kMiddle).profile(),
        animalLover(),
        ProfileMaker("likes-dogs").says("likes/animals", kGood).profile(),
    };
    const auto ranked = matchVacancy(walker, people, shipped().layout, shipped().catalogue, shipped().weights);
    REQUIRE(ranked.size() == people.size());
    CHECK(ranked[0].profileId == "animals");
    CHECK(ranked[0].personIndex == 2);
    CHECK(ranked[1].profileId == "likes-dogs");
    CHECK(ranked.back().profileId == "hates-outdoors");
    CHECK(ranked.back().result.hasWarnings());
    CHECK(ranked[0].result.id == "dog-walker");
    for (const auto& match : ranked)
        checkNotesPointToRealAnswers(people[match.personIndex], {match.result}, {walker});
}

TEST_CASE("How sure a match is grows with how much of the profile is answered", "[jobs]")
{
    const auto sparse = match(animalLover());
    const MatchResult& farmSparse = resultFor(sparse, "city_farm_helper");
    CHECK(farmSparse.confidence == Confidence::NotSureYet);
    CHECK(std::string(confidenceWords(farmSparse.confidence)) == "not sure yet");

    // Every card the farm job reads answered, clearly enough for the profile
    // to say enough: its likes and skills, its tasters and its places.
    ProfileMaker maker("full");
    for (const auto& card : job("city_farm_helper").uses)
        maker.says(card, kGood);
    for (const auto& rule : shipped().weights.tasters)
        if (std::find(rule.sectors.begin(), rule.sectors.end(), "animals") != rule.sectors.end()
            || std::find(rule.jobs.begin(), rule.jobs.end(), "city_farm_helper") != rule.jobs.end())
            maker.says(rule.card, kGood);
    for (const auto& quality : job("city_farm_helper").qualities)
        maker.says(quality.card, kMiddle);
    const MatchResult farmFull = resultFor(match(maker.profile()), "city_farm_helper");
    CHECK(farmFull.answeredShare == 1.0);
    CHECK(farmFull.confidence == Confidence::Sure);
    CHECK(std::string(confidenceWords(farmFull.confidence)) == "sure");
    CHECK(std::string(confidenceWords(Confidence::FairlySure)) == "fairly sure");
}

TEST_CASE("Every sentence the matcher writes is easy to read", "[jobs]")
{
    // Everyone answering every card the catalogue knows, in every way, by
    // the person, a supporter and an observer: every sentence the matcher
    // can make for every job appears at least once.
    std::vector<Vacancy> vacancies = someVacancies();
    Vacancy everyPlace;
    everyPlace.id = "every-place";
    everyPlace.title = "Every place";
    everyPlace.symbol = "office-worker";
    everyPlace.hoursPerWeek = 10;
    for (const auto& words : shipped().catalogue.placeWords)
        for (QualityLevel level : {QualityLevel::Never, QualityLevel::Sometimes, QualityLevel::Often, QualityLevel::Always})
            if (!everyPlace.findQuality(words.card) || level == QualityLevel::Always) {
                Vacancy copy = everyPlace;
                copy.id = "place-" + std::to_string(vacancies.size());
                copy.qualities.push_back({words.card, level, ""});
                vacancies.push_back(copy);
            }

    std::set<std::string> cards;
    for (const auto& job : shipped().catalogue.jobs) {
        cards.insert(job.uses.begin(), job.uses.end());
        for (const auto& quality : job.qualities)
            cards.insert(quality.card);
    }
    int texts = 0;
    for (const std::string giver : {"person", "karen", "priya", "mary"}) {
        for (AnswerValue value : {kGood, kMiddle, kNotGood}) {
            ProfileMaker maker("all-" + giver, "Christopher Alexander");
            for (const auto& card : cards)
                maker.says(card, value, giver);
            // A mixed profile too, so reasons and warnings meet.
            ProfileMaker mixed("mixed-" + giver);
            int i = 0;
            for (const auto& card : cards)
                mixed.says(card, i++ % 2 ? kGood : kNotGood, giver);
            for (const Profile& profile : {maker.profile(), mixed.profile()}) {
                for (const auto& result : match(profile, vacancies)) {
                    for (const MatchNote* note : allNotes(result)) {
                        checkEasyRead(note->text);
                        ++texts;
                    }
                    if (result.carving) {
                        checkEasyRead(result.carving->sentence);
                        ++texts;
                    }
                }
            }
        }
    }
    CHECK(texts > 1000);
    checkEasyRead(shipped().weights.strongWarningWords);
}
