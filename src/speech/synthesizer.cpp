// [SECTION] Settings and results
// [SECTION] The voice catalogue
// [SECTION] The synthesis thread
// [SECTION] One synthesis
// [SECTION] SynthesisJob
// [SECTION] Synthesizer
// [SECTION] Speed

#include "speech/synthesizer.h"
#include "core/base/text.h"

#include <espeak-ng/speak_lib.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <deque>
#include <functional>
#include <future>
#include <iostream>
#include <optional>
#include <thread>

// espeak-ng 1.51 opens an audio device through pcaudiolib (a PulseAudio
// connection, which PULSE_SERVER can make a TCP one, or ALSA) even when it
// only makes samples for us (AUDIO_OUTPUT_SYNCHRONOUS). Right Job plays its
// own sound through SDL, and `say --out` only writes a file. This definition
// takes the place of pcaudiolib's (the program's own symbols come first), so
// espeak-ng has no audio device and opens none.
extern "C" void* create_audio_device_object(const char* /*device*/, const char* /*application*/,
                                            const char* /*description*/)
{
    return nullptr;
}

namespace rightjob::speech {

// [SECTION] Settings and results

VoiceSettings clampedSettings(VoiceSettings settings)
{
    settings.wordsPerMinute = std::clamp(settings.wordsPerMinute, kMinimumWordsPerMinute, kMaximumWordsPerMinute);
    settings.pitch = std::clamp(settings.pitch, 0, 100);
    settings.volume = std::clamp(settings.volume, 0, 200);
    return settings;
}

double Speech::seconds() const
{
    return sampleRate > 0 ? static_cast<double>(samples.size()) / sampleRate : 0.0;
}

int wordAtSample(const std::vector<WordTiming>& words, std::int64_t sample)
{
    int index = -1;
    for (const WordTiming& word : words) {
        if (word.startSample > sample)
            break;
        index = word.index;
    }
    return index;
}

// [SECTION] The voice catalogue

namespace {

// How long each chunk handed to a stream is. Shorter chunks reach the sound
// card sooner; espeak-ng makes 20 ms of speech in a few microseconds.
constexpr int kChunkMilliseconds = 20;

std::string withSpaces(std::string text)
{
    std::replace(text.begin(), text.end(), '_', ' ');
    return text;
}

struct CatalogueVoice {
    VoiceInfo info;
    std::vector<std::pair<int, std::string>> languages; // (priority, lowercase language)
};

// The voices installed, read once when espeak-ng starts; never changed after.
struct VoiceCatalogue {
    std::vector<CatalogueVoice> voices;
    std::vector<std::string> variants;
};

std::vector<std::pair<int, std::string>> languagesOf(const espeak_VOICE& voice)
{
    // Pairs of a priority byte and a zero-terminated language, ended by a zero byte.
    std::vector<std::pair<int, std::string>> languages;
    const char* place = voice.languages;
    while (place && *place) {
        const int priority = static_cast<unsigned char>(*place++);
        const std::string language = place;
        place += language.size() + 1;
        languages.emplace_back(priority, core::asciiLowered(language));
    }
    return languages;
}

VoiceCatalogue readCatalogue()
{
    VoiceCatalogue catalogue;
    const espeak_VOICE** voices = espeak_ListVoices(nullptr);
    for (std::size_t i = 0; voices && voices[i]; ++i) {
        const espeak_VOICE& voice = *voices[i];
        const std::string identifier = voice.identifier ? voice.identifier : "";
        if (identifier.empty() || identifier.rfind("mb/", 0) == 0 || identifier.rfind("!v/", 0) == 0)
            continue;
        CatalogueVoice entry;
        entry.info.name = withSpaces(voice.name ? voice.name : identifier);
        entry.info.identifier = identifier;
        entry.languages = languagesOf(voice);
        entry.info.language = entry.languages.empty() ? "" : entry.languages.front().second;
        entry.info.gender = voice.gender == 1 ? "male" : voice.gender == 2 ? "female" : "";
        catalogue.voices.push_back(std::move(entry));
    }
    std::sort(catalogue.voices.begin(), catalogue.voices.end(),
              [](const CatalogueVoice& a, const CatalogueVoice& b) { return a.info.name < b.info.name; });

    espeak_VOICE variantSpec{};
    variantSpec.languages = "variant";
    const espeak_VOICE** variants = espeak_ListVoices(&variantSpec);
    for (std::size_t i = 0; variants && variants[i]; ++i) {
        const std::string identifier = variants[i]->identifier ? variants[i]->identifier : "";
        if (identifier.rfind("!v/", 0) == 0)
            catalogue.variants.push_back(identifier.substr(3));
    }
    std::sort(catalogue.variants.begin(), catalogue.variants.end());
    return catalogue;
}

// The name to hand espeak_SetVoiceByName for a voice as the settings give it
// ("en-gb+f3" gives "gmw/en+f3"), or nothing when it is not installed.
std::optional<std::string> resolveVoice(const VoiceCatalogue& catalogue, const std::string& requested)
{
    std::string base = requested;
    std::string variant;
    const auto plus = requested.find('+');
    if (plus != std::string::npos) {
        base = requested.substr(0, plus);
        variant = requested.substr(plus + 1);
    }
    const std::string wanted = core::asciiLowered(withSpaces(base));
    if (wanted.empty())
        return std::nullopt;

    const CatalogueVoice* found = nullptr;
    for (const auto& voice : catalogue.voices)
        if (core::asciiLowered(voice.info.identifier) == wanted || core::asciiLowered(voice.info.name) == wanted)
            found = found ? found : &voice;
    if (!found) {
        int bestPriority = 1 << 30;
        for (const auto& voice : catalogue.voices)
            for (const auto& [priority, language] : voice.languages)
                if (language == wanted && priority < bestPriority) {
                    bestPriority = priority;
                    found = &voice;
                }
    }
    if (!found)
        return std::nullopt;
    if (variant.empty())
        return found->info.identifier;
    for (const auto& known : catalogue.variants)
        if (core::asciiLowered(known) == core::asciiLowered(variant))
            return found->info.identifier + "+" + known;
    return std::nullopt;
}

// [SECTION] The synthesis thread

class Engine;
int synthesisCallback(short* samples, int count, espeak_EVENT* events);

// The one espeak-ng of the process and the thread that owns it. It is made
// on first use and lives until the program ends; espeak-ng keeps global state,
// so a second one could not exist anyway.
class Engine {
public:
    static Engine& instance()
    {
        static Engine engine;
        return engine;
    }

    Engine(const Engine&) = delete;
    Engine& operator=(const Engine&) = delete;

    // Runs task on the synthesis thread after the tasks before it.
    void post(std::function<void()> task)
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_tasks.push_back(std::move(task));
        }
        m_wake.notify_one();
    }

    // Waits until espeak-ng has started; returns why it could not, or empty.
    std::string waitUntilStarted()
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_startedChanged.wait(lock, [this] { return m_started; });
        return m_problem;
    }

    // The voices; only after waitUntilStarted.
    const VoiceCatalogue& catalogue() const { return m_catalogue; }

    // The sample rate espeak-ng reported; only after waitUntilStarted.
    int sampleRate() const { return m_sampleRate; }

    bool onSynthesisThread() const { return std::this_thread::get_id() == m_thread.get_id(); }

    // True once the program is ending: synthesis stops at its next chunk.
    bool stopping() const
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        return m_stopping;
    }

    // On the synthesis thread: makes espeak-ng use settings, changing only
    // what differs. Returns a problem, or empty.
    std::string apply(const VoiceSettings& requested)
    {
        const VoiceSettings settings = clampedSettings(requested);
        if (settings.voice != m_requestedVoice || m_espeakVoice.empty()) {
            std::optional<std::string> resolved = resolveVoice(m_catalogue, settings.voice);
            if (!resolved) {
                std::cerr << "rightjob: the voice \"" << settings.voice << "\" is not installed; using "
                          << kDefaultVoice << ".\n";
                resolved = resolveVoice(m_catalogue, kDefaultVoice);
            }
            if (!resolved)
                return std::string("the voice ") + kDefaultVoice + " is not installed.";
            if (*resolved != m_espeakVoice) {
                if (espeak_SetVoiceByName(resolved->c_str()) != EE_OK)
                    return "espeak-ng could not load the voice " + *resolved + ".";
                m_espeakVoice = *resolved;
                m_rate = m_pitch = m_volume = -1; // a new voice brings its own
            }
            m_requestedVoice = settings.voice;
        }
        const auto setParameter = [](espeak_PARAMETER parameter, int value, int& current) {
            if (value != current && espeak_SetParameter(parameter, value, 0) == EE_OK)
                current = value;
        };
        setParameter(espeakRATE, settings.wordsPerMinute, m_rate);
        setParameter(espeakPITCH, settings.pitch, m_pitch);
        setParameter(espeakVOLUME, settings.volume, m_volume);
        return {};
    }

private:
    Engine() : m_thread([this] { run(); }) {}

    ~Engine() { stop(); }

public:
    // Ends the synthesis thread after the task it is on; waits for it.
    void stop()
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_stopping = true;
        }
        m_wake.notify_one();
        if (m_thread.joinable() && !onSynthesisThread())
            m_thread.join();
    }

private:

    void start()
    {
        std::string problem;
        const int sampleRate = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, kChunkMilliseconds, nullptr,
                                                 espeakINITIALIZE_DONT_EXIT);
        if (sampleRate <= 0) {
            problem = "espeak-ng could not start: its voice data (espeak-ng-data) was not found.";
        } else {
            m_initialised = true;
            m_sampleRate = sampleRate;
            espeak_SetSynthCallback(synthesisCallback);
            m_catalogue = readCatalogue();
            problem = apply(VoiceSettings{});
            if (problem.empty()) {
                // Synthesising once pages in the voice's tables, so the first
                // real words are as quick as the rest.
                const char* warmUp = "a";
                espeak_Synth(warmUp, 2, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, nullptr, nullptr);
            }
        }
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_problem = problem;
            m_started = true;
        }
        m_startedChanged.notify_all();
    }

    void run()
    {
        start();
        while (true) {
            std::function<void()> task;
            {
                std::unique_lock<std::mutex> lock(m_mutex);
                m_wake.wait(lock, [this] { return m_stopping || !m_tasks.empty(); });
                if (m_tasks.empty())
                    break;
                task = std::move(m_tasks.front());
                m_tasks.pop_front();
            }
            task(); // ends quickly once stopping() is true
        }
        if (m_initialised)
            espeak_Terminate();
    }

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_startedChanged;
    std::deque<std::function<void()>> m_tasks;
    bool m_stopping = false;
    bool m_started = false;
    std::string m_problem;

    // Written by the synthesis thread before m_started is set; read-only after.
    bool m_initialised = false;
    int m_sampleRate = kSpeechSampleRate;
    VoiceCatalogue m_catalogue;

    // Only touched on the synthesis thread.
    std::string m_requestedVoice;
    std::string m_espeakVoice;
    int m_rate = -1;
    int m_pitch = -1;
    int m_volume = -1;

    // Last, so that everything above exists before the thread starts.
    std::thread m_thread;
};

// [SECTION] One synthesis

// One text going through espeak-ng; lives on the synthesis thread's stack.
struct SynthesisRun {
    const SpokenText& text;
    SpeechStream& stream;
    const SynthesisJob& job;
    int sampleRate = kSpeechSampleRate;
    std::vector<std::size_t> characterStarts; // byte where each character of the spoken text starts
    int wordsSoFar = 0;
    std::size_t lastWordEnd = 0;
    std::int64_t lastWordSample = 0;
    bool stopped = false;

    SynthesisRun(const SpokenText& spokenText, SpeechStream& speechStream, const SynthesisJob& synthesisJob, int rate)
        : text(spokenText), stream(speechStream), job(synthesisJob), sampleRate(rate)
    {
        const std::string& spoken = text.spoken();
        for (std::size_t i = 0; i < spoken.size(); ++i)
            if ((static_cast<unsigned char>(spoken[i]) & 0xC0) != 0x80)
                characterStarts.push_back(i);
        characterStarts.push_back(spoken.size());
    }

    std::size_t byteOfCharacter(std::size_t character) const
    {
        return characterStarts[std::min(character, characterStarts.size() - 1)];
    }

    // espeak-ng counts characters from 1; a word may come as several events
    // ("25" is "twenty five"; a respelling may be two words), so an event
    // that starts inside the word before it adds nothing.
    void word(const espeak_EVENT& event)
    {
        if (event.text_position <= 0 || event.length <= 0)
            return;
        const std::size_t first = byteOfCharacter(static_cast<std::size_t>(event.text_position - 1));
        const std::size_t end = byteOfCharacter(static_cast<std::size_t>(event.text_position - 1 + event.length));
        const auto [start, length] = text.originalSpanOf(first, end > first ? end - first : 0);
        if (length == 0 || (wordsSoFar > 0 && start < lastWordEnd))
            return;
        const std::int64_t sample = std::max<std::int64_t>(
            lastWordSample, static_cast<std::int64_t>(event.audio_position) * sampleRate / 1000);
        stream.onWord(WordTiming{wordsSoFar++, start, length, sample});
        lastWordEnd = start + length;
        lastWordSample = sample;
    }
};

// Only the synthesis thread touches this: espeak-ng's callback has no
// context pointer of its own outside the events.
SynthesisRun* g_currentRun = nullptr;

int synthesisCallback(short* samples, int count, espeak_EVENT* events)
{
    SynthesisRun* run = g_currentRun;
    if (!run)
        return 0;
    if (run->job.isCancelled() || Engine::instance().stopping()) {
        run->stopped = true;
        return 1;
    }
    for (const espeak_EVENT* event = events; event && event->type != espeakEVENT_LIST_TERMINATED; ++event)
        if (event->type == espeakEVENT_WORD)
            run->word(*event);
    if (samples && count > 0) {
        if (run->stream.onSamples(samples, static_cast<std::size_t>(count)) == StreamDecision::Stop) {
            run->stopped = true;
            return 1;
        }
    }
    return 0;
}

void runSynthesis(const VoiceSettings& settings, const SpokenText& text, SpeechStream& stream, SynthesisJob& job)
{
    Engine& engine = Engine::instance();
    SynthesisEnd end = SynthesisEnd::Finished;
    std::string problem = engine.waitUntilStarted();
    if (!problem.empty()) {
        end = SynthesisEnd::Failed;
    } else if (job.isCancelled() || engine.stopping()) {
        end = SynthesisEnd::Stopped;
    } else if (!(problem = engine.apply(settings)).empty()) {
        end = SynthesisEnd::Failed;
    } else if (!text.spoken().empty()) {
        SynthesisRun run(text, stream, job, engine.sampleRate());
        g_currentRun = &run;
        const espeak_ERROR result = espeak_Synth(text.spoken().c_str(), text.spoken().size() + 1, 0, POS_CHARACTER,
                                                 0, espeakCHARS_UTF8, nullptr, nullptr);
        g_currentRun = nullptr;
        if (run.stopped) {
            end = SynthesisEnd::Stopped;
        } else if (result != EE_OK) {
            end = SynthesisEnd::Failed;
            problem = "espeak-ng could not synthesise the text (error " + std::to_string(result) + ").";
        }
    }
    stream.onEnd(end, problem);
    job.markFinished();
}

} // namespace

std::vector<VoiceInfo> installedVoices()
{
    Engine& engine = Engine::instance();
    const std::string problem = engine.waitUntilStarted();
    if (!problem.empty())
        throw SpeechError(problem);
    std::vector<VoiceInfo> voices;
    for (const auto& voice : engine.catalogue().voices)
        voices.push_back(voice.info);
    return voices;
}

std::vector<std::string> voiceVariants()
{
    Engine& engine = Engine::instance();
    const std::string problem = engine.waitUntilStarted();
    if (!problem.empty())
        throw SpeechError(problem);
    return engine.catalogue().variants;
}

void warmUpSpeech()
{
    Engine::instance();
}

void shutDownSpeech()
{
    Engine::instance().stop();
}

std::shared_ptr<SynthesisJob> startSynthesis(const VoiceSettings& settings, SpokenText text,
                                             std::shared_ptr<SpeechStream> stream)
{
    auto job = std::make_shared<SynthesisJob>();
    Engine::instance().post([settings, text = std::move(text), stream = std::move(stream), job] {
        runSynthesis(settings, text, *stream, *job);
    });
    return job;
}

// [SECTION] SynthesisJob

void SynthesisJob::cancel()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_cancelled = true;
}

bool SynthesisJob::isCancelled() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_cancelled;
}

bool SynthesisJob::isFinished() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_finished;
}

void SynthesisJob::waitUntilFinished() const
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_finishedChanged.wait(lock, [this] { return m_finished; });
}

void SynthesisJob::markFinished()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_finished = true;
    }
    m_finishedChanged.notify_all();
}

// [SECTION] Synthesizer

namespace {

// Collects a whole synthesis, for synthesize().
class CollectingStream : public SpeechStream {
public:
    void onWord(const WordTiming& word) override { speech.words.push_back(word); }
    StreamDecision onSamples(const std::int16_t* samples, std::size_t count) override
    {
        speech.samples.insert(speech.samples.end(), samples, samples + count);
        return StreamDecision::Continue;
    }
    void onEnd(SynthesisEnd synthesisEnd, const std::string& synthesisProblem) override
    {
        end = synthesisEnd;
        problem = synthesisProblem;
    }

    Speech speech;
    SynthesisEnd end = SynthesisEnd::Stopped;
    std::string problem;
};

// Checks that the caller may wait for the synthesis thread.
void mustNotBeOnSynthesisThread(const char* what)
{
    if (Engine::instance().onSynthesisThread())
        throw std::logic_error(std::string(what) + " was called on the synthesis thread and would wait for ever.");
}

} // namespace

Synthesizer::Synthesizer(const VoiceSettings& settings)
{
    setVoice(settings);
    m_sampleRate = Engine::instance().sampleRate();
}

void Synthesizer::setVoice(const VoiceSettings& settings)
{
    Engine& engine = Engine::instance();
    const std::string problem = engine.waitUntilStarted();
    if (!problem.empty())
        throw SpeechError(problem);
    if (!resolveVoice(engine.catalogue(), settings.voice))
        throw SpeechError("there is no voice called \"" + settings.voice + "\".");
    m_settings = clampedSettings(settings);
}

std::shared_ptr<SynthesisJob> Synthesizer::start(SpokenText text, std::shared_ptr<SpeechStream> stream) const
{
    return startSynthesis(m_settings, std::move(text), std::move(stream));
}

Speech Synthesizer::synthesize(const SpokenText& text) const
{
    mustNotBeOnSynthesisThread("Synthesizer::synthesize");
    auto stream = std::make_shared<CollectingStream>();
    stream->speech.sampleRate = m_sampleRate;
    start(text, stream)->waitUntilFinished();
    if (stream->end == SynthesisEnd::Failed)
        throw SpeechError(stream->problem);
    return std::move(stream->speech);
}

Speech Synthesizer::synthesize(const std::string& text) const
{
    return synthesize(SpokenText::verbatim(text));
}

std::string Synthesizer::phonemes(const std::string& text) const
{
    mustNotBeOnSynthesisThread("Synthesizer::phonemes");
    std::promise<std::string> result;
    std::future<std::string> future = result.get_future();
    Engine& engine = Engine::instance();
    const VoiceSettings settings = m_settings;
    engine.post([&engine, &result, &settings, &text] {
        const std::string problem = engine.apply(settings);
        if (!problem.empty()) {
            result.set_exception(std::make_exception_ptr(SpeechError(problem)));
            return;
        }
        std::string phonemes;
        const void* place = text.c_str();
        while (place) {
            const char* clause = espeak_TextToPhonemes(&place, espeakCHARS_UTF8, 0);
            if (!clause)
                break;
            if (!phonemes.empty() && *clause)
                phonemes += ' ';
            phonemes += clause;
        }
        result.set_value(phonemes);
    });
    return future.get();
}

// [SECTION] Speed

namespace {

// Notes when the first samples come and stops there.
class FirstSampleStream : public SpeechStream {
public:
    void onWord(const WordTiming&) override {}
    StreamDecision onSamples(const std::int16_t*, std::size_t) override
    {
        firstSample = std::chrono::steady_clock::now();
        hadSamples = true;
        return StreamDecision::Stop;
    }
    void onEnd(SynthesisEnd synthesisEnd, const std::string& synthesisProblem) override
    {
        end = synthesisEnd;
        problem = synthesisProblem;
    }

    std::chrono::steady_clock::time_point firstSample;
    bool hadSamples = false;
    SynthesisEnd end = SynthesisEnd::Stopped;
    std::string problem;
};

} // namespace

double measureFirstSampleMilliseconds(Synthesizer& synthesizer, const std::string& text)
{
    mustNotBeOnSynthesisThread("measureFirstSampleMilliseconds");
    auto stream = std::make_shared<FirstSampleStream>();
    const auto asked = std::chrono::steady_clock::now();
    synthesizer.start(SpokenText::verbatim(text), stream)->waitUntilFinished();
    if (stream->end == SynthesisEnd::Failed)
        throw SpeechError(stream->problem);
    if (!stream->hadSamples)
        throw SpeechError("espeak-ng made no sound for \"" + text + "\".");
    return std::chrono::duration<double, std::milli>(stream->firstSample - asked).count();
}

} // namespace rightjob::speech
