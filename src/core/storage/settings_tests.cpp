#include "core/storage/settings.h"

#include "core/base/json_file.h"
#include "test_support.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <sys/stat.h>

using namespace rightjob::core;
using rightjob::testing::TemporaryFolder;
using rightjob::testing::writeTextFile;

namespace {

// 2026-10-05T10:00:00Z
constexpr std::int64_t kSomeTime = 1791194400;

unsigned permissionsOf(const std::string& path)
{
    struct stat info {};
    REQUIRE(::stat(path.c_str(), &info) == 0);
    return info.st_mode & 0777;
}

// Every setting changed from its default, each to a value inside its range.
Settings everythingChanged()
{
    Settings settings;
    settings.textSizePercent = 175;
    settings.themeId = "high_contrast";
    settings.font = FontChoice::OpenDyslexic;
    settings.cardSize = CardSize::Large;
    settings.accessMethod = AccessMethod::TwoSwitch;
    settings.dwellMs = 2750;
    settings.scanStepMs = 900;
    settings.selectKey = "F1";
    settings.moveKey = "Keypad Enter";
    settings.confirmBeforeDelete = false;
    settings.speakFirst = true;
    settings.readPromptsAloud = false;
    settings.soundCues = false;
    settings.voice = "en-gb+f3";
    settings.speechWordsPerMinute = 95;
    settings.speechPitch = 12;
    settings.speechVolume = 180;
    return settings;
}

// A settings file with the given lines between the header and the end.
std::string settingsText(const std::string& body)
{
    return "{\n  \"format\": \"rightjob-settings\",\n  \"format_version\": 1" + (body.empty() ? "" : ",\n" + body)
           + "\n}\n";
}

// The names in a folder that start with prefix.
std::vector<std::string> namesStartingWith(const std::string& folder, const std::string& prefix)
{
    std::vector<std::string> found;
    for (const auto& name : realFileSystem().listFolder(folder))
        if (name.rfind(prefix, 0) == 0)
            found.push_back(name);
    std::sort(found.begin(), found.end());
    return found;
}


} // namespace

TEST_CASE("With no settings file the defaults are used and nothing is written", "[settings]")
{
    TemporaryFolder folder;
    const std::string path = settingsPath(folder.path());
    CHECK(path == folder.path() + "/settings.json");
    const SettingsLoadOutcome outcome = loadSettingsWithReport(path);
    CHECK(outcome.state == SettingsFileState::Missing);
    CHECK(outcome.problem.empty());
    CHECK(outcome.notes.empty());
    CHECK(outcome.settings == Settings{});
    CHECK(loadSettings(path) == Settings{});
    CHECK_FALSE(realFileSystem().exists(path));
}

TEST_CASE("The defaults are the ones the design asks for", "[settings]")
{
    const Settings settings;
    CHECK(settings.textSizePercent == 100);
    CHECK(settings.themeId == "standard");
    CHECK(settings.font == FontChoice::Andika);
    CHECK(settings.cardSize == CardSize::Medium);
    CHECK(settings.accessMethod == AccessMethod::Touch);
    CHECK(settings.dwellMs == 1200);
    CHECK(settings.scanStepMs == 1500);
    CHECK(settings.selectKey == "Space");
    CHECK(settings.moveKey == "Return");
    CHECK(settings.confirmBeforeDelete);
    CHECK_FALSE(settings.speakFirst);
    CHECK(settings.readPromptsAloud);
    CHECK(settings.soundCues);
    CHECK(settings.voice == "en-gb");
    CHECK(settings.speechWordsPerMinute == 150);
    CHECK(settings.speechPitch == 50);
    CHECK(settings.speechVolume == 100);
    Settings copy = settings;
    CHECK(clampSettings(copy).empty());
    CHECK(copy == settings);
}

TEST_CASE("Settings round-trip exactly through the file", "[settings][storage]")
{
    TemporaryFolder folder;
    const std::string path = settingsPath(folder.path() + "/data");
    const Settings changed = everythingChanged();
    REQUIRE(changed != Settings{});
    const FileResult result = saveSettings(realFileSystem(), path, changed);
    REQUIRE(result.ok);

    const SettingsLoadOutcome outcome = loadSettingsWithReport(path);
    CHECK(outcome.state == SettingsFileState::Good);
    CHECK(outcome.notes.empty());
    CHECK(outcome.settings == changed);
    CHECK(readWholeFile(path) == writeSettings(changed));

    SECTION("each choice of every word setting survives")
    {
        for (const FontChoice font : {FontChoice::Andika, FontChoice::OpenDyslexic})
            for (const CardSize size : {CardSize::Small, CardSize::Medium, CardSize::Large})
                for (const AccessMethod method : {AccessMethod::Touch, AccessMethod::Dwell, AccessMethod::OneSwitch,
                                                  AccessMethod::TwoSwitch}) {
                    Settings settings = changed;
                    settings.font = font;
                    settings.cardSize = size;
                    settings.accessMethod = method;
                    std::vector<std::string> notes;
                    CHECK(parseSettings(writeSettings(settings), "settings.json", notes) == settings);
                    CHECK(notes.empty());
                }
    }
    SECTION("each text size survives, and the ends of every range")
    {
        for (const int percent : kTextSizeChoices) {
            Settings settings;
            settings.textSizePercent = percent;
            settings.dwellMs = percent == 100 ? kMinimumDwellMs : kMaximumDwellMs;
            settings.scanStepMs = percent == 100 ? kMinimumScanStepMs : kMaximumScanStepMs;
            settings.speechWordsPerMinute = percent == 100 ? 80 : 300;
            settings.speechPitch = percent == 100 ? 0 : 100;
            settings.speechVolume = percent == 100 ? 0 : 200;
            std::vector<std::string> notes;
            CHECK(parseSettings(writeSettings(settings), "settings.json", notes) == settings);
            CHECK(notes.empty());
        }
    }
}

TEST_CASE("The settings file is private and written atomically", "[settings][storage][privacy]")
{
    TemporaryFolder folder;
    const std::string dataFolder = folder.path() + "/new/data";
    const std::string path = settingsPath(dataFolder);
    REQUIRE(saveSettings(realFileSystem(), path, Settings{}).ok);
    CHECK(permissionsOf(path) == 0600);
    CHECK(permissionsOf(dataFolder) == 0700);
    Settings bigger;
    bigger.textSizePercent = 200;
    REQUIRE(saveSettings(realFileSystem(), path, bigger).ok);
    CHECK(loadSettings(path) == bigger);
    CHECK(permissionsOf(path) == 0600);
    // No temporary files and no damaged copies are left behind.
    CHECK(realFileSystem().listFolder(dataFolder) == std::vector<std::string>{"settings.json"});
}

TEST_CASE("The file names its format and version and every setting", "[settings]")
{
    const Json root = Json::parse(writeSettings(Settings{}));
    CHECK(root["format"] == "rightjob-settings");
    CHECK(root["format_version"] == 1);
    CHECK(root["text_size_percent"] == 100);
    CHECK(root["theme"] == "standard");
    CHECK(root["font"] == "andika");
    CHECK(root["card_size"] == "medium");
    CHECK(root["access_method"] == "touch");
    CHECK(root["dwell_ms"] == 1200);
    CHECK(root["scan_step_ms"] == 1500);
    CHECK(root["switch_keys"]["select"] == "Space");
    CHECK(root["switch_keys"]["move"] == "Return");
    CHECK(root["confirm_before_delete"] == true);
    CHECK(root["speak_first"] == false);
    CHECK(root["read_prompts_aloud"] == true);
    CHECK(root["sound_cues"] == true);
    CHECK(root["speech"]["voice"] == "en-gb");
    CHECK(root["speech"]["words_per_minute"] == 150);
    CHECK(root["speech"]["pitch"] == 50);
    CHECK(root["speech"]["volume"] == 100);
    CHECK(root.size() == 15);
}

TEST_CASE("Settings a file leaves out keep their defaults", "[settings]")
{
    std::vector<std::string> notes;
    const Settings settings =
        parseSettings(settingsText("  \"theme\": \"cream\",\n  \"speech\": {\"pitch\": 70}"), "settings.json", notes);
    Settings expected;
    expected.themeId = "cream";
    expected.speechPitch = 70;
    CHECK(settings == expected);
    CHECK(notes.empty());
    CHECK(parseSettings(settingsText(""), "settings.json", notes) == Settings{});
}

TEST_CASE("Numbers out of range are moved into it, with a note", "[settings]")
{
    TemporaryFolder folder;
    const std::string path = settingsPath(folder.path());
    const std::string text = settingsText("  \"text_size_percent\": 130,\n"
                                          "  \"dwell_ms\": 100,\n"
                                          "  \"scan_step_ms\": 99999999999,\n"
                                          "  \"speech\": {\"words_per_minute\": 500, \"pitch\": -3, \"volume\": 201}");
    writeTextFile(path, text);
    const SettingsLoadOutcome outcome = loadSettingsWithReport(path);
    CHECK(outcome.state == SettingsFileState::Good);
    CHECK(outcome.problem.empty());
    CHECK(outcome.settings.textSizePercent == 125);
    CHECK(outcome.settings.dwellMs == 500);
    CHECK(outcome.settings.scanStepMs == 5000);
    CHECK(outcome.settings.speechWordsPerMinute == 300);
    CHECK(outcome.settings.speechPitch == 0);
    CHECK(outcome.settings.speechVolume == 200);
    REQUIRE(outcome.notes.size() == 6);
    CHECK_THAT(outcome.notes[0], Catch::StartsWith(path + ", line 4") && Catch::Contains("now 125%"));
    CHECK_THAT(outcome.notes[1], Catch::StartsWith(path + ", line 5")
                                     && Catch::Contains("The dwell time was 100 ms; it can be 500 ms to 5000 ms, "
                                                        "so it is now 500 ms."));
    CHECK_THAT(outcome.notes[2], Catch::Contains("now 5000 ms"));
    CHECK_THAT(outcome.notes[3], Catch::Contains("speech rate") && Catch::Contains("now 300 words a minute"));
    CHECK_THAT(outcome.notes[4], Catch::Contains("pitch was -3"));
    CHECK_THAT(outcome.notes[5], Catch::Contains("volume was 201"));
    // Reading never changes the file.
    CHECK(readWholeFile(path) == text);

    SECTION("text sizes snap to the nearest offered step")
    {
        for (const auto& [given, expected] : std::vector<std::pair<int, int>>{
                 {0, 100}, {112, 100}, {113, 125}, {150, 150}, {190, 200}, {260, 200}, {-2147483647, 100}}) {
            Settings settings;
            settings.textSizePercent = given;
            const auto notes = clampSettings(settings);
            CHECK(settings.textSizePercent == expected);
            CHECK(notes.size() == (given == expected ? 0u : 1u));
        }
    }
}

TEST_CASE("Two equal switch keys go back to the defaults, with a note", "[settings]")
{
    std::vector<std::string> notes;
    const Settings settings = parseSettings(
        settingsText("  \"switch_keys\": {\"select\": \"Tab\", \"move\": \"Tab\"}"), "settings.json", notes);
    CHECK(settings.selectKey == "Space");
    CHECK(settings.moveKey == "Return");
    REQUIRE(notes.size() == 1);
    CHECK_THAT(notes[0], Catch::Contains("both the key \"Tab\""));
}

TEST_CASE("A settings file that cannot be read gives the defaults and says why", "[settings]")
{
    TemporaryFolder folder;
    const std::string path = settingsPath(folder.path());
    const std::string good = writeSettings(everythingChanged());

    struct Case {
        const char* what;
        std::string text;
        const char* says;
    };
    const std::vector<Case> cases = {
        {"cut short", good.substr(0, good.size() / 2), "ends too soon"},
        {"empty", "", "empty"},
        {"not JSON", "text_size = 150\n", "not valid JSON"},
        {"an unknown key", settingsText("  \"text_size\": 150"), "text_size"},
        {"an unknown key inside", settingsText("  \"speech\": {\"speed\": 150}"), "speed"},
        {"a wrong type", settingsText("  \"dwell_ms\": \"slow\""), "whole number"},
        {"a fraction", settingsText("  \"dwell_ms\": 1200.5"), "whole number"},
        {"an unknown word", settingsText("  \"card_size\": \"huge\""), "\"small\", \"medium\" or \"large\""},
        {"a bad theme id", settingsText("  \"theme\": \"High Contrast\""), "an id"},
        {"an empty key name", settingsText("  \"switch_keys\": {\"select\": \"\"}"), "select"},
        {"another format", "{\"format\": \"rightjob-profile\", \"format_version\": 1}", "not a Right Job settings"},
        {"a newer version", "{\"format\": \"rightjob-settings\", \"format_version\": 2}", "newer Right Job"},
        {"an older version", "{\"format\": \"rightjob-settings\", \"format_version\": 0}", "not known"},
        {"not an object", "[1, 2, 3]\n", "settings"},
    };
    for (const Case& bad : cases) {
        INFO(bad.what);
        writeTextFile(path, bad.text);
        const SettingsLoadOutcome outcome = loadSettingsWithReport(path);
        CHECK(outcome.state == SettingsFileState::Damaged);
        CHECK(outcome.settings == Settings{});
        CHECK_THAT(outcome.problem, Catch::StartsWith(path) && Catch::Contains(bad.says)
                                        && Catch::EndsWith("Right Job is using the usual settings instead."));
        CHECK(loadSettings(path) == Settings{});
        CHECK(readWholeFile(path) == bad.text);
    }
}

TEST_CASE("A damaged settings file is kept aside before the first save over it", "[settings][storage]")
{
    TemporaryFolder folder;
    const std::string path = settingsPath(folder.path());
    const std::string damaged = "{\n  \"format\": \"rightjob-settings\",\n  \"format_version\": 1,\n  \"dwell";
    writeTextFile(path, damaged);
    REQUIRE(loadSettingsWithReport(path).state == SettingsFileState::Damaged);
    ManualClock clock(kSomeTime);

    Settings changed;
    changed.textSizePercent = 150;
    REQUIRE(saveSettings(realFileSystem(), path, changed, clock).ok);
    CHECK(loadSettings(path) == changed);
    const std::string asideName = "settings.damaged-2026-10-05T10-00-00Z.json";
    CHECK(namesStartingWith(folder.path(), "settings.damaged-") == std::vector<std::string>{asideName});
    CHECK(readWholeFile(folder.file(asideName)) == damaged);

    // A good file is simply replaced: no more copies.
    changed.textSizePercent = 175;
    REQUIRE(saveSettings(realFileSystem(), path, changed, clock).ok);
    CHECK(namesStartingWith(folder.path(), "settings.damaged-").size() == 1);

    // Damaged again in the same second: the earlier copy is not replaced.
    writeTextFile(path, "nonsense");
    REQUIRE(saveSettings(realFileSystem(), path, changed, clock).ok);
    CHECK(namesStartingWith(folder.path(), "settings.damaged-")
          == std::vector<std::string>{"settings.damaged-2026-10-05T10-00-00Z-2.json", asideName});
    CHECK(readWholeFile(folder.file(asideName)) == damaged);
    CHECK(readWholeFile(folder.file("settings.damaged-2026-10-05T10-00-00Z-2.json")) == "nonsense");
    CHECK(loadSettings(path) == changed);
}

TEST_CASE("A settings file from a newer Right Job is kept aside, not lost", "[settings][storage]")
{
    TemporaryFolder folder;
    const std::string path = settingsPath(folder.path());
    const std::string newer = "{\"format\": \"rightjob-settings\", \"format_version\": 9, \"hologram\": true}\n";
    writeTextFile(path, newer);
    ManualClock clock(kSomeTime);
    REQUIRE(saveSettings(realFileSystem(), path, Settings{}, clock).ok);
    CHECK(readWholeFile(folder.file("settings.damaged-2026-10-05T10-00-00Z.json")) == newer);
}

TEST_CASE("A failed save leaves the settings on disk as they were", "[settings][storage]")
{
    TemporaryFolder folder;
    const std::string path = settingsPath(folder.path());
    rightjob::testing::FailingFileSystem files;
    const Settings before = everythingChanged();
    REQUIRE(saveSettings(files, path, before).ok);

    files.failing = true;
    const FileResult result = saveSettings(files, path, Settings{});
    CHECK_FALSE(result.ok);
    CHECK_THAT(result.problem, Catch::Contains("the disk is full"));
    CHECK(loadSettings(path) == before);
    CHECK(realFileSystem().listFolder(folder.path()) == std::vector<std::string>{"settings.json"});

    SECTION("and a damaged file stays where it is")
    {
        files.failing = false;
        writeTextFile(path, "{");
        files.failing = true;
        ManualClock clock(kSomeTime);
        CHECK_FALSE(saveSettings(files, path, Settings{}, clock).ok);
        CHECK(readWholeFile(path) == "{");
    }
}

TEST_CASE("Setting names are the words the file uses", "[settings]")
{
    CHECK(std::string(fontChoiceName(FontChoice::OpenDyslexic)) == "opendyslexic");
    CHECK(std::string(cardSizeName(CardSize::Small)) == "small");
    CHECK(std::string(accessMethodName(AccessMethod::OneSwitch)) == "one_switch");
    CHECK(std::string(accessMethodName(AccessMethod::TwoSwitch)) == "two_switch");
}
