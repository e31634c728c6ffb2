// [SECTION] Days and lookups
// [SECTION] Reading
// [SECTION] Writing
// [SECTION] The store in the data folder

#include "core/jobs/vacancy.h"

#include <algorithm>
#include <cctype>
#include <cmath>

namespace rightjob::core {

// [SECTION] Days and lookups

namespace {

constexpr double kMaxHoursPerWeek = 48; // the UK working time limit

const std::vector<std::string>& weekdayNames()
{
    static const std::vector<std::string> names = {"monday", "tuesday", "wednesday", "thursday",
                                                   "friday", "saturday", "sunday"};
    return names;
}

const std::vector<std::string>& levelNames()
{
    static const std::vector<std::string> names = {"never", "sometimes", "often", "always"};
    return names;
}

// The section part of "section/card", or empty when the key is not of that form.
std::string sectionOfKey(const std::string& key)
{
    const auto slash = key.find('/');
    if (slash == std::string::npos)
        return "";
    const std::string section = key.substr(0, slash);
    return isValidId(section) && isValidId(key.substr(slash + 1)) ? section : "";
}

} // namespace

const char* weekdayName(Weekday day)
{
    return weekdayNames()[static_cast<std::size_t>(day)].c_str();
}

std::optional<Weekday> weekdayFromName(const std::string& name)
{
    const auto& names = weekdayNames();
    const auto found = std::find(names.begin(), names.end(), name);
    if (found == names.end())
        return std::nullopt;
    return static_cast<Weekday>(found - names.begin());
}

const VacancyQuality* Vacancy::findQuality(const std::string& card) const
{
    for (const auto& quality : qualities)
        if (quality.card == card)
            return &quality;
    return nullptr;
}

// [SECTION] Reading

namespace {

class VacancyReader {
public:
    explicit VacancyReader(const JsonFile& file) : m_file(file) {}

    std::vector<Vacancy> read()
    {
        JsonObjectReader reader(m_file, JsonPointer(), "The vacancies file");
        if (reader.requireString("format") != "rightjob-vacancies")
            reader.failAt("format", "this is not a Right Job vacancies file (\"format\" should be \"rightjob-vacancies\").");
        const auto version = reader.requireInteger("format_version");
        if (version > kVacancyFormatVersion)
            reader.failAt("format_version", "this file was made by a newer Right Job (format version "
                                                + std::to_string(version) + "). Please update Right Job to open it.");
        if (version != kVacancyFormatVersion)
            reader.failAt("format_version", "format version " + std::to_string(version) + " is not known.");
        const JsonPointer list = reader.requireArray("vacancies");
        std::vector<Vacancy> vacancies;
        for (std::size_t i = 0; i < m_file.root().at(list).size(); ++i) {
            Vacancy vacancy = readVacancy(list / i);
            for (const auto& other : vacancies)
                if (other.id == vacancy.id)
                    m_file.fail(list / i / "id", "the vacancy id \"" + vacancy.id + "\" is used twice.");
            vacancies.push_back(std::move(vacancy));
        }
        reader.finish();
        return vacancies;
    }

private:
    Vacancy readVacancy(const JsonPointer& pointer)
    {
        JsonObjectReader reader(m_file, pointer, "The vacancy");
        Vacancy vacancy;
        vacancy.id = reader.requireId("id");
        vacancy.title = reader.requireString("title");
        vacancy.symbol = reader.requireString("symbol");
        vacancy.employer = reader.optionalString("employer");
        vacancy.tasks = readStrings(reader, "tasks", "a task");
        for (std::size_t i = 0; i < vacancy.tasks.size(); ++i)
            if (vacancy.tasks[i].find_first_not_of(" \t\r\n") == std::string::npos)
                m_file.fail(reader.pointerTo("tasks") / i, "a task is empty; write what the task is.");
        vacancy.hoursPerWeek = reader.requireNumber("hours_per_week");
        if (!(vacancy.hoursPerWeek > 0) || vacancy.hoursPerWeek > kMaxHoursPerWeek)
            reader.failAt("hours_per_week", "\"hours_per_week\" should be more than 0 and at most 48.");
        const std::vector<std::string> days = readStrings(reader, "days", "a day");
        for (std::size_t i = 0; i < days.size(); ++i) {
            const auto day = weekdayFromName(days[i]);
            if (!day)
                m_file.fail(reader.pointerTo("days") / i,
                            "\"" + days[i] + "\" is not a day; write \"monday\", \"tuesday\" and so on.");
            vacancy.days.push_back(*day);
        }
        vacancy.uses = readStrings(reader, "uses", "a card");
        for (std::size_t i = 0; i < vacancy.uses.size(); ++i) {
            const std::string section = sectionOfKey(vacancy.uses[i]);
            if (section != "likes" && section != "good_at")
                m_file.fail(reader.pointerTo("uses") / i,
                            "\"" + vacancy.uses[i] + "\" is not a likes/ or good_at/ card (like \"likes/animals\").");
        }
        const JsonPointer qualities = reader.requireArray("qualities");
        for (std::size_t i = 0; i < m_file.root().at(qualities).size(); ++i)
            vacancy.qualities.push_back(readQuality(qualities / i, vacancy));
        reader.finish();
        return vacancy;
    }

    VacancyQuality readQuality(const JsonPointer& pointer, const Vacancy& vacancy)
    {
        JsonObjectReader reader(m_file, pointer, "The quality");
        VacancyQuality quality;
        quality.card = reader.requireString("card");
        if (sectionOfKey(quality.card) != "places")
            reader.failAt("card", "\"" + quality.card + "\" is not a places/ card (like \"places/noisy_places\").");
        if (vacancy.findQuality(quality.card))
            reader.failAt("card", "\"" + quality.card + "\" is listed twice in this vacancy.");
        quality.level = *qualityLevelFromName(reader.requireChoice("level", levelNames()));
        quality.words = reader.optionalString("words");
        reader.finish();
        return quality;
    }

    // A list of text, each item once.
    std::vector<std::string> readStrings(JsonObjectReader& reader, const std::string& key, const std::string& what)
    {
        const JsonPointer pointer = reader.requireArray(key);
        const Json& list = m_file.root().at(pointer);
        std::vector<std::string> items;
        for (std::size_t i = 0; i < list.size(); ++i) {
            if (!list[i].is_string())
                m_file.fail(pointer / i, what + " should be text in quotes.");
            std::string item = list[i].get<std::string>();
            if (std::find(items.begin(), items.end(), item) != items.end())
                m_file.fail(pointer / i, "\"" + item + "\" is listed twice.");
            items.push_back(std::move(item));
        }
        return items;
    }

    const JsonFile& m_file;
};

} // namespace

std::vector<Vacancy> readVacancies(const JsonFile& file)
{
    return VacancyReader(file).read();
}

std::vector<Vacancy> parseVacancies(const std::string& text, const std::string& fileName)
{
    return readVacancies(JsonFile::parse(text, fileName));
}

std::vector<Vacancy> loadVacancyFile(const std::string& path)
{
    return readVacancies(JsonFile::load(path));
}

// [SECTION] Writing

std::string writeVacancies(const std::vector<Vacancy>& vacancies)
{
    using OrderedJson = nlohmann::ordered_json;
    OrderedJson root;
    root["format"] = "rightjob-vacancies";
    root["format_version"] = kVacancyFormatVersion;
    root["vacancies"] = OrderedJson::array();
    for (const auto& vacancy : vacancies) {
        OrderedJson json;
        json["id"] = vacancy.id;
        json["title"] = vacancy.title;
        json["symbol"] = vacancy.symbol;
        json["employer"] = vacancy.employer;
        json["tasks"] = vacancy.tasks;
        // Whole hours are written as whole numbers: 16, not 16.0.
        const double hours = vacancy.hoursPerWeek;
        if (std::floor(hours) == hours && std::abs(hours) < 1e9)
            json["hours_per_week"] = static_cast<std::int64_t>(hours);
        else
            json["hours_per_week"] = hours;
        json["days"] = OrderedJson::array();
        for (Weekday day : vacancy.days)
            json["days"].push_back(weekdayName(day));
        json["uses"] = vacancy.uses;
        json["qualities"] = OrderedJson::array();
        for (const auto& quality : vacancy.qualities) {
            OrderedJson item;
            item["card"] = quality.card;
            item["level"] = qualityLevelName(quality.level);
            if (!quality.words.empty())
                item["words"] = quality.words;
            json["qualities"].push_back(std::move(item));
        }
        root["vacancies"].push_back(std::move(json));
    }
    return root.dump(2) + "\n";
}

std::string newVacancyId(const std::vector<Vacancy>& vacancies, const std::string& title)
{
    const std::string base = idFromWords(title, "vacancy");
    auto taken = [&](const std::string& id) {
        return std::any_of(vacancies.begin(), vacancies.end(), [&](const Vacancy& v) { return v.id == id; });
    };
    std::string id = base;
    for (int number = 2; taken(id); ++number)
        id = base + "-" + std::to_string(number);
    return id;
}

// [SECTION] The store in the data folder

VacancyStore::VacancyStore(const std::string& dataFolder, FileSystem& files)
    : m_path(dataFolder + "/vacancies.json"), m_files(files)
{
}

std::vector<Vacancy> VacancyStore::load() const
{
    if (!m_files.exists(m_path))
        return {};
    return loadVacancyFile(m_path);
}

FileResult VacancyStore::save(const std::vector<Vacancy>& vacancies)
{
    const FileResult folder = m_files.makeFolders(parentFolder(m_path));
    if (!folder.ok)
        return folder;
    return writeFileAtomically(m_files, m_path, writeVacancies(vacancies));
}

} // namespace rightjob::core
