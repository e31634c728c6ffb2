// SDL2's audio subsystem, shared by playback and recording: started when the
// first user needs it and stopped when the last one goes, the same way the
// window starts and stops SDL video. Private to rightjob_speech.
#pragma once

#include <string>

namespace rightjob::speech {

// Holds SDL's audio subsystem open while it exists.
class SdlAudioSystem {
public:
    // Starts SDL audio; ok() says whether that worked, problem() why not.
    SdlAudioSystem();
    // Stops SDL audio when nothing else uses it, and SDL when nothing at all does.
    ~SdlAudioSystem();
    SdlAudioSystem(const SdlAudioSystem&) = delete;
    SdlAudioSystem& operator=(const SdlAudioSystem&) = delete;

    // True when SDL audio started.
    bool ok() const { return m_started; }

    // Why SDL audio did not start, in SDL's words; empty when it did.
    const std::string& problem() const { return m_problem; }

private:
    bool m_started = false;
    std::string m_problem;
};

// SDL's last error, or fallback when SDL gives none.
std::string sdlProblem(const std::string& fallback);

} // namespace rightjob::speech
