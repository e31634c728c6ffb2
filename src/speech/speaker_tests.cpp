#include "speech/speaker.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <functional>
#include <optional>
#include <sstream>
#include <thread>

using namespace rightjob::speech;
using Clock = std::chrono::steady_clock;

namespace {

const std::string kSentence = "I like working with animals.";
const std::string kLongText =
    "This is a long piece of text that goes on for a good while, so that there is plenty of it left "
    "to play when something else is asked for, and none of that should ever be heard.";

double millisecondsSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// Waits up to limit for condition; true when it came.
bool waitFor(const std::function<bool()>& condition, std::chrono::milliseconds limit = std::chrono::seconds(5))
{
    const auto until = Clock::now() + limit;
    while (!condition()) {
        if (Clock::now() > until)
            return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    return true;
}

// Waits until the synthesis thread has stopped adding to output.
void waitForSynthesis(const ManualAudioOutput& output)
{
    // espeak-ng makes a sentence in a few milliseconds; the queue staying
    // the same over three looks 30 ms apart means it is done.
    std::int64_t last = -1;
    int sameLooks = 0;
    REQUIRE(waitFor([&] {
        const PlaybackPosition position = output.position();
        const std::int64_t now = position.queued + position.played;
        sameLooks = now > 0 && now == last ? sameLooks + 1 : 0;
        last = now;
        if (sameLooks >= 3)
            return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(30));
        return false;
    }));
}

// Sets an environment variable for as long as it lives.
class EnvironmentVariable {
public:
    EnvironmentVariable(const char* name, const char* value) : m_name(name)
    {
        if (const char* old = std::getenv(name))
            m_old = old;
        ::setenv(name, value, 1);
    }
    ~EnvironmentVariable()
    {
        if (m_old)
            ::setenv(m_name, m_old->c_str(), 1);
        else
            ::unsetenv(m_name);
    }

private:
    const char* m_name;
    std::optional<std::string> m_old;
};

struct ManualSpeaker {
    ManualAudioOutput* output;
    std::unique_ptr<SdlSpeaker> speaker;
};

ManualSpeaker manualSpeaker(SpeakerOptions options = {})
{
    auto output = std::make_unique<ManualAudioOutput>(kSpeechSampleRate);
    ManualAudioOutput* raw = output.get();
    return ManualSpeaker{raw, std::make_unique<SdlSpeaker>(std::move(output), std::move(options))};
}

} // namespace

TEST_CASE("The null speaker records what it was asked to say", "[speech]")
{
    NullSpeaker speaker;
    const UtteranceId first = speaker.say(Utterance{"Hello", "card:likes/animals", nullptr, nullptr});
    const UtteranceId second = speaker.say(Utterance{"Bye", "", nullptr, nullptr});
    speaker.stop();
    VoiceSettings voice;
    voice.wordsPerMinute = 120;
    speaker.setVoice(voice);
    PronunciationList list;
    list.set("Siobhan", "shi-vorn");
    speaker.setPronunciations(list);

    CHECK(second > first);
    REQUIRE(speaker.said().size() == 2);
    CHECK(speaker.said()[0].text == "Hello");
    CHECK(speaker.said()[0].tag == "card:likes/animals");
    CHECK(speaker.stops() == 1);
    CHECK(speaker.voice().wordsPerMinute == 120);
    CHECK(speaker.pronunciations() == list);
    CHECK_FALSE(speaker.state().isSpeaking());
    CHECK(speaker.state().lastFinished == second);
}

TEST_CASE("The word being heard follows the playback position", "[speech]")
{
    ManualSpeaker fixture = manualSpeaker();
    SdlSpeaker& speaker = *fixture.speaker;
    ManualAudioOutput& output = *fixture.output;

    const UtteranceId id = speaker.say(Utterance{kSentence, "card", nullptr, nullptr});
    waitForSynthesis(output);
    SpeakingState state = speaker.state();
    CHECK(state.utterance == id);
    CHECK(state.tag == "card");
    CHECK(state.wordIndex == 0);
    CHECK(kSentence.substr(state.wordStart, state.wordLength) == "I");

    std::vector<std::string> heard{"I"};
    int lastIndex = 0;
    while (output.play(220) > 0) {
        state = speaker.state();
        if (!state.isSpeaking())
            break;
        CHECK(state.wordIndex >= lastIndex);
        if (state.wordIndex != lastIndex)
            heard.push_back(kSentence.substr(state.wordStart, state.wordLength));
        lastIndex = state.wordIndex;
    }
    CHECK(heard == std::vector<std::string>{"I", "like", "working", "with", "animals"});
    state = speaker.state();
    CHECK_FALSE(state.isSpeaking());
    CHECK(state.lastFinished == id);
}

TEST_CASE("Saying something new stops the old speech, and its rest is never played", "[speech]")
{
    ManualSpeaker fixture = manualSpeaker();
    SdlSpeaker& speaker = *fixture.speaker;
    ManualAudioOutput& output = *fixture.output;

    const UtteranceId first = speaker.say(Utterance{kLongText, "a", nullptr, nullptr});
    waitForSynthesis(output);
    const std::int64_t firstLength = output.position().queued;
    CHECK(firstLength > kSpeechSampleRate * 5);
    output.play(kSpeechSampleRate / 2);
    CHECK(speaker.state().utterance == first);

    const int clearsBefore = output.clearCount();
    const UtteranceId second = speaker.say(Utterance{"Stop.", "b", nullptr, nullptr});
    SpeakingState state = speaker.state();
    CHECK(state.utterance == second);
    CHECK(state.tag == "b");
    CHECK(output.clearCount() == clearsBefore + 1);
    waitForSynthesis(output);
    const auto samples = output.samplesSinceClear();
    CHECK(samples.size() > 2000);
    CHECK(samples.size() < static_cast<std::size_t>(kSpeechSampleRate)); // "Stop." only
    output.playAll();
    state = speaker.state();
    CHECK_FALSE(state.isSpeaking());
    CHECK(state.lastFinished == second);
}

TEST_CASE("Stop silences at once and counts as not finished", "[speech]")
{
    ManualSpeaker fixture = manualSpeaker();
    const UtteranceId id = fixture.speaker->say(Utterance{kSentence, "", nullptr, nullptr});
    waitForSynthesis(*fixture.output);
    fixture.speaker->stop();
    CHECK(fixture.output->position().queued == 0);
    CHECK_FALSE(fixture.speaker->state().isSpeaking());
    CHECK(fixture.speaker->state().lastFinished != id);
}

TEST_CASE("A recorded clip plays instead of the voice", "[speech]")
{
    ManualSpeaker fixture = manualSpeaker();
    auto clip = std::make_shared<Recording>();
    for (int i = 0; i < 5000; ++i)
        clip->samples.push_back(static_cast<std::int16_t>((i % 100) * 50));

    const UtteranceId id = fixture.speaker->say(Utterance{"cooking", "card", clip, nullptr});
    CHECK(fixture.output->samplesSinceClear() == clip->samples); // queued at once, no synthesis
    SpeakingState state = fixture.speaker->state();
    CHECK(state.utterance == id);
    CHECK(state.wordIndex == -1);
    fixture.output->playAll();
    CHECK(fixture.speaker->state().lastFinished == id);

    // A clip at another rate is converted to the speech rate.
    auto fast = std::make_shared<Recording>(Recording{clip->samples, kSpeechSampleRate * 2});
    fixture.speaker->say(Utterance{"cooking", "card", fast, nullptr});
    CHECK(fixture.output->samplesSinceClear().size() == clip->samples.size() / 2);
}

TEST_CASE("Changes are announced for each word and the end, and never after the speaker goes", "[speech]")
{
    auto changes = std::make_shared<std::atomic<int>>(0);
    SpeakerOptions options;
    options.onChange = [changes] { ++*changes; };
    ManualSpeaker fixture = manualSpeaker(options);
    fixture.speaker->say(Utterance{kSentence, "", nullptr, nullptr});
    waitForSynthesis(*fixture.output);
    const int atStart = *changes;
    CHECK(atStart >= 1);
    while (fixture.output->play(500) > 0) {
    }
    CHECK(*changes >= atStart + 5); // four more words and the end

    fixture.speaker->say(Utterance{kLongText, "", nullptr, nullptr});
    fixture.speaker.reset();
    const int atEnd = *changes;
    fixture.output = nullptr;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    CHECK(*changes == atEnd);
}

TEST_CASE("With the dummy audio driver nothing blocks and speech plays in time", "[speech][sdl]")
{
    EnvironmentVariable driver("SDL_AUDIODRIVER", "dummy");
    std::ostringstream log;
    SpeakerOptions options;
    options.log = &log;
    SdlSpeaker speaker(options);
    CHECK(speaker.soundIsOn());
    CHECK(log.str().empty());

    auto started = Clock::now();
    const UtteranceId first = speaker.say(Utterance{kLongText, "a", nullptr, nullptr});
    CHECK(millisecondsSince(started) < 200);
    // The dummy device plays in real time, so the words move on with the clock.
    CHECK(waitFor([&] { return speaker.state().wordIndex >= 2; }));
    CHECK(speaker.state().utterance == first);

    started = Clock::now();
    const UtteranceId second = speaker.say(Utterance{"Stop.", "b", nullptr, nullptr});
    CHECK(millisecondsSince(started) < 200);
    CHECK(speaker.state().utterance == second);
    // "Stop." lasts well under a second; the long text would take ten.
    CHECK(waitFor([&] { return !speaker.state().isSpeaking(); }, std::chrono::milliseconds(3000)));
    CHECK(speaker.state().lastFinished == second);

    for (int i = 0; i < 20; ++i) {
        started = Clock::now();
        speaker.say(Utterance{"Tap " + std::to_string(i), "", nullptr, nullptr});
        CHECK(millisecondsSince(started) < 200);
    }
    started = Clock::now();
    speaker.stop();
    CHECK(millisecondsSince(started) < 200);
}

TEST_CASE("With no sound device the speaker says so at most once and carries on muted", "[speech][sdl]")
{
    EnvironmentVariable driver("SDL_AUDIODRIVER", "no-such-driver");
    const bool reportedBefore = soundOffWasReported();
    std::ostringstream log;
    SpeakerOptions options;
    options.log = &log;
    {
        SdlSpeaker first(options);
        SdlSpeaker second(options);
        CHECK_FALSE(first.soundIsOn());
        CHECK_FALSE(second.soundIsOn());

        const auto started = Clock::now();
        const UtteranceId id = first.say(Utterance{kLongText, "", nullptr, nullptr});
        CHECK(millisecondsSince(started) < 200);
        // Muted speech is "heard" as fast as it is made.
        CHECK(waitFor([&] { return first.state().lastFinished == id; }, std::chrono::milliseconds(2000)));
        second.say(Utterance{kSentence, "", nullptr, nullptr});
        second.stop();
        CHECK_FALSE(second.state().isSpeaking());
    }
    CHECK(soundOffWasReported());
    const std::string said = log.str();
    std::size_t count = 0;
    for (auto place = said.find("sound is off"); place != std::string::npos; place = said.find("sound is off", place + 1))
        ++count;
    CHECK(count == (reportedBefore ? 0u : 1u));
    if (count == 1)
        CHECK_THAT(said, Catch::StartsWith("rightjob: sound is off: "));
}
