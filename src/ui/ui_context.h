// What every screen and widget draws with: the window (sizes, fonts,
// colours), the screen map it reports its targets to, and the pictures.
#pragma once

#include "ui/platform/window.h"
#include "ui/screen_map.h"
#include "ui/speak_first.h"
#include "ui/speech_requests.h"
#include "ui/widgets/picture_cache.h"

namespace rightjob::speech {
class Speaker;
} // namespace rightjob::speech

namespace rightjob::ui {

// The drawing context of one frame.
struct UiContext {
    Window& window;
    ScreenMap& map;
    PictureCache& pictures;
    float cardScale = 1.0f; // from the card size setting: small, medium or large
    speech::Speaker* speaker = nullptr; // what is being heard now (state()); nullptr: silent
    SpeechRequests* speech = nullptr;   // what this frame asks to be heard; nullptr: nothing
    SpeakFirst* speakFirst = nullptr;   // what a tap means; nullptr: every tap chooses

    // Asks for words (or a card's recorded voice) to be said at the end of the frame.
    void say(std::string text, std::string tag, std::string cardKey = {}) const
    {
        if (speech)
            speech->say({std::move(text), std::move(tag), std::move(cardKey)});
    }
    // Asks for a sound cue at the end of the frame (unless the settings turn cues off).
    void playCue(SoundCue cue) const
    {
        if (speech)
            speech->playCue(cue);
    }

    const Theme& theme() const { return window.theme(); }
    // Converts em to pixels at the current text size.
    float em(float ems = 1.0f) const { return window.scaling().toPixels(ems); }
    // Converts a card's size in em to pixels, at the card size setting.
    float card(float ems) const { return window.scaling().toPixels(ems * cardScale); }
    // The smallest side of a target at the current text size.
    float minimumTarget() const { return window.scaling().minimumTarget(); }
};

} // namespace rightjob::ui
