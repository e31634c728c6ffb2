// [SECTION] Names and words
// [SECTION] The person's answers, summed up once per card
// [SECTION] Scoring one job or vacancy
// [SECTION] Job carving
// [SECTION] Ranking
// [SECTION] Compact vectors, and the cache that holds them

#include "core/base/easy_read.h"
#include "core/jobs/job_matching.h"

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

namespace {

constexpr int kMaxSentenceWords = 15; // EASY_READ.md rule 2

std::string replaced(std::string text, const std::string& placeholder, const std::string& value)
{
    for (auto at = text.find(placeholder); at != std::string::npos; at = text.find(placeholder, at + value.size()))
        text.replace(at, placeholder.size(), value);
    return text;
}

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

// Words in the longest sentence of text.

template <std::size_t Size>
bool startsWith(const std::string& text, const char (&prefix)[Size])
{
    constexpr std::size_t length = Size - 1;
    return text.size() >= length && text.compare(0, length, prefix, length) == 0;
}

// Kept as strings so that comparing with them checks the length first.
const std::string& personGiver()
{
    static const std::string person = kPersonGiver;
    return person;
}

// [SECTION] The person's answers, summed up once per card

// One card's answers as the score sees them (assets/jobs/README.md): the
// person's latest answer wins; without one, the mean of the others' latest
// answers, times others_factor.
struct CardAnswer {
    double value = 0;
    const Answer* positive = nullptr; // the answer a reason may point to
    const Answer* negative = nullptr; // the answer a warning may point to
    Sharing sharing = Sharing::Everyone;
};

CardAnswer summarise(const CardRecord& record, const MatchWeights& weights)
{
    CardAnswer summary;
    summary.sharing = record.sharing;
    for (auto it = record.answers.rbegin(); it != record.answers.rend(); ++it) {
        if (it->by != personGiver())
            continue;
        summary.value = weights.answerValue(it->value);
        if (it->value == AnswerValue::Positive)
            summary.positive = &*it;
        if (it->value == AnswerValue::Negative)
            summary.negative = &*it;
        return summary;
    }
    // Nobody's "not good for me" is averaged away: a negative answer by any
    // supporter stays available for a warning even when others disagree.
    double sum = 0;
    int count = 0;
    for (auto it = record.answers.rbegin(); it != record.answers.rend(); ++it) {
        const bool olderAnswer = std::any_of(record.answers.rbegin(), it, [&](const Answer& later) { return later.by == it->by; });
        if (olderAnswer)
            continue; // only each giver's latest answer counts
        sum += weights.answerValue(it->value);
        ++count;
        if (!summary.positive && it->value == AnswerValue::Positive)
            summary.positive = &*it;
        if (!summary.negative && it->value == AnswerValue::Negative)
            summary.negative = &*it;
    }
    if (count > 0)
        summary.value = sum / count * weights.othersFactor;
    return summary;
}

// The person's answered cards in a flat hash table built once, so scoring
// thousands of jobs looks each card up without allocating; the sentences
// about each card are built at most once, when a note first needs them.
class PersonAnswers {
public:
    struct Entry {
        CardAnswer answer;
        const std::string* key = nullptr;
        bool isLike = false;     // a likes/ card (otherwise good_at/ or places/)
        std::int32_t texts = -1; // in m_texts, once built
    };

    // The sentences about one answered card.
    struct Texts {
        const PlaceWords* placeWords = nullptr;
        std::string useText;      // "You like animals." by the positive answer's giver
        std::string goodClaim;    // "You said noisy places are good for you."
        std::string notGoodClaim; // "Karen says noisy places are not good for you."
    };

    // Every answered card of the profile.
    PersonAnswers(const Profile& profile, const Layout& layout, const JobCatalogue& catalogue, const MatchWeights& weights)
        : m_profile(profile), m_layout(layout), m_catalogue(catalogue), m_weights(weights)
    {
        m_entries.reserve(profile.cards.size());
        for (const auto& [key, record] : profile.cards)
            add(key, record);
        buildSlots();
    }

    // Only the given cards of the profile: for matching one vacancy against
    // many people. Lookups then go by the address of the key asked for (the
    // vacancy's own strings), with no hashing and no table to build.
    PersonAnswers(const Profile& profile, const Layout& layout, const JobCatalogue& catalogue, const MatchWeights& weights,
                  const std::vector<const std::string*>& keys)
        : m_profile(profile), m_layout(layout), m_catalogue(catalogue), m_weights(weights), m_keys(&keys)
    {
        m_entries.reserve(keys.size());
        m_entryForKey.reserve(keys.size());
        for (const std::string* key : keys) {
            const auto found = profile.cards.find(*key);
            const bool answered = found != profile.cards.end() && !found->second.answers.empty();
            m_entryForKey.push_back(answered ? static_cast<std::int32_t>(m_entries.size()) : -1);
            if (answered)
                add(found->first, found->second);
        }
    }

    // The card's answers, or nullptr when nobody has answered it.
    Entry* find(const std::string& key)
    {
        if (m_keys) {
            std::size_t i = 0;
            while (i < m_keys->size() && (*m_keys)[i] != &key)
                ++i;
            for (std::size_t j = 0; i == m_keys->size() && j < m_keys->size(); ++j)
                if (*(*m_keys)[j] == key)
                    i = j; // the same card asked for with another string
            if (i == m_keys->size() || m_entryForKey[i] < 0)
                return nullptr;
            return &m_entries[static_cast<std::size_t>(m_entryForKey[i])];
        }
        const std::uint32_t hash = hashOf(key);
        for (std::size_t i = hash & m_mask;; i = (i + 1) & m_mask) {
            const Slot& slot = m_slots[i];
            if (slot.entry < 0)
                return nullptr;
            Entry& entry = m_entries[static_cast<std::size_t>(slot.entry)];
            if (slot.hash == hash && *entry.key == key)
                return &entry;
        }
    }

    // The sentences about an answered card, built the first time they are
    // asked for. The reference is good until the next call.
    const Texts& textsFor(Entry& entry)
    {
        if (entry.texts >= 0)
            return m_texts[static_cast<std::size_t>(entry.texts)];
        Texts texts;
        const std::string& key = *entry.key;
        const auto slash = key.find('/');
        const CardDefinition* card = m_layout.findCard(key.substr(0, slash), key.substr(slash + 1));
        if (!startsWith(key, "places/")) {
            if (card && entry.answer.positive) {
                const std::string& pattern = entry.isLike ? m_weights.likeSentence : m_weights.goodAtSentence;
                texts.useText = said(replaced(pattern, "{phrase}", card->phrase), *entry.answer.positive, Claim::Plain);
            }
        } else {
            texts.placeWords = m_catalogue.findPlaceWords(key);
            const std::string label = card ? lowerFirst(card->label) : key.substr(slash + 1);
            if (entry.answer.positive)
                texts.goodClaim = said(texts.placeWords ? texts.placeWords->good : upperFirst(label) + " is good for you.",
                                       *entry.answer.positive, Claim::YouSaid);
            if (entry.answer.negative)
                texts.notGoodClaim = said(texts.placeWords ? texts.placeWords->notGood : upperFirst(label) + " is not good for you.",
                                          *entry.answer.negative, Claim::YouSaid);
        }
        entry.texts = static_cast<std::int32_t>(m_texts.size());
        m_texts.push_back(std::move(texts));
        return m_texts.back();
    }

private:
    struct Slot {
        std::uint32_t hash = 0;
        std::int32_t entry = -1; // -1: empty
    };

    // Whether the person's own answer reads "You like animals." (Plain) or
    // "You said noisy places are not good for you." (YouSaid).
    enum class Claim { Plain, YouSaid };

    // A quick hash of a card key from its length and three eight-byte
    // reads (start, middle, end; they may overlap), in constant time: it runs
    // for every card of every vacancy. Keys that share all three reads only
    // cost a string comparison more.
    static std::uint32_t hashOf(const std::string& key)
    {
        const char* data = key.data();
        const std::size_t size = key.size();
        std::uint64_t hash = size * 0x9E3779B97F4A7C15ull;
        if (size >= 8) {
            std::uint64_t start, middle, end;
            std::memcpy(&start, data, 8);
            std::memcpy(&middle, data + (size - 8) / 2, 8);
            std::memcpy(&end, data + size - 8, 8);
            hash = (hash ^ start) * 0xFF51AFD7ED558CCDull;
            hash = (hash ^ (hash >> 32) ^ middle) * 0xC4CEB9FE1A85EC53ull;
            hash = (hash ^ (hash >> 32) ^ end) * 0xFF51AFD7ED558CCDull;
        } else {
            for (std::size_t i = 0; i < size; ++i)
                hash = (hash ^ static_cast<unsigned char>(data[i])) * 0x100000001B3ull;
        }
        return static_cast<std::uint32_t>(hash ^ (hash >> 29));
    }

    void add(const std::string& key, const CardRecord& record)
    {
        if (record.answers.empty())
            return;
        Entry entry;
        entry.answer = summarise(record, m_weights);
        entry.key = &key;
        entry.isLike = startsWith(key, "likes/");
        m_entries.push_back(std::move(entry));
    }

    void buildSlots()
    {
        std::size_t size = 16;
        while (size < m_entries.size() * 2)
            size *= 2;
        m_slots.assign(size, Slot{});
        m_mask = size - 1;
        for (std::size_t e = 0; e < m_entries.size(); ++e) {
            const std::uint32_t hash = hashOf(*m_entries[e].key);
            std::size_t i = hash & m_mask;
            while (m_slots[i].entry >= 0)
                i = (i + 1) & m_mask;
            m_slots[i] = {hash, static_cast<std::int32_t>(e)};
        }
    }

    // The sentence as given by the answer's giver: "Karen says you like animals."
    std::string said(const std::string& sentence, const Answer& answer, Claim claim) const
    {
        if (answer.by == personGiver())
            return claim == Claim::Plain ? sentence : replaced(m_weights.youSaidSentence, "{sentence}", lowerFirst(sentence));
        const Contributor* contributor = m_profile.findContributor(answer.by);
        std::string who = answer.by;
        if (contributor)
            who = contributor->name.empty() ? contributor->role : contributor->name;
        const bool observer = contributor && contributor->kind == ContributorKind::Observer;
        const std::string& pattern = observer ? m_layout.attribution.observer : m_layout.attribution.supporter;
        const std::string attributed = replaced(pattern, "{sentence}", lowerFirst(sentence));
        std::string text = replaced(attributed, "{who}", who);
        // A long name ("Mary Ann Smith") can push a sentence past 15 words;
        // the first name alone is still clear to the reader.
        const auto space = who.find(' ');
        if (longestSentenceWords(text) > kMaxSentenceWords && space != std::string::npos)
            text = replaced(attributed, "{who}", who.substr(0, space));
        return text;
    }

    const Profile& m_profile;
    const Layout& m_layout;
    const JobCatalogue& m_catalogue;
    const MatchWeights& m_weights;
    std::vector<Entry> m_entries; // never grows after construction, so pointers stay valid
    std::vector<Texts> m_texts;
    std::vector<Slot> m_slots;
    std::size_t m_mask = 0;
    const std::vector<const std::string*>* m_keys = nullptr; // only these cards, when given
    std::vector<std::int32_t> m_entryForKey;                 // for each of m_keys; -1: not answered
};

// [SECTION] Scoring one job or vacancy

// Whether to collect the notes while scoring, or only the score.
enum class Detail { ScoreOnly, WithNotes };

// A job's score and band, before anything else about it is worked out.
struct Score {
    double score;
    FitBand band;
};

// A note that may be shown, before its text is built.
struct Candidate {
    NoteKind kind;
    PersonAnswers::Entry* entry;
    QualityLevel level;
    bool isPlace;
    const std::string* words; // nullptr: the catalogue's words for the level
    double weight;
};

// The job's or vacancy's own words for a quality; nullptr for the catalogue's.
const std::string* ownWords(const JobQuality& quality)
{
    return &quality.words;
}

const std::string* ownWords(const VacancyQuality& quality)
{
    return quality.words.empty() ? nullptr : &quality.words;
}

// Sorts a short list by weight, keeping the order of equal ones (no
// allocation, unlike std::stable_sort).
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

class Matcher {
public:
    Matcher(PersonAnswers& answers, const JobCatalogue& catalogue, const MatchWeights& weights)
        : m_answers(answers), m_catalogue(catalogue), m_weights(weights)
    {
    }

    // The score and band alone, without allocating.
    Score scoreJob(const Job& job) { return evaluate(job.uses, job.qualities, nullptr); }
    Score scoreVacancy(const Vacancy& vacancy) { return evaluate(vacancy.uses, vacancy.qualities, nullptr); }

    MatchResult matchJob(const Job& job)
    {
        MatchResult result;
        evaluate(job.uses, job.qualities, &result);
        result.source = MatchSource::CatalogueJob;
        result.id = job.id;
        result.title = job.title;
        result.symbol = job.symbol;
        if (result.band == FitBand::Poor || result.hasWarnings())
            result.carving = carve(job);
        return result;
    }

    MatchResult matchVacancy(const Vacancy& vacancy)
    {
        MatchResult result;
        evaluate(vacancy.uses, vacancy.qualities, &result);
        result.source = MatchSource::Vacancy;
        result.id = vacancy.id;
        result.title = vacancy.title;
        result.symbol = vacancy.symbol;
        return result;
    }

private:
    bool isStrongWarning(const PersonAnswers::Entry& entry, QualityLevel level) const
    {
        return entry.answer.negative && level != QualityLevel::Never && level >= m_weights.strongWarningMinLevel;
    }

    void collect(Detail detail, std::vector<Candidate>& list, const Candidate& candidate)
    {
        if (detail == Detail::WithNotes)
            list.push_back(candidate);
    }

    // Scores uses and qualities by the formula in assets/jobs/README.md. With
    // a result to fill, also collects the notes that may be shown and builds
    // text only for those.
    template <class Quality>
    Score evaluate(const std::vector<std::string>& uses, const std::vector<Quality>& qualities, MatchResult* result)
    {
        const Detail detail = result ? Detail::WithNotes : Detail::ScoreOnly;
        m_reasons.clear();
        m_thinkAbout.clear();
        m_warnings.clear();
        double score = 0;
        int answered = 0;
        int warnings = 0;
        for (const auto& card : uses) {
            PersonAnswers::Entry* entry = m_answers.find(card);
            if (!entry)
                continue;
            ++answered;
            const bool isLike = entry->isLike;
            const double weight = (isLike ? m_weights.likeWeight : m_weights.skillWeight) * entry->answer.value;
            score += weight;
            if (weight > 0 && entry->answer.positive)
                collect(detail, m_reasons, {isLike ? NoteKind::Like : NoteKind::GoodAt, entry, QualityLevel::Never, false, nullptr, weight});
        }
        for (const Quality& quality : qualities) {
            PersonAnswers::Entry* entry = m_answers.find(quality.card);
            if (!entry)
                continue;
            ++answered;
            const QualityLevel level = quality.level;
            const double weight = m_weights.placeWeight * m_weights.levelValue(level) * entry->answer.value;
            score += weight;
            const bool saidGood = entry->answer.positive != nullptr;
            const bool saidNotGood = entry->answer.negative != nullptr;
            if (level != QualityLevel::Never) {
                if (saidGood && weight > 0)
                    collect(detail, m_reasons, {NoteKind::GoodPlace, entry, level, true, ownWords(quality), weight});
                if (isStrongWarning(*entry, level)) {
                    ++warnings;
                    score -= m_weights.strongWarningPenalty;
                    collect(detail, m_warnings, {NoteKind::HardPlace, entry, level, true, ownWords(quality),
                                                 weight - m_weights.strongWarningPenalty});
                } else if (saidNotGood && level >= m_weights.thinkAboutMinLevel) {
                    collect(detail, m_thinkAbout, {NoteKind::HardPlace, entry, level, true, ownWords(quality), weight});
                }
            } else {
                if (saidNotGood && weight > 0)
                    collect(detail, m_reasons, {NoteKind::AvoidsHardPlace, entry, level, true, ownWords(quality), weight});
                if (saidGood && weight < 0)
                    collect(detail, m_thinkAbout, {NoteKind::MissingPlace, entry, level, true, ownWords(quality), weight});
            }
        }

        Score scored{score, FitBand::Poor};
        if (score >= m_weights.goodBandMin && warnings == 0)
            scored.band = FitBand::Good;
        else if (score >= m_weights.maybeBandMin)
            scored.band = FitBand::Maybe;
        if (!result)
            return scored;

        result->score = scored.score;
        result->band = scored.band;
        const std::size_t total = uses.size() + qualities.size();
        result->answeredShare = total == 0 ? 0.0 : static_cast<double>(answered) / static_cast<double>(total);
        if (total > 0 && result->answeredShare >= m_weights.sureMin)
            result->confidence = Confidence::Sure;
        else if (total > 0 && result->answeredShare >= m_weights.fairlySureMin)
            result->confidence = Confidence::FairlySure;
        else
            result->confidence = Confidence::NotSureYet;

        // Best reasons first; the worst things first. Ties keep the order of
        // the job's own lists, so the result is the same on every run.
        insertionSort(m_reasons, [](const Candidate& a, const Candidate& b) { return a.weight > b.weight; });
        insertionSort(m_thinkAbout, [](const Candidate& a, const Candidate& b) { return a.weight < b.weight; });
        insertionSort(m_warnings, [](const Candidate& a, const Candidate& b) { return a.weight < b.weight; });
        addNotes(m_reasons, static_cast<std::size_t>(m_weights.maxReasons), result->reasons);
        addNotes(m_thinkAbout, static_cast<std::size_t>(m_weights.maxThinkAbout), result->thinkAbout);
        addNotes(m_warnings, m_warnings.size(), result->warnings);
        return scored;
    }

    // Turns up to limit candidates into notes. A candidate without words to
    // say it (a card the layout does not have) is left out, never made up;
    // place notes always have words, from the catalogue or the card's label.
    void addNotes(const std::vector<Candidate>& candidates, std::size_t limit, std::vector<MatchNote>& notes)
    {
        notes.reserve(std::min(limit, candidates.size()));
        for (const auto& candidate : candidates) {
            if (notes.size() >= limit)
                break;
            const PersonAnswers::Entry& entry = *candidate.entry;
            const PersonAnswers::Texts& texts = m_answers.textsFor(*candidate.entry);
            const bool good = candidate.kind == NoteKind::Like || candidate.kind == NoteKind::GoodAt
                              || candidate.kind == NoteKind::GoodPlace || candidate.kind == NoteKind::MissingPlace;
            const Answer& answer = good ? *entry.answer.positive : *entry.answer.negative;
            MatchNote note;
            if (candidate.isPlace) {
                const std::string& claim = good ? texts.goodClaim : texts.notGoodClaim;
                const std::string* words = candidate.words;
                if (!words && texts.placeWords)
                    words = &texts.placeWords->forLevel(candidate.level);
                if (words && !words->empty()) {
                    note.text.reserve(claim.size() + 1 + words->size());
                    note.text.append(claim).append(" ").append(*words);
                } else {
                    note.text = claim;
                }
                note.level = candidate.level;
            } else {
                if (texts.useText.empty())
                    continue;
                note.text = texts.useText;
            }
            note.kind = candidate.kind;
            note.cardKey = *entry.key;
            note.giver = answer.by;
            note.answer = answer.value;
            note.weight = candidate.weight;
            note.sharing = entry.answer.sharing;
            notes.push_back(std::move(note));
        }
    }

    // [SECTION] Job carving

    // The tasks that fit on their own, scored like a job from their own uses
    // and places (at the job's levels), and a sentence proposing the role.
    std::optional<CarvedRole> carve(const Job& job)
    {
        CarvedRole role;
        for (const auto& task : job.tasks) {
            double score = 0;
            bool hard = false;
            for (const auto& card : task.uses) {
                if (PersonAnswers::Entry* entry = m_answers.find(card))
                    score += (entry->isLike ? m_weights.likeWeight : m_weights.skillWeight) * entry->answer.value;
            }
            for (const auto& card : task.qualities) {
                const JobQuality* quality = job.findQuality(card);
                PersonAnswers::Entry* entry = m_answers.find(card);
                if (!quality || !entry)
                    continue;
                score += m_weights.placeWeight * m_weights.levelValue(quality->level) * entry->answer.value;
                hard = hard || isStrongWarning(*entry, quality->level);
            }
            if (!hard && score >= m_weights.minTaskScore)
                role.tasks.push_back({task.id, task.title, task.symbol, score});
        }
        if (role.tasks.empty())
            return std::nullopt;
        std::stable_sort(role.tasks.begin(), role.tasks.end(),
                         [](const TaskFit& a, const TaskFit& b) { return a.score > b.score; });
        if (role.tasks.size() > static_cast<std::size_t>(m_weights.maxTasks))
            role.tasks.resize(static_cast<std::size_t>(m_weights.maxTasks));
        role.hoursPerWeek = job.hours.minPerWeek;
        role.sentence = carvedSentence(role, m_catalogue.whereOf(job));
        return role;
    }

    // "Filling shelves and checking dates in a shop, 8 hours a week." Drops
    // the second task, then the place, to keep to 15 words.
    std::string carvedSentence(const CarvedRole& role, const std::string& where) const
    {
        const std::string hours = std::to_string(role.hoursPerWeek);
        const std::string first = lowerFirst(role.tasks[0].title);
        std::vector<std::string> taskChoices;
        if (role.tasks.size() > 1)
            taskChoices.push_back(first + " " + m_weights.andWord + " " + lowerFirst(role.tasks[1].title));
        taskChoices.push_back(first);
        std::string sentence;
        for (bool withPlace : {true, false}) {
            for (const auto& tasks : taskChoices) {
                std::string pattern = m_weights.carvedRoleSentence;
                if (!withPlace || where.empty())
                    pattern = replaced(pattern, " {where}", "");
                sentence = upperFirst(replaced(replaced(replaced(pattern, "{tasks}", tasks), "{where}", where), "{hours}", hours));
                if (longestSentenceWords(sentence) <= kMaxSentenceWords)
                    return sentence;
            }
        }
        return sentence;
    }

    PersonAnswers& m_answers;
    const JobCatalogue& m_catalogue;
    const MatchWeights& m_weights;
    std::vector<Candidate> m_reasons;
    std::vector<Candidate> m_thinkAbout;
    std::vector<Candidate> m_warnings;
};

// [SECTION] Ranking

// A scored job or vacancy before its words are made.
struct Ranked {
    FitBand band;
    double score;
    const std::string* id;
    MatchSource source;
    std::size_t index; // in the catalogue's jobs or the vacancies
};

bool ranksBefore(const Ranked& a, const Ranked& b)
{
    if (a.band != b.band)
        return a.band < b.band;
    if (a.score != b.score)
        return a.score > b.score;
    const int byId = a.id->compare(*b.id);
    if (byId != 0)
        return byId < 0;
    return a.source < b.source;
}

// Puts the first count items of list in order, the cheapest way for count.
template <class Before>
void sortFirst(std::vector<Ranked>& list, std::size_t count, Before before)
{
    if (count * 4 >= list.size())
        std::sort(list.begin(), list.end(), before);
    else
        std::partial_sort(list.begin(), list.begin() + static_cast<std::ptrdiff_t>(count), list.end(), before);
}

// The vacancy's cards, for PersonAnswers to read only those: in the order of
// the profiles' card maps, so that one person's lookups walk neighbouring
// branches that are already in the cache.
std::vector<const std::string*> vacancyKeys(const Vacancy& vacancy)
{
    std::vector<const std::string*> keys;
    keys.reserve(vacancy.uses.size() + vacancy.qualities.size());
    for (const auto& card : vacancy.uses)
        keys.push_back(&card);
    for (const auto& quality : vacancy.qualities)
        keys.push_back(&quality.card);
    std::sort(keys.begin(), keys.end(), [](const std::string* a, const std::string* b) { return *a < *b; });
    return keys;
}

// People ranked for a vacancy: by band, score and profile id, then by where
// they are in the list (two profiles with the same id).
bool personRanksBefore(const Ranked& a, const Ranked& b)
{
    if (ranksBefore(a, b) != ranksBefore(b, a))
        return ranksBefore(a, b);
    return a.index < b.index;
}

} // namespace

std::vector<MatchResult> matchPerson(const Profile& profile, const Layout& layout, const JobCatalogue& catalogue,
                                     const std::vector<Vacancy>& vacancies, const MatchWeights& weights, std::size_t limit)
{
    PersonAnswers answers(profile, layout, catalogue, weights);
    Matcher matcher(answers, catalogue, weights);
    std::vector<Ranked> ranked;
    ranked.reserve(catalogue.jobs.size() + vacancies.size());
    for (std::size_t i = 0; i < catalogue.jobs.size(); ++i) {
        const Score score = matcher.scoreJob(catalogue.jobs[i]);
        ranked.push_back({score.band, score.score, &catalogue.jobs[i].id, MatchSource::CatalogueJob, i});
    }
    for (std::size_t i = 0; i < vacancies.size(); ++i) {
        const Score score = matcher.scoreVacancy(vacancies[i]);
        ranked.push_back({score.band, score.score, &vacancies[i].id, MatchSource::Vacancy, i});
    }
    const std::size_t count = std::min(limit, ranked.size());
    sortFirst(ranked, count, ranksBefore);
    std::vector<MatchResult> results;
    results.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        const Ranked& item = ranked[i];
        results.push_back(item.source == MatchSource::CatalogueJob ? matcher.matchJob(catalogue.jobs[item.index])
                                                                   : matcher.matchVacancy(vacancies[item.index]));
    }
    return results;
}

std::vector<PersonMatch> matchVacancy(const Vacancy& vacancy, const std::vector<Profile>& people, const Layout& layout,
                                      const JobCatalogue& catalogue, const MatchWeights& weights, std::size_t limit)
{
    const std::vector<const std::string*> keys = vacancyKeys(vacancy);
    const auto before = personRanksBefore;
    std::vector<PersonMatch> matches;
    if (limit >= people.size()) {
        // Everyone is returned: one pass, each profile read once.
        matches.reserve(people.size());
        for (std::size_t i = 0; i < people.size(); ++i) {
            PersonAnswers answers(people[i], layout, catalogue, weights, keys);
            matches.push_back({i, people[i].id, Matcher(answers, catalogue, weights).matchVacancy(vacancy)});
        }
        std::sort(matches.begin(), matches.end(), [&](const PersonMatch& a, const PersonMatch& b) {
            return before({a.result.band, a.result.score, &a.profileId, MatchSource::Vacancy, a.personIndex},
                          {b.result.band, b.result.score, &b.profileId, MatchSource::Vacancy, b.personIndex});
        });
        return matches;
    }

    // The best few: score everyone without words, then make words for those.
    std::vector<Ranked> ranked;
    ranked.reserve(people.size());
    for (std::size_t i = 0; i < people.size(); ++i) {
        PersonAnswers answers(people[i], layout, catalogue, weights, keys);
        const Score score = Matcher(answers, catalogue, weights).scoreVacancy(vacancy);
        ranked.push_back({score.band, score.score, &people[i].id, MatchSource::Vacancy, i});
    }
    sortFirst(ranked, limit, before);
    matches.reserve(limit);
    for (std::size_t i = 0; i < limit; ++i) {
        const Profile& person = people[ranked[i].index];
        PersonAnswers answers(person, layout, catalogue, weights, keys);
        matches.push_back({ranked[i].index, person.id, Matcher(answers, catalogue, weights).matchVacancy(vacancy)});
    }
    return matches;
}


// [SECTION] Compact vectors, and the cache that holds them

namespace {

// Card keys as small numbers, given out in the order first asked for. Every
// card a held person answered has one, so a card without one (or with a
// number past the end of a person's vector) is one they did not answer.
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

// One card's answers as the score reads them: CardAnswer without the
// pointers, which only the words need.
struct AnswerSlot {
    enum Flag : std::uint8_t { Answered = 1, SaidNotGood = 2 };
    double value = 0;
    std::uint8_t flags = 0;
};

constexpr AnswerSlot kNotAnswered{};

// One person's answers by card number.
class AnswerVector {
public:
    AnswerVector() = default;

    // Every answered card of the profile, given a number if it has none yet.
    AnswerVector(const Profile& profile, CardNumbers& numbers, const MatchWeights& weights)
    {
        std::vector<std::pair<std::uint32_t, AnswerSlot>> answered;
        answered.reserve(profile.cards.size());
        for (const auto& [key, record] : profile.cards) {
            if (record.answers.empty())
                continue;
            const CardAnswer answer = summarise(record, weights);
            AnswerSlot slot;
            slot.value = answer.value;
            slot.flags = AnswerSlot::Answered | (answer.negative ? AnswerSlot::SaidNotGood : 0);
            answered.emplace_back(numbers.numberOf(key), slot);
        }
        m_slots.resize(numbers.size());
        for (const auto& [number, slot] : answered)
            m_slots[number] = slot;
    }

    const AnswerSlot& at(std::uint32_t number) const { return number < m_slots.size() ? m_slots[number] : kNotAnswered; }

private:
    std::vector<AnswerSlot> m_slots;
};

// One card a job or vacancy uses or has, with what an answer to it is
// multiplied by: the like or skill weight, or the place weight times the
// level's value (the same products, in the same order, as Matcher::evaluate).
struct RequiredCard {
    std::uint32_t card = 0;
    bool canWarn = false; // a "not good for me" answer is a strong warning
    double factor = 0;
};

// A job's or vacancy's cards: the uses, then the places, in their order.
struct Requirements {
    std::vector<RequiredCard> cards;
};

template <class Quality>
Requirements makeRequirements(const std::vector<std::string>& uses, const std::vector<Quality>& qualities,
                              CardNumbers& numbers, const MatchWeights& weights)
{
    Requirements requirements;
    requirements.cards.reserve(uses.size() + qualities.size());
    for (const auto& card : uses)
        requirements.cards.push_back(
            {numbers.numberOf(card), false, startsWith(card, "likes/") ? weights.likeWeight : weights.skillWeight});
    for (const Quality& quality : qualities) {
        const bool canWarn = quality.level != QualityLevel::Never && quality.level >= weights.strongWarningMinLevel;
        requirements.cards.push_back(
            {numbers.numberOf(quality.card), canWarn, weights.placeWeight * weights.levelValue(quality.level)});
    }
    return requirements;
}

// The score and band of one job or vacancy for one person, as
// Matcher::evaluate works them out, with array reads only.
Score scoreRequirements(const Requirements& requirements, const AnswerVector& answers, const MatchWeights& weights)
{
    double score = 0;
    int warnings = 0;
    for (const RequiredCard& card : requirements.cards) {
        const AnswerSlot& slot = answers.at(card.card);
        if (!(slot.flags & AnswerSlot::Answered))
            continue;
        score += card.factor * slot.value;
        if (card.canWarn && (slot.flags & AnswerSlot::SaidNotGood)) {
            ++warnings;
            score -= weights.strongWarningPenalty;
        }
    }
    Score scored{score, FitBand::Poor};
    if (score >= weights.goodBandMin && warnings == 0)
        scored.band = FitBand::Good;
    else if (score >= weights.maybeBandMin)
        scored.band = FitBand::Maybe;
    return scored;
}

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
    std::vector<Requirements> jobs; // by index in the catalogue
    std::vector<Vacancy> vacancies;
    std::vector<Requirements> vacancyRequirements; // by index in vacancies
    std::vector<HeldPerson> people;
    std::unordered_map<std::string, std::size_t> personIndex; // by profile id

    HeldPerson* findPerson(const std::string& profileId)
    {
        const auto found = personIndex.find(profileId);
        return found == personIndex.end() ? nullptr : &people[found->second];
    }
};

MatchCache::MatchCache(const Layout& layout, const JobCatalogue& catalogue, const MatchWeights& weights)
    : m_state(new State{layout, catalogue, weights, {}, {}, {}, {}, {}, {}})
{
    m_state->jobs.reserve(catalogue.jobs.size());
    for (const auto& job : catalogue.jobs)
        m_state->jobs.push_back(makeRequirements(job.uses, job.qualities, m_state->numbers, weights));
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
    for (const auto& vacancy : m_state->vacancies)
        m_state->vacancyRequirements.push_back(
            makeRequirements(vacancy.uses, vacancy.qualities, m_state->numbers, m_state->weights));
}

const std::vector<Vacancy>& MatchCache::vacancies() const
{
    return m_state->vacancies;
}

void MatchCache::holdPerson(Profile profile, std::uint64_t version)
{
    HeldPerson held;
    held.answers = AnswerVector(profile, m_state->numbers, m_state->weights);
    held.profile = std::move(profile);
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
    const AnswerVector vector(profile, state.numbers, state.weights);
    std::vector<Ranked> ranked;
    ranked.reserve(state.jobs.size() + state.vacancies.size());
    for (std::size_t i = 0; i < state.jobs.size(); ++i) {
        const Score score = scoreRequirements(state.jobs[i], vector, state.weights);
        ranked.push_back({score.band, score.score, &state.catalogue.jobs[i].id, MatchSource::CatalogueJob, i});
    }
    for (std::size_t i = 0; i < state.vacancies.size(); ++i) {
        const Score score = scoreRequirements(state.vacancyRequirements[i], vector, state.weights);
        ranked.push_back({score.band, score.score, &state.vacancies[i].id, MatchSource::Vacancy, i});
    }
    const std::size_t count = std::min(limit, ranked.size());
    sortFirst(ranked, count, ranksBefore);
    std::vector<MatchResult> results;
    if (count == 0)
        return results;
    PersonAnswers answers(profile, state.layout, state.catalogue, state.weights);
    Matcher matcher(answers, state.catalogue, state.weights);
    results.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        const Ranked& item = ranked[i];
        results.push_back(item.source == MatchSource::CatalogueJob ? matcher.matchJob(state.catalogue.jobs[item.index])
                                                                   : matcher.matchVacancy(state.vacancies[item.index]));
    }
    return results;
}

std::vector<PersonMatch> MatchCache::matchVacancy(const Vacancy& vacancy, std::size_t limit)
{
    State& state = *m_state;
    const Requirements requirements = makeRequirements(vacancy.uses, vacancy.qualities, state.numbers, state.weights);
    std::vector<Ranked> ranked;
    ranked.reserve(state.people.size());
    for (std::size_t i = 0; i < state.people.size(); ++i) {
        const Score score = scoreRequirements(requirements, state.people[i].answers, state.weights);
        ranked.push_back({score.band, score.score, &state.people[i].profile.id, MatchSource::Vacancy, i});
    }
    const std::size_t count = std::min(limit, ranked.size());
    sortFirst(ranked, count, personRanksBefore);
    const std::vector<const std::string*> keys = vacancyKeys(vacancy);
    std::vector<PersonMatch> matches;
    matches.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        const Profile& person = state.people[ranked[i].index].profile;
        PersonAnswers answers(person, state.layout, state.catalogue, state.weights, keys);
        matches.push_back({ranked[i].index, person.id, Matcher(answers, state.catalogue, state.weights).matchVacancy(vacancy)});
    }
    return matches;
}

} // namespace rightjob::core
