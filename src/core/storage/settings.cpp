// [SECTION] Names and ranges
// [SECTION] Reading
// [SECTION] Writing
// [SECTION] Loading and saving

#include "core/storage/settings.h"

#include "core/base/json_file.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <system_error>

namespace rightjob::core {

// [SECTION] Names and ranges

namespace {

using OrderedJson = nlohmann::ordered_json;

const std::vector<std::string> kFontNames = {"andika", "opendyslexic"};
const std::vector<std::string> kCardSizeNames = {"small", "medium", "large"};
const std::vector<std::string> kAccessMethodNames = {"touch", "dwell", "one_switch", "two_switch"};

// One whole-number setting: where it is in the file and in Settings, and its range.
struct NumberSetting {
    const char* group; // the object it sits in, or nullptr for the top level
    const char* key;
    const char* words; // how a person would name it, for notes
    const char* unit;  // "ms", "%" or ""
    int minimum;
    int maximum;
    int Settings::*member;
};

// Text size is not here: it also snaps to one of the offered steps.
const NumberSetting kNumberSettings[] = {
    {nullptr, "dwell_ms", "The dwell time", " ms", kMinimumDwellMs, kMaximumDwellMs, &Settings::dwellMs},
    {nullptr, "scan_step_ms", "The scanning speed", " ms", kMinimumScanStepMs, kMaximumScanStepMs,
     &Settings::scanStepMs},
    {"speech", "words_per_minute", "The speech rate", " words a minute", kMinimumSpeechWordsPerMinute,
     kMaximumSpeechWordsPerMinute, &Settings::speechWordsPerMinute},
    {"speech", "pitch", "The voice's pitch", "", kMinimumSpeechPitch, kMaximumSpeechPitch, &Settings::speechPitch},
    {"speech", "volume", "The volume", "", kMinimumSpeechVolume, kMaximumSpeechVolume, &Settings::speechVolume},
};

std::string withUnit(std::int64_t value, const char* unit)
{
    return std::to_string(value) + unit;
}

// value moved into [minimum, maximum]; adds a note when it had to move.
int clampWithNote(std::int64_t value, int minimum, int maximum, const std::string& words, const char* unit,
                  std::vector<std::string>& notes)
{
    const std::int64_t clamped = std::clamp<std::int64_t>(value, minimum, maximum);
    if (clamped != value)
        notes.push_back(words + " was " + withUnit(value, unit) + "; it can be " + withUnit(minimum, unit) + " to "
                        + withUnit(maximum, unit) + ", so it is now " + withUnit(clamped, unit) + ".");
    return static_cast<int>(clamped);
}

// The offered text size nearest to percent; adds a note when it differs.
int textSizeWithNote(std::int64_t percent, std::vector<std::string>& notes)
{
    // Bounded first so that no subtraction below can overflow.
    const std::int64_t bounded = std::clamp<std::int64_t>(percent, 0, 1000);
    int nearest = kTextSizeChoices[0];
    for (const int choice : kTextSizeChoices)
        if (std::llabs(bounded - choice) < std::llabs(bounded - nearest))
            nearest = choice;
    if (nearest != percent)
        notes.push_back("The text size was " + std::to_string(percent) + "%; the sizes are 100%, 125%, 150%, 175% "
                        "and 200%, so it is now " + std::to_string(nearest) + "%.");
    return nearest;
}

// Two equal switch keys would make the two switches one: both go back to
// their defaults.
void separateSwitchKeys(Settings& settings, std::vector<std::string>& notes)
{
    if (settings.selectKey != settings.moveKey)
        return;
    notes.push_back("The select and move switches were both the key \"" + settings.selectKey
                    + "\"; they are now \"" + kDefaultSelectKey + "\" and \"" + kDefaultMoveKey + "\".");
    settings.selectKey = kDefaultSelectKey;
    settings.moveKey = kDefaultMoveKey;
}

template <typename Enum>
Enum enumFromName(const std::vector<std::string>& names, const std::string& name)
{
    const auto found = std::find(names.begin(), names.end(), name);
    return static_cast<Enum>(found - names.begin());
}

} // namespace

bool Settings::operator==(const Settings& other) const
{
    return textSizePercent == other.textSizePercent && themeId == other.themeId && font == other.font
           && cardSize == other.cardSize && accessMethod == other.accessMethod && dwellMs == other.dwellMs
           && scanStepMs == other.scanStepMs && selectKey == other.selectKey && moveKey == other.moveKey
           && confirmBeforeDelete == other.confirmBeforeDelete && speakFirst == other.speakFirst
           && readPromptsAloud == other.readPromptsAloud && soundCues == other.soundCues && voice == other.voice
           && speechWordsPerMinute == other.speechWordsPerMinute && speechPitch == other.speechPitch
           && speechVolume == other.speechVolume;
}

bool Settings::operator!=(const Settings& other) const
{
    return !(*this == other);
}

const char* fontChoiceName(FontChoice font)
{
    return kFontNames[static_cast<std::size_t>(font)].c_str();
}

const char* cardSizeName(CardSize size)
{
    return kCardSizeNames[static_cast<std::size_t>(size)].c_str();
}

const char* accessMethodName(AccessMethod method)
{
    return kAccessMethodNames[static_cast<std::size_t>(method)].c_str();
}

std::vector<std::string> clampSettings(Settings& settings)
{
    std::vector<std::string> notes;
    settings.textSizePercent = textSizeWithNote(settings.textSizePercent, notes);
    for (const NumberSetting& number : kNumberSettings)
        settings.*number.member = clampWithNote(settings.*number.member, number.minimum, number.maximum,
                                                number.words, number.unit, notes);
    separateSwitchKeys(settings, notes);
    return notes;
}

// [SECTION] Reading

namespace {

class SettingsReader {
public:
    SettingsReader(const JsonFile& file, std::vector<std::string>& notes) : m_file(file), m_notes(notes) {}

    Settings read()
    {
        JsonObjectReader reader(m_file, JsonPointer(), "The settings file");
        readHeader(reader);
        if (reader.has("text_size_percent")) {
            const std::int64_t percent = reader.requireInteger("text_size_percent");
            std::vector<std::string> notes;
            m_settings.textSizePercent = textSizeWithNote(percent, notes);
            addNotes(reader.pointerTo("text_size_percent"), notes);
        }
        if (reader.has("theme"))
            m_settings.themeId = reader.requireId("theme");
        if (reader.has("font"))
            m_settings.font = enumFromName<FontChoice>(kFontNames, reader.requireChoice("font", kFontNames));
        if (reader.has("card_size"))
            m_settings.cardSize =
                enumFromName<CardSize>(kCardSizeNames, reader.requireChoice("card_size", kCardSizeNames));
        if (reader.has("access_method"))
            m_settings.accessMethod = enumFromName<AccessMethod>(
                kAccessMethodNames, reader.requireChoice("access_method", kAccessMethodNames));
        readNumbers(reader, nullptr);
        if (reader.has("switch_keys"))
            readSwitchKeys(reader.requireObject("switch_keys"));
        m_settings.confirmBeforeDelete = reader.optionalBool("confirm_before_delete", m_settings.confirmBeforeDelete);
        m_settings.speakFirst = reader.optionalBool("speak_first", m_settings.speakFirst);
        m_settings.readPromptsAloud = reader.optionalBool("read_prompts_aloud", m_settings.readPromptsAloud);
        m_settings.soundCues = reader.optionalBool("sound_cues", m_settings.soundCues);
        if (reader.has("speech"))
            readSpeech(reader.requireObject("speech"));
        reader.finish();
        return m_settings;
    }

private:
    void readHeader(JsonObjectReader& reader)
    {
        if (reader.requireString("format") != "rightjob-settings")
            reader.failAt("format", "this is not a Right Job settings file (\"format\" should be "
                                    "\"rightjob-settings\").");
        const std::int64_t version = reader.requireInteger("format_version");
        if (version > kSettingsFormatVersion)
            reader.failAt("format_version", "these settings were made by a newer Right Job (format version "
                                                + std::to_string(version) + ").");
        if (version != kSettingsFormatVersion)
            reader.failAt("format_version", "format version " + std::to_string(version) + " is not known.");
    }

    // The whole-number settings that sit in the object group (nullptr: the top level).
    void readNumbers(JsonObjectReader& reader, const char* group)
    {
        for (const NumberSetting& number : kNumberSettings) {
            const bool sameGroup = group == nullptr ? number.group == nullptr
                                                    : number.group != nullptr && std::string(number.group) == group;
            if (!sameGroup || !reader.has(number.key))
                continue;
            const std::int64_t value = reader.requireInteger(number.key);
            std::vector<std::string> notes;
            m_settings.*number.member =
                clampWithNote(value, number.minimum, number.maximum, number.words, number.unit, notes);
            addNotes(reader.pointerTo(number.key), notes);
        }
    }

    void readSwitchKeys(const JsonPointer& pointer)
    {
        JsonObjectReader reader(m_file, pointer, "The switch keys");
        if (reader.has("select"))
            m_settings.selectKey = reader.requireString("select");
        if (reader.has("move"))
            m_settings.moveKey = reader.requireString("move");
        reader.finish();
        std::vector<std::string> notes;
        separateSwitchKeys(m_settings, notes);
        addNotes(pointer, notes);
    }

    void readSpeech(const JsonPointer& pointer)
    {
        JsonObjectReader reader(m_file, pointer, "The speech settings");
        if (reader.has("voice"))
            m_settings.voice = reader.requireString("voice");
        readNumbers(reader, "speech");
        reader.finish();
    }

    void addNotes(const JsonPointer& pointer, const std::vector<std::string>& notes)
    {
        for (const std::string& note : notes)
            m_notes.push_back(describeDataError(m_file.fileName(), m_file.placeOf(pointer), note));
    }

    const JsonFile& m_file;
    std::vector<std::string>& m_notes;
    Settings m_settings;
};

} // namespace

Settings parseSettings(const std::string& text, const std::string& fileName, std::vector<std::string>& notes)
{
    const JsonFile file = JsonFile::parse(text, fileName);
    std::vector<std::string> found;
    Settings settings = SettingsReader(file, found).read();
    notes.insert(notes.end(), found.begin(), found.end());
    return settings;
}

// [SECTION] Writing

std::string writeSettings(const Settings& settings)
{
    OrderedJson root;
    root["format"] = "rightjob-settings";
    root["format_version"] = kSettingsFormatVersion;
    root["text_size_percent"] = settings.textSizePercent;
    root["theme"] = settings.themeId;
    root["font"] = fontChoiceName(settings.font);
    root["card_size"] = cardSizeName(settings.cardSize);
    root["access_method"] = accessMethodName(settings.accessMethod);
    root["dwell_ms"] = settings.dwellMs;
    root["scan_step_ms"] = settings.scanStepMs;
    root["switch_keys"] = OrderedJson{{"select", settings.selectKey}, {"move", settings.moveKey}};
    root["confirm_before_delete"] = settings.confirmBeforeDelete;
    root["speak_first"] = settings.speakFirst;
    root["read_prompts_aloud"] = settings.readPromptsAloud;
    root["sound_cues"] = settings.soundCues;
    root["speech"] = OrderedJson{{"voice", settings.voice},
                                 {"words_per_minute", settings.speechWordsPerMinute},
                                 {"pitch", settings.speechPitch},
                                 {"volume", settings.speechVolume}};
    return root.dump(2) + "\n";
}

// [SECTION] Loading and saving

std::string settingsPath(const std::string& dataFolder)
{
    return dataFolder + "/settings.json";
}

SettingsLoadOutcome loadSettingsWithReport(const std::string& path)
{
    SettingsLoadOutcome outcome;
    std::error_code error;
    if (!std::filesystem::exists(std::filesystem::symlink_status(path, error))) {
        outcome.state = SettingsFileState::Missing;
        return outcome;
    }
    try {
        const JsonFile file = JsonFile::load(path);
        outcome.settings = SettingsReader(file, outcome.notes).read();
        outcome.state = SettingsFileState::Good;
    } catch (const DataError& problem) {
        outcome = {};
        outcome.state = SettingsFileState::Damaged;
        outcome.problem = std::string(problem.what()) + " Right Job is using the usual settings instead.";
    } catch (const std::exception& problem) {
        outcome = {};
        outcome.state = SettingsFileState::Damaged;
        outcome.problem = path + ": the settings cannot be read (" + problem.what()
                          + "). Right Job is using the usual settings instead.";
    }
    return outcome;
}

Settings loadSettings(const std::string& path)
{
    return loadSettingsWithReport(path).settings;
}

namespace {

// "<folder>/settings.damaged-2026-10-05T10-00-00Z.json" beside path, not yet taken.
std::string damagedCopyPath(FileSystem& files, const std::string& path, std::int64_t seconds)
{
    const std::string folder = parentFolder(path);
    const auto slash = path.find_last_of('/');
    std::string stem = slash == std::string::npos ? path : path.substr(slash + 1);
    if (stem.size() > 5 && stem.compare(stem.size() - 5, 5, ".json") == 0)
        stem.erase(stem.size() - 5);
    std::string stamp = formatUtc(seconds);
    std::replace(stamp.begin(), stamp.end(), ':', '-');
    const std::string start = folder + "/" + stem + ".damaged-" + stamp;
    std::string aside = start + ".json";
    for (int extra = 2; files.exists(aside); ++extra)
        aside = start + "-" + std::to_string(extra) + ".json";
    return aside;
}

} // namespace

FileResult saveSettings(FileSystem& files, const std::string& path, const Settings& settings, Clock& clock)
{
    FileResult result = files.makeFolders(parentFolder(path));
    if (!result.ok)
        return result;
    if (files.exists(path) && loadSettingsWithReport(path).state == SettingsFileState::Damaged) {
        // Kept as a second name (or a copy) first, so that at every moment
        // there is a settings file and the unreadable one is never lost.
        result = files.keepCopy(path, damagedCopyPath(files, path, clock.nowSeconds()));
        if (!result.ok)
            return result;
    }
    return writeFileAtomically(files, path, writeSettings(settings));
}

} // namespace rightjob::core
