// Where speech and clips are played: the sound card through SDL2 audio, a
// muted output when there is no sound card (as in CI), and a hand-driven
// output for tests. Each is a queue of 16-bit mono samples that the sound
// card takes from at its own pace; the count of samples it has taken is how
// the program knows which word is being heard.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <iosfwd>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace rightjob::speech {

// How far playback has got since the queue was last cleared.
struct PlaybackPosition {
    std::int64_t played = 0; // samples taken by the sound card
    std::int64_t queued = 0; // samples waiting to be taken
};

// A queue of samples being played. Thread-safe: samples are added on the
// synthesis thread, cleared on the UI thread and taken on the audio thread.
class AudioOutput {
public:
    virtual ~AudioOutput() = default;

    // The sample rate samples are played at.
    virtual int sampleRate() const = 0;

    // Adds samples after those already queued. Never waits for the sound card.
    virtual void append(const std::int16_t* samples, std::size_t count) = 0;

    // Drops every queued sample at once and counts played samples from zero again.
    virtual void clear() = 0;

    // Samples played and queued since the last clear, read together.
    virtual PlaybackPosition position() const = 0;

    // Sets what is called after the sound card has taken samples, and once
    // more when the queue runs dry. It runs on the audio thread, so it must be
    // quick, and it is never called while the output's own lock is held.
    virtual void setPlayedCallback(std::function<void()> callback) = 0;

    // True when sound really comes out.
    virtual bool isAudible() const = 0;
};

// The output when there is no sound card: every sample counts as played the
// moment it is added, so speech moves on without waiting and never hangs.
class MutedAudioOutput : public AudioOutput {
public:
    explicit MutedAudioOutput(int sampleRate);

    int sampleRate() const override { return m_sampleRate; }
    void append(const std::int16_t* samples, std::size_t count) override;
    void clear() override;
    PlaybackPosition position() const override;
    void setPlayedCallback(std::function<void()> callback) override;
    bool isAudible() const override { return false; }

private:
    int m_sampleRate;
    mutable std::mutex m_mutex;
    std::int64_t m_played = 0;
};

// A sound card for tests that plays only when told to, so a test can put
// playback exactly where it wants and see every sample that was queued.
class ManualAudioOutput : public AudioOutput {
public:
    explicit ManualAudioOutput(int sampleRate);

    int sampleRate() const override { return m_sampleRate; }
    void append(const std::int16_t* samples, std::size_t count) override;
    void clear() override;
    PlaybackPosition position() const override;
    void setPlayedCallback(std::function<void()> callback) override;
    bool isAudible() const override { return true; }

    // Plays up to count queued samples, as a sound card would; returns how many it played.
    std::size_t play(std::size_t count);

    // Plays everything queued.
    std::size_t playAll();

    // Every sample added since the last clear, played or not.
    std::vector<std::int16_t> samplesSinceClear() const;

    // How many times clear() was called.
    int clearCount() const;

private:
    int m_sampleRate;
    mutable std::mutex m_mutex;
    std::vector<std::int16_t> m_samples;
    std::size_t m_played = 0;
    int m_clears = 0;
    std::function<void()> m_playedCallback;
};

// Opens the default sound card through SDL2 audio at sampleRate, mono 16-bit.
// When it cannot (no device, no driver), says so once per program on log —
// "rightjob: sound is off: <reason>" — and returns a MutedAudioOutput, so the
// caller carries on the same either way. Never throws.
std::unique_ptr<AudioOutput> openAudioOutput(int sampleRate, std::ostream& log);

// True once "sound is off" has been said in this program.
bool soundOffWasReported();

} // namespace rightjob::speech
