// Matching a profile to jobs and vacancies, with easy-read reasons that point
// to real answers, things to think about, strong warnings that are never
// averaged away, and job carving. The scoring formula and its weights are
// data: see assets/jobs/README.md and weights.json.
#pragma once

#include "core/job_catalogue.h"
#include "core/profile.h"
#include "core/profile_document.h"
#include "core/vacancy.h"

#include <limits>
#include <optional>
#include <string>
#include <vector>

namespace rightjob::core {

// What a result is about: a job from the catalogue or a real vacancy.
enum class MatchSource { CatalogueJob, Vacancy };

// How well a job fits as a whole. A job with a strong warning is never Good.
enum class FitBand { Good, Maybe, Poor };

// How much of the profile that a job depends on has been answered.
enum class Confidence { Sure, FairlySure, NotSureYet };

// "good", "maybe" or "poor", for files and the command line.
const char* fitBandName(FitBand band);
// Easy words for the screen: "A good match", "Maybe a match", "Not a good match".
const char* fitBandWords(FitBand band);
// "sure", "fairly_sure" or "not_sure_yet", for files and the command line.
const char* confidenceName(Confidence confidence);
// Easy words for the screen: "sure", "fairly sure", "not sure yet".
const char* confidenceWords(Confidence confidence);

// What a note says about the job and the person's answer.
enum class NoteKind {
    Like,            // a liked card the job uses: "You like animals."
    GoodAt,          // a skill the job uses: "You are good at counting."
    GoodPlace,       // a place said to be good for the person, that the job has
    AvoidsHardPlace, // a place said to be not good for them, that the job does not have
    HardPlace,       // a place said to be not good for them, that the job has
    MissingPlace,    // a place said to be good for them, that the job does not have
};

// One easy-read line of a result. It always points to one real answer: the
// latest answer by giver on cardKey, whose value is answer.
struct MatchNote {
    NoteKind kind = NoteKind::Like;
    std::string cardKey; // "likes/animals"
    std::string giver;   // "person" or a contributor's id
    AnswerValue answer = AnswerValue::Positive;
    std::optional<QualityLevel> level; // for place notes: how true of the job
    double weight = 0;                 // what it added to (+) or took from (-) the score
    Sharing sharing = Sharing::Shared; // NotForSharing: exports leave it out
    std::string text; // "You like animals." or "Karen says you like animals."
};

// A task of a job that fits the person on its own.
struct TaskFit {
    std::string taskId;
    std::string title;
    std::string symbol;
    double score = 0;
};

// A smaller job carved out of a job that fits badly as a whole.
struct CarvedRole {
    std::vector<TaskFit> tasks; // the tasks that fit, best first
    int hoursPerWeek = 0;       // the fewest hours such jobs are usually offered
    std::string sentence;       // "Filling shelves in a shop, 8 hours a week."
};

// How one job or vacancy fits one person.
struct MatchResult {
    MatchSource source = MatchSource::CatalogueJob;
    std::string id; // the job's or vacancy's id
    std::string title;
    std::string symbol;
    double score = 0;
    FitBand band = FitBand::Poor;
    Confidence confidence = Confidence::NotSureYet;
    double answeredShare = 0; // of the cards the job depends on, 0 to 1

    std::vector<MatchNote> reasons;    // what counts for it, best first; at most max_reasons
    std::vector<MatchNote> thinkAbout; // what to think about; at most max_think_about
    std::vector<MatchNote> warnings;   // every strong warning, worst first; never cut short
    std::optional<CarvedRole> carving; // for a catalogue job that fits badly, when some tasks fit

    // Whether anything on it is a strong warning.
    bool hasWarnings() const { return !warnings.empty(); }
};

// No limit on how many results to return: every job and vacancy.
inline constexpr std::size_t kAllResults = std::numeric_limits<std::size_t>::max();

// Matches one person against every catalogue job and every vacancy, and
// returns the best `limit` of them. Ranked by band (good, maybe, poor), then
// score (highest first), then id: the same input always gives the same list.
// Reasons, things to think about and warnings only ever point to answers in
// the profile. The layout gives the card words and how to say who gave an
// answer. Everything is scored; words are only made for the results returned.
std::vector<MatchResult> matchPerson(const Profile& profile, const Layout& layout, const JobCatalogue& catalogue,
                                     const std::vector<Vacancy>& vacancies, const MatchWeights& weights,
                                     std::size_t limit = kAllResults);

// One person's fit for a vacancy, as matchVacancy lists it.
struct PersonMatch {
    std::size_t personIndex = 0; // in the people given
    std::string profileId;
    MatchResult result;
};

// Matches one vacancy against people and returns the best `limit` of them:
// by band, then score, then profile id. The catalogue gives the words for the
// vacancy's place levels when the job coach wrote none.
std::vector<PersonMatch> matchVacancy(const Vacancy& vacancy, const std::vector<Profile>& people, const Layout& layout,
                                      const JobCatalogue& catalogue, const MatchWeights& weights,
                                      std::size_t limit = kAllResults);

} // namespace rightjob::core
