// What a frame asks to be heard: the words of the target just tapped (or a
// card's recorded voice) and a sound cue. Screens and widgets ask during the
// frame; the app says it all at once at the end of the frame, so a cue plays
// just before the words instead of cutting them off, and a screen's prompt
// can take the place of the tap that opened the screen.
#pragma once

#include <optional>
#include <string>
#include <utility>

namespace rightjob::ui {

// The short sounds in audio/, played unless the settings turn them off.
enum class SoundCue { AnswerPlaced, Undo, Error, Done, ScanStep };

// "answer-placed", "undo", "error", "done", "scan-step": the file names in audio/.
const char* soundCueName(SoundCue cue);

// Words to say.
struct SpeechRequest {
    std::string text;    // the words as shown
    std::string tag;     // who asked: a screen map target id
    std::string cardKey; // a card's key: its recorded voice plays instead, if it has one
};

// The asks of one frame. The last words asked for win, as a new tap stops
// the old speech; so does the last cue.
class SpeechRequests {
public:
    void say(SpeechRequest request) { m_words = std::move(request); }
    void playCue(SoundCue cue) { m_cue = cue; }

    // Takes what was asked, leaving nothing.
    std::optional<SpeechRequest> takeWords() { return std::exchange(m_words, std::nullopt); }
    std::optional<SoundCue> takeCue() { return std::exchange(m_cue, std::nullopt); }

private:
    std::optional<SpeechRequest> m_words;
    std::optional<SoundCue> m_cue;
};

} // namespace rightjob::ui
