// Matching a profile to jobs and vacancies, with easy-read reasons that point
// to real answers, things to think about, strong warnings that are never
// averaged away, and job carving. The scoring formula and its weights are
// data: see assets/jobs/README.md and weights.json.
#pragma once

#include "core/jobs/job_catalogue.h"
#include "core/profile/profile.h"
#include "core/jobs/vacancy.h"

#include <cstdint>
#include <limits>
#include <memory>
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
    Taster,          // a taster of this kind of job the person liked
    TasterNotLiked,  // a taster of this kind of job the person did not like
    Hours,           // the job usually has far more hours than the person wants
    Disagree,        // the person and a supporter said different things about the note before it
};

// One easy-read line of a result. It always points to one real answer: the
// latest answer by giver on cardKey, whose value is answer. aboutCard is the
// card the job is matched on: the same card, or the one the answer means
// through the evidence rules of weights.json or an own card's meaning
// ("feelings/upset_by_noise" means "places/noisy_places" is not good).
struct MatchNote {
    NoteKind kind = NoteKind::Like;
    std::string cardKey;   // "likes/animals"
    std::string aboutCard; // "places/noisy_places"
    std::string giver;   // "person" or a contributor's id
    AnswerValue answer = AnswerValue::Positive;
    std::optional<QualityLevel> level; // for place notes: how true of the job
    double weight = 0;                 // what it added to (+) or took from (-) the score
    Sharing sharing = Sharing::Everyone; // the card's: exports show it only to those it is shared with
    std::string text; // "You like animals." or "Karen says you like animals."
};

// A task of a job that fits the person on its own.
struct TaskFit {
    std::string taskId;
    std::string title;
    std::string symbol;
    double score = 0;
};

// A smaller job carved out of a job that has something not good for the
// person, or fits badly as a whole: the tasks that fit their likes and skills
// and have nothing they said is not good for them.
struct CarvedRole {
    std::vector<TaskFit> tasks; // the tasks that fit, best first; none is ever dropped to shorten a sentence
    int hoursPerWeek = 0;       // the hours the person wants, within what such jobs offer; else the fewest offered
    std::vector<std::string> sentences; // each at most 15 words: "Filling shelves in a shop, 16 hours a week."
    std::string sentence;               // the sentences, joined with spaces
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
    std::optional<CarvedRole> carving; // for a catalogue job with a warning or that fits badly, when some tasks fit
    // A carved job ranked as its own entry: only the tasks of the job
    // carvedFrom that fit. Its id is "<job id>/carved".
    bool carved = false;
    std::string carvedFrom;

    // Whether anything on it is a strong warning.
    bool hasWarnings() const { return !warnings.empty(); }
};

// How well a result fits and how sure we are, the one wording the jobs
// screen, the summary and `rightjob match` share: "A good match. We are
// fairly sure."
std::string matchStandingWords(const MatchResult& result);

// Whether the profile says enough for any job to be called good: enough
// clear answers (not "not sure") in the sections matching reads, and at
// least one like or skill. When not, every list says "We need to know more
// about you first" and names the sections to do next.
struct MatchReadiness {
    bool enough = false;
    int clearAnswers = 0;
    std::vector<std::string> sectionsToDo; // section ids, in the order to do them
    std::vector<std::string> sentences;    // "We need to know more about you first." "Next, do this part: ..."
};

MatchReadiness matchReadiness(const Profile& profile, const Layout& layout, const MatchWeights& weights);

// What a list of results is: some jobs are good; none is good yet but some
// might suit; none fits at all; or the profile says too little to tell.
enum class MatchListKind { Good, Maybe, NoneFits, NeedMore };

MatchListKind matchListKind(const MatchReadiness& readiness, const std::vector<MatchResult>& results);

// What a list of results is, for its heading: "Jobs that suit you, best
// first", "No job is a good match yet. These might suit you.", or the
// readiness's first sentence when more answers are needed.
std::string matchListHeading(const MatchReadiness& readiness, const std::vector<MatchResult>& results,
                             const MatchWeights& weights);

// The title of a list of results, for the top bar of the jobs screen, with
// the person's name (or "me", as the summary says it): "Good jobs for Sam",
// "Jobs that might suit Sam", "No good jobs for Sam yet", "Jobs for Sam: we
// need to know more". The summary's jobs part has the same titles.
std::string matchListTitle(MatchListKind kind, const std::string& name, const MatchWeights& weights);

// No limit on how many results to return: every job and vacancy.
inline constexpr std::size_t kAllResults = std::numeric_limits<std::size_t>::max();

// Matches one person against every catalogue job and every vacancy, and
// returns the best `limit` of them, with a carved job as its own entry after
// each job that has a warning, where its tasks allow. Ranked good and maybe
// first, then poor; within that by score (highest first), then id: the same
// input always gives the same list. A strong warning takes a penalty off the
// score but never hides the job; a job is only "good" with a reason, no
// warning, and a profile that says enough (matchReadiness).
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

// Matching that remembers what it has worked out, for a program that matches
// the same people and vacancies again and again (the vacancy screen, the jobs
// screen, the bench). Each person's answers are held as one compact vector
// indexed by card number, and each job and vacancy as a list of card numbers
// with their weights, so scoring is array work with no string compares or
// allocations; words are made only for the results returned. It gives exactly
// what matchPerson and matchVacancy above give for the same input.
//
// It keeps references to the layout, catalogue and weights: they must outlive
// it, unchanged. Not for use from two threads at once.
class MatchCache {
public:
    MatchCache(const Layout& layout, const JobCatalogue& catalogue, const MatchWeights& weights);
    ~MatchCache();
    MatchCache(const MatchCache&) = delete;
    MatchCache& operator=(const MatchCache&) = delete;

    // The layout it was made with: its card words are the ones it writes.
    const Layout& layout() const;

    // The vacancies matchPerson matches against, kept and made into card
    // numbers once. Call again whenever the list changes.
    void setVacancies(std::vector<Vacancy> vacancies);
    const std::vector<Vacancy>& vacancies() const;

    // Holds a person for matchVacancy, in place of anyone held with the same
    // profile id. version is anything that changes whenever the profile does
    // (a hash of its file, a document revision): a caller that finds the
    // person held at the same version (holdsPerson) need not load them again.
    // Their answer vector is made here, once for this version.
    void holdPerson(Profile profile, std::uint64_t version);
    // Whether the person with this profile id is held, at this version.
    bool holdsPerson(const std::string& profileId, std::uint64_t version) const;
    // Lets go of everyone whose profile id is not in profileIds.
    void keepOnlyPeople(const std::vector<std::string>& profileIds);
    // How many people are held, and each of them in the order first held.
    std::size_t peopleHeld() const;
    const Profile& heldPerson(std::size_t index) const;

    // Like matchPerson above, against the catalogue and the vacancies set.
    // The person's answer vector is made for this call: a profile being
    // edited has changed since the last one.
    std::vector<MatchResult> matchPerson(const Profile& profile, std::size_t limit = kAllResults);

    // Like matchVacancy above, against everyone held; personIndex is the
    // index in heldPerson().
    std::vector<PersonMatch> matchVacancy(const Vacancy& vacancy, std::size_t limit = kAllResults);

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace rightjob::core
