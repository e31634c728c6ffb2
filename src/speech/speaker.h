// The one way the UI and the exporters make the program talk. say() never
// waits: synthesis runs on the synthesis thread and playback on SDL's audio
// thread. A new say() stops what is being said at once. state() tells which
// word is being heard now, from how far the sound card has played, so the
// screen can light the words in step with the voice.
#pragma once

#include "speech/audio_output.h"
#include "speech/pronunciations.h"
#include "speech/recording.h"
#include "speech/synthesizer.h"

#include <cstdint>
#include <functional>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace rightjob::speech {

// Names one say(); they rise from 1, and 0 means none.
using UtteranceId = std::uint64_t;

// Something to say: text for the voice, or a recorded clip played instead.
struct Utterance {
    // The words, as shown; pronunciations are applied when they are spoken.
    // With a clip, what the clip says (it is not spoken).
    std::string text;
    // Who asked (a screen map target, a card key), given back in
    // SpeakingState so the asker knows the words lit are its own.
    std::string tag;
    // A recorded voice played instead of the synthetic one, when not empty.
    std::shared_ptr<const Recording> clip;
    // A short sound played just before the words or the clip (a sound cue,
    // "answer placed"), when not empty. Word timings count from after it.
    std::shared_ptr<const Recording> cue;
};

// What is being heard now.
struct SpeakingState {
    // The utterance being said, 0 when all is quiet.
    UtteranceId utterance = 0;
    // Its tag.
    std::string tag;
    // The word being heard (WordTiming::index); -1 before the first word and for clips.
    int wordIndex = -1;
    // The word's bytes in the utterance's text.
    std::size_t wordStart = 0;
    std::size_t wordLength = 0;
    // The last utterance that was heard to its end, not stopped; 0 for none.
    UtteranceId lastFinished = 0;

    // True while something is being said.
    bool isSpeaking() const { return utterance != 0; }
};

// Speech, behind an interface the UI and exporters use.
class Speaker {
public:
    virtual ~Speaker() = default;

    // Stops whatever is being said and starts saying utterance. Returns at
    // once, on any thread, with the new utterance's id.
    virtual UtteranceId say(Utterance utterance) = 0;

    // Stops whatever is being said, at once.
    virtual void stop() = 0;

    // What is being heard now. Cheap: call it every frame.
    virtual SpeakingState state() const = 0;

    // Uses settings for everything said from now on. A voice that is not
    // installed is replaced by the default voice.
    virtual void setVoice(const VoiceSettings& settings) = 0;

    // Uses list (the person's pronunciations) for everything said from now on.
    virtual void setPronunciations(PronunciationList list) = 0;
};

// A speaker that says nothing and records what it was asked, for tests and
// for running with speech turned off. Every utterance finishes at once.
class NullSpeaker : public Speaker {
public:
    UtteranceId say(Utterance utterance) override;
    void stop() override
    {
        ++m_stops;
        m_pretend.reset();
    }
    SpeakingState state() const override;
    void setVoice(const VoiceSettings& settings) override { m_voice = settings; }
    void setPronunciations(PronunciationList list) override { m_pronunciations = std::move(list); }

    // Everything say() was given, oldest first.
    const std::vector<Utterance>& said() const { return m_said; }

    // How many times stop() was called.
    int stops() const { return m_stops; }

    // The last voice settings given.
    const VoiceSettings& voice() const { return m_voice; }

    // The last pronunciation list given.
    const PronunciationList& pronunciations() const { return m_pronunciations; }

    // Makes state() give state, as a sound card would partway through an
    // utterance (a word being heard), until the next say() or stop(). For
    // tests of what the screen shows while words are heard.
    void pretendHearing(SpeakingState state) { m_pretend = std::move(state); }

private:
    std::vector<Utterance> m_said;
    int m_stops = 0;
    VoiceSettings m_voice;
    PronunciationList m_pronunciations;
    std::optional<SpeakingState> m_pretend;
};

// How an SdlSpeaker starts.
struct SpeakerOptions {
    VoiceSettings voice;
    // Called whenever SpeakingState changes (a new word, the end), on the
    // synthesis or audio thread. Keep it quick and thread-safe — push an SDL
    // event to wake the UI loop — and never call the speaker from it.
    std::function<void()> onChange;
    // Where "sound is off" and "speech is off" are said, each once a
    // program; nullptr says them nowhere.
    std::ostream* log = &std::cerr;
};

// The real speaker: espeak-ng on the synthesis thread, sound through SDL2
// audio. With no sound card it says so once on the log and stays muted:
// everything still works and finishes, silently, without waiting.
class SdlSpeaker : public Speaker {
public:
    // Opens the sound card and starts espeak-ng in the background. Never
    // throws and never waits for espeak-ng.
    explicit SdlSpeaker(SpeakerOptions options = {});

    // Plays through output instead of the sound card (for tests).
    SdlSpeaker(std::unique_ptr<AudioOutput> output, SpeakerOptions options);

    // Stops speaking and closes the sound card; onChange is not called after.
    ~SdlSpeaker() override;

    SdlSpeaker(const SdlSpeaker&) = delete;
    SdlSpeaker& operator=(const SdlSpeaker&) = delete;

    UtteranceId say(Utterance utterance) override;
    void stop() override;
    SpeakingState state() const override;
    void setVoice(const VoiceSettings& settings) override;
    void setPronunciations(PronunciationList list) override;

    // True when sound comes out of a sound card; false when muted.
    bool soundIsOn() const;

    // State shared with the synthesis and audio threads; public only so the
    // stream feeding it can name it.
    struct Shared;

private:
    std::shared_ptr<Shared> m_shared;
};

} // namespace rightjob::speech
