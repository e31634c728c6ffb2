// [SECTION] Names and words
// [SECTION] The person's answers: every voice on every card, with what they mean
// [SECTION] Jobs, tasks and vacancies as lists of cards
// [SECTION] The one scoring function
// [SECTION] Readiness
// [SECTION] Words for the results
// [SECTION] Ranking
// [SECTION] Compact vectors, and the cache that holds them

#include "core/base/easy_read.h"
#include "core/base/text.h"
#include "core/jobs/job_matching.h"
#include "core/profile/voices.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <unordered_map>

namespace rightjob::core {

// [SECTION] Names and words

const char* fitBandName(FitBand band)
{
    switch (band) {
    case FitBand::Good: return "good";
    case FitBand::Maybe: return "maybe";
    case FitBand::Poor: return "poor";
    }
    return "poor";
}

const char* fitBandWords(FitBand band)
{
    switch (band) {
    case FitBand::Good: return "A good match";
    case FitBand::Maybe: return "Maybe a match";
    case FitBand::Poor: return "Not a good match";
    }
    return "Not a good match";
}

const char* confidenceName(Confidence confidence)
{
    switch (confidence) {
    case Confidence::Sure: return "sure";
    case Confidence::FairlySure: return "fairly_sure";
    case Confidence::NotSureYet: return "not_sure_yet";
    }
    return "not_sure_yet";
}

const char* confidenceWords(Confidence confidence)
{
    switch (confidence) {
    case Confidence::Sure: return "sure";
    case Confidence::FairlySure: return "fairly sure";
    case Confidence::NotSureYet: return "not sure yet";
    }
    return "not sure yet";
}

std::string matchStandingWords(const MatchResult& result)
{
    return std::string(fitBandWords(result.band)) + ". We are " + confidenceWords(result.confidence) + ".";
}

namespace {

constexpr int kMaxSentenceWords = 15; // EASY_READ.md rule 2

// The first letter made small to go inside another sentence; "I" stays.
std::string lowerFirst(std::string text)
{
    const bool isI = !text.empty() && text[0] == 'I' && (text.size() == 1 || text[1] == ' ' || text[1] == '\'');
    if (!text.empty() && !isI)
        text[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[0])));
    return text;
}

std::string upperFirst(std::string text)
{
    if (!text.empty())
        text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
    return text;
}

std::string sectionOf(const std::string& key)
{
    return key.substr(0, key.find('/'));
}

// The phrase of a card the person added, as it sits inside a sentence:
// "Trains" gives "trains"; a label with a later capital ("Arsenal Football
// Club") is a name and stays as it is.
std::string ownCardPhrase(const std::string& label)
{
    bool laterCapital = false;
    for (std::size_t i = 1; i < label.size(); ++i)
        if (label[i - 1] == ' ' && std::isupper(static_cast<unsigned char>(label[i])))
            laterCapital = true;
    return laterCapital ? label : lowerFirst(label);
}

const OwnCard* findOwnCard(const Profile& profile, const std::string& key)
{
    const auto slash = key.find('/');
    if (slash == std::string::npos)
        return nullptr;
    for (const auto& own : profile.ownCards)
        if (own.section.size() == slash && key.compare(0, slash, own.section) == 0 && key.compare(slash + 1, std::string::npos, own.id) == 0)
            return &own;
    return nullptr;
}

// [SECTION] The person's answers: every voice on every card, with what they mean

// One giver's latest answer as it counts for one card: said on that card, or
// on another card that means it (an evidence rule of weights.json, or an own
// card the supporter said is like a layout card).
struct Voice {
    const Answer* answer = nullptr;         // the real answer, on sourceKey
    const std::string* sourceKey = nullptr; // the card it was given on
    const EvidenceRule* rule = nullptr;     // the rule that made it mean this card, if any
    AnswerValue value = AnswerValue::Middle; // what it says about this card
    Sharing sharing = Sharing::Everyone;

    explicit operator bool() const { return answer != nullptr; }
};

// One card's voices as the score sees them (assets/jobs/README.md): the
// person's answer leads; without one, the mean of the others' answers, times
// others_factor. Anybody's "not good for me" stays for a warning, even when
// the person said it is OK: then the voices disagree.
struct CardAnswer {
    double value = 0;
    Voice positive;       // the voice a reason may point to
    Voice negative;       // the voice a warning may point to
    Voice disagreeing;    // when the person and someone else disagree: the other one
    bool fromPerson = false;
};

struct SummedCard {
    std::string key;
    CardAnswer answer;
};

// The summed card with this key in a list sorted by key, or nullptr.
const SummedCard* findSummed(const std::vector<SummedCard>& cards, const std::string& key)
{
    const auto found = std::lower_bound(cards.begin(), cards.end(), key,
                                        [](const SummedCard& card, const std::string& k) { return card.key < k; });
    return found != cards.end() && found->key == key ? &*found : nullptr;
}

// Every card the profile's answers tell about, summed up, sorted by key. The
// same profile gives the same cards whatever the order its cards came in.
std::vector<SummedCard> summariseProfile(const Profile& profile, const MatchWeights& weights)
{
    struct Raw {
        const std::string* target;
        const std::string* giver;
        bool direct;
        Voice voice;
    };
    std::vector<Raw> raw;
    raw.reserve(profile.cards.size() * 2);
    std::vector<const std::string*> seen;
    for (const auto& [key, record] : profile.cards) {
        if (record.answers.empty())
            continue;
        const Sharing sharing = record.sharing;
        const OwnCard* own = profile.ownCards.empty() ? nullptr : findOwnCard(profile, key);
        const std::string* meaning = own && !own->means.empty() && own->means != key ? &own->means : nullptr;
        seen.clear();
        for (auto it = record.answers.rbegin(); it != record.answers.rend(); ++it) {
            if (std::any_of(seen.begin(), seen.end(), [&](const std::string* giver) { return *giver == it->by; }))
                continue; // only each giver's latest answer counts
            seen.push_back(&it->by);
            raw.push_back({&key, &it->by, true, {&*it, &key, nullptr, it->value, sharing}});
            if (meaning)
                raw.push_back({meaning, &it->by, false, {&*it, &key, nullptr, it->value, sharing}});
            for (const std::string* card : {&key, meaning}) {
                if (!card)
                    continue;
                if (const EvidenceRule* rule = weights.findEvidence(*card, it->value))
                    for (const auto& target : rule->means)
                        raw.push_back({&target.card, &it->by, false, {&*it, &key, rule, target.answer, sharing}});
            }
        }
    }
    // By card, then giver; a giver's own answer on the card first, else the
    // most careful of what their other answers mean (negative first).
    std::sort(raw.begin(), raw.end(), [](const Raw& a, const Raw& b) {
        if (*a.target != *b.target)
            return *a.target < *b.target;
        if (*a.giver != *b.giver)
            return *a.giver < *b.giver;
        if (a.direct != b.direct)
            return a.direct;
        if (a.voice.value != b.voice.value)
            return a.voice.value > b.voice.value;
        return *a.voice.sourceKey < *b.voice.sourceKey;
    });

    std::vector<SummedCard> cards;
    for (std::size_t begin = 0; begin < raw.size();) {
        std::size_t end = begin;
        while (end < raw.size() && *raw[end].target == *raw[begin].target)
            ++end;
        SummedCard card;
        card.key = *raw[begin].target;
        const Voice* person = nullptr;
        double sum = 0;
        int others = 0;
        const Voice* otherPositive = nullptr;
        const Voice* otherNegative = nullptr;
        for (std::size_t i = begin; i < end; ++i) {
            if (i > begin && *raw[i].giver == *raw[i - 1].giver)
                continue; // this giver's first voice is the one that counts
            const Voice& voice = raw[i].voice;
            if (*raw[i].giver == kPersonGiver) {
                person = &voice;
                continue;
            }
            sum += weights.answerValue(voice.value);
            ++others;
            if (!otherPositive && voice.value == AnswerValue::Positive)
                otherPositive = &voice;
            if (!otherNegative && voice.value == AnswerValue::Negative)
                otherNegative = &voice;
        }
        CardAnswer& answer = card.answer;
        if (person) {
            answer.fromPerson = true;
            answer.value = weights.answerValue(person->value);
            if (person->value == AnswerValue::Positive)
                answer.positive = *person;
            if (person->value == AnswerValue::Negative) {
                answer.negative = *person;
                if (otherPositive)
                    answer.disagreeing = *otherPositive;
            } else if (otherNegative) {
                // The person's answer leads the score; the supporter's
                // "not good for me" is still heard as a warning.
                answer.negative = *otherNegative;
                answer.disagreeing = *otherNegative;
            }
        } else if (others > 0) {
            answer.value = sum / others * weights.othersFactor;
            if (otherPositive)
                answer.positive = *otherPositive;
            if (otherNegative)
                answer.negative = *otherNegative;
        }
        cards.push_back(std::move(card));
        begin = end;
    }
    return cards;
}

// The hours a week the person wants, from the hours cards of the weights:
// the fewest of those they want. 0 when nobody said.
int wantedHours(const std::vector<SummedCard>& cards, const MatchWeights& weights)
{
    int wanted = 0;
    for (const auto& hours : weights.hoursCards) {
        const SummedCard* found = findSummed(cards, hours.card);
        if (found && found->answer.positive && found->answer.value > 0)
            wanted = wanted == 0 ? hours.hours : std::min(wanted, hours.hours);
    }
    return wanted;
}

// [SECTION] Jobs, tasks and vacancies as lists of cards

enum class ReqKind : std::uint8_t { Like, Skill, Taster, Quality };

// One card a job uses or has, with what an answer to it is multiplied by.
constexpr std::uint32_t kNoNumber = 0xFFFFFFFFu;

struct Req {
    ReqKind kind = ReqKind::Like;
    const std::string* card = nullptr;
    std::uint32_t number = kNoNumber; // the card's number, for the cache; kNoNumber: look it up by key
    QualityLevel level = QualityLevel::Never;
    const std::string* words = nullptr; // the job's words for a quality; nullptr: the catalogue's for the level
    double factor = 0;
};

struct Compiled {
    std::vector<Req> reqs;
    int minHours = 0; // the fewest hours a week such work is offered; 0: not known
};

// Card keys as small numbers, given out in the order first asked for.
class CardNumbers {
public:
    std::uint32_t numberOf(const std::string& key)
    {
        const auto [it, added] = m_numbers.try_emplace(key, static_cast<std::uint32_t>(m_numbers.size()));
        return it->second;
    }

    std::size_t size() const { return m_numbers.size(); }

private:
    std::unordered_map<std::string, std::uint32_t> m_numbers;
};

class Compiler {
public:
    Compiler(const JobCatalogue&, const MatchWeights& weights, CardNumbers* numbers)
        : m_weights(weights), m_numbers(numbers)
    {
    }

    Compiled job(const Job& job)
    {
        Compiled compiled;
        compiled.minHours = job.hours.minPerWeek;
        addUses(compiled, job.uses);
        addTasters(compiled, job);
        for (const auto& quality : job.qualities)
            addQuality(compiled, quality.card, quality.level, &quality.words);
        return compiled;
    }

    Compiled task(const JobTask& task)
    {
        Compiled compiled;
        addUses(compiled, task.uses);
        for (const auto& quality : task.levels)
            addQuality(compiled, quality.card, quality.level, nullptr);
        return compiled;
    }

    // The tasks chosen from a job, as one job: what they use, the job's
    // tasters, and each quality at the highest level of any chosen task.
    Compiled carved(const Job& job, const std::vector<const JobTask*>& tasks)
    {
        Compiled compiled;
        std::vector<std::string> uses;
        for (const auto& card : job.uses)
            if (std::any_of(tasks.begin(), tasks.end(), [&](const JobTask* task) {
                    return std::find(task->uses.begin(), task->uses.end(), card) != task->uses.end();
                }))
                uses.push_back(card);
        for (const auto& card : uses)
            for (const auto& use : job.uses)
                if (use == card)
                    add(compiled, startsWith(card, "likes/") ? ReqKind::Like : ReqKind::Skill, use, QualityLevel::Never,
                        nullptr);
        addTasters(compiled, job);
        std::vector<TaskQuality> levels;
        for (const JobTask* task : tasks)
            for (const auto& quality : task->levels) {
                auto found = std::find_if(levels.begin(), levels.end(),
                                          [&](const TaskQuality& other) { return other.card == quality.card; });
                if (found == levels.end())
                    levels.push_back(quality);
                else
                    found->level = std::max(found->level, quality.level);
            }
        for (const JobTask* task : tasks)
            for (const auto& quality : task->levels)
                for (auto& level : levels)
                    if (level.card == quality.card && !level.card.empty()) {
                        addQuality(compiled, quality.card, level.level, nullptr);
                        level.card.clear(); // once
                    }
        return compiled;
    }

    Compiled vacancy(const Vacancy& vacancy)
    {
        Compiled compiled;
        compiled.minHours = static_cast<int>(vacancy.hoursPerWeek);
        addUses(compiled, vacancy.uses);
        for (const auto& quality : vacancy.qualities)
            addQuality(compiled, quality.card, quality.level, quality.words.empty() ? nullptr : &quality.words);
        return compiled;
    }

private:
    void add(Compiled& compiled, ReqKind kind, const std::string& card, QualityLevel level, const std::string* words)
    {
        Req req;
        req.kind = kind;
        req.card = &card;
        req.number = m_numbers ? m_numbers->numberOf(card) : kNoNumber;
        req.level = level;
        req.words = words;
        switch (kind) {
        case ReqKind::Like: req.factor = m_weights.likeWeight; break;
        case ReqKind::Skill: req.factor = m_weights.skillWeight; break;
        case ReqKind::Taster: req.factor = m_weights.tasterWeight; break;
        case ReqKind::Quality: req.factor = m_weights.placeWeight * m_weights.levelValue(level); break;
        }
        compiled.reqs.push_back(req);
    }

    void addUses(Compiled& compiled, const std::vector<std::string>& uses)
    {
        for (const auto& card : uses)
            add(compiled, startsWith(card, "likes/") ? ReqKind::Like : ReqKind::Skill, card, QualityLevel::Never, nullptr);
    }

    void addTasters(Compiled& compiled, const Job& job)
    {
        for (const auto& rule : m_weights.tasters) {
            const bool bySector = std::find(rule.sectors.begin(), rule.sectors.end(), job.sector) != rule.sectors.end();
            const bool byJob = std::find(rule.jobs.begin(), rule.jobs.end(), job.id) != rule.jobs.end();
            if (bySector || byJob)
                add(compiled, ReqKind::Taster, rule.card, QualityLevel::Never, nullptr);
        }
    }

    void addQuality(Compiled& compiled, const std::string& card, QualityLevel level, const std::string* words)
    {
        add(compiled, ReqKind::Quality, card, level, words);
    }

    const MatchWeights& m_weights;
    CardNumbers* m_numbers;
};

// The catalogue's jobs and their tasks as lists of cards, made once.
struct CompiledCatalogue {
    std::vector<Compiled> jobs;
    std::vector<std::vector<Compiled>> tasks; // by job, then task

    CompiledCatalogue(const JobCatalogue& catalogue, const MatchWeights& weights, CardNumbers* numbers)
    {
        Compiler compiler(catalogue, weights, numbers);
        jobs.reserve(catalogue.jobs.size());
        tasks.reserve(catalogue.jobs.size());
        for (const auto& job : catalogue.jobs) {
            jobs.push_back(compiler.job(job));
            std::vector<Compiled> jobTasks;
            for (const auto& task : job.tasks)
                jobTasks.push_back(compiler.task(task));
            tasks.push_back(std::move(jobTasks));
        }
    }
};

// [SECTION] The one scoring function

// What a note may be before its words are made.
enum class NoteList { Reason, ThinkAbout, Warning };

struct Candidate {
    NoteKind kind;
    NoteList list;
    const Req* req;
    const CardAnswer* answer;
    const std::string* key; // the card the answer is summed on
    double weight;
};

// A job's score and what it is made of.
struct Tally {
    double score = 0;
    int answered = 0;
    int warnings = 0;
    int heartReasons = 0; // reasons from likes, skills and tasters
    int reasons = 0;      // every reason, places too
    bool disagree = false;
    bool hoursTooMany = false;
};

// THE scoring formula (assets/jobs/README.md), for every job, task, carved
// job and vacancy, by the plain matcher and the cache alike. find gives the
// summed answer of a card (or nullptr); collect is told each note that may be
// shown. The same input always gives the same tally.
template <class Find, class Collect>
Tally tally(const Compiled& compiled, int wanted, const MatchWeights& weights, Find&& find, Collect&& collect)
{
    Tally tally;
    for (const Req& req : compiled.reqs) {
        const SummedCard* card = find(req);
        if (!card)
            continue;
        const CardAnswer& answer = card->answer;
        ++tally.answered;
        const double weight = req.factor * answer.value;
        tally.score += weight;
        if (req.kind != ReqKind::Quality) {
            if (weight > 0 && answer.positive) {
                ++tally.heartReasons;
                ++tally.reasons;
                collect({req.kind == ReqKind::Taster ? NoteKind::Taster
                                                     : (req.kind == ReqKind::Like ? NoteKind::Like : NoteKind::GoodAt),
                         NoteList::Reason, &req, &answer, &card->key, weight});
            } else if (req.kind == ReqKind::Taster && weight < 0 && answer.negative) {
                collect({NoteKind::TasterNotLiked, NoteList::ThinkAbout, &req, &answer, &card->key, weight});
            }
            continue;
        }
        if (req.level != QualityLevel::Never) {
            if (answer.positive && weight > 0) {
                ++tally.reasons;
                collect({NoteKind::GoodPlace, NoteList::Reason, &req, &answer, &card->key, weight});
            }
            if (answer.negative && req.level >= weights.strongWarningMinLevel) {
                ++tally.warnings;
                tally.score -= weights.strongWarningPenalty;
                tally.disagree = tally.disagree || bool(answer.disagreeing);
                collect({NoteKind::HardPlace, NoteList::Warning, &req, &answer, &card->key,
                         weight - weights.strongWarningPenalty});
            } else if (answer.negative && req.level >= weights.thinkAboutMinLevel) {
                collect({NoteKind::HardPlace, NoteList::ThinkAbout, &req, &answer, &card->key, weight});
            }
        } else {
            if (answer.negative && weight > 0)
                collect({NoteKind::AvoidsHardPlace, NoteList::Reason, &req, &answer, &card->key, weight});
            if (answer.positive && weight < 0)
                collect({NoteKind::MissingPlace, NoteList::ThinkAbout, &req, &answer, &card->key, weight});
        }
    }
    // Far more hours than the person wants: half as many again, or more.
    if (wanted > 0 && compiled.minHours * 2 > wanted * 3) {
        tally.hoursTooMany = true;
        tally.score -= weights.hoursPenalty;
    }
    return tally;
}

// The band of a tally: good only with a reason from the person's likes,
// skills or tasters, no strong warning, and a profile that says enough.
FitBand bandOf(const Tally& tally, std::size_t total, const MatchWeights& weights, bool enough)
{
    // Good needs a reason from the heart, no warning, a profile that says
    // enough, and enough of the job's cards answered to be at least fairly sure.
    const bool fairlySure = total > 0 && static_cast<double>(tally.answered) >= weights.fairlySureMin * static_cast<double>(total);
    if (tally.score >= weights.goodBandMin && tally.warnings == 0 && tally.heartReasons > 0 && enough && fairlySure)
        return FitBand::Good;
    if (tally.score >= weights.maybeBandMin && tally.reasons > 0)
        return FitBand::Maybe;
    return FitBand::Poor;
}

Confidence confidenceOf(const Tally& tally, std::size_t total, const MatchWeights& weights, bool enough)
{
    if (!enough || total == 0)
        return Confidence::NotSureYet;
    const double share = static_cast<double>(tally.answered) / static_cast<double>(total);
    int step = share >= weights.sureMin ? 2 : (share >= weights.fairlySureMin ? 1 : 0);
    if (tally.disagree && step > 0)
        --step; // voices that disagree make us less sure
    return step == 2 ? Confidence::Sure : (step == 1 ? Confidence::FairlySure : Confidence::NotSureYet);
}

struct NoCollect {
    void operator()(const Candidate&) const {}
};

// The tasks of a job that fit: a reason from a like or skill, nothing the
// person said is not good for them, and a score of at least min_task_score.
// Best first; at most max_tasks.
template <class Find>
std::vector<std::pair<std::size_t, double>> fittingTasks(const std::vector<Compiled>& tasks, int wanted,
                                                         const MatchWeights& weights, Find&& find)
{
    std::vector<std::pair<std::size_t, double>> chosen;
    for (std::size_t i = 0; i < tasks.size(); ++i) {
        const Tally task = tally(tasks[i], wanted, weights, find, NoCollect{});
        if (task.warnings == 0 && task.heartReasons > 0 && task.score >= weights.minTaskScore)
            chosen.emplace_back(i, task.score);
    }
    std::stable_sort(chosen.begin(), chosen.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    if (chosen.size() > static_cast<std::size_t>(weights.maxTasks))
        chosen.resize(static_cast<std::size_t>(weights.maxTasks));
    return chosen;
}

std::vector<const JobTask*> tasksOf(const Job& job, const std::vector<std::pair<std::size_t, double>>& chosen)
{
    std::vector<const JobTask*> tasks;
    for (const auto& [index, score] : chosen)
        tasks.push_back(&job.tasks[index]);
    return tasks;
}

// [SECTION] Readiness

// Whether a card's answers are clear (not "not sure") by anybody, and
// positive by anybody.
struct Clarity {
    bool clear = false;
    bool positive = false;
};

Clarity clarityOf(const CardRecord& record)
{
    Clarity clarity;
    std::vector<const std::string*> seen;
    for (auto it = record.answers.rbegin(); it != record.answers.rend(); ++it) {
        if (std::any_of(seen.begin(), seen.end(), [&](const std::string* giver) { return *giver == it->by; }))
            continue;
        seen.push_back(&it->by);
        if (it->value != AnswerValue::Middle)
            clarity.clear = true;
        if (it->value == AnswerValue::Positive)
            clarity.positive = true;
    }
    return clarity;
}

} // namespace

MatchReadiness matchReadiness(const Profile& profile, const Layout& layout, const MatchWeights& weights)
{
    MatchReadiness readiness;
    std::vector<int> bySection(weights.needMoreSections.size(), 0);
    bool heart = false;
    for (const auto& [key, record] : profile.cards) {
        const Clarity clarity = clarityOf(record);
        if (!clarity.clear)
            continue;
        const std::string section = sectionOf(key);
        const auto listed = std::find(weights.needMoreSections.begin(), weights.needMoreSections.end(), section);
        const bool hasRule = weights.findEvidence(key, AnswerValue::Positive) || weights.findEvidence(key, AnswerValue::Negative)
                             || std::any_of(weights.tasters.begin(), weights.tasters.end(),
                                            [&cardKey = key](const TasterRule& rule) { return rule.card == cardKey; });
        if (listed == weights.needMoreSections.end() && !hasRule)
            continue;
        ++readiness.clearAnswers;
        if (listed != weights.needMoreSections.end())
            ++bySection[static_cast<std::size_t>(listed - weights.needMoreSections.begin())];
        if (clarity.positive && (section == "likes" || section == "good_at"))
            heart = true;
    }
    readiness.enough = readiness.clearAnswers >= weights.needMoreMinAnswers && heart;
    if (readiness.enough)
        return readiness;
    // The sections with fewest clear answers, in the order the weights list them.
    for (std::size_t i = 0; i < bySection.size(); ++i)
        if (bySection[i] < 3 && layout.findSection(weights.needMoreSections[i]))
            readiness.sectionsToDo.push_back(weights.needMoreSections[i]);
    if (readiness.sectionsToDo.empty() && !weights.needMoreSections.empty()) {
        const auto least = std::min_element(bySection.begin(), bySection.end());
        const std::string& section = weights.needMoreSections[static_cast<std::size_t>(least - bySection.begin())];
        if (layout.findSection(section))
            readiness.sectionsToDo.push_back(section);
    }
    readiness.sentences.push_back(weights.needMoreSentence);
    for (const auto& section : readiness.sectionsToDo)
        readiness.sentences.push_back(replaced(weights.doNextSentence, "{section}", layout.findSection(section)->title));
    return readiness;
}

MatchListKind matchListKind(const MatchReadiness& readiness, const std::vector<MatchResult>& results)
{
    if (!readiness.enough)
        return MatchListKind::NeedMore;
    if (std::any_of(results.begin(), results.end(), [](const MatchResult& r) { return r.band == FitBand::Good; }))
        return MatchListKind::Good;
    if (std::any_of(results.begin(), results.end(), [](const MatchResult& r) { return r.band == FitBand::Maybe; }))
        return MatchListKind::Maybe;
    return MatchListKind::NoneFits;
}

std::string matchListHeading(const MatchReadiness& readiness, const std::vector<MatchResult>& results,
                             const MatchWeights& weights)
{
    switch (matchListKind(readiness, results)) {
    case MatchListKind::NeedMore: return weights.needMoreSentence;
    case MatchListKind::Good: return weights.goodHeading;
    case MatchListKind::Maybe: return weights.maybeHeading;
    case MatchListKind::NoneFits: break;
    }
    return weights.noneHeading;
}

std::string matchListTitle(MatchListKind kind, const std::string& name, const MatchWeights& weights)
{
    const std::string* pattern = &weights.noneTitle;
    switch (kind) {
    case MatchListKind::NeedMore: pattern = &weights.needMoreTitle; break;
    case MatchListKind::Good: pattern = &weights.goodTitle; break;
    case MatchListKind::Maybe: pattern = &weights.maybeTitle; break;
    case MatchListKind::NoneFits: break;
    }
    return replaced(*pattern, "{name}", name);
}

namespace {

// [SECTION] Words for the results

// The person's summed answers, found by card key, with the sentences about
// each card built the first time a note needs them.
// What matching works out about a person before any job: their summed
// cards, the hours they want and whether they have said enough.
struct SummedPerson {
    std::vector<SummedCard> cards; // by key
    int wanted = 0;
    bool enough = false;
};

SummedPerson summarisePerson(const Profile& profile, const Layout& layout, const MatchWeights& weights)
{
    SummedPerson person;
    person.cards = summariseProfile(profile, weights);
    person.wanted = wantedHours(person.cards, weights);
    person.enough = matchReadiness(profile, layout, weights).enough;
    return person;
}

class PersonAnswers {
public:
    // summed: the person's answers summed already (a person the cache holds,
    // whose cards point into profile), so nothing is worked out again; else
    // nullptr, and they are summed here.
    PersonAnswers(const Profile& profile, const Layout& layout, const JobCatalogue& catalogue, const MatchWeights& weights,
                  const SummedPerson* summed = nullptr)
        : m_profile(profile), m_layout(layout), m_catalogue(catalogue), m_weights(weights),
          m_owned(summed ? SummedPerson() : summarisePerson(profile, layout, weights)), m_summed(summed ? summed : &m_owned)
    {
    }
    PersonAnswers(const PersonAnswers&) = delete;
    PersonAnswers& operator=(const PersonAnswers&) = delete;

    const SummedCard* find(const std::string& key) const
    {
        return findSummed(m_summed->cards, key);
    }

    int wanted() const { return m_summed->wanted; }
    bool enough() const { return m_summed->enough; }
    const Profile& profile() const { return m_profile; }

    // The card words of a key: the layout's card, or the person's own card.
    struct CardWords {
        std::string label;
        std::string phrase;
        bool known = false;
    };

    CardWords wordsOf(const std::string& key) const
    {
        CardWords words;
        const auto slash = key.find('/');
        if (slash == std::string::npos)
            return words;
        if (const CardDefinition* card = m_layout.findCard(key.substr(0, slash), key.substr(slash + 1))) {
            words.label = card->label;
            words.phrase = card->phrase;
            words.known = true;
        } else if (const OwnCard* own = findOwnCard(m_profile, key)) {
            words.label = own->label;
            words.phrase = ownCardPhrase(own->label);
            words.known = !own->label.empty();
        }
        return words;
    }

    // The words of a note about a voice, or empty when there are none to say
    // it with (a card neither the layout nor the profile knows).
    std::string claim(NoteKind kind, const Voice& voice, const std::string& aboutCard) const
    {
        const CardWords source = wordsOf(*voice.sourceKey);
        switch (kind) {
        case NoteKind::Like:
        case NoteKind::GoodAt: {
            if (!source.known)
                return "";
            const std::string& pattern = kind == NoteKind::Like ? m_weights.likeSentence : m_weights.goodAtSentence;
            return said(replaced(pattern, "{phrase}", source.phrase), voice, false);
        }
        case NoteKind::Taster:
        case NoteKind::TasterNotLiked: {
            if (!source.known)
                return "";
            const std::string& pattern
                = kind == NoteKind::Taster ? m_weights.triedLikedSentence : m_weights.triedNotLikedSentence;
            return said(replaced(pattern, "{phrase}", source.phrase), voice, true);
        }
        default: break;
        }
        // A quality: what the person said about it.
        if (voice.rule)
            return said(voice.rule->words, voice, true);
        const PlaceWords* placeWords = m_catalogue.findPlaceWords(aboutCard);
        const bool good = voice.value == AnswerValue::Positive;
        if (placeWords)
            return said(good ? placeWords->good : placeWords->notGood, voice, true);
        const CardWords about = wordsOf(aboutCard);
        const std::string label = about.known ? lowerFirst(about.label) : aboutCard.substr(aboutCard.find('/') + 1);
        return said(upperFirst(label) + (good ? " is good for you." : " is not good for you."), voice, true);
    }

    // "You and Mum do not agree about this."
    std::string disagreement(const Voice& other) const
    {
        return replaced(m_weights.disagreeSentence, "{who}", giverWord(m_profile, m_layout.attribution, other.answer->by));
    }

    // The catalogue's words for a level of a quality card, or empty.
    const std::string* levelWords(const std::string& card, QualityLevel level) const
    {
        const PlaceWords* words = m_catalogue.findPlaceWords(card);
        return words ? &words->forLevel(level) : nullptr;
    }

private:
    // A sentence as the voice's giver said it: the person's plainly ("You like
    // animals.") or as "You said …"; anyone else's with the one wording of
    // who said what ("Mum says loud places are hard for you.").
    std::string said(const std::string& sentence, const Voice& voice, bool youSaid) const
    {
        if (voice.answer->by == kPersonGiver)
            return youSaid ? replaced(m_weights.youSaidSentence, "{sentence}", lowerFirst(sentence)) : sentence;
        return saidBy(m_profile, m_layout.attribution, voice.answer->by, sentence);
    }

    const Profile& m_profile;
    const Layout& m_layout;
    const JobCatalogue& m_catalogue;
    const MatchWeights& m_weights;
    SummedPerson m_owned;         // when nobody summed them before
    const SummedPerson* m_summed; // m_owned, or the cache's
};

// Sorts a short list by weight, keeping the order of equal ones.
template <class Before>
void insertionSort(std::vector<Candidate>& list, Before before)
{
    for (std::size_t i = 1; i < list.size(); ++i) {
        Candidate moving = list[i];
        std::size_t j = i;
        for (; j > 0 && before(moving, list[j - 1]); --j)
            list[j] = list[j - 1];
        list[j] = moving;
    }
}

// Makes whole results: score, band, confidence and every note's words.
class Explainer {
    struct Finder {
        const PersonAnswers* answers;
        const SummedCard* operator()(const Req& req) const { return answers->find(*req.card); }
    };

public:
    Explainer(PersonAnswers& answers, const JobCatalogue& catalogue, const MatchWeights& weights)
        : m_answers(answers), m_catalogue(catalogue), m_weights(weights)
    {
    }

    Finder finder() const { return Finder{&m_answers}; }

    MatchResult job(const Job& job, const Compiled& compiled, const std::vector<Compiled>& tasks)
    {
        MatchResult result;
        const Tally scored = explain(compiled, result);
        result.source = MatchSource::CatalogueJob;
        result.id = job.id;
        result.title = job.title;
        result.symbol = job.symbol;
        if (scored.hoursTooMany)
            addHoursNote(job.hours.minPerWeek, result);
        if (result.band == FitBand::Poor || result.hasWarnings())
            result.carving = carve(job, tasks);
        return result;
    }

    // The carved job as its own entry, when the job's tasks allow one with
    // no warning; nothing otherwise.
    std::optional<MatchResult> carvedJob(const Job& job, const std::vector<Compiled>& tasks)
    {
        std::optional<CarvedRole> role = carve(job, tasks);
        if (!role)
            return std::nullopt;
        std::vector<const JobTask*> chosen;
        for (const auto& fit : role->tasks)
            for (const auto& task : job.tasks)
                if (task.id == fit.taskId)
                    chosen.push_back(&task);
        const Compiled compiled = Compiler(m_catalogue, m_weights, nullptr).carved(job, chosen);
        MatchResult result;
        const Tally scored = explain(compiled, result);
        if (scored.warnings > 0)
            return std::nullopt;
        result.source = MatchSource::CatalogueJob;
        result.id = job.id + "/carved";
        result.title = replaced(m_weights.carvedTitle, "{title}", job.title);
        result.symbol = job.symbol;
        result.carved = true;
        result.carvedFrom = job.id;
        result.carving = std::move(role);
        return result;
    }

    MatchResult vacancy(const Vacancy& vacancy, const Compiled& compiled)
    {
        MatchResult result;
        const Tally scored = explain(compiled, result);
        result.source = MatchSource::Vacancy;
        result.id = vacancy.id;
        result.title = vacancy.title;
        result.symbol = vacancy.symbol;
        if (scored.hoursTooMany)
            addHoursNote(compiled.minHours, result);
        return result;
    }

    // The best tasks of a job for the person, and the sentences saying the
    // carved job. Nothing when no task fits.
    std::optional<CarvedRole> carve(const Job& job, const std::vector<Compiled>& tasks)
    {
        const auto chosen = fittingTasks(tasks, m_answers.wanted(), m_weights, finder());
        if (chosen.empty())
            return std::nullopt;
        CarvedRole role;
        for (const auto& [index, score] : chosen) {
            const JobTask& task = job.tasks[index];
            role.tasks.push_back({task.id, task.title, task.symbol, score});
        }
        const int wanted = m_answers.wanted();
        role.hoursPerWeek = wanted > 0 ? std::min(wanted, job.hours.maxPerWeek) : job.hours.minPerWeek;
        role.sentences = carvedSentences(role, m_catalogue.whereOf(job));
        for (const auto& sentence : role.sentences)
            role.sentence += (role.sentence.empty() ? "" : " ") + sentence;
        return role;
    }

private:

    Tally explain(const Compiled& compiled, MatchResult& result)
    {
        m_candidates.clear();
        const Tally scored = tally(compiled, m_answers.wanted(), m_weights, finder(),
                                   [this](const Candidate& candidate) { m_candidates.push_back(candidate); });
        result.score = scored.score;
        result.band = bandOf(scored, compiled.reqs.size(), m_weights, m_answers.enough());
        result.answeredShare = compiled.reqs.empty() ? 0.0
                                                     : static_cast<double>(scored.answered)
                                                           / static_cast<double>(compiled.reqs.size());
        result.confidence = confidenceOf(scored, compiled.reqs.size(), m_weights, m_answers.enough());
        std::vector<Candidate> reasons, thinkAbout, warnings;
        for (const auto& candidate : m_candidates)
            (candidate.list == NoteList::Reason ? reasons
                                                : (candidate.list == NoteList::Warning ? warnings : thinkAbout))
                .push_back(candidate);
        // Best reasons first: what the person likes or is good at before
        // places; the worst things first. Ties keep the job's own order.
        auto heart = [](const Candidate& c) {
            return c.kind == NoteKind::Like || c.kind == NoteKind::GoodAt || c.kind == NoteKind::Taster;
        };
        insertionSort(reasons, [&](const Candidate& a, const Candidate& b) {
            if (heart(a) != heart(b))
                return heart(a);
            return a.weight > b.weight;
        });
        insertionSort(thinkAbout, [](const Candidate& a, const Candidate& b) { return a.weight < b.weight; });
        insertionSort(warnings, [](const Candidate& a, const Candidate& b) { return a.weight < b.weight; });
        addNotes(reasons, static_cast<std::size_t>(m_weights.maxReasons), result.reasons);
        addNotes(thinkAbout, static_cast<std::size_t>(m_weights.maxThinkAbout), result.thinkAbout);
        addNotes(warnings, warnings.size(), result.warnings);
        return scored;
    }

    void addHoursNote(int minHours, MatchResult& result)
    {
        // Points to the answer that says how many hours the person wants.
        for (const auto& hours : m_weights.hoursCards) {
            const SummedCard* card = m_answers.find(hours.card);
            if (!card || !card->answer.positive || hours.hours != m_answers.wanted())
                continue;
            MatchNote note;
            note.kind = NoteKind::Hours;
            note.cardKey = *card->answer.positive.sourceKey;
            note.aboutCard = hours.card;
            note.giver = card->answer.positive.answer->by;
            note.answer = card->answer.positive.answer->value;
            note.weight = -m_weights.hoursPenalty;
            note.sharing = card->answer.positive.sharing;
            note.text = replaced(m_weights.hoursSentence, "{hours}", std::to_string(minHours));
            result.thinkAbout.insert(result.thinkAbout.begin(), std::move(note));
            return;
        }
    }

    // Turns up to limit candidates into notes. A candidate without words to
    // say it is left out, never made up. A warning where the voices disagree
    // is followed by a note that says so.
    void addNotes(const std::vector<Candidate>& candidates, std::size_t limit, std::vector<MatchNote>& notes)
    {
        std::size_t made = 0;
        for (const auto& candidate : candidates) {
            if (made >= limit)
                break;
            const bool good = candidate.kind == NoteKind::Like || candidate.kind == NoteKind::GoodAt
                              || candidate.kind == NoteKind::GoodPlace || candidate.kind == NoteKind::MissingPlace
                              || candidate.kind == NoteKind::Taster;
            const Voice& voice = good ? candidate.answer->positive : candidate.answer->negative;
            std::string text = m_answers.claim(candidate.kind, voice, *candidate.key);
            if (text.empty())
                continue;
            MatchNote note;
            if (candidate.req->kind == ReqKind::Quality) {
                const std::string* words = candidate.req->words;
                if (!words || words->empty())
                    words = m_answers.levelWords(*candidate.req->card, candidate.req->level);
                if (words && !words->empty())
                    text.append(" ").append(*words);
                note.level = candidate.req->level;
            }
            note.kind = candidate.kind;
            note.cardKey = *voice.sourceKey;
            note.aboutCard = *candidate.key;
            note.giver = voice.answer->by;
            note.answer = voice.answer->value;
            note.weight = candidate.weight;
            note.sharing = voice.sharing;
            note.text = std::move(text);
            notes.push_back(std::move(note));
            ++made;
            const Voice& other = candidate.answer->disagreeing;
            if (candidate.list == NoteList::Warning && other) {
                MatchNote disagree;
                disagree.kind = NoteKind::Disagree;
                disagree.cardKey = *other.sourceKey;
                disagree.aboutCard = *candidate.key;
                disagree.giver = other.answer->by;
                disagree.answer = other.answer->value;
                disagree.level = candidate.req->level;
                disagree.sharing = other.sharing;
                disagree.text = m_answers.disagreement(other);
                notes.push_back(std::move(disagree));
            }
        }
    }

    // "Filling shelves and checking dates in a shop, 16 hours a week." Each
    // sentence joins things with "and" once at most, so a task whose own
    // title has an "and" ("Cleaning and filling the cake display") stands
    // alone: "Cleaning and filling the cake display in a café. Also bringing
    // stock from the store room. About 16 hours a week." No task that fits
    // is ever dropped to make a sentence shorter; there are more sentences.
    std::vector<std::string> carvedSentences(const CarvedRole& role, const std::string& where) const
    {
        const std::string hours = std::to_string(role.hoursPerWeek);
        const std::string andWord = " " + m_weights.andWord + " ";
        auto andsOf = [&](const std::string& text) {
            int count = 0;
            for (auto at = text.find(andWord); at != std::string::npos; at = text.find(andWord, at + 1))
                ++count;
            return count;
        };
        std::vector<std::string> titles;
        std::vector<int> ands; // how many times "and" is in each title already
        for (const auto& task : role.tasks) {
            titles.push_back(lowerFirst(task.title));
            ands.push_back(andsOf(titles.back()));
        }
        // "a", "a and b", "a, b and c": one "and" for the whole list.
        auto joined = [&](std::size_t first, std::size_t count) {
            std::string text;
            for (std::size_t i = 0; i < count; ++i) {
                if (i > 0)
                    text += i + 1 == count ? andWord : ", ";
                text += titles[first + i];
            }
            return text;
        };
        // The "and"s of where the work is count in the first sentence: "in
        // gardens and parks".
        const int whereAnds = andsOf(" " + where + " ");
        auto andsIn = [&](std::size_t first, std::size_t count) {
            int total = (count > 1 ? 1 : 0) + (first == 0 ? whereAnds : 0);
            for (std::size_t i = first; i < first + count; ++i)
                total += ands[i];
            return total;
        };
        auto withWhere = [&](std::string pattern) {
            if (where.empty())
                pattern = replaced(pattern, " {where}", "");
            return replaced(pattern, "{where}", where);
        };
        if (!titles.empty() && andsIn(0, titles.size()) <= 1) {
            const std::string one = upperFirst(replaced(
                replaced(withWhere(m_weights.carvedRoleSentence), "{tasks}", joined(0, titles.size())), "{hours}", hours));
            if (longestSentenceWords(one) <= kMaxSentenceWords)
                return {one};
        }
        // The tasks best first, in as few sentences as read well, then the hours.
        std::vector<std::string> sentences;
        std::size_t next = 0;
        while (next < titles.size()) {
            const std::string& pattern = next == 0 ? m_weights.carvedTasksSentence : m_weights.carvedAlsoSentence;
            std::size_t count = titles.size() - next;
            std::string sentence;
            for (; count > 0; --count) {
                sentence = upperFirst(replaced(withWhere(pattern), "{tasks}", joined(next, count)));
                if (count == 1 || (andsIn(next, count) <= 1 && longestSentenceWords(sentence) <= kMaxSentenceWords))
                    break;
            }
            sentences.push_back(sentence);
            next += std::max<std::size_t>(count, 1);
        }
        sentences.push_back(upperFirst(replaced(m_weights.carvedHoursSentence, "{hours}", hours)));
        return sentences;
    }

    PersonAnswers& m_answers;
    const JobCatalogue& m_catalogue;
    const MatchWeights& m_weights;
    std::vector<Candidate> m_candidates;
};

// [SECTION] Ranking

// A scored job, carved job or vacancy before its words are made.
struct Ranked {
    FitBand band;
    double score;
    const std::string* id;
    MatchSource source;
    std::size_t index; // in the catalogue's jobs or the vacancies
    bool carved = false;
};

bool ranksBefore(const Ranked& a, const Ranked& b)
{
    const bool aPoor = a.band == FitBand::Poor;
    const bool bPoor = b.band == FitBand::Poor;
    if (aPoor != bPoor)
        return bPoor;
    if (a.score != b.score)
        return a.score > b.score;
    const int byId = a.id->compare(*b.id);
    if (byId != 0)
        return byId < 0;
    if (a.source != b.source)
        return a.source < b.source;
    return a.carved < b.carved;
}

template <class Before>
void sortFirst(std::vector<Ranked>& list, std::size_t count, Before before)
{
    if (count * 4 >= list.size())
        std::sort(list.begin(), list.end(), before);
    else
        std::partial_sort(list.begin(), list.begin() + static_cast<std::ptrdiff_t>(count), list.end(), before);
}

bool personRanksBefore(const Ranked& a, const Ranked& b)
{
    if (ranksBefore(a, b) != ranksBefore(b, a))
        return ranksBefore(a, b);
    return a.index < b.index;
}

// Scores every catalogue job (and the carved job of each job with a
// warning) and every vacancy for one person, given how to find their cards.
template <class Find>
void rankAll(const JobCatalogue& catalogue, const CompiledCatalogue& compiled, const std::vector<Vacancy>& vacancies,
             const std::vector<Compiled>& vacancyReqs, int wanted, bool enough, const MatchWeights& weights,
             Find&& find, std::vector<Ranked>& ranked)
{
    Compiler compiler(catalogue, weights, nullptr);
    for (std::size_t i = 0; i < catalogue.jobs.size(); ++i) {
        const Tally scored = tally(compiled.jobs[i], wanted, weights, find, NoCollect{});
        ranked.push_back({bandOf(scored, compiled.jobs[i].reqs.size(), weights, enough), scored.score, &catalogue.jobs[i].id, MatchSource::CatalogueJob, i});
        if (scored.warnings == 0)
            continue;
        const auto chosen = fittingTasks(compiled.tasks[i], wanted, weights, find);
        if (chosen.empty())
            continue;
        const Compiled carved = compiler.carved(catalogue.jobs[i], tasksOf(catalogue.jobs[i], chosen));
        // The carved job's cards are looked up by key: compile it with no numbers.
        const Tally carvedScore = tally(carved, wanted, weights, find, NoCollect{});
        if (carvedScore.warnings == 0)
            ranked.push_back({bandOf(carvedScore, carved.reqs.size(), weights, enough), carvedScore.score, &catalogue.jobs[i].id,
                              MatchSource::CatalogueJob, i, true});
    }
    for (std::size_t i = 0; i < vacancies.size(); ++i) {
        const Tally scored = tally(vacancyReqs[i], wanted, weights, find, NoCollect{});
        ranked.push_back({bandOf(scored, vacancyReqs[i].reqs.size(), weights, enough), scored.score, &vacancies[i].id, MatchSource::Vacancy, i});
    }
}

// Words for the first count of ranked.
std::vector<MatchResult> explainRanked(const std::vector<Ranked>& ranked, std::size_t count, PersonAnswers& answers,
                                       const JobCatalogue& catalogue, const CompiledCatalogue& compiled,
                                       const std::vector<Vacancy>& vacancies, const std::vector<Compiled>& vacancyReqs,
                                       const MatchWeights& weights)
{
    Explainer explainer(answers, catalogue, weights);
    std::vector<MatchResult> results;
    results.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        const Ranked& item = ranked[i];
        if (item.source == MatchSource::Vacancy) {
            results.push_back(explainer.vacancy(vacancies[item.index], vacancyReqs[item.index]));
        } else if (item.carved) {
            if (auto carved = explainer.carvedJob(catalogue.jobs[item.index], compiled.tasks[item.index]))
                results.push_back(std::move(*carved));
        } else {
            results.push_back(explainer.job(catalogue.jobs[item.index], compiled.jobs[item.index], compiled.tasks[item.index]));
        }
    }
    return results;
}

} // namespace

std::vector<MatchResult> matchPerson(const Profile& profile, const Layout& layout, const JobCatalogue& catalogue,
                                     const std::vector<Vacancy>& vacancies, const MatchWeights& weights, std::size_t limit)
{
    PersonAnswers answers(profile, layout, catalogue, weights);
    const CompiledCatalogue compiled(catalogue, weights, nullptr);
    Compiler compiler(catalogue, weights, nullptr);
    std::vector<Compiled> vacancyReqs;
    vacancyReqs.reserve(vacancies.size());
    for (const auto& vacancy : vacancies)
        vacancyReqs.push_back(compiler.vacancy(vacancy));
    std::vector<Ranked> ranked;
    ranked.reserve(catalogue.jobs.size() * 2 + vacancies.size());
    rankAll(catalogue, compiled, vacancies, vacancyReqs, answers.wanted(), answers.enough(), weights,
            [&](const Req& req) { return answers.find(*req.card); }, ranked);
    const std::size_t count = std::min(limit, ranked.size());
    sortFirst(ranked, count, ranksBefore);
    return explainRanked(ranked, count, answers, catalogue, compiled, vacancies, vacancyReqs, weights);
}

std::vector<PersonMatch> matchVacancy(const Vacancy& vacancy, const std::vector<Profile>& people, const Layout& layout,
                                      const JobCatalogue& catalogue, const MatchWeights& weights, std::size_t limit)
{
    const Compiled compiled = Compiler(catalogue, weights, nullptr).vacancy(vacancy);
    std::vector<SummedPerson> summed; // each person summed once, for the score and the words
    summed.reserve(people.size());
    std::vector<Ranked> ranked;
    ranked.reserve(people.size());
    for (std::size_t i = 0; i < people.size(); ++i) {
        summed.push_back(summarisePerson(people[i], layout, weights));
        const SummedPerson& answers = summed.back();
        const Tally scored = tally(compiled, answers.wanted, weights,
                                   [&](const Req& req) { return findSummed(answers.cards, *req.card); }, NoCollect{});
        ranked.push_back({bandOf(scored, compiled.reqs.size(), weights, answers.enough), scored.score, &people[i].id, MatchSource::Vacancy, i});
    }
    const std::size_t count = std::min(limit, ranked.size());
    sortFirst(ranked, count, personRanksBefore);
    std::vector<PersonMatch> matches;
    matches.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        const Profile& person = people[ranked[i].index];
        PersonAnswers answers(person, layout, catalogue, weights, &summed[ranked[i].index]);
        matches.push_back({ranked[i].index, person.id, Explainer(answers, catalogue, weights).vacancy(vacancy, compiled)});
    }
    return matches;
}

// [SECTION] Compact vectors, and the cache that holds them

namespace {

// One person's summed cards by card number, for array reads.
class AnswerVector {
public:
    AnswerVector() = default;

    AnswerVector(const Profile& profile, CardNumbers& numbers, const MatchWeights& weights, const Layout& layout)
        : m_summed(summarisePerson(profile, layout, weights))
    {
        const std::vector<SummedCard>& cards = m_summed.cards;
        std::vector<std::pair<std::uint32_t, std::int32_t>> numbered;
        numbered.reserve(cards.size());
        for (std::size_t i = 0; i < cards.size(); ++i)
            numbered.emplace_back(numbers.numberOf(cards[i].key), static_cast<std::int32_t>(i));
        m_index.assign(numbers.size(), -1);
        for (const auto& [number, index] : numbered)
            m_index[number] = index;
    }

    const SummedCard* at(const Req& req) const
    {
        if (req.number == kNoNumber)
            return find(*req.card); // a carved job's cards have no numbers
        if (req.number >= m_index.size() || m_index[req.number] < 0)
            return nullptr;
        return &m_summed.cards[static_cast<std::size_t>(m_index[req.number])];
    }

    const SummedCard* find(const std::string& key) const
    {
        return findSummed(m_summed.cards, key);
    }

    int wanted() const { return m_summed.wanted; }
    bool enough() const { return m_summed.enough; }
    // What the words for a result need, worked out once.
    const SummedPerson& summed() const { return m_summed; }

private:
    SummedPerson m_summed;
    std::vector<std::int32_t> m_index; // by card number; -1: not answered
};

// A person the cache holds.
struct HeldPerson {
    Profile profile;
    std::uint64_t version = 0;
    AnswerVector answers;
};

} // namespace

struct MatchCache::State {
    const Layout& layout;
    const JobCatalogue& catalogue;
    const MatchWeights& weights;
    CardNumbers numbers;
    CompiledCatalogue compiled;
    std::vector<Vacancy> vacancies;
    std::vector<Compiled> vacancyRequirements; // by index in vacancies
    std::vector<HeldPerson> people;
    std::unordered_map<std::string, std::size_t> personIndex; // by profile id

    State(const Layout& l, const JobCatalogue& c, const MatchWeights& w)
        : layout(l), catalogue(c), weights(w), numbers(), compiled(c, w, &numbers)
    {
    }

    HeldPerson* findPerson(const std::string& profileId)
    {
        const auto found = personIndex.find(profileId);
        return found == personIndex.end() ? nullptr : &people[found->second];
    }
};

MatchCache::MatchCache(const Layout& layout, const JobCatalogue& catalogue, const MatchWeights& weights)
    : m_state(new State(layout, catalogue, weights))
{
}

MatchCache::~MatchCache() = default;

const Layout& MatchCache::layout() const
{
    return m_state->layout;
}

void MatchCache::setVacancies(std::vector<Vacancy> vacancies)
{
    m_state->vacancies = std::move(vacancies);
    m_state->vacancyRequirements.clear();
    m_state->vacancyRequirements.reserve(m_state->vacancies.size());
    Compiler compiler(m_state->catalogue, m_state->weights, &m_state->numbers);
    for (const auto& vacancy : m_state->vacancies)
        m_state->vacancyRequirements.push_back(compiler.vacancy(vacancy));
}

const std::vector<Vacancy>& MatchCache::vacancies() const
{
    return m_state->vacancies;
}

void MatchCache::holdPerson(Profile profile, std::uint64_t version)
{
    HeldPerson held;
    held.profile = std::move(profile);
    held.answers = AnswerVector(held.profile, m_state->numbers, m_state->weights, m_state->layout);
    held.version = version;
    if (HeldPerson* existing = m_state->findPerson(held.profile.id)) {
        *existing = std::move(held);
        return;
    }
    m_state->personIndex.emplace(held.profile.id, m_state->people.size());
    m_state->people.push_back(std::move(held));
}

bool MatchCache::holdsPerson(const std::string& profileId, std::uint64_t version) const
{
    const HeldPerson* held = m_state->findPerson(profileId);
    return held && held->version == version;
}

void MatchCache::keepOnlyPeople(const std::vector<std::string>& profileIds)
{
    std::vector<HeldPerson> kept;
    m_state->personIndex.clear();
    for (auto& held : m_state->people) {
        if (std::find(profileIds.begin(), profileIds.end(), held.profile.id) == profileIds.end())
            continue;
        m_state->personIndex.emplace(held.profile.id, kept.size());
        kept.push_back(std::move(held));
    }
    m_state->people = std::move(kept);
}

std::size_t MatchCache::peopleHeld() const
{
    return m_state->people.size();
}

const Profile& MatchCache::heldPerson(std::size_t index) const
{
    return m_state->people.at(index).profile;
}

std::vector<MatchResult> MatchCache::matchPerson(const Profile& profile, std::size_t limit)
{
    State& state = *m_state;
    const AnswerVector vector(profile, state.numbers, state.weights, state.layout);
    std::vector<Ranked> ranked;
    ranked.reserve(state.catalogue.jobs.size() * 2 + state.vacancies.size());
    rankAll(state.catalogue, state.compiled, state.vacancies, state.vacancyRequirements, vector.wanted(),
            vector.enough(), state.weights, [&](const Req& req) { return vector.at(req); }, ranked);
    const std::size_t count = std::min(limit, ranked.size());
    sortFirst(ranked, count, ranksBefore);
    if (count == 0)
        return {};
    PersonAnswers answers(profile, state.layout, state.catalogue, state.weights, &vector.summed());
    return explainRanked(ranked, count, answers, state.catalogue, state.compiled, state.vacancies,
                         state.vacancyRequirements, state.weights);
}

std::vector<PersonMatch> MatchCache::matchVacancy(const Vacancy& vacancy, std::size_t limit)
{
    State& state = *m_state;
    const Compiled compiled = Compiler(state.catalogue, state.weights, &state.numbers).vacancy(vacancy);
    std::vector<Ranked> ranked;
    ranked.reserve(state.people.size());
    for (std::size_t i = 0; i < state.people.size(); ++i) {
        const AnswerVector& answers = state.people[i].answers;
        const Tally scored = tally(compiled, answers.wanted(), state.weights,
                                   [&](const Req& req) { return answers.at(req); }, NoCollect{});
        ranked.push_back({bandOf(scored, compiled.reqs.size(), state.weights, answers.enough()), scored.score, &state.people[i].profile.id,
                          MatchSource::Vacancy, i});
    }
    const std::size_t count = std::min(limit, ranked.size());
    sortFirst(ranked, count, personRanksBefore);
    std::vector<PersonMatch> matches;
    matches.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        const HeldPerson& held = state.people[ranked[i].index];
        const Profile& person = held.profile;
        PersonAnswers answers(person, state.layout, state.catalogue, state.weights, &held.answers.summed());
        matches.push_back({ranked[i].index, person.id,
                           Explainer(answers, state.catalogue, state.weights).vacancy(vacancy, compiled)});
    }
    return matches;
}

} // namespace rightjob::core
