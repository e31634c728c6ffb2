// Text to speech with espeak-ng, linked as a library, synthesising into
// memory. espeak-ng is not thread-safe and keeps one state per process, so
// every call into it runs on one synthesis thread that lives as long as the
// program: it starts espeak-ng once, keeps the voice loaded, and synthesises
// one text at a time. Callers hand it work and get the sound back in chunks
// as espeak-ng makes them, so playback can begin before a long text is done.
#pragma once

#include "speech/pronunciations.h"
#include "speech/recording.h"

#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>
#include <vector>

namespace rightjob::speech {

// [SECTION] Voices and settings

// English (Great Britain), the voice a new person starts with.
inline constexpr const char* kDefaultVoice = "en-gb";
// A little slower than espeak-ng's own 175 words a minute: easier to follow.
inline constexpr int kDefaultWordsPerMinute = 150;
inline constexpr int kMinimumWordsPerMinute = 80;
inline constexpr int kMaximumWordsPerMinute = 450;
inline constexpr int kDefaultPitch = 50;  // 0 to 100
inline constexpr int kDefaultVolume = 100; // 0 to 200; above 100 may distort

// How the voice sounds.
struct VoiceSettings {
    // A language ("en-gb"), a voice file ("gmw/en") or a voice name
    // ("English (Great Britain)"), with an optional variant ("en-gb+f3").
    std::string voice = kDefaultVoice;
    int wordsPerMinute = kDefaultWordsPerMinute;
    int pitch = kDefaultPitch;
    int volume = kDefaultVolume;

    bool operator==(const VoiceSettings& other) const
    {
        return voice == other.voice && wordsPerMinute == other.wordsPerMinute && pitch == other.pitch
               && volume == other.volume;
    }
    bool operator!=(const VoiceSettings& other) const { return !(*this == other); }
};

// The settings with the speed, pitch and volume moved into their ranges.
VoiceSettings clampedSettings(VoiceSettings settings);

// An installed voice, as the settings screen lists it.
struct VoiceInfo {
    std::string name;       // "English (Great Britain)"
    std::string identifier; // "gmw/en": accepted as VoiceSettings::voice
    std::string language;   // "en-gb": accepted as VoiceSettings::voice
    std::string gender;     // "male", "female" or empty
};

// espeak-ng could not start, or was asked for a voice that is not installed.
class SpeechError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The installed espeak-ng voices, sorted by name. MBROLA voices are left
// out: they need programs Right Job does not install. Waits for espeak-ng to
// start (tens of milliseconds, once). Throws SpeechError when it cannot.
std::vector<VoiceInfo> installedVoices();

// The voice variants that can follow a voice after "+" ("f3", "klatt").
// Waits for espeak-ng to start. Throws SpeechError when it cannot.
std::vector<std::string> voiceVariants();

// Starts espeak-ng on its thread now, without waiting, so the first words
// spoken later come at once. Safe to call many times, from any thread.
void warmUpSpeech();

// Stops espeak-ng and waits for its thread, so no thread of ours is still
// working while the program ends. Called once, as the program ends, after
// every speaker is gone; nothing is spoken after it.
void shutDownSpeech();

// [SECTION] What synthesis gives

// One word as it is heard: the place of the word in the text that was asked
// for (bytes of the original, before pronunciations were applied) and the
// sample where it starts.
struct WordTiming {
    int index = 0;                // 0 for the first word heard, then 1, 2, …
    std::size_t textStart = 0;    // byte offset in the original text
    std::size_t textLength = 0;   // bytes
    std::int64_t startSample = 0; // from the first sample of the speech

    bool operator==(const WordTiming& other) const
    {
        return index == other.index && textStart == other.textStart && textLength == other.textLength
               && startSample == other.startSample;
    }
};

// A whole text synthesised: the sound and where each word starts.
struct Speech {
    std::vector<std::int16_t> samples;
    int sampleRate = kSpeechSampleRate;
    std::vector<WordTiming> words;

    // How long it lasts, in seconds.
    double seconds() const;
    // The sound as a recording, to write as WAV or play.
    Recording recording() const { return Recording{samples, sampleRate}; }
};

// The index of the word being heard at sample: the last word starting at or
// before it, or -1 before the first word.
int wordAtSample(const std::vector<WordTiming>& words, std::int64_t sample);

// [SECTION] Streaming

// What a stream says after taking samples.
enum class StreamDecision { Continue, Stop };

// How a synthesis ended.
enum class SynthesisEnd {
    Finished, // all of the text was synthesised
    Stopped,  // cancelled, or the stream said Stop
    Failed,   // espeak-ng could not run; the problem says why
};

// Takes a synthesis as it is made. Every call comes on the synthesis thread,
// in order; keep them short (copy the samples and return), and never wait in
// them for other speech, which would wait for ever.
class SpeechStream {
public:
    virtual ~SpeechStream() = default;

    // A word starts: called before the samples holding its start sample.
    virtual void onWord(const WordTiming& word) = 0;

    // The next samples (count > 0), straight after the ones before.
    virtual StreamDecision onSamples(const std::int16_t* samples, std::size_t count) = 0;

    // The end, called exactly once and last; problem is empty unless Failed.
    virtual void onEnd(SynthesisEnd end, const std::string& problem) = 0;
};

// One text queued for or being synthesised, shared by the caller and the synthesis thread.
class SynthesisJob {
public:
    // Stops the synthesis at its next chunk, or before it starts; onEnd(Stopped) follows. Never waits.
    void cancel();

    // True once cancel() has been called.
    bool isCancelled() const;

    // True once the stream's onEnd has returned.
    bool isFinished() const;

    // Blocks until the stream's onEnd has returned. Never call it on the synthesis thread.
    void waitUntilFinished() const;

    // Used by the synthesis thread: marks the job finished and wakes waiters.
    void markFinished();

private:
    mutable std::mutex m_mutex;
    mutable std::condition_variable m_finishedChanged;
    bool m_cancelled = false;
    bool m_finished = false;
};

// Queues text for the synthesis thread and returns at once, without waiting
// even for espeak-ng to start: for the UI thread. A voice that is not
// installed is replaced by the default voice, and said once on stderr.
std::shared_ptr<SynthesisJob> startSynthesis(const VoiceSettings& settings, SpokenText text,
                                             std::shared_ptr<SpeechStream> stream);

// [SECTION] Synthesizer

// A voice with its settings, to synthesise with. Many may exist; they share
// the one espeak-ng, which switches voice only when the settings differ.
class Synthesizer {
public:
    // Waits for espeak-ng to start and checks the voice. Throws SpeechError
    // when espeak-ng cannot start or the voice is not installed.
    explicit Synthesizer(const VoiceSettings& settings = {});

    // Changes the voice for what is synthesised from now on. Throws
    // SpeechError, changing nothing, when the voice is not installed.
    void setVoice(const VoiceSettings& settings);

    // The settings in use, with numbers moved into their ranges.
    const VoiceSettings& voice() const { return m_settings; }

    // The sample rate espeak-ng synthesises at (22,050 Hz).
    int sampleRate() const { return m_sampleRate; }

    // Queues text and returns at once; the stream gets the sound as it is made.
    std::shared_ptr<SynthesisJob> start(SpokenText text, std::shared_ptr<SpeechStream> stream) const;

    // Synthesises all of text and waits for it. Throws SpeechError when
    // espeak-ng fails. Never call it on the synthesis thread (from a stream).
    Speech synthesize(const SpokenText& text) const;

    // Synthesises text as written, without a pronunciation list.
    Speech synthesize(const std::string& text) const;

    // The phonemes espeak-ng makes of text with this voice, in its ASCII
    // phoneme names ("aI l'aIk"), clauses joined by spaces. Waits for them.
    std::string phonemes(const std::string& text) const;

private:
    VoiceSettings m_settings;
    int m_sampleRate = kSpeechSampleRate;
};

// [SECTION] Speed

// Milliseconds from asking for text to the first samples being ready for the
// sound card, through the same synthesis thread the program speaks with.
// Stops the synthesis once those samples come. For the benchmark. Throws
// SpeechError when espeak-ng fails.
double measureFirstSampleMilliseconds(Synthesizer& synthesizer, const std::string& text);

} // namespace rightjob::speech
