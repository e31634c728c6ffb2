// The job catalogue and the matching weights: data files in assets/jobs/
// (documented in assets/jobs/README.md), read with errors that name the file,
// the line and what is wrong.
#pragma once

#include "core/base/json_file.h"
#include "core/profile/layout.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace rightjob::core {

// How true a place card is of a job, from "not part of it" to "every shift".
// The order matters: a higher level is later.
enum class QualityLevel { Never, Sometimes, Often, Always };

// "never", "sometimes", "often" or "always", as written in files.
const char* qualityLevelName(QualityLevel level);
// Reads the name back; nothing for anything else.
std::optional<QualityLevel> qualityLevelFromName(const std::string& name);

// Where a quality comes from: O*NET's work-context data, or our judgement.
enum class QualitySource { Onet, Judgement };

// One place card as it holds for a job: "The kitchen can be noisy."
struct JobQuality {
    std::string card; // "places/noisy_places"
    QualityLevel level = QualityLevel::Sometimes;
    QualitySource source = QualitySource::Judgement;
    std::string onetElement; // only when source is Onet
    std::string words;       // easy read, about this job
};

// A quality card at a level, as a task or a task setting has it.
struct TaskQuality {
    std::string card; // "places/busy_places"
    QualityLevel level = QualityLevel::Sometimes;
};

// Where or when a task is done, kept as data in the catalogue's
// "task_settings": "back_room" means not busy and no customers, "at_the_counter"
// means busy and customers all the time. Tasks name the settings they have.
struct TaskSetting {
    std::string id;    // "back_room"
    std::string words; // "in the back room, away from customers"
    std::vector<TaskQuality> qualities;
};

// A piece of a job that could be carved out into a job of its own.
struct JobTask {
    std::string id;
    std::string title; // "Filling shelves"
    std::string symbol;
    std::vector<std::string> uses;      // likes/ and good_at/ cards, all in the job's uses
    std::vector<std::string> qualities; // quality cards true of this task, as listed (the job's level, or the task's own)
    std::vector<std::string> settings;  // task setting ids: "back_room", "before_opening"
    // Worked out when read: every quality card of the task at the task's own
    // level. A level given in the task wins, then its settings', then the job's.
    std::vector<TaskQuality> levels;

    // The task's level for a card, or nothing when the task does not have it.
    std::optional<QualityLevel> levelOf(const std::string& card) const;
};

// The hours such jobs are usually offered.
struct JobHours {
    int minPerWeek = 1;
    int maxPerWeek = 1;
    std::string typical; // "Early mornings, often from 6 in the morning"
};

// One entry-level job.
struct Job {
    std::string id;
    std::string onetCode;  // "35-9021.00"
    std::string onetTitle; // "Dishwashers"
    std::optional<std::string> ukSoc;
    std::string title;       // "Kitchen porter"
    std::string description; // easy read
    std::string symbol;
    std::string sector; // a JobSector id
    std::string where;  // "in a kitchen"; empty: the sector's
    JobHours hours;
    std::vector<std::string> uses; // likes/ and good_at/ cards
    std::vector<JobQuality> qualities;
    std::vector<JobTask> tasks;
    std::string note; // for the people who keep the catalogue; never shown

    // The quality for a places/ card, or nullptr.
    const JobQuality* findQuality(const std::string& card) const;
};

// A group jobs are shown in.
struct JobSector {
    std::string id;
    std::string title;
    std::string symbol;
    std::string where; // "in a shop": where a carved role would be
};

// The matcher's words for one places/ card: what the person said about it,
// and what each level means for a job that has no words of its own (a
// vacancy). The list is also the set of cards a vacancy can be described by.
struct PlaceWords {
    std::string card;    // "places/noisy_places"
    std::string good;    // "Noisy places are good for you."
    std::string notGood; // "Noisy places are not good for you."
    std::array<std::string, 4> levels; // by QualityLevel: "It is not noisy." ... "It is noisy all the time."

    // The words for one level.
    const std::string& forLevel(QualityLevel level) const { return levels[static_cast<int>(level)]; }
};

// The whole catalogue file.
struct JobCatalogue {
    std::string fileName;
    std::string source;
    std::vector<JobSector> sectors;
    std::vector<PlaceWords> placeWords;
    std::vector<TaskSetting> taskSettings;
    std::vector<Job> jobs;

    // The job with this id, or nullptr.
    const Job* findJob(const std::string& id) const;
    // The sector with this id, or nullptr.
    const JobSector* findSector(const std::string& id) const;
    // The words for a places/ card, or nullptr.
    const PlaceWords* findPlaceWords(const std::string& card) const;
    // The task setting with this id, or nullptr.
    const TaskSetting* findTaskSetting(const std::string& id) const;
    // Where a job's carved role would be: the job's own words or its sector's.
    const std::string& whereOf(const Job& job) const;
};

// Reads a catalogue from parsed JSON. Throws DataError with the file, line and
// what is wrong for every problem: unknown keys, wrong types, repeated ids,
// a level or source not in the list, an "onet" quality with no element, a
// card that is not a likes/, good_at/ or places/ card, a place with no words,
// a task card the job does not have, hours out of range.
JobCatalogue readJobCatalogue(const JsonFile& file);

// Reads a catalogue file (assetPath("assets/jobs/catalogue.json")). Throws DataError.
JobCatalogue loadJobCatalogue(const std::string& path);

// Card keys the catalogue names that the layout does not have, one plain
// sentence each naming the file and the job; empty when all is well.
std::vector<std::string> catalogueLayoutProblems(const JobCatalogue& catalogue, const Layout& layout);

// The catalogue's own content rules that are advice rather than structure
// (3 to 6 tasks, at least 8 qualities, the twelve things every job covers,
// quiet and noisy not both high, sentences of at most 15 words), one plain
// sentence each; `rightjob check` lists them like check_catalogue.py does.
std::vector<std::string> catalogueContentProblems(const JobCatalogue& catalogue);

// One thing an answer means for matching: "I get upset when it is very loud"
// (feelings/upset_by_noise, positive) means noisy places are not good for
// the person (places/noisy_places, negative). Kept as data in weights.json.
struct EvidenceTarget {
    std::string card;
    AnswerValue answer = AnswerValue::Negative;
};

struct EvidenceRule {
    std::string card; // the card answered: "feelings/upset_by_noise"
    AnswerValue answer = AnswerValue::Positive;
    std::string words; // "Loud places are hard for you."; said with who said it
    std::vector<EvidenceTarget> means;
};

// A taster card and the jobs it tells about: those of some sectors, or some jobs.
struct TasterRule {
    std::string card; // "tasters/cafe"
    std::vector<std::string> sectors;
    std::vector<std::string> jobs;
};

// A practical card that says how many hours a week the person wants.
struct HoursCard {
    std::string card; // "practical/part_time"
    int hours = 0;
};

// How much each kind of answer counts when a profile is matched to a job,
// and the words the matcher writes with. See assets/jobs/README.md.
struct MatchWeights {
    std::array<double, 3> answer{};   // by AnswerValue: positive, middle, negative
    double othersFactor = 0;          // answers by others count this much
    std::array<double, 4> level{};    // by QualityLevel
    double likeWeight = 0;
    double skillWeight = 0;
    double placeWeight = 0;
    QualityLevel thinkAboutMinLevel = QualityLevel::Sometimes;
    QualityLevel strongWarningMinLevel = QualityLevel::Often;
    double strongWarningPenalty = 0;
    std::string strongWarningWords; // shown before the strong warnings
    int maxReasons = 0;
    int maxThinkAbout = 0;
    int maxTasks = 0;
    double minTaskScore = 0;
    double goodBandMin = 0;  // a score this high (and no strong warning) is a good fit
    double maybeBandMin = 0; // a score this high is a maybe
    double sureMin = 0;        // this share of the job's cards answered: sure
    double fairlySureMin = 0;  // this share: fairly sure
    std::string likeSentence;       // "You like {phrase}."
    std::string goodAtSentence;     // "You are good at {phrase}."
    std::string youSaidSentence;    // "You said {sentence}"
    std::string carvedRoleSentence; // "{tasks} {where}, {hours} hours a week."
    std::string andWord;            // "and"

    // What answers in other sections mean for matching (feelings, about me,
    // communication, practical), tasters, and hours wanted.
    std::vector<EvidenceRule> evidence;
    std::vector<TasterRule> tasters;
    double tasterWeight = 0;
    std::vector<HoursCard> hoursCards;
    double hoursPenalty = 0;    // taken off a job whose fewest hours are far more than wanted
    int needMoreMinAnswers = 0; // fewer clear answers than this: "We need to know more"
    std::vector<std::string> needMoreSections; // the sections to ask about next, in order

    std::string triedLikedSentence;    // "You liked {phrase}."
    std::string triedNotLikedSentence; // "You did not like {phrase}."
    std::string disagreeSentence;      // "You and {who} do not agree about this."
    std::string hoursSentence;         // "This job is usually at least {hours} hours a week."
    std::string carvedTitle;           // "{title}: only the tasks that suit you"
    std::string carvedIntroSentence;   // "You could do only the tasks that suit you."
    std::string carvedTasksSentence;   // "{tasks} {where}."
    std::string carvedAlsoSentence;    // "Also {tasks}."
    std::string carvedHoursSentence;   // "About {hours} hours a week."
    std::string needMoreSentence;      // "We need to know more about you first."
    std::string doNextSentence;        // "Next, do this part: {section}."
    std::string goodHeading;           // "Jobs that suit you, best first"
    std::string maybeHeading;          // "No job is a good match yet. These might suit you."
    std::string noneHeading;           // "No job fits you yet."
    std::string goodTitle;             // "Good jobs for {name}"
    std::string maybeTitle;            // "Jobs that might suit {name}"
    std::string noneTitle;             // "No good jobs for {name} yet"
    std::string needMoreTitle;         // "Jobs for {name}: we need to know more"

    // The evidence rules of one card, or nothing.
    const EvidenceRule* findEvidence(const std::string& card, AnswerValue answer) const;

    // The value of an answer place, from answer.
    double answerValue(AnswerValue value) const { return answer[static_cast<int>(value)]; }
    // The value of a quality level, from level.
    double levelValue(QualityLevel value) const { return level[static_cast<int>(value)]; }
};

// Reads weights from parsed JSON. Throws DataError for unknown or missing
// keys, wrong types, numbers out of range and sentences without their
// placeholders.
MatchWeights readMatchWeights(const JsonFile& file);

// Cards, sectors, jobs and sections the weights name that the layout or the
// catalogue do not have, one plain sentence each; empty when all is well.
std::vector<std::string> weightsLayoutProblems(const MatchWeights& weights, const JobCatalogue& catalogue,
                                               const Layout& layout);

// Reads a weights file (assetPath("assets/jobs/weights.json")). Throws DataError.
MatchWeights loadMatchWeights(const std::string& path);

} // namespace rightjob::core
