// [SECTION] FakeRecorder
// [SECTION] SdlRecorder

#include "speech/recorder.h"

#include "speech/sdl_audio.h"

#include <SDL.h>

#include <algorithm>

namespace rightjob::speech {

// [SECTION] FakeRecorder

bool FakeRecorder::start(std::string& problem)
{
    if (!m_failure.empty()) {
        problem = m_failure;
        return false;
    }
    m_recording = true;
    return true;
}

Recording FakeRecorder::stop()
{
    if (!m_recording)
        return Recording{{}, m_toYield.sampleRate};
    m_recording = false;
    return m_toYield;
}

double FakeRecorder::level() const
{
    return m_recording ? rootMeanSquare(m_toYield.samples.data(), m_toYield.samples.size()) : 0.0;
}

// [SECTION] SdlRecorder

namespace {

// The level meter looks at about the last 50 ms.
constexpr int kLevelWindowMilliseconds = 50;

} // namespace

struct SdlRecorder::Capture {
    SdlAudioSystem system;
    SDL_AudioDeviceID device = 0;
    std::size_t maximumSamples = 0;
    std::size_t levelWindow = 0;

    mutable std::mutex mutex;
    Recording recording;

    static void SDLCALL take(void* userData, Uint8* stream, int length)
    {
        auto* capture = static_cast<Capture*>(userData);
        const auto* samples = reinterpret_cast<const std::int16_t*>(stream);
        const std::size_t count = static_cast<std::size_t>(length) / sizeof(std::int16_t);
        std::lock_guard<std::mutex> lock(capture->mutex);
        const std::size_t room = capture->maximumSamples - std::min(capture->maximumSamples,
                                                                    capture->recording.samples.size());
        capture->recording.samples.insert(capture->recording.samples.end(), samples,
                                          samples + std::min(count, room));
    }
};

SdlRecorder::SdlRecorder(int sampleRate) : m_sampleRate(sampleRate) {}

SdlRecorder::~SdlRecorder()
{
    stop();
}

bool SdlRecorder::start(std::string& problem)
{
    stop();
    auto capture = std::make_unique<Capture>();
    if (!capture->system.ok()) {
        problem = "there is no microphone: " + capture->system.problem();
        return false;
    }
    capture->recording.sampleRate = m_sampleRate;
    capture->maximumSamples = static_cast<std::size_t>(m_sampleRate) * kMaximumRecordingSeconds;
    capture->levelWindow = static_cast<std::size_t>(m_sampleRate) * kLevelWindowMilliseconds / 1000;
    capture->recording.samples.reserve(static_cast<std::size_t>(m_sampleRate) * 5);

    SDL_AudioSpec wanted{};
    wanted.freq = m_sampleRate;
    wanted.format = AUDIO_S16SYS;
    wanted.channels = 1;
    wanted.samples = 512;
    wanted.callback = &Capture::take;
    wanted.userdata = capture.get();
    SDL_AudioSpec obtained{};
    capture->device = SDL_OpenAudioDevice(nullptr, 1, &wanted, &obtained, 0);
    if (capture->device == 0) {
        problem = "there is no microphone: " + sdlProblem("no recording device could be opened.");
        return false;
    }
    SDL_PauseAudioDevice(capture->device, 0);
    m_capture = std::move(capture);
    return true;
}

Recording SdlRecorder::stop()
{
    if (!m_capture)
        return Recording{{}, m_sampleRate};
    // Closing waits for SDL's audio thread, so nothing is added after.
    SDL_CloseAudioDevice(m_capture->device);
    Recording recording = std::move(m_capture->recording);
    m_capture.reset();
    return recording;
}

bool SdlRecorder::isRecording() const
{
    return m_capture != nullptr;
}

double SdlRecorder::level() const
{
    if (!m_capture)
        return 0.0;
    std::lock_guard<std::mutex> lock(m_capture->mutex);
    const auto& samples = m_capture->recording.samples;
    const std::size_t count = std::min(samples.size(), m_capture->levelWindow);
    return rootMeanSquare(samples.data() + samples.size() - count, count);
}

} // namespace rightjob::speech
