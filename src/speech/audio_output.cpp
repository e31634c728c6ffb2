// [SECTION] Muted output
// [SECTION] Manual output (tests)
// [SECTION] The sound card through SDL2

#include "speech/audio_output.h"

#include "speech/sdl_audio.h"

#include <SDL.h>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <ostream>

namespace rightjob::speech {

// [SECTION] Muted output

MutedAudioOutput::MutedAudioOutput(int sampleRate) : m_sampleRate(sampleRate) {}

void MutedAudioOutput::append(const std::int16_t*, std::size_t count)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_played += static_cast<std::int64_t>(count);
}

void MutedAudioOutput::clear()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_played = 0;
}

PlaybackPosition MutedAudioOutput::position() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return PlaybackPosition{m_played, 0};
}

void MutedAudioOutput::setPlayedCallback(std::function<void()>)
{
    // Nothing plays, so nothing is ever taken: whoever appends already knows.
}

// [SECTION] Manual output (tests)

ManualAudioOutput::ManualAudioOutput(int sampleRate) : m_sampleRate(sampleRate) {}

void ManualAudioOutput::append(const std::int16_t* samples, std::size_t count)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_samples.insert(m_samples.end(), samples, samples + count);
}

void ManualAudioOutput::clear()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_samples.clear();
    m_played = 0;
    ++m_clears;
}

PlaybackPosition ManualAudioOutput::position() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return PlaybackPosition{static_cast<std::int64_t>(m_played),
                            static_cast<std::int64_t>(m_samples.size() - m_played)};
}

void ManualAudioOutput::setPlayedCallback(std::function<void()> callback)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_playedCallback = std::move(callback);
}

std::size_t ManualAudioOutput::play(std::size_t count)
{
    std::function<void()> callback;
    std::size_t played = 0;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        played = std::min(count, m_samples.size() - m_played);
        m_played += played;
        callback = m_playedCallback;
    }
    if (callback)
        callback();
    return played;
}

std::size_t ManualAudioOutput::playAll()
{
    return play(static_cast<std::size_t>(-1));
}

std::vector<std::int16_t> ManualAudioOutput::samplesSinceClear() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_samples;
}

int ManualAudioOutput::clearCount() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_clears;
}

// [SECTION] The sound card through SDL2

namespace {

// About 23 ms a buffer at 22,050 Hz: short enough that a tap is heard at
// once and the highlighted word keeps up with the voice.
constexpr Uint16 kDeviceBufferSamples = 512;

// Once the played part of the queue is this long, it is dropped from memory.
constexpr std::size_t kCompactAfterSamples = 1 << 16;

std::atomic<bool> g_soundOffReported{false};

class SdlAudioOutput : public AudioOutput {
public:
    // Opens the default output device; on failure problem says why and the
    // output must not be used.
    SdlAudioOutput(int sampleRate, std::string& problem) : m_sampleRate(sampleRate)
    {
        if (!m_system.ok()) {
            problem = m_system.problem();
            return;
        }
        SDL_AudioSpec wanted{};
        wanted.freq = sampleRate;
        wanted.format = AUDIO_S16SYS;
        wanted.channels = 1;
        wanted.samples = kDeviceBufferSamples;
        wanted.callback = &SdlAudioOutput::fillBuffer;
        wanted.userdata = this;
        SDL_AudioSpec obtained{};
        // No allowed changes: SDL converts to whatever the device wants.
        m_device = SDL_OpenAudioDevice(nullptr, 0, &wanted, &obtained, 0);
        if (m_device == 0) {
            problem = sdlProblem("no sound device could be opened.");
            return;
        }
        SDL_PauseAudioDevice(m_device, 0);
    }

    ~SdlAudioOutput() override
    {
        if (m_device != 0)
            SDL_CloseAudioDevice(m_device); // waits for the audio thread to finish
    }

    int sampleRate() const override { return m_sampleRate; }

    void append(const std::int16_t* samples, std::size_t count) override
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_queue.insert(m_queue.end(), samples, samples + count);
    }

    void clear() override
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_queue.clear();
        m_next = 0;
        m_played = 0;
    }

    PlaybackPosition position() const override
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        return PlaybackPosition{m_played, static_cast<std::int64_t>(m_queue.size() - m_next)};
    }

    void setPlayedCallback(std::function<void()> callback) override
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_playedCallback = std::move(callback);
    }

    bool isAudible() const override { return true; }

private:
    static void SDLCALL fillBuffer(void* userData, Uint8* stream, int length)
    {
        static_cast<SdlAudioOutput*>(userData)->fill(reinterpret_cast<std::int16_t*>(stream),
                                                     static_cast<std::size_t>(length) / sizeof(std::int16_t));
    }

    // On SDL's audio thread: hands the device the next samples, or silence.
    void fill(std::int16_t* buffer, std::size_t capacity)
    {
        std::function<void()> callback;
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            const std::size_t count = std::min(capacity, m_queue.size() - m_next);
            if (count > 0)
                std::memcpy(buffer, m_queue.data() + m_next, count * sizeof(std::int16_t));
            std::fill(buffer + count, buffer + capacity, std::int16_t{0});
            m_next += count;
            m_played += static_cast<std::int64_t>(count);
            if (m_next == m_queue.size()) {
                m_queue.clear();
                m_next = 0;
            } else if (m_next >= kCompactAfterSamples) {
                m_queue.erase(m_queue.begin(), m_queue.begin() + static_cast<std::ptrdiff_t>(m_next));
                m_next = 0;
            }
            // Tell the listener about samples taken, and once when the queue runs dry.
            const bool wasPlaying = m_wasPlaying;
            m_wasPlaying = count > 0;
            if (count > 0 || wasPlaying)
                callback = m_playedCallback;
        }
        if (callback)
            callback();
    }

    SdlAudioSystem m_system;
    int m_sampleRate;
    SDL_AudioDeviceID m_device = 0;

    mutable std::mutex m_mutex;
    std::vector<std::int16_t> m_queue;
    std::size_t m_next = 0; // the first sample not yet played
    std::int64_t m_played = 0;
    bool m_wasPlaying = false;
    std::function<void()> m_playedCallback;
};

} // namespace

std::unique_ptr<AudioOutput> openAudioOutput(int sampleRate, std::ostream& log)
{
    std::string problem;
    auto output = std::make_unique<SdlAudioOutput>(sampleRate, problem);
    if (problem.empty())
        return output;
    output.reset();
    if (!g_soundOffReported.exchange(true))
        log << "rightjob: sound is off: " << problem << "\n" << std::flush;
    return std::make_unique<MutedAudioOutput>(sampleRate);
}

bool soundOffWasReported()
{
    return g_soundOffReported.load();
}

} // namespace rightjob::speech
