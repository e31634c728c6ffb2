// [SECTION] Levels and lookups
// [SECTION] Reading the catalogue
// [SECTION] Checks against a layout and the content rules
// [SECTION] Reading the weights

#include "core/base/easy_read.h"
#include "core/jobs/job_catalogue.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <sstream>

namespace rightjob::core {

// [SECTION] Levels and lookups

const char* qualityLevelName(QualityLevel level)
{
    switch (level) {
    case QualityLevel::Never: return "never";
    case QualityLevel::Sometimes: return "sometimes";
    case QualityLevel::Often: return "often";
    case QualityLevel::Always: return "always";
    }
    return "sometimes";
}

std::optional<QualityLevel> qualityLevelFromName(const std::string& name)
{
    for (QualityLevel level : {QualityLevel::Never, QualityLevel::Sometimes, QualityLevel::Often, QualityLevel::Always})
        if (name == qualityLevelName(level))
            return level;
    return std::nullopt;
}

const JobQuality* Job::findQuality(const std::string& card) const
{
    for (const auto& quality : qualities)
        if (quality.card == card)
            return &quality;
    return nullptr;
}

const Job* JobCatalogue::findJob(const std::string& id) const
{
    for (const auto& job : jobs)
        if (job.id == id)
            return &job;
    return nullptr;
}

const JobSector* JobCatalogue::findSector(const std::string& id) const
{
    for (const auto& sector : sectors)
        if (sector.id == id)
            return &sector;
    return nullptr;
}

const PlaceWords* JobCatalogue::findPlaceWords(const std::string& card) const
{
    for (const auto& words : placeWords)
        if (words.card == card)
            return &words;
    return nullptr;
}

const TaskSetting* JobCatalogue::findTaskSetting(const std::string& id) const
{
    for (const auto& setting : taskSettings)
        if (setting.id == id)
            return &setting;
    return nullptr;
}

std::optional<QualityLevel> JobTask::levelOf(const std::string& card) const
{
    for (const auto& quality : levels)
        if (quality.card == card)
            return quality.level;
    return std::nullopt;
}

const EvidenceRule* MatchWeights::findEvidence(const std::string& card, AnswerValue answer) const
{
    for (const auto& rule : evidence)
        if (rule.card == card && rule.answer == answer)
            return &rule;
    return nullptr;
}

const std::string& JobCatalogue::whereOf(const Job& job) const
{
    if (!job.where.empty())
        return job.where;
    static const std::string nowhere;
    const JobSector* sector = findSector(job.sector);
    return sector ? sector->where : nowhere;
}

// [SECTION] Reading the catalogue

namespace {

constexpr int kCatalogueFormatVersion = 1;
constexpr int kWeightsFormatVersion = 1;
constexpr int kMaxHoursPerWeek = 48; // the UK working time limit

const std::vector<std::string> kLevelNames = {"never", "sometimes", "often", "always"};

// The section part of "section/card", or empty when the key is not of that form.
std::string sectionOfKey(const std::string& key)
{
    const auto slash = key.find('/');
    if (slash == std::string::npos || key.find('/', slash + 1) != std::string::npos)
        return "";
    const std::string section = key.substr(0, slash);
    const std::string card = key.substr(slash + 1);
    return isValidId(section) && isValidId(card) ? section : "";
}

// Whether a card can be a job's quality: a places/ card, or a practical/ one
// (weekends, evenings) that jobs have or have not.
bool isQualityCard(const std::string& card)
{
    const std::string section = sectionOfKey(card);
    return section == "places" || section == "practical";
}

bool looksLikeOnetCode(const std::string& code)
{
    const char* pattern = "dd-dddd.dd";
    if (code.size() != 10)
        return false;
    for (std::size_t i = 0; i < code.size(); ++i) {
        const bool digit = std::isdigit(static_cast<unsigned char>(code[i])) != 0;
        if (pattern[i] == 'd' ? !digit : code[i] != pattern[i])
            return false;
    }
    return true;
}

bool isFourDigits(const std::string& text)
{
    return text.size() == 4
           && std::all_of(text.begin(), text.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

class CatalogueReader {
public:
    explicit CatalogueReader(const JsonFile& file) : m_file(file) {}

    JobCatalogue read()
    {
        JsonObjectReader reader(m_file, JsonPointer(), "The job catalogue");
        if (reader.requireString("format") != "rightjob-jobs")
            reader.failAt("format", "this is not a Right Job catalogue (\"format\" should be \"rightjob-jobs\").");
        const auto version = reader.requireInteger("format_version");
        if (version != kCatalogueFormatVersion)
            reader.failAt("format_version", "format version " + std::to_string(version) + " is not known; this Right Job reads version "
                                                + std::to_string(kCatalogueFormatVersion) + ".");
        m_catalogue.fileName = m_file.fileName();
        m_catalogue.source = reader.requireString("source");
        forEach(reader, "sectors", [this](const JsonPointer& pointer) { readSector(pointer); });
        forEach(reader, "place_words", [this](const JsonPointer& pointer) { readPlaceWords(pointer); });
        if (reader.has("task_settings"))
            forEach(reader, "task_settings", [this](const JsonPointer& pointer) { readTaskSetting(pointer); });
        forEach(reader, "jobs", [this](const JsonPointer& pointer) { readJob(pointer); });
        reader.finish();
        return std::move(m_catalogue);
    }

private:
    // Calls read for each element of a list that must have at least one.
    template <class Read>
    void forEach(JsonObjectReader& reader, const std::string& key, Read read)
    {
        const JsonPointer pointer = reader.requireArray(key);
        const Json& list = m_file.root().at(pointer);
        if (list.empty())
            reader.failAt(key, "\"" + key + "\" is an empty list; it needs at least one.");
        for (std::size_t i = 0; i < list.size(); ++i)
            read(pointer / i);
    }

    std::vector<std::string> readStringList(JsonObjectReader& reader, const std::string& key, const std::string& what)
    {
        const JsonPointer pointer = reader.requireArray(key);
        const Json& list = m_file.root().at(pointer);
        std::vector<std::string> items;
        for (std::size_t i = 0; i < list.size(); ++i) {
            if (!list[i].is_string())
                m_file.fail(pointer / i, "each of " + what + " should be text in quotes.");
            std::string item = list[i].get<std::string>();
            if (std::find(items.begin(), items.end(), item) != items.end())
                m_file.fail(pointer / i, "\"" + item + "\" is listed twice.");
            items.push_back(std::move(item));
        }
        return items;
    }

    void readSector(const JsonPointer& pointer)
    {
        JsonObjectReader reader(m_file, pointer, "The sector");
        JobSector sector;
        sector.id = reader.requireId("id");
        if (m_catalogue.findSector(sector.id))
            reader.failAt("id", "the sector id \"" + sector.id + "\" is used twice.");
        sector.title = reader.requireString("title");
        sector.symbol = reader.requireString("symbol");
        sector.where = reader.requireString("where");
        reader.finish();
        m_catalogue.sectors.push_back(std::move(sector));
    }

    void readPlaceWords(const JsonPointer& pointer)
    {
        JsonObjectReader reader(m_file, pointer, "The place words");
        PlaceWords words;
        words.card = reader.requireString("card");
        if (!isQualityCard(words.card))
            reader.failAt("card", "\"" + words.card + "\" is not a places/ or practical/ card (like \"places/noisy_places\").");
        if (m_catalogue.findPlaceWords(words.card))
            reader.failAt("card", "\"" + words.card + "\" has words twice.");
        words.good = reader.requireString("good");
        words.notGood = reader.requireString("not_good");
        for (std::size_t level = 0; level < kLevelNames.size(); ++level)
            words.levels[level] = reader.requireString(kLevelNames[level]);
        reader.finish();
        m_catalogue.placeWords.push_back(std::move(words));
    }

    void readJob(const JsonPointer& pointer)
    {
        JsonObjectReader reader(m_file, pointer, "The job");
        Job job;
        job.id = reader.requireId("id");
        if (m_catalogue.findJob(job.id))
            reader.failAt("id", "the job id \"" + job.id + "\" is used twice.");
        job.onetCode = reader.requireString("onet_code");
        if (!looksLikeOnetCode(job.onetCode))
            reader.failAt("onet_code", "\"" + job.onetCode + "\" is not an O*NET-SOC code; it is written like 35-9021.00.");
        job.onetTitle = reader.requireString("onet_title");
        if (reader.has("uk_soc")) {
            job.ukSoc = reader.requireString("uk_soc");
            if (!isFourDigits(*job.ukSoc))
                reader.failAt("uk_soc", "\"uk_soc\" should be 4 digits, like \"9263\".");
        }
        job.title = reader.requireString("title");
        job.description = reader.requireString("description");
        job.symbol = reader.requireString("symbol");
        job.sector = reader.requireString("sector");
        if (!m_catalogue.findSector(job.sector))
            reader.failAt("sector", "the sector \"" + job.sector + "\" is not one of the catalogue's sectors.");
        if (reader.has("where"))
            job.where = reader.requireString("where");
        job.hours = readHours(reader.requireObject("hours"));
        job.uses = readStringList(reader, "uses", "the cards a job uses");
        for (std::size_t i = 0; i < job.uses.size(); ++i)
            checkUseCard(reader.pointerTo("uses") / i, job.uses[i]);
        const JsonPointer qualities = reader.requireArray("qualities");
        for (std::size_t i = 0; i < m_file.root().at(qualities).size(); ++i)
            job.qualities.push_back(readQuality(qualities / i, job));
        const JsonPointer tasks = reader.requireArray("tasks");
        for (std::size_t i = 0; i < m_file.root().at(tasks).size(); ++i)
            job.tasks.push_back(readTask(tasks / i, job));
        job.note = reader.optionalString("note");
        reader.finish();
        m_catalogue.jobs.push_back(std::move(job));
    }

    JobHours readHours(const JsonPointer& pointer)
    {
        JsonObjectReader reader(m_file, pointer, "The hours");
        JobHours hours;
        const auto low = reader.requireInteger("min_per_week");
        const auto high = reader.requireInteger("max_per_week");
        if (low < 1 || low > kMaxHoursPerWeek)
            reader.failAt("min_per_week", "\"min_per_week\" should be from 1 to " + std::to_string(kMaxHoursPerWeek) + ".");
        if (high < low || high > kMaxHoursPerWeek)
            reader.failAt("max_per_week", "\"max_per_week\" should be from \"min_per_week\" to "
                                              + std::to_string(kMaxHoursPerWeek) + ".");
        hours.minPerWeek = static_cast<int>(low);
        hours.maxPerWeek = static_cast<int>(high);
        hours.typical = reader.requireString("typical");
        reader.finish();
        return hours;
    }

    void checkUseCard(const JsonPointer& pointer, const std::string& card)
    {
        const std::string section = sectionOfKey(card);
        if (section != "likes" && section != "good_at")
            m_file.fail(pointer, "\"" + card + "\" is not a likes/ or good_at/ card (like \"likes/animals\").");
    }

    JobQuality readQuality(const JsonPointer& pointer, const Job& job)
    {
        JsonObjectReader reader(m_file, pointer, "The quality");
        JobQuality quality;
        quality.card = reader.requireString("card");
        if (!isQualityCard(quality.card))
            reader.failAt("card", "\"" + quality.card + "\" is not a places/ or practical/ card (like \"places/noisy_places\").");
        if (!m_catalogue.findPlaceWords(quality.card))
            reader.failAt("card", "\"" + quality.card + "\" has no words in \"place_words\"; add them there first.");
        if (job.findQuality(quality.card))
            reader.failAt("card", "\"" + quality.card + "\" is listed twice in this job.");
        quality.level = *qualityLevelFromName(reader.requireChoice("level", kLevelNames));
        const std::string source = reader.requireChoice("source", {"onet", "judgement"});
        quality.source = source == "onet" ? QualitySource::Onet : QualitySource::Judgement;
        if (quality.source == QualitySource::Onet) {
            if (!reader.has("onet_element"))
                reader.fail("a quality whose source is \"onet\" needs an \"onet_element\" naming the Work Context element.");
            quality.onetElement = reader.requireString("onet_element");
        } else if (reader.has("onet_element")) {
            reader.failAt("onet_element", "only a quality whose source is \"onet\" has an \"onet_element\".");
        }
        quality.words = reader.requireString("words");
        reader.finish();
        return quality;
    }

    JobTask readTask(const JsonPointer& pointer, const Job& job)
    {
        JsonObjectReader reader(m_file, pointer, "The task");
        JobTask task;
        task.id = reader.requireId("id");
        for (const auto& other : job.tasks)
            if (other.id == task.id)
                reader.failAt("id", "the task id \"" + task.id + "\" is used twice in this job.");
        task.title = reader.requireString("title");
        task.symbol = reader.requireString("symbol");
        task.uses = readStringList(reader, "uses", "the cards a task uses");
        for (std::size_t i = 0; i < task.uses.size(); ++i) {
            checkUseCard(reader.pointerTo("uses") / i, task.uses[i]);
            if (std::find(job.uses.begin(), job.uses.end(), task.uses[i]) == job.uses.end())
                m_file.fail(reader.pointerTo("uses") / i, "\"" + task.uses[i] + "\" is not in the job's \"uses\".");
        }
        // Each quality is a card (the job's level holds) or {"card", "level"}
        // (the task's own level: a back-room task is never busy).
        std::vector<TaskQuality> own;
        const JsonPointer qualities = reader.requireArray("qualities");
        const Json& list = m_file.root().at(qualities);
        for (std::size_t i = 0; i < list.size(); ++i) {
            if (list[i].is_object()) {
                const TaskQuality quality = readTaskQuality(qualities / i, "The task's quality");
                own.push_back(quality);
                task.qualities.push_back(quality.card);
            } else if (list[i].is_string()) {
                const std::string card = list[i].get<std::string>();
                const JobQuality* quality = job.findQuality(card);
                if (!quality)
                    m_file.fail(qualities / i, "\"" + card + "\" is not one of the job's qualities.");
                if (quality->level == QualityLevel::Never)
                    m_file.fail(qualities / i, "\"" + card + "\" is \"never\" for this job, so no task can have it.");
                task.qualities.push_back(card);
            } else {
                m_file.fail(qualities / i, "each of a task's qualities should be a card in quotes or {\"card\", \"level\"}.");
            }
            if (std::count(task.qualities.begin(), task.qualities.end(), task.qualities.back()) > 1)
                m_file.fail(qualities / i, "\"" + task.qualities.back() + "\" is listed twice.");
        }
        if (reader.has("at")) {
            task.settings = readStringList(reader, "at", "a task's settings");
            for (std::size_t i = 0; i < task.settings.size(); ++i)
                if (!m_catalogue.findTaskSetting(task.settings[i]))
                    m_file.fail(reader.pointerTo("at") / i,
                                "\"" + task.settings[i] + "\" is not one of the catalogue's \"task_settings\".");
        }
        reader.finish();

        // The task's levels: the job's for plain cards, then its settings',
        // then its own.
        auto set = [&task](const std::string& card, QualityLevel level) {
            for (auto& quality : task.levels)
                if (quality.card == card) {
                    quality.level = level;
                    return;
                }
            task.levels.push_back({card, level});
        };
        for (const auto& card : task.qualities)
            if (const JobQuality* quality = job.findQuality(card))
                set(card, quality->level);
        for (const auto& id : task.settings)
            for (const auto& quality : m_catalogue.findTaskSetting(id)->qualities)
                set(quality.card, quality.level);
        for (const auto& quality : own)
            set(quality.card, quality.level);
        return task;
    }

    TaskQuality readTaskQuality(const JsonPointer& pointer, const std::string& what)
    {
        JsonObjectReader reader(m_file, pointer, what);
        TaskQuality quality;
        quality.card = reader.requireString("card");
        if (!m_catalogue.findPlaceWords(quality.card))
            reader.failAt("card", "\"" + quality.card + "\" has no words in \"place_words\"; add them there first.");
        quality.level = *qualityLevelFromName(reader.requireChoice("level", kLevelNames));
        reader.finish();
        return quality;
    }

    void readTaskSetting(const JsonPointer& pointer)
    {
        JsonObjectReader reader(m_file, pointer, "The task setting");
        TaskSetting setting;
        setting.id = reader.requireId("id");
        if (m_catalogue.findTaskSetting(setting.id))
            reader.failAt("id", "the task setting \"" + setting.id + "\" is listed twice.");
        setting.words = reader.requireString("words");
        const JsonPointer qualities = reader.requireArray("qualities");
        const Json& list = m_file.root().at(qualities);
        if (list.empty())
            reader.failAt("qualities", "a task setting needs at least one quality.");
        for (std::size_t i = 0; i < list.size(); ++i) {
            setting.qualities.push_back(readTaskQuality(qualities / i, "The setting's quality"));
            for (std::size_t j = 0; j < i; ++j)
                if (setting.qualities[j].card == setting.qualities[i].card)
                    m_file.fail(qualities / i, "\"" + setting.qualities[i].card + "\" is listed twice.");
        }
        reader.finish();
        m_catalogue.taskSettings.push_back(std::move(setting));
    }

    const JsonFile& m_file;
    JobCatalogue m_catalogue;
};

} // namespace

JobCatalogue readJobCatalogue(const JsonFile& file)
{
    return CatalogueReader(file).read();
}

JobCatalogue loadJobCatalogue(const std::string& path)
{
    return readJobCatalogue(JsonFile::load(path));
}

// [SECTION] Checks against a layout and the content rules

std::vector<std::string> catalogueLayoutProblems(const JobCatalogue& catalogue, const Layout& layout)
{
    std::vector<std::string> problems;
    std::set<std::string> reported;
    auto check = [&](const std::string& key, const std::string& where) {
        const auto slash = key.find('/');
        const bool known = slash != std::string::npos && layout.findCard(key.substr(0, slash), key.substr(slash + 1));
        if (known || !reported.insert(where + key).second)
            return;
        problems.push_back(catalogue.fileName + ": " + where + " names the card \"" + key + "\", which the layout \""
                           + layout.id + "\" does not have.");
    };
    for (const auto& words : catalogue.placeWords)
        check(words.card, "place_words");
    for (const auto& job : catalogue.jobs) {
        const std::string where = "the job \"" + job.id + "\"";
        for (const auto& card : job.uses)
            check(card, where);
        for (const auto& quality : job.qualities)
            check(quality.card, where);
        for (const auto& task : job.tasks)
            for (const auto& quality : task.levels)
                check(quality.card, where);
    }
    for (const auto& setting : catalogue.taskSettings)
        for (const auto& quality : setting.qualities)
            check(quality.card, "the task setting \"" + setting.id + "\"");
    return problems;
}

namespace {

// The most words in any sentence of text; a sentence ends with . ! or ?.

struct Dimension {
    const char* what;
    std::vector<std::string> cards;
};

// The twelve things every job says something about (see the README).
const std::vector<Dimension>& requiredDimensions()
{
    static const std::vector<Dimension> dimensions = {
        {"noise", {"places/noisy_places", "places/quiet_places"}},
        {"busy or quiet", {"places/busy_places", "places/quiet_places"}},
        {"indoors or outdoors", {"places/indoors", "places/outdoors"}},
        {"alone or in a team", {"places/working_alone", "places/working_in_a_team"}},
        {"meeting the public", {"places/meeting_the_public"}},
        {"standing", {"places/standing_up"}},
        {"pace", {"places/fast_pace"}},
        {"routine", {"places/same_routine"}},
        {"smells", {"places/strong_smells"}},
        {"personal space", {"places/own_space"}},
        {"early starts", {"places/early_starts"}},
        {"uniform", {"places/wearing_a_uniform"}},
    };
    return dimensions;
}

} // namespace

std::vector<std::string> catalogueContentProblems(const JobCatalogue& catalogue)
{
    constexpr std::size_t kMinTasks = 3;
    constexpr std::size_t kMaxTasks = 6;
    constexpr std::size_t kMinQualities = 8;
    constexpr int kMaxSentenceWords = 15;
    constexpr int kMaxQualityWords = 12;

    std::vector<std::string> problems;
    auto problem = [&](const std::string& text) { problems.push_back(catalogue.fileName + ": " + text); };
    auto checkWords = [&](const std::string& where, const std::string& text, int most) {
        const int words = longestSentenceWords(text);
        if (words > most)
            problem(where + " has a sentence of " + std::to_string(words) + " words; at most " + std::to_string(most)
                    + " are easy to read.");
    };
    for (const auto& words : catalogue.placeWords) {
        const std::string where = "the place words for \"" + words.card + "\"";
        checkWords(where, words.good, kMaxSentenceWords);
        checkWords(where, words.notGood, kMaxSentenceWords);
        for (const auto& level : words.levels)
            checkWords(where, level, kMaxQualityWords);
    }
    for (const auto& job : catalogue.jobs) {
        const std::string where = "the job \"" + job.id + "\"";
        if (job.tasks.size() < kMinTasks || job.tasks.size() > kMaxTasks)
            problem(where + " has " + std::to_string(job.tasks.size()) + " tasks; a job needs 3 to 6.");
        if (job.qualities.size() < kMinQualities)
            problem(where + " has " + std::to_string(job.qualities.size()) + " qualities; a job needs at least 8.");
        for (const auto& dimension : requiredDimensions()) {
            const bool covered = std::any_of(dimension.cards.begin(), dimension.cards.end(),
                                             [&](const std::string& card) { return job.findQuality(card) != nullptr; });
            if (!covered)
                problem(where + " says nothing about " + dimension.what + ".");
        }
        auto high = [&](const char* card) {
            const JobQuality* quality = job.findQuality(card);
            return quality && quality->level >= QualityLevel::Often;
        };
        if (high("places/quiet_places") && (high("places/noisy_places") || high("places/busy_places")))
            problem(where + " is often quiet and also often noisy or busy.");
        checkWords(where, job.description, kMaxSentenceWords);
        checkWords(where, job.title, kMaxSentenceWords);
        for (const auto& quality : job.qualities)
            checkWords(where + " (" + quality.card + ")", quality.words, kMaxQualityWords);
        for (const auto& task : job.tasks)
            checkWords(where + " (task \"" + task.id + "\")", task.title, kMaxSentenceWords);
    }
    return problems;
}

// [SECTION] Reading the weights

namespace {

// A number as people write it: 1, 0.8, -100.
std::string numberText(double value)
{
    std::ostringstream out;
    out << value;
    return out.str();
}

double requireNumberIn(JsonObjectReader& reader, const std::string& key, double low, double high)
{
    const double value = reader.requireNumber(key);
    if (value < low || value > high)
        reader.failAt(key, "\"" + key + "\" is " + numberText(value) + "; it should be from " + numberText(low) + " to "
                               + numberText(high) + ".");
    return value;
}

int requireCount(JsonObjectReader& reader, const std::string& key)
{
    const auto value = reader.requireInteger(key);
    if (value < 0 || value > 20)
        reader.failAt(key, "\"" + key + "\" should be a whole number from 0 to 20.");
    return static_cast<int>(value);
}

std::string requireSentence(JsonObjectReader& reader, const std::string& key, const std::vector<std::string>& placeholders)
{
    std::string text = reader.requireString(key);
    for (const auto& placeholder : placeholders)
        if (text.find(placeholder) == std::string::npos)
            reader.failAt(key, "\"" + key + "\" should contain " + placeholder + ".");
    return text;
}

} // namespace

namespace {

AnswerValue requireAnswer(JsonObjectReader& reader, const std::string& key)
{
    return *answerValueFromName(reader.requireChoice(key, {"positive", "middle", "negative"}));
}

std::vector<std::string> requireCardList(const JsonFile& file, JsonObjectReader& reader, const std::string& key)
{
    std::vector<std::string> items;
    const JsonPointer pointer = reader.requireArray(key);
    const Json& list = file.root().at(pointer);
    for (std::size_t i = 0; i < list.size(); ++i) {
        if (!list[i].is_string())
            file.fail(pointer / i, "each item of \"" + key + "\" should be text in quotes.");
        items.push_back(list[i].get<std::string>());
    }
    return items;
}

// "evidence", "tasters", "hours" and "need_more": what answers outside
// likes, skills and places mean for matching.
void readEvidence(const JsonFile& file, JsonObjectReader& reader, MatchWeights& weights)
{
    const JsonPointer evidence = reader.requireArray("evidence");
    for (std::size_t i = 0; i < file.root().at(evidence).size(); ++i) {
        JsonObjectReader item(file, evidence / i, "The evidence rule");
        EvidenceRule rule;
        rule.card = item.requireString("card");
        if (sectionOfKey(rule.card).empty())
            item.failAt("card", "\"" + rule.card + "\" is not a card key like \"feelings/upset_by_noise\".");
        rule.answer = requireAnswer(item, "answer");
        if (weights.findEvidence(rule.card, rule.answer))
            item.failAt("card", "\"" + rule.card + "\" has 2 rules for the same answer.");
        rule.words = item.requireString("words");
        const JsonPointer means = item.requireArray("means");
        if (file.root().at(means).empty())
            item.failAt("means", "a rule needs at least one card in \"means\".");
        for (std::size_t j = 0; j < file.root().at(means).size(); ++j) {
            JsonObjectReader target(file, means / j, "The card the rule means");
            EvidenceTarget meant;
            meant.card = target.requireString("card");
            if (sectionOfKey(meant.card).empty())
                target.failAt("card", "\"" + meant.card + "\" is not a card key like \"places/noisy_places\".");
            if (meant.card == rule.card)
                target.failAt("card", "a rule cannot mean its own card.");
            meant.answer = requireAnswer(target, "answer");
            target.finish();
            rule.means.push_back(std::move(meant));
        }
        item.finish();
        weights.evidence.push_back(std::move(rule));
    }
    const JsonPointer tasters = reader.requireArray("tasters");
    for (std::size_t i = 0; i < file.root().at(tasters).size(); ++i) {
        JsonObjectReader item(file, tasters / i, "The taster rule");
        TasterRule rule;
        rule.card = item.requireString("card");
        if (sectionOfKey(rule.card).empty())
            item.failAt("card", "\"" + rule.card + "\" is not a card key like \"tasters/cafe\".");
        for (const auto& other : weights.tasters)
            if (other.card == rule.card)
                item.failAt("card", "\"" + rule.card + "\" is listed twice.");
        rule.sectors = requireCardList(file, item, "sectors");
        rule.jobs = requireCardList(file, item, "jobs");
        if (rule.sectors.empty() && rule.jobs.empty())
            item.fail("a taster rule needs at least one sector or job.");
        item.finish();
        weights.tasters.push_back(std::move(rule));
    }
    weights.tasterWeight = requireNumberIn(reader, "taster_weight", 0, 10);
    {
        JsonObjectReader hours(file, reader.requireObject("hours"), "The hours");
        weights.hoursPenalty = requireNumberIn(hours, "penalty", 0, 100);
        const JsonPointer cards = hours.requireArray("cards");
        for (std::size_t i = 0; i < file.root().at(cards).size(); ++i) {
            JsonObjectReader item(file, cards / i, "The hours card");
            HoursCard card;
            card.card = item.requireString("card");
            if (sectionOfKey(card.card).empty())
                item.failAt("card", "\"" + card.card + "\" is not a card key like \"practical/part_time\".");
            const auto value = item.requireInteger("hours");
            if (value < 1 || value > kMaxHoursPerWeek)
                item.failAt("hours", "\"hours\" should be from 1 to " + std::to_string(kMaxHoursPerWeek) + ".");
            card.hours = static_cast<int>(value);
            item.finish();
            weights.hoursCards.push_back(std::move(card));
        }
        hours.finish();
    }
    {
        JsonObjectReader needMore(file, reader.requireObject("need_more"), "The \"need more\" rule");
        const auto least = needMore.requireInteger("min_answers");
        if (least < 0 || least > 100)
            needMore.failAt("min_answers", "\"min_answers\" should be a whole number from 0 to 100.");
        weights.needMoreMinAnswers = static_cast<int>(least);
        weights.needMoreSections = requireCardList(file, needMore, "sections");
        needMore.finish();
    }
}

} // namespace

std::vector<std::string> weightsLayoutProblems(const MatchWeights& weights, const JobCatalogue& catalogue,
                                               const Layout& layout)
{
    std::vector<std::string> problems;
    auto known = [&](const std::string& key) {
        const auto slash = key.find('/');
        return slash != std::string::npos && layout.findCard(key.substr(0, slash), key.substr(slash + 1));
    };
    for (const auto& rule : weights.evidence) {
        if (!known(rule.card))
            problems.push_back("weights: the evidence rule names the card \"" + rule.card + "\", which the layout \""
                               + layout.id + "\" does not have.");
        for (const auto& meant : rule.means)
            if (!known(meant.card))
                problems.push_back("weights: the evidence rule for \"" + rule.card + "\" means the card \"" + meant.card
                                   + "\", which the layout \"" + layout.id + "\" does not have.");
    }
    for (const auto& rule : weights.tasters) {
        if (!known(rule.card))
            problems.push_back("weights: the taster rule names the card \"" + rule.card + "\", which the layout \""
                               + layout.id + "\" does not have.");
        for (const auto& sector : rule.sectors)
            if (!catalogue.findSector(sector))
                problems.push_back("weights: the taster rule for \"" + rule.card + "\" names the sector \"" + sector
                                   + "\", which the catalogue does not have.");
        for (const auto& job : rule.jobs)
            if (!catalogue.findJob(job))
                problems.push_back("weights: the taster rule for \"" + rule.card + "\" names the job \"" + job
                                   + "\", which the catalogue does not have.");
    }
    for (const auto& card : weights.hoursCards)
        if (!known(card.card))
            problems.push_back("weights: the hours card \"" + card.card + "\" is not in the layout \"" + layout.id + "\".");
    for (const auto& section : weights.needMoreSections)
        if (!layout.findSection(section))
            problems.push_back("weights: \"need_more\" names the section \"" + section + "\", which the layout \""
                               + layout.id + "\" does not have.");
    return problems;
}

MatchWeights readMatchWeights(const JsonFile& file)
{
    MatchWeights weights;
    JsonObjectReader reader(file, JsonPointer(), "The weights");
    if (reader.requireString("format") != "rightjob-weights")
        reader.failAt("format", "these are not Right Job weights (\"format\" should be \"rightjob-weights\").");
    const auto version = reader.requireInteger("format_version");
    if (version != kWeightsFormatVersion)
        reader.failAt("format_version", "format version " + std::to_string(version) + " is not known.");

    {
        JsonObjectReader answer(file, reader.requireObject("answer"), "The answer values");
        for (AnswerValue value : {AnswerValue::Positive, AnswerValue::Middle, AnswerValue::Negative})
            weights.answer[static_cast<int>(value)] = requireNumberIn(answer, answerValueName(value), -1, 1);
        if (!(weights.answerValue(AnswerValue::Negative) < weights.answerValue(AnswerValue::Middle)
              && weights.answerValue(AnswerValue::Middle) < weights.answerValue(AnswerValue::Positive)))
            answer.fail("the answer values should rise: negative, then middle, then positive.");
        answer.finish();
    }
    weights.othersFactor = requireNumberIn(reader, "others_factor", 0, 1);
    {
        JsonObjectReader level(file, reader.requireObject("level"), "The level values");
        for (std::size_t i = 0; i < kLevelNames.size(); ++i)
            weights.level[i] = requireNumberIn(level, kLevelNames[i], -1, 1);
        if (!(weights.level[0] < weights.level[1] && weights.level[1] < weights.level[2] && weights.level[2] <= weights.level[3]))
            level.fail("the level values should rise: never, sometimes, often, then always.");
        level.finish();
    }
    weights.likeWeight = requireNumberIn(reader, "like_weight", 0, 10);
    weights.skillWeight = requireNumberIn(reader, "skill_weight", 0, 10);
    weights.placeWeight = requireNumberIn(reader, "place_weight", 0, 10);
    const std::vector<std::string> aboveNever(kLevelNames.begin() + 1, kLevelNames.end());
    weights.thinkAboutMinLevel = *qualityLevelFromName(reader.requireChoice("think_about_min_level", aboveNever));
    {
        JsonObjectReader warning(file, reader.requireObject("strong_warning"), "The strong warning");
        weights.strongWarningMinLevel = *qualityLevelFromName(warning.requireChoice("min_level", aboveNever));
        weights.strongWarningPenalty = requireNumberIn(warning, "penalty", 0, 100);
        weights.strongWarningWords = warning.requireString("words");
        warning.finish();
    }
    weights.maxReasons = requireCount(reader, "max_reasons");
    weights.maxThinkAbout = requireCount(reader, "max_think_about");
    weights.maxTasks = requireCount(reader, "max_tasks");
    weights.minTaskScore = requireNumberIn(reader, "min_task_score", -100, 100);
    {
        JsonObjectReader bands(file, reader.requireObject("bands"), "The bands");
        weights.goodBandMin = requireNumberIn(bands, "good", -100, 100);
        weights.maybeBandMin = requireNumberIn(bands, "maybe", -100, 100);
        if (weights.maybeBandMin > weights.goodBandMin)
            bands.failAt("maybe", "\"maybe\" should not be more than \"good\".");
        bands.finish();
    }
    {
        JsonObjectReader confidence(file, reader.requireObject("confidence"), "The confidence");
        weights.sureMin = requireNumberIn(confidence, "sure", 0, 1);
        weights.fairlySureMin = requireNumberIn(confidence, "fairly_sure", 0, 1);
        if (weights.fairlySureMin > weights.sureMin)
            confidence.failAt("fairly_sure", "\"fairly_sure\" should not be more than \"sure\".");
        confidence.finish();
    }
    {
        JsonObjectReader sentences(file, reader.requireObject("sentences"), "The sentences");
        weights.likeSentence = requireSentence(sentences, "like", {"{phrase}"});
        weights.goodAtSentence = requireSentence(sentences, "good_at", {"{phrase}"});
        weights.youSaidSentence = requireSentence(sentences, "you_said", {"{sentence}"});
        weights.carvedRoleSentence = requireSentence(sentences, "carved_role", {"{tasks}", "{where}", "{hours}"});
        weights.andWord = sentences.requireString("and");
        weights.triedLikedSentence = requireSentence(sentences, "tried_liked", {"{phrase}"});
        weights.triedNotLikedSentence = requireSentence(sentences, "tried_not_liked", {"{phrase}"});
        weights.disagreeSentence = requireSentence(sentences, "disagree", {"{who}"});
        weights.hoursSentence = requireSentence(sentences, "hours", {"{hours}"});
        weights.carvedTitle = requireSentence(sentences, "carved_title", {"{title}"});
        weights.carvedIntroSentence = sentences.requireString("carved_intro");
        weights.carvedTasksSentence = requireSentence(sentences, "carved_tasks", {"{tasks}", "{where}"});
        weights.carvedAlsoSentence = requireSentence(sentences, "carved_also", {"{tasks}"});
        weights.carvedHoursSentence = requireSentence(sentences, "carved_hours", {"{hours}"});
        weights.needMoreSentence = sentences.requireString("need_more");
        weights.doNextSentence = requireSentence(sentences, "do_next", {"{section}"});
        weights.goodHeading = sentences.requireString("good_heading");
        weights.maybeHeading = sentences.requireString("maybe_heading");
        weights.noneHeading = sentences.requireString("none_heading");
        weights.goodTitle = requireSentence(sentences, "good_title", {"{name}"});
        weights.maybeTitle = requireSentence(sentences, "maybe_title", {"{name}"});
        weights.noneTitle = requireSentence(sentences, "none_title", {"{name}"});
        weights.needMoreTitle = requireSentence(sentences, "need_more_title", {"{name}"});
        sentences.finish();
    }
    readEvidence(file, reader, weights);
    reader.finish();
    return weights;
}

MatchWeights loadMatchWeights(const std::string& path)
{
    return readMatchWeights(JsonFile::load(path));
}

} // namespace rightjob::core
