// [SECTION] NullSpeaker
// [SECTION] SdlSpeaker's shared state
// [SECTION] The stream from the synthesis thread
// [SECTION] SdlSpeaker

#include "speech/speaker.h"

#include <atomic>
#include <mutex>

namespace rightjob::speech {

// [SECTION] NullSpeaker

UtteranceId NullSpeaker::say(Utterance utterance)
{
    m_pretend.reset();
    m_said.push_back(std::move(utterance));
    return static_cast<UtteranceId>(m_said.size());
}

SpeakingState NullSpeaker::state() const
{
    if (m_pretend)
        return *m_pretend;
    SpeakingState state;
    state.lastFinished = static_cast<UtteranceId>(m_said.size());
    return state;
}

// [SECTION] SdlSpeaker's shared state

namespace {

std::atomic<bool> g_speechOffReported{false};

} // namespace

struct SdlSpeaker::Shared {
    // Lock order: mutex, then the output's own lock; notifyMutex is never
    // taken while mutex is held.
    std::mutex mutex;
    std::unique_ptr<AudioOutput> output; // null once the speaker is gone
    VoiceSettings voice;
    PronunciationList pronunciations;
    std::ostream* log = &std::cerr;

    UtteranceId nextId = 1;
    UtteranceId current = 0;
    std::string currentTag;
    std::vector<WordTiming> words;
    std::int64_t wordsStartAt = 0; // samples of the cue played before the first word
    bool synthesisDone = true;
    std::shared_ptr<SynthesisJob> job;
    UtteranceId lastFinished = 0;

    // What onChange was last told about, so it is called only on a change.
    UtteranceId notifiedUtterance = 0;
    int notifiedWord = -1;
    UtteranceId notifiedFinished = 0;

    std::mutex notifyMutex;
    bool closed = false;
    std::function<void()> onChange;

    // With mutex held: what is heard now. Moves a finished utterance to lastFinished.
    SpeakingState stateLocked()
    {
        SpeakingState state;
        if (current != 0) {
            const PlaybackPosition position = output ? output->position() : PlaybackPosition{};
            if (!output || (synthesisDone && position.queued == 0)) {
                lastFinished = output ? current : lastFinished;
                current = 0;
                job.reset();
            } else {
                state.utterance = current;
                state.tag = currentTag;
                const int index = wordAtSample(words, position.played - wordsStartAt);
                if (index >= 0 && static_cast<std::size_t>(index) < words.size()) {
                    state.wordIndex = index;
                    state.wordStart = words[static_cast<std::size_t>(index)].textStart;
                    state.wordLength = words[static_cast<std::size_t>(index)].textLength;
                }
            }
        }
        state.lastFinished = lastFinished;
        return state;
    }

    // Calls onChange when what is heard has changed. Takes no lock on entry.
    void notifyIfChanged()
    {
        {
            std::lock_guard<std::mutex> lock(mutex);
            const SpeakingState state = stateLocked();
            if (state.utterance == notifiedUtterance && state.wordIndex == notifiedWord
                && state.lastFinished == notifiedFinished)
                return;
            notifiedUtterance = state.utterance;
            notifiedWord = state.wordIndex;
            notifiedFinished = state.lastFinished;
        }
        std::lock_guard<std::mutex> lock(notifyMutex);
        if (!closed && onChange)
            onChange();
    }
};

// [SECTION] The stream from the synthesis thread

namespace {

// Feeds one utterance's synthesis into the speaker's output, and stops the
// synthesis as soon as something else is being said.
class SpeakerStream : public SpeechStream {
public:
    SpeakerStream(std::shared_ptr<SdlSpeaker::Shared> shared, UtteranceId id)
        : m_shared(std::move(shared)), m_id(id)
    {
    }

    void onWord(const WordTiming& word) override
    {
        std::lock_guard<std::mutex> lock(m_shared->mutex);
        if (m_shared->current == m_id)
            m_shared->words.push_back(word);
    }

    StreamDecision onSamples(const std::int16_t* samples, std::size_t count) override
    {
        {
            // Checked and added under one lock, so a say() in between can
            // never let old speech into the cleared queue.
            std::lock_guard<std::mutex> lock(m_shared->mutex);
            if (m_shared->current != m_id || !m_shared->output)
                return StreamDecision::Stop;
            m_shared->output->append(samples, count);
        }
        m_shared->notifyIfChanged();
        return StreamDecision::Continue;
    }

    void onEnd(SynthesisEnd end, const std::string& problem) override
    {
        std::ostream* log = nullptr;
        {
            std::lock_guard<std::mutex> lock(m_shared->mutex);
            if (m_shared->current == m_id)
                m_shared->synthesisDone = true;
            log = m_shared->log;
        }
        if (end == SynthesisEnd::Failed && log && !g_speechOffReported.exchange(true))
            *log << "rightjob: speech is off: " << problem << "\n" << std::flush;
        m_shared->notifyIfChanged();
    }

private:
    std::shared_ptr<SdlSpeaker::Shared> m_shared;
    UtteranceId m_id;
};

} // namespace

// [SECTION] SdlSpeaker

namespace {

// Starts espeak-ng in the background first, so it loads while SDL opens the
// sound card rather than after.
std::unique_ptr<AudioOutput> warmUpAndOpenOutput(std::ostream* log)
{
    warmUpSpeech();
    std::ostream nowhere(nullptr);
    return openAudioOutput(kSpeechSampleRate, log ? *log : nowhere);
}

} // namespace

SdlSpeaker::SdlSpeaker(SpeakerOptions options) : SdlSpeaker(warmUpAndOpenOutput(options.log), options) {}

SdlSpeaker::SdlSpeaker(std::unique_ptr<AudioOutput> output, SpeakerOptions options)
    : m_shared(std::make_shared<Shared>())
{
    warmUpSpeech();
    m_shared->voice = options.voice;
    m_shared->log = options.log;
    m_shared->onChange = std::move(options.onChange);
    m_shared->output = std::move(output);
    if (!m_shared->output)
        m_shared->output = std::make_unique<MutedAudioOutput>(kSpeechSampleRate);
    // The output goes before the shared state does (see ~SdlSpeaker), so a
    // plain pointer is safe here.
    Shared* shared = m_shared.get();
    m_shared->output->setPlayedCallback([shared] { shared->notifyIfChanged(); });
}

SdlSpeaker::~SdlSpeaker()
{
    std::unique_ptr<AudioOutput> output;
    {
        std::lock_guard<std::mutex> lock(m_shared->mutex);
        if (m_shared->job)
            m_shared->job->cancel();
        m_shared->job.reset();
        m_shared->current = 0;
        output = std::move(m_shared->output);
    }
    {
        std::lock_guard<std::mutex> lock(m_shared->notifyMutex);
        m_shared->closed = true;
    }
    // Closing the device waits for the audio thread, which may be in the
    // played callback: no lock of ours is held here.
    output.reset();
}

namespace {

// The recording at the speech sample rate, or null when there is none.
std::shared_ptr<const Recording> atSpeechRate(const std::shared_ptr<const Recording>& recording)
{
    if (!recording || recording->samples.empty())
        return nullptr;
    if (recording->sampleRate == kSpeechSampleRate)
        return recording;
    return std::make_shared<const Recording>(resampled(*recording, kSpeechSampleRate));
}

} // namespace

UtteranceId SdlSpeaker::say(Utterance utterance)
{
    // Sound in another sample rate is converted before the lock is taken.
    const std::shared_ptr<const Recording> clip = atSpeechRate(utterance.clip);
    const std::shared_ptr<const Recording> cue = atSpeechRate(utterance.cue);

    UtteranceId id = 0;
    {
        std::lock_guard<std::mutex> lock(m_shared->mutex);
        id = m_shared->nextId++;
        if (m_shared->job)
            m_shared->job->cancel();
        m_shared->job.reset();
        if (m_shared->output)
            m_shared->output->clear();
        m_shared->current = id;
        m_shared->currentTag = std::move(utterance.tag);
        m_shared->words.clear();
        m_shared->wordsStartAt = 0;
        m_shared->synthesisDone = true;
        if (cue && m_shared->output) {
            m_shared->output->append(cue->samples.data(), cue->samples.size());
            m_shared->wordsStartAt = static_cast<std::int64_t>(cue->samples.size());
        }
        if (clip) {
            if (m_shared->output)
                m_shared->output->append(clip->samples.data(), clip->samples.size());
        } else if (!utterance.text.empty()) {
            m_shared->synthesisDone = false;
            m_shared->job = startSynthesis(m_shared->voice,
                                           applyPronunciations(utterance.text, m_shared->pronunciations),
                                           std::make_shared<SpeakerStream>(m_shared, id));
        }
    }
    m_shared->notifyIfChanged();
    return id;
}

void SdlSpeaker::stop()
{
    {
        std::lock_guard<std::mutex> lock(m_shared->mutex);
        if (m_shared->job)
            m_shared->job->cancel();
        m_shared->job.reset();
        if (m_shared->output)
            m_shared->output->clear();
        m_shared->current = 0;
        m_shared->words.clear();
    }
    m_shared->notifyIfChanged();
}

SpeakingState SdlSpeaker::state() const
{
    std::lock_guard<std::mutex> lock(m_shared->mutex);
    return m_shared->stateLocked();
}

void SdlSpeaker::setVoice(const VoiceSettings& settings)
{
    std::lock_guard<std::mutex> lock(m_shared->mutex);
    m_shared->voice = settings;
}

void SdlSpeaker::setPronunciations(PronunciationList list)
{
    std::lock_guard<std::mutex> lock(m_shared->mutex);
    m_shared->pronunciations = std::move(list);
}

bool SdlSpeaker::soundIsOn() const
{
    std::lock_guard<std::mutex> lock(m_shared->mutex);
    return m_shared->output && m_shared->output->isAudible();
}

} // namespace rightjob::speech
