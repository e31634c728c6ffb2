#include "speech/synthesizer.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <future>
#include <thread>

using namespace rightjob::speech;

namespace {

const std::string kSentence = "I like working with animals.";

// The words of text as split by spaces, for counting.
std::vector<std::string> wordsOf(const std::string& text)
{
    std::vector<std::string> words;
    std::string word;
    for (const char c : text + " ") {
        if (c == ' ') {
            if (!word.empty())
                words.push_back(word);
            word.clear();
        } else {
            word += c;
        }
    }
    return words;
}

// Records what a streaming synthesis hands over, and when.
class RecordingStream : public SpeechStream {
public:
    void onWord(const WordTiming& word) override
    {
        words.push_back(word);
        wordsBeforeSamples.push_back(samples.size());
    }
    StreamDecision onSamples(const std::int16_t* chunk, std::size_t count) override
    {
        if (chunks == 0 && beforeFirstChunk.valid())
            beforeFirstChunk.wait();
        ++chunks;
        if (samples.empty())
            firstChunkBeforeEnd = !ended;
        samples.insert(samples.end(), chunk, chunk + count);
        return stopAfterChunks > 0 && chunks >= stopAfterChunks ? StreamDecision::Stop : StreamDecision::Continue;
    }
    void onEnd(SynthesisEnd synthesisEnd, const std::string& synthesisProblem) override
    {
        end = synthesisEnd;
        problem = synthesisProblem;
        ended = true;
        ++endCalls;
    }

    std::shared_future<void> beforeFirstChunk;
    std::vector<WordTiming> words;
    std::vector<std::size_t> wordsBeforeSamples;
    std::vector<std::int16_t> samples;
    int chunks = 0;
    int stopAfterChunks = 0;
    bool firstChunkBeforeEnd = false;
    bool ended = false;
    int endCalls = 0;
    SynthesisEnd end = SynthesisEnd::Failed;
    std::string problem;
};

} // namespace

TEST_CASE("A known sentence synthesises to a plausible length of non-silent audio", "[speech]")
{
    const Synthesizer synthesizer;
    const Speech speech = synthesizer.synthesize(kSentence);
    CHECK(speech.sampleRate == 22050);
    CHECK(synthesizer.sampleRate() == 22050);
    CHECK(speech.seconds() > 1.0);
    CHECK(speech.seconds() < 4.0);
    CHECK(rootMeanSquare(speech.samples.data(), speech.samples.size()) > 0.02);
}

TEST_CASE("Word events come in order, one per word, with rising times inside the audio", "[speech]")
{
    const Synthesizer synthesizer;
    const Speech speech = synthesizer.synthesize(kSentence);
    const auto expected = wordsOf(kSentence); // "animals." keeps its full stop
    REQUIRE(speech.words.size() == expected.size());
    REQUIRE(expected.size() == 5);
    for (std::size_t i = 0; i < speech.words.size(); ++i) {
        const WordTiming& word = speech.words[i];
        CHECK(word.index == static_cast<int>(i));
        const std::string heard = kSentence.substr(word.textStart, word.textLength);
        CHECK(expected[i].rfind(heard, 0) == 0); // "animals" for "animals."
        CHECK(word.startSample >= 0);
        CHECK(word.startSample < static_cast<std::int64_t>(speech.samples.size()));
        if (i > 0)
            CHECK(word.startSample > speech.words[i - 1].startSample);
    }
    CHECK(speech.words.front().startSample == 0);
    CHECK(kSentence.substr(speech.words[2].textStart, speech.words[2].textLength) == "working");
    CHECK(wordAtSample(speech.words, -1) == -1);
    CHECK(wordAtSample(speech.words, speech.words[3].startSample) == 3);
    CHECK(wordAtSample(speech.words, static_cast<std::int64_t>(speech.samples.size())) == 4);
}

TEST_CASE("Word places are bytes of UTF-8 text, and a number read as several words is one word", "[speech]")
{
    const Synthesizer synthesizer;
    const std::string text = "Siân likes café work with 25 cats.";
    const Speech speech = synthesizer.synthesize(text);
    std::vector<std::string> heard;
    for (const auto& word : speech.words)
        heard.push_back(text.substr(word.textStart, word.textLength));
    CHECK(heard == std::vector<std::string>{"Siân", "likes", "café", "work", "with", "25", "cats"});
}

TEST_CASE("Samples stream out in chunks before the synthesis ends, words before their samples", "[speech]")
{
    const Synthesizer synthesizer;
    auto stream = std::make_shared<RecordingStream>();
    auto job = synthesizer.start(SpokenText::verbatim(kSentence), stream);
    job->waitUntilFinished();
    CHECK(job->isFinished());
    CHECK(stream->end == SynthesisEnd::Finished);
    CHECK(stream->endCalls == 1);
    CHECK(stream->firstChunkBeforeEnd);
    CHECK(stream->chunks > 10); // 20 ms chunks of a sentence over a second long
    REQUIRE(stream->words.size() == 5);
    for (std::size_t i = 0; i < stream->words.size(); ++i)
        CHECK(static_cast<std::int64_t>(stream->wordsBeforeSamples[i]) <= stream->words[i].startSample);
}

TEST_CASE("A stream or a cancel stops a synthesis early, and the next one is whole", "[speech]")
{
    const Synthesizer synthesizer;
    auto stream = std::make_shared<RecordingStream>();
    stream->stopAfterChunks = 2;
    synthesizer.start(SpokenText::verbatim(kSentence), stream)->waitUntilFinished();
    CHECK(stream->end == SynthesisEnd::Stopped);
    CHECK(stream->chunks == 2);

    // The first chunk waits until the job is cancelled, so the cancel
    // surely lands in the middle of the synthesis.
    auto cancelled = std::make_shared<RecordingStream>();
    std::promise<void> cancelSent;
    cancelled->beforeFirstChunk = cancelSent.get_future().share();
    auto job = synthesizer.start(SpokenText::verbatim(kSentence), cancelled);
    job->cancel();
    CHECK(job->isCancelled());
    cancelSent.set_value();
    job->waitUntilFinished();
    CHECK(cancelled->end == SynthesisEnd::Stopped);
    CHECK(cancelled->endCalls == 1);
    CHECK(cancelled->chunks <= 1);

    // Cancelled before it starts: nothing is synthesised at all.
    auto blocker = std::make_shared<RecordingStream>();
    std::promise<void> release;
    blocker->beforeFirstChunk = release.get_future().share();
    auto blocking = synthesizer.start(SpokenText::verbatim(kSentence), blocker);
    auto never = std::make_shared<RecordingStream>();
    auto queued = synthesizer.start(SpokenText::verbatim(kSentence), never);
    queued->cancel();
    release.set_value();
    queued->waitUntilFinished();
    CHECK(blocking->isFinished());
    CHECK(never->end == SynthesisEnd::Stopped);
    CHECK(never->chunks == 0);

    const Speech after = synthesizer.synthesize(kSentence);
    CHECK(after.words.size() == 5);
    CHECK(after.seconds() > 1.0);
}

TEST_CASE("English (Great Britain) is installed and the default, and unknown voices are refused", "[speech]")
{
    const auto voices = installedVoices();
    const auto british = std::find_if(voices.begin(), voices.end(),
                                      [](const VoiceInfo& voice) { return voice.language == "en-gb"; });
    REQUIRE(british != voices.end());
    CHECK(british->name == "English (Great Britain)");
    CHECK(std::none_of(voices.begin(), voices.end(),
                       [](const VoiceInfo& voice) { return voice.identifier.rfind("mb/", 0) == 0; }));
    const auto variants = voiceVariants();
    CHECK(std::find(variants.begin(), variants.end(), "f3") != variants.end());

    Synthesizer synthesizer;
    CHECK(synthesizer.voice().voice == "en-gb");
    CHECK_THROWS_AS(Synthesizer(VoiceSettings{"no-such-voice"}), SpeechError);
    CHECK_THROWS_WITH(synthesizer.setVoice(VoiceSettings{"en-gb+nonsense"}), Catch::Contains("no voice called"));
    CHECK(synthesizer.voice().voice == "en-gb");
    CHECK_NOTHROW(synthesizer.setVoice(VoiceSettings{"gmw/en-US"}));
    CHECK_NOTHROW(synthesizer.setVoice(VoiceSettings{"English (Great Britain)+f3"}));
    CHECK(synthesizer.synthesize("Hello").seconds() > 0.2);
}

TEST_CASE("Speed, pitch and volume change the sound", "[speech]")
{
    VoiceSettings slow;
    slow.wordsPerMinute = 100;
    VoiceSettings fast;
    fast.wordsPerMinute = 300;
    const double slowSeconds = Synthesizer(slow).synthesize(kSentence).seconds();
    const double fastSeconds = Synthesizer(fast).synthesize(kSentence).seconds();
    CHECK(slowSeconds > fastSeconds * 1.5);

    VoiceSettings quiet;
    quiet.volume = 30;
    const Speech soft = Synthesizer(quiet).synthesize(kSentence);
    const Speech normal = Synthesizer().synthesize(kSentence);
    CHECK(rootMeanSquare(soft.samples.data(), soft.samples.size())
          < 0.6 * rootMeanSquare(normal.samples.data(), normal.samples.size()));

    VoiceSettings wild;
    wild.wordsPerMinute = 5000;
    wild.pitch = -3;
    wild.volume = 999;
    const VoiceSettings clamped = clampedSettings(wild);
    CHECK(clamped.wordsPerMinute == kMaximumWordsPerMinute);
    CHECK(clamped.pitch == 0);
    CHECK(clamped.volume == 200);
}

TEST_CASE("Several threads may synthesise at once through the one espeak-ng", "[speech]")
{
    std::atomic<int> good{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&good, t] {
            VoiceSettings settings;
            settings.wordsPerMinute = 120 + 40 * t; // switching settings between jobs
            const Synthesizer synthesizer(settings);
            for (int i = 0; i < 3; ++i)
                if (synthesizer.synthesize(kSentence).words.size() == 5)
                    ++good;
        });
    }
    for (auto& thread : threads)
        thread.join();
    CHECK(good == 12);
}

TEST_CASE("The time to the first samples can be measured", "[speech]")
{
    // The figure itself belongs to the benchmark; here it only has to be sane.
    Synthesizer synthesizer;
    const double milliseconds = measureFirstSampleMilliseconds(synthesizer, "I like working with animals");
    CHECK(milliseconds > 0.0);
    CHECK(milliseconds < 1000.0);
}

TEST_CASE("Empty text synthesises to nothing without failing", "[speech]")
{
    const Speech speech = Synthesizer().synthesize("");
    CHECK(speech.samples.empty());
    CHECK(speech.words.empty());
}
