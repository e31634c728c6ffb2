// Settings: text size, colours, font, card size, how the person chooses
// things (touch, dwell, switches) with their timings and switch keys, asking before deleting,
// and the voice and sounds (voice, speed, pitch, volume, sound cues, speak
// first, prompts read aloud). Every change is saved at once and applies at once.
#pragma once

#include "core/storage/settings.h"
#include "speech/synthesizer.h"
#include "ui/input/scanning.h"
#include "ui/ui_context.h"

#include <optional>
#include <string>
#include <vector>

namespace rightjob::ui {

class App;

// The "settings" screen.
class SettingsScreen {
public:
    // Draws the screen below the top bar.
    void draw(App& app, UiContext& ui);

private:
    void drawSwitchKeys(App& app, UiContext& ui, core::Settings& settings);
    void drawVoiceAndSounds(UiContext& ui, core::Settings& settings);

    std::optional<std::vector<speech::VoiceInfo>> m_voices; // read from espeak-ng when first shown
    std::string m_voicesProblem;
    bool m_showAllVoices = false;
    std::optional<SwitchRole> m_settingSwitch; // the switch whose key is being taken
    std::string m_switchMessage;               // what happened to the last key pressed
};

} // namespace rightjob::ui
