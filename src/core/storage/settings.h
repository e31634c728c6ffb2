// The program's settings (docs/settings-format.md): how things look, how the
// person points and chooses, and how Right Job speaks. They are one small
// JSON file in the data folder, saved at once whenever a setting changes. A
// file that cannot be read is never written over until the person changes a
// setting, and then it is first set aside as settings.damaged-<time>.json.
#pragma once

#include "core/base/clock.h"
#include "core/base/file_system.h"

#include <string>
#include <vector>

namespace rightjob::core {

// [SECTION] The settings

// The format version this program reads and writes.
inline constexpr int kSettingsFormatVersion = 1;

// The text sizes offered, in percent of the default size, smallest first.
inline constexpr int kTextSizeChoices[] = {100, 125, 150, 175, 200};
inline constexpr int kDefaultTextSizePercent = 100;

// How long the pointer must rest on a target to choose it, in milliseconds.
inline constexpr int kMinimumDwellMs = 500;
inline constexpr int kMaximumDwellMs = 5000;
inline constexpr int kDefaultDwellMs = 1200;

// How long switch scanning stays on each row or item, in milliseconds.
inline constexpr int kMinimumScanStepMs = 500;
inline constexpr int kMaximumScanStepMs = 5000;
inline constexpr int kDefaultScanStepMs = 1500;

// The voice. The speech library accepts a wider range of speeds; the
// settings keep to the ones a new listener can follow.
inline constexpr const char* kDefaultSettingsVoice = "en-gb";
inline constexpr int kMinimumSpeechWordsPerMinute = 80;
inline constexpr int kMaximumSpeechWordsPerMinute = 300;
inline constexpr int kDefaultSpeechWordsPerMinute = 150;
inline constexpr int kMinimumSpeechPitch = 0;
inline constexpr int kMaximumSpeechPitch = 100;
inline constexpr int kDefaultSpeechPitch = 50;
inline constexpr int kMinimumSpeechVolume = 0;
inline constexpr int kMaximumSpeechVolume = 200;
inline constexpr int kDefaultSpeechVolume = 100;

// The switch keys by default, as SDL names them (SDL_GetKeyName): the space
// bar chooses, the Enter key moves.
inline constexpr const char* kDefaultSelectKey = "Space";
inline constexpr const char* kDefaultMoveKey = "Return";

// The font for text: Andika (made for new readers) or OpenDyslexic.
enum class FontChoice { Andika, OpenDyslexic };

// How big picture cards are drawn, beside the text size.
enum class CardSize { Small, Medium, Large };

// How the person points at and chooses things.
enum class AccessMethod {
    Touch,     // touch, a mouse, a keyboard, or a pointer that clicks
    Dwell,     // resting the pointer on a target chooses it
    OneSwitch, // one switch with automatic scanning
    TwoSwitch, // one switch moves, the other chooses
};

// Every setting, with the value a new installation starts with.
struct Settings {
    int textSizePercent = kDefaultTextSizePercent; // one of kTextSizeChoices
    std::string themeId = "standard";              // an id from assets/themes.json
    FontChoice font = FontChoice::Andika;
    CardSize cardSize = CardSize::Medium;
    AccessMethod accessMethod = AccessMethod::Touch;
    int dwellMs = kDefaultDwellMs;
    int scanStepMs = kDefaultScanStepMs;
    std::string selectKey = kDefaultSelectKey; // an SDL key name
    std::string moveKey = kDefaultMoveKey;     // an SDL key name, not the same as selectKey
    bool confirmBeforeDelete = true;
    bool speakFirst = false;     // the first tap speaks, the second chooses
    bool readPromptsAloud = true;
    bool soundCues = true;
    std::string voice = kDefaultSettingsVoice; // as the speech library takes it: "en-gb", "en-gb+f3"
    int speechWordsPerMinute = kDefaultSpeechWordsPerMinute;
    int speechPitch = kDefaultSpeechPitch;
    int speechVolume = kDefaultSpeechVolume;

    // True when every setting is the same.
    bool operator==(const Settings& other) const;
    // True when any setting differs.
    bool operator!=(const Settings& other) const;
};

// The word a font is written as in the file: "andika" or "opendyslexic".
const char* fontChoiceName(FontChoice font);
// The word a card size is written as in the file: "small", "medium" or "large".
const char* cardSizeName(CardSize size);
// The word an access method is written as in the file: "touch", "dwell", "one_switch" or "two_switch".
const char* accessMethodName(AccessMethod method);

// Moves every number into its range (a text size to the nearest choice) and
// gives two equal switch keys back their defaults. Returns a note in plain
// words for each setting it changed; empty when all were fine.
std::vector<std::string> clampSettings(Settings& settings);

// [SECTION] Reading and writing

// The settings file in a data folder: <dataFolder>/settings.json.
std::string settingsPath(const std::string& dataFolder);

// Parses the text of a settings file; fileName is used only in messages.
// Settings the file leaves out keep their defaults; numbers out of range are
// moved into it, with a note added to notes for each. Throws DataError (with
// the line) for bad JSON, another format or a newer version, an unknown key,
// a value of the wrong type, or a word that is not one of the choices.
Settings parseSettings(const std::string& text, const std::string& fileName, std::vector<std::string>& notes);

// The settings as the text of a settings file of the current version, every
// setting written out, in a fixed order. parseSettings gives them back exactly.
std::string writeSettings(const Settings& settings);

// What was found at a settings path.
enum class SettingsFileState {
    Missing, // no file yet: the defaults
    Good,    // read (perhaps with some numbers moved into range)
    Damaged, // cannot be read, or made by a newer Right Job: the defaults
};

// The settings loaded from a file, and what the program should tell people.
struct SettingsLoadOutcome {
    Settings settings;
    SettingsFileState state = SettingsFileState::Missing;
    std::string problem;            // plain words with the file and place, when Damaged
    std::vector<std::string> notes; // one for each value moved into range, when Good
};

// Reads the settings at path. Never throws and never changes anything on
// disk: a missing file gives the defaults, a damaged one the defaults and
// the problem.
SettingsLoadOutcome loadSettingsWithReport(const std::string& path);

// The settings at path, or the defaults when the file is missing or cannot
// be read (use loadSettingsWithReport to tell the person why).
Settings loadSettings(const std::string& path);

// Saves settings to path atomically (a temporary file, fsync, rename), as a
// file only its owner can read (0600), making the folder (0700) when needed.
// When the file already there cannot be read it is first renamed, never
// erased, to settings.damaged-<time>.json beside it (time from clock). On
// failure the file on disk is as it was and the problem is in plain words.
FileResult saveSettings(FileSystem& files, const std::string& path, const Settings& settings,
                        Clock& clock = systemClock());

} // namespace rightjob::core
