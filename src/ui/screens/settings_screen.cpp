// [SECTION] A row of choices
// [SECTION] The screen
// [SECTION] Switch keys
// [SECTION] Voice and sounds

#include "ui/screens/settings_screen.h"

#include "ui/app.h"
#include "ui/widgets/tile.h"

#include <SDL.h>

#include <algorithm>

namespace rightjob::ui {

namespace {

// [SECTION] A row of choices

struct Choice {
    std::string id;    // unique on the screen
    std::string words; // shown and said
    std::string symbol;
    bool chosen = false;
};

// Draws a heading and a row of toggle tiles; returns the index tapped, or -1.
int choiceRow(UiContext& ui, const std::string& heading, const std::vector<Choice>& choices, float tileWidth)
{
    ImGui::PushFont(ui.window.boldFont());
    ImGui::TextWrapped("%s", heading.c_str());
    ImGui::PopFont();
    const float gap = ui.em(0.5f);
    const int columns = columnsFor(ImGui::GetContentRegionAvail().x, tileWidth, gap);
    int tapped = -1;
    for (std::size_t i = 0; i < choices.size(); ++i) {
        if (i % columns != 0)
            ImGui::SameLine(0, gap);
        TileContent content;
        content.id = choices[i].id;
        content.label = choices[i].words;
        content.spoken = heading + ": " + choices[i].words + (choices[i].chosen ? ", chosen" : "");
        content.symbol = choices[i].symbol;
        content.role = TargetRole::Toggle;
        content.style = choices[i].chosen ? TileStyle::Accent : TileStyle::Card;
        if (tile(ui, content, ImVec2(tileWidth, ui.em(2.8f)), choices[i].symbol.empty() ? PictureSide::Top
                                                                                          : PictureSide::Left))
            tapped = static_cast<int>(i);
    }
    ImGui::Dummy(ImVec2(0, ui.em(0.6f)));
    return tapped;
}

// A time in ms shown as seconds: "1.5 seconds".
std::string seconds(int milliseconds)
{
    const int tenths = (milliseconds + 50) / 100;
    return std::to_string(tenths / 10) + (tenths % 10 ? "." + std::to_string(tenths % 10) : "") + " seconds";
}

} // namespace

// [SECTION] The screen

void SettingsScreen::draw(App& app, UiContext& ui)
{
    core::Settings settings = app.settings();
    const core::Settings before = settings;
    const float width = ui.em(8.0f);

    if (!app.settingsProblem().empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, toImVec4(ui.theme().danger));
        ImGui::TextWrapped("The settings file was damaged, so Right Job uses the usual settings.");
        ImGui::PopStyleColor();
        ImGui::Dummy(ImVec2(0, ui.em(0.4f)));
    }

    std::vector<Choice> sizes;
    for (int percent : core::kTextSizeChoices)
        sizes.push_back({"text-size:" + std::to_string(percent), std::to_string(percent) + "%", "",
                         settings.textSizePercent == percent});
    if (int tapped = choiceRow(ui, "Text size", sizes, ui.em(5.0f)); tapped >= 0)
        settings.textSizePercent = core::kTextSizeChoices[tapped];

    const std::vector<std::pair<std::string, std::string>> themes = {
        {"standard", "Standard"}, {"high_contrast", "High contrast"}, {"dark", "Dark"}, {"cream", "Cream"}};
    std::vector<Choice> themeChoices;
    for (const auto& [id, words] : themes)
        themeChoices.push_back({"theme:" + id, words, "artist-palette", settings.themeId == id});
    if (int tapped = choiceRow(ui, "Colours", themeChoices, ui.em(9.5f)); tapped >= 0)
        settings.themeId = themes[tapped].first;

    if (int tapped = choiceRow(ui, "Letters",
                               {{"font:andika", "Andika", "", settings.font == core::FontChoice::Andika},
                                {"font:opendyslexic", "OpenDyslexic", "",
                                 settings.font == core::FontChoice::OpenDyslexic}},
                               ui.em(9.0f));
        tapped >= 0)
        settings.font = tapped == 0 ? core::FontChoice::Andika : core::FontChoice::OpenDyslexic;

    if (int tapped = choiceRow(ui, "Card size",
                               {{"card-size:small", "Small", "", settings.cardSize == core::CardSize::Small},
                                {"card-size:medium", "Medium", "", settings.cardSize == core::CardSize::Medium},
                                {"card-size:large", "Large", "", settings.cardSize == core::CardSize::Large}},
                               width);
        tapped >= 0)
        settings.cardSize = static_cast<core::CardSize>(tapped);

    const std::vector<std::pair<core::AccessMethod, std::string>> methods = {
        {core::AccessMethod::Touch, "Touch or mouse"},
        {core::AccessMethod::Dwell, "Rest the pointer"},
        {core::AccessMethod::OneSwitch, "1 switch"},
        {core::AccessMethod::TwoSwitch, "2 switches"}};
    std::vector<Choice> methodChoices;
    for (const auto& [method, words] : methods)
        methodChoices.push_back({std::string("access:") + core::accessMethodName(method), words, "",
                                 settings.accessMethod == method});
    if (int tapped = choiceRow(ui, "How you choose", methodChoices, ui.em(10.0f)); tapped >= 0)
        settings.accessMethod = methods[tapped].first;

    if (settings.accessMethod == core::AccessMethod::Dwell) {
        if (int tapped = choiceRow(ui, "Rest time: " + seconds(settings.dwellMs),
                                   {{"dwell:shorter", "Shorter", "minus", false},
                                    {"dwell:longer", "Longer", "plus", false}},
                                   width);
            tapped >= 0)
            settings.dwellMs += tapped == 0 ? -250 : 250;
    }
    if (settings.accessMethod == core::AccessMethod::OneSwitch || settings.accessMethod == core::AccessMethod::TwoSwitch) {
        if (int tapped = choiceRow(ui, "Scan time: " + seconds(settings.scanStepMs),
                                   {{"scan:shorter", "Shorter", "minus", false},
                                    {"scan:longer", "Longer", "plus", false}},
                                   width);
            tapped >= 0)
            settings.scanStepMs += tapped == 0 ? -250 : 250;
        drawSwitchKeys(app, ui, settings);
    }

    if (int tapped = choiceRow(ui, "Ask before deleting a person",
                               {{"confirm:yes", "Yes, ask", "", settings.confirmBeforeDelete},
                                {"confirm:no", "No", "", !settings.confirmBeforeDelete}},
                               width);
        tapped >= 0)
        settings.confirmBeforeDelete = tapped == 0;

    drawVoiceAndSounds(ui, settings);

    if (settings != before)
        app.changeSettings(settings);

    // Closing the program: every change is already saved (Ctrl+Q does the same).
    ImGui::Dummy(ImVec2(0, ui.em(0.8f)));
    TileContent close = buttonContent("quit", "Close Right Job", "cross-mark");
    close.spoken = "Close Right Job. Everything is saved.";
    if (tile(ui, close, ImVec2(std::min(ImGui::GetContentRegionAvail().x, ui.em(14.0f)), ui.em(3.2f)),
             PictureSide::Left))
        app.quit();
}

// [SECTION] Switch keys

namespace {

// A key as people call it: SDL's "Return" is the Enter key.
std::string keyShown(const std::string& sdlName)
{
    if (SDL_GetScancodeFromName(sdlName.c_str()) == SDL_SCANCODE_RETURN)
        return "Enter";
    return sdlName;
}

std::string switchWords(SwitchRole role)
{
    return role == SwitchRole::Move ? "the move switch" : "the choose switch";
}

} // namespace

void SettingsScreen::drawSwitchKeys(App& app, UiContext& ui, core::Settings& settings)
{
    AccessInput& access = app.access();
    // The key pressed since "Set the ... switch" was tapped: Escape keeps
    // the old one; the other switch's key is refused, and another is asked for.
    if (m_settingSwitch) {
        if (const std::optional<int> key = access.takeHeardKey()) {
            const SwitchRole role = *m_settingSwitch;
            const std::string name = SDL_GetScancodeName(static_cast<SDL_Scancode>(*key));
            const std::string& other = role == SwitchRole::Move ? settings.selectKey : settings.moveKey;
            const SwitchRole otherRole = role == SwitchRole::Move ? SwitchRole::Select : SwitchRole::Move;
            if (*key == SDL_SCANCODE_ESCAPE) {
                m_switchMessage = "You pressed Escape. The switch did not change.";
                m_settingSwitch.reset();
            } else if (name.empty()) {
                m_switchMessage = "Right Job cannot use that key. Press another key.";
                access.listenForKey();
            } else if (SDL_GetScancodeFromName(other.c_str()) == *key) {
                m_switchMessage = keyShown(name) + " is " + switchWords(otherRole) + " already. Press another key.";
                access.listenForKey();
            } else {
                (role == SwitchRole::Move ? settings.moveKey : settings.selectKey) = name;
                m_switchMessage = "Now " + switchWords(role) + " is " + keyShown(name) + ".";
                m_settingSwitch.reset();
            }
            ui.say(m_switchMessage, "switch-keys");
        } else if (!access.isListening()) {
            m_settingSwitch.reset(); // the screen was left while waiting
        }
    }

    ImGui::PushFont(ui.window.boldFont());
    ImGui::TextWrapped("Switch keys");
    ImGui::PopFont();
    std::vector<SwitchRole> roles = {SwitchRole::Select};
    if (settings.accessMethod == core::AccessMethod::TwoSwitch)
        roles.push_back(SwitchRole::Move);
    const float gap = ui.em(0.5f);
    const float width = ui.em(12.0f);
    const int columns = columnsFor(ImGui::GetContentRegionAvail().x, width, gap);
    for (std::size_t i = 0; i < roles.size(); ++i) {
        const SwitchRole role = roles[i];
        const bool waiting = m_settingSwitch == role;
        const std::string key = keyShown(role == SwitchRole::Move ? settings.moveKey : settings.selectKey);
        TileContent set = buttonContent(role == SwitchRole::Move ? "switch-key:move" : "switch-key:select",
                                        role == SwitchRole::Move ? "Set the move switch" : "Set the choose switch",
                                        role == SwitchRole::Move ? "right-arrow" : "check-mark");
        set.detail = waiting ? "Press a key now" : "Now: " + key;
        set.spoken = (role == SwitchRole::Move ? "Set the move switch. " : "Set the choose switch. ") + std::string("Now it is ")
                     + key + ".";
        set.style = waiting ? TileStyle::Accent : TileStyle::Card;
        if (i % columns != 0)
            ImGui::SameLine(0, gap);
        if (tile(ui, set, ImVec2(width, ui.em(3.6f)), PictureSide::Left)) {
            m_settingSwitch = role;
            m_switchMessage = "Press the switch you want to use.";
            access.listenForKey();
            ui.say(m_switchMessage, "switch-keys");
        }
    }
    if (m_settingSwitch) {
        // Escape cancels too; this is the way by touch.
        TileContent cancel = buttonContent("switch-key:cancel", "Cancel", "cross-mark");
        cancel.spoken = "Cancel. Keep the switch as it is.";
        if (static_cast<int>(roles.size()) % columns != 0)
            ImGui::SameLine(0, gap);
        if (tile(ui, cancel, ImVec2(ui.em(7.0f), ui.em(3.6f)), PictureSide::Left)) {
            access.stopListening();
            m_settingSwitch.reset();
            m_switchMessage = "The switch did not change.";
        }
    }
    if (!m_switchMessage.empty()) {
        ImGui::PushFont(ui.window.boldFont());
        ImGui::TextWrapped("%s", m_switchMessage.c_str());
        ImGui::PopFont();
    }
    ImGui::Dummy(ImVec2(0, ui.em(0.6f)));
}

// [SECTION] Voice and sounds

namespace {

// "en-gb" from "en-gb+f3", in small letters.
std::string voiceWithoutVariant(const std::string& voice)
{
    std::string plain = voice.substr(0, voice.find('+'));
    for (char& c : plain)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return plain;
}

// Draws "On" and "Off" under a heading; returns the new value.
bool onOffRow(UiContext& ui, const std::string& id, const std::string& heading, bool value)
{
    const int tapped = choiceRow(ui, heading, {{id + ":on", "On", "", value}, {id + ":off", "Off", "", !value}},
                                 ui.em(6.0f));
    return tapped < 0 ? value : tapped == 0;
}

} // namespace

void SettingsScreen::drawVoiceAndSounds(UiContext& ui, core::Settings& settings)
{
    ImGui::Dummy(ImVec2(0, ui.em(0.4f)));
    ImGui::PushFont(ui.window.headingFont());
    ImGui::TextWrapped("Voice and sounds");
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(0, ui.em(0.3f)));

    if (!m_voices) {
        try {
            m_voices = speech::installedVoices();
        } catch (const speech::SpeechError& error) {
            m_voices.emplace();
            m_voicesProblem = error.what();
        }
    }
    // English voices first; every installed voice when asked for.
    const std::string current = voiceWithoutVariant(settings.voice);
    std::vector<const speech::VoiceInfo*> shown;
    for (const auto& voice : *m_voices) {
        const bool chosen = voiceWithoutVariant(voice.language) == current || voiceWithoutVariant(voice.identifier) == current;
        if (m_showAllVoices || chosen || voice.language.rfind("en", 0) == 0)
            shown.push_back(&voice);
    }
    std::vector<Choice> voiceChoices;
    for (const auto* voice : shown)
        voiceChoices.push_back({"voice:" + voice->identifier, voice->name, "",
                                voiceWithoutVariant(voice->language) == current
                                    || voiceWithoutVariant(voice->identifier) == current});
    if (m_voices->empty()) {
        ImGui::TextWrapped("No voices were found. Right Job cannot speak.");
    } else if (const int tapped = choiceRow(ui, "Voice", voiceChoices, ui.em(13.0f)); tapped >= 0) {
        settings.voice = shown[static_cast<std::size_t>(tapped)]->language;
    }
    if (!m_voices->empty()) {
        TileContent more = buttonContent("voices:more", m_showAllVoices ? "Fewer voices" : "All voices", "");
        more.spoken = m_showAllVoices ? "Show only the English voices" : "Show all the voices";
        more.role = TargetRole::Toggle;
        if (tile(ui, more, ImVec2(ui.em(9.0f), ui.em(2.8f)), PictureSide::Top))
            m_showAllVoices = !m_showAllVoices;
        ImGui::SameLine(0, ui.em(0.5f));
    }
    TileContent tryVoice = buttonContent("try-voice", "Try the voice", "speaking-head");
    tryVoice.style = TileStyle::Accent;
    if (tile(ui, tryVoice, ImVec2(ui.em(11.0f), ui.em(2.8f)), PictureSide::Left))
        ui.say("Hello. This is how I sound.", "try-voice");
    ImGui::Dummy(ImVec2(0, ui.em(0.6f)));

    const float width = ui.em(8.0f);
    if (const int tapped = choiceRow(ui, "Speed: " + std::to_string(settings.speechWordsPerMinute) + " words a minute",
                                     {{"speed:slower", "Slower", "minus", false}, {"speed:faster", "Faster", "plus", false}},
                                     width);
        tapped >= 0)
        settings.speechWordsPerMinute += tapped == 0 ? -10 : 10;
    if (const int tapped = choiceRow(ui, "Pitch: " + std::to_string(settings.speechPitch),
                                     {{"pitch:lower", "Lower", "minus", false}, {"pitch:higher", "Higher", "plus", false}},
                                     width);
        tapped >= 0)
        settings.speechPitch += tapped == 0 ? -10 : 10;
    if (const int tapped = choiceRow(ui, "Volume: " + std::to_string(settings.speechVolume) + "%",
                                     {{"volume:quieter", "Quieter", "minus", false},
                                      {"volume:louder", "Louder", "plus", false}},
                                     width);
        tapped >= 0)
        settings.speechVolume += tapped == 0 ? -10 : 10;

    settings.speakFirst = onOffRow(ui, "speak-first", "Tap once to hear, tap again to choose", settings.speakFirst);
    settings.readPromptsAloud = onOffRow(ui, "prompts", "Say what each screen asks", settings.readPromptsAloud);
    settings.soundCues = onOffRow(ui, "sound-cues", "Short sounds when something happens", settings.soundCues);
}

} // namespace rightjob::ui
