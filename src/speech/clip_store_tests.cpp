#include "speech/clip_store.h"
#include "speech/recorder.h"
#include "speech/speaker.h"

#include "core/base/data_error.h"
#include "test_support.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <cstdlib>
#include <optional>
#include <sys/stat.h>
#include <thread>

using namespace rightjob::speech;
using rightjob::testing::TemporaryFolder;

namespace {

Recording mumSayingCooking()
{
    Recording recording;
    for (int i = 0; i < 11025; ++i)
        recording.samples.push_back(static_cast<std::int16_t>((i * 37) % 20000 - 10000));
    return recording;
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

mode_t permissionsOf(const std::string& path)
{
    struct stat info {};
    REQUIRE(::stat(path.c_str(), &info) == 0);
    return info.st_mode & 0777;
}

} // namespace

TEST_CASE("Clip file names are safe and never shared by two cards", "[speech][storage]")
{
    CHECK(clipFileName("likes/animals") == "likes.animals.wav");
    CHECK(clipFileName("good_at/being-on-time") == "good_at.being-on-time.wav");
    CHECK(clipFileName("../../etc/passwd") == "%2E%2E.%2E%2E.etc.passwd.wav");
    CHECK(clipFileName("Likes/Dogs") == "%4Cikes.%44ogs.wav");
    CHECK(clipFileName("a.b/c") != clipFileName("a/b.c"));
    CHECK(clipFileName("") == "%.wav");
    const std::string longKey = std::string(300, 'a') + "/" + std::string(300, 'b');
    const std::string otherLongKey = std::string(300, 'a') + "/" + std::string(299, 'b') + "c";
    CHECK(clipFileName(longKey).size() <= 170);
    CHECK(clipFileName(longKey) != clipFileName(otherLongKey));
    CHECK(clipFileName(longKey).find('/') == std::string::npos);
}

TEST_CASE("Recorded clips are stored in the person's folder and replayed from it", "[speech][storage]")
{
    TemporaryFolder person;
    ClipStore store(person.path());
    const std::string card = "likes/cooking";

    // A supporter records "cooking" in Mum's voice.
    FakeRecorder recorder(mumSayingCooking());
    std::string problem;
    REQUIRE(recorder.start(problem));
    CHECK(recorder.isRecording());
    CHECK(recorder.level() > 0.0);
    const Recording recorded = recorder.stop();
    CHECK_FALSE(recorder.isRecording());
    CHECK(recorder.stop().samples.empty());

    CHECK_FALSE(store.has(card));
    CHECK_FALSE(store.load(card).has_value());
    REQUIRE(store.save(card, recorded).ok);
    CHECK(store.has(card));
    CHECK(store.clipPath(card) == person.path() + "/recordings/likes.cooking.wav");
    CHECK(permissionsOf(store.folder()) == 0700);
    CHECK(permissionsOf(store.clipPath(card)) == 0600);

    // Next session: the clip is loaded and played instead of the voice.
    ClipStore later(person.path());
    const std::optional<Recording> loaded = later.load(card);
    REQUIRE(loaded.has_value());
    CHECK(*loaded == recorded);

    auto output = std::make_unique<ManualAudioOutput>(kSpeechSampleRate);
    ManualAudioOutput& played = *output;
    SdlSpeaker speaker(std::move(output), SpeakerOptions{});
    const UtteranceId id = speaker.say(Utterance{"cooking", card, std::make_shared<Recording>(*loaded), nullptr});
    CHECK(played.samplesSinceClear() == recorded.samples);
    played.playAll();
    CHECK(speaker.state().lastFinished == id);

    // Recording again replaces the clip; removing it leaves the voice.
    Recording shorter = recorded;
    shorter.samples.resize(100);
    REQUIRE(store.save(card, shorter).ok);
    CHECK(store.load(card)->samples.size() == 100);
    REQUIRE(store.remove(card).ok);
    CHECK_FALSE(store.has(card));
    CHECK(store.remove(card).ok);
    CHECK_FALSE(store.save(card, Recording{}).ok);
}

TEST_CASE("A damaged clip is a plain error, not a crash", "[speech][storage]")
{
    TemporaryFolder person;
    ClipStore store(person.path());
    REQUIRE(store.save("likes/music", mumSayingCooking()).ok);
    rightjob::testing::writeTextFile(store.clipPath("likes/music"), "RIFF and then nothing useful");
    CHECK_THROWS_AS(store.load("likes/music"), rightjob::core::DataError);
    CHECK_THROWS_WITH(store.load("likes/music"), Catch::Contains("likes.music.wav"));
}

TEST_CASE("A recorder that cannot record says why", "[speech]")
{
    FakeRecorder recorder;
    recorder.failWith("there is no microphone.");
    std::string problem;
    CHECK_FALSE(recorder.start(problem));
    CHECK(problem == "there is no microphone.");
    CHECK_FALSE(recorder.isRecording());
}

TEST_CASE("SDL capture records from the dummy driver without blocking", "[speech][sdl]")
{
    std::optional<EnvironmentVariable> driver;
    driver.emplace("SDL_AUDIODRIVER", "dummy");
    SdlRecorder recorder;
    std::string problem;
    const auto started = std::chrono::steady_clock::now();
    REQUIRE(recorder.start(problem));
    CHECK(std::chrono::steady_clock::now() - started < std::chrono::milliseconds(200));
    CHECK(recorder.isRecording());
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    CHECK(recorder.level() == 0.0); // the dummy microphone hears silence
    const Recording recording = recorder.stop();
    CHECK_FALSE(recorder.isRecording());
    CHECK(recording.sampleRate == kSpeechSampleRate);
    CHECK(recording.seconds() > 0.05);
    CHECK(recording.seconds() < 2.0);

    driver.reset();
    EnvironmentVariable noDriver("SDL_AUDIODRIVER", "no-such-driver");
    SdlRecorder none;
    CHECK_FALSE(none.start(problem));
    CHECK_THAT(problem, Catch::StartsWith("there is no microphone"));
}
