// Recording a voice for a card ("Mum saying 'cooking'"): the microphone
// through SDL2 audio capture, behind an interface with a fake for tests.
#pragma once

#include "speech/recording.h"

#include <memory>
#include <mutex>
#include <string>

namespace rightjob::speech {

// The longest clip kept; anything after is dropped, so a recorder left
// running cannot fill the memory.
inline constexpr int kMaximumRecordingSeconds = 30;

// A microphone.
class Recorder {
public:
    virtual ~Recorder() = default;

    // Starts recording, dropping anything recorded before. Returns false, with
    // a plain reason in problem, when there is no microphone to record from.
    virtual bool start(std::string& problem) = 0;

    // Stops and hands over what was recorded since start(); empty when not recording.
    virtual Recording stop() = 0;

    // True between a successful start() and stop().
    virtual bool isRecording() const = 0;

    // How loud the last moment of sound was, from 0 to 1, for a level meter.
    virtual double level() const = 0;
};

// A microphone for tests: each recording yields the buffer it was given.
// Made with no buffer it is the null recorder: it records silence of no length.
class FakeRecorder : public Recorder {
public:
    explicit FakeRecorder(Recording toYield = {}) : m_toYield(std::move(toYield)) {}

    bool start(std::string& problem) override;
    Recording stop() override;
    bool isRecording() const override { return m_recording; }
    double level() const override;

    // Makes start() fail with problem, as with no microphone.
    void failWith(std::string problem) { m_failure = std::move(problem); }

private:
    Recording m_toYield;
    std::string m_failure;
    bool m_recording = false;
};

// The default microphone through SDL2 audio capture, mono 16-bit.
class SdlRecorder : public Recorder {
public:
    // Nothing is opened until start().
    explicit SdlRecorder(int sampleRate = kSpeechSampleRate);
    // Closes the microphone if it is open.
    ~SdlRecorder() override;
    SdlRecorder(const SdlRecorder&) = delete;
    SdlRecorder& operator=(const SdlRecorder&) = delete;

    bool start(std::string& problem) override;
    Recording stop() override;
    bool isRecording() const override;
    double level() const override;

    // State shared with SDL's audio thread; public only so its callback can name it.
    struct Capture;

private:
    int m_sampleRate;
    std::unique_ptr<Capture> m_capture;
};

} // namespace rightjob::speech
