// Speech in the window, the last pieces: a recording in progress when its
// card is left is kept; with speak-first the "Choose" tick never covers
// another target; and a screen's prompt gives way to the person's own
// words. The silent speaker remembers what it was asked, in order.

#include "ui/test_harness.h"

#include "speech/clip_store.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <functional>

using namespace rightjob;
using rightjob::ui::testing::Harness;

namespace {

speech::NullSpeaker& speakerOf(Harness& harness)
{
    return dynamic_cast<speech::NullSpeaker&>(harness.app->speaker());
}

const std::vector<speech::Utterance>& saidBy(Harness& harness)
{
    return speakerOf(harness).said();
}

std::size_t timesSaid(Harness& harness, const std::string& text)
{
    const auto& said = saidBy(harness);
    return static_cast<std::size_t>(
        std::count_if(said.begin(), said.end(), [&](const speech::Utterance& u) { return u.text == text; }));
}

void changeSettings(Harness& harness, const std::function<void(core::Settings&)>& change)
{
    core::Settings settings = harness.app->settings();
    change(settings);
    harness.app->changeSettings(settings);
    harness.settle();
}

void redrawAFewTimes(Harness& harness)
{
    for (int i = 0; i < 4; ++i) {
        harness.window->injectPointerMove(10.0f + i, 700.0f, ui::PointerKind::Mouse);
        harness.settle();
    }
}

speech::Recording aVoice()
{
    speech::Recording voice;
    voice.sampleRate = speech::kSpeechSampleRate;
    for (int i = 0; i < 3000; ++i)
        voice.samples.push_back(static_cast<std::int16_t>((i % 40) * 200 - 4000));
    return voice;
}

} // namespace

// [SECTION] A recording in progress when the card is left

TEST_CASE("Leaving a card while its voice is recorded keeps the recording, as Stop would", "[ui][speech]")
{
    const speech::Recording voice = aVoice();
    Harness harness(1280, 800, "", std::make_shared<speech::FakeRecorder>(voice));
    harness.tap("person:" + harness.demoId);
    harness.tap("section:likes");
    harness.tap("all-cards");
    const std::string key = "likes/cooking";
    harness.tap("card:" + key);
    harness.tap("record");
    REQUIRE(harness.app->recorder().isRecording());

    harness.tap("back"); // no Stop first
    CHECK(harness.app->currentScreen() == ui::ScreenName::Section);
    CHECK_FALSE(harness.app->recorder().isRecording());
    const speech::ClipStore clips(core::PersonStore(harness.data.path).fileFor(harness.demoId).folder());
    REQUIRE(clips.has(key));
    CHECK(*clips.load(key) == voice);
    // No error cue: nothing went wrong.
    CHECK_FALSE(saidBy(harness).back().cue);
    // Back on the card, it speaks with the recorded voice.
    harness.tap("card:" + key);
    REQUIRE(saidBy(harness).back().clip);
    CHECK(*saidBy(harness).back().clip == voice);
    harness.scrollIntoView("play-recording");
    CHECK(harness.app->screenMap().findById("play-recording"));
}

TEST_CASE("Leaving a card at once after Record, with nothing heard, keeps nothing and is no error", "[ui][speech]")
{
    Harness harness(1280, 800, "", std::make_shared<speech::FakeRecorder>()); // records silence of no length
    harness.tap("person:" + harness.demoId);
    harness.tap("section:likes");
    harness.tap("all-cards");
    harness.tap("card:likes/music");
    harness.tap("record");
    REQUIRE(harness.app->recorder().isRecording());
    harness.tap("back");
    CHECK_FALSE(harness.app->recorder().isRecording());
    const speech::ClipStore clips(core::PersonStore(harness.data.path).fileFor(harness.demoId).folder());
    CHECK_FALSE(clips.has("likes/music"));
    CHECK_FALSE(saidBy(harness).back().cue);
}

// [SECTION] The "Choose" tick covers nothing

namespace {

// Every pair of targets that overlap, as "a and b".
std::vector<std::string> overlaps(const ui::ScreenMap& map)
{
    std::vector<std::string> found;
    const auto& targets = map.targets();
    for (std::size_t i = 0; i < targets.size(); ++i)
        for (std::size_t j = i + 1; j < targets.size(); ++j) {
            const auto& a = targets[i];
            const auto& b = targets[j];
            if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height)
                found.push_back(a.id + " and " + b.id);
        }
    return found;
}

// Makes each target on screen ready in turn (a first tap), checking the
// map after each; returns how many got the tick beside them.
int makeEachReady(Harness& harness, const std::string& where)
{
    std::vector<std::string> ids;
    for (const auto& target : harness.app->screenMap().targets())
        if (!target.partlyHidden && target.id != "back" && target.id != "choose-ready")
            ids.push_back(target.id);
    REQUIRE(ids.size() >= 1);
    int ticks = 0;
    const ui::ScreenName screen = harness.app->currentScreen();
    for (const std::string& id : ids) {
        const ui::ScreenTarget* target = harness.app->screenMap().findById(id);
        if (!target || target->partlyHidden)
            continue;
        harness.window->injectTap(target->centreX(), target->centreY(), ui::PointerKind::Finger);
        harness.settle();
        INFO(where << ", " << id << " ready");
        REQUIRE(harness.app->currentScreen() == screen); // a first tap only speaks
        // Some targets are never made ready: Undo with nothing to undo, a
        // placed card (a tap on it says it and lets it be moved).
        for (const std::string& pair : overlaps(harness.app->screenMap()))
            FAIL_CHECK("overlap: " << pair);
        if (const ui::ScreenTarget* tick = harness.app->screenMap().findById("choose-ready")) {
            ++ticks;
            CHECK(tick->x >= 0);
            CHECK(tick->y >= 0);
            CHECK(tick->x + tick->width <= harness.window->width());
            CHECK(tick->y + tick->height <= harness.window->height());
        }
    }
    return ticks;
}

} // namespace

TEST_CASE("Speak first: the Choose tick covers no other target on the mat and the section grid", "[ui][speech][layout]")
{
    for (const auto& [width, height] : {std::pair{1280, 800}, std::pair{800, 1280}}) {
        for (const int textSize : {100, 200}) {
            const std::string where =
                std::to_string(width) + "x" + std::to_string(height) + " at " + std::to_string(textSize) + "%";
            Harness harness(width, height);
            changeSettings(harness, [&](core::Settings& s) {
                s.speakFirst = true;
                s.textSizePercent = textSize;
            });
            const auto choose = [&](const std::string& id) {
                harness.tap(id);
                if (harness.app->speakFirst().readyTarget() == id)
                    harness.tap(id);
            };
            choose("person:" + harness.demoId);
            choose("section:likes");
            REQUIRE(harness.app->currentScreen() == ui::ScreenName::Mat);
            const int onMat = makeEachReady(harness, where + " on the mat");
            choose("all-cards");
            REQUIRE(harness.app->currentScreen() == ui::ScreenName::Section);
            const int onGrid = makeEachReady(harness, where + " on the section grid");
            INFO(where << ": the tick was beside " << onMat << " targets on the mat, " << onGrid << " on the grid");
            if (textSize == 100)
                CHECK(onMat + onGrid > 0); // where there is room, the tick is beside the target

            // Chosen by the tick, or by a second tap where it is shown on the target itself.
            const ui::ScreenTarget card = harness.target("card:likes/cooking");
            harness.window->injectTap(card.centreX(), card.centreY(), ui::PointerKind::Finger);
            harness.settle();
            if (harness.app->screenMap().findById("choose-ready"))
                harness.tap("choose-ready");
            else
                harness.window->injectTap(card.centreX(), card.centreY(), ui::PointerKind::Finger);
            harness.settle();
            CHECK(harness.app->currentScreen() == ui::ScreenName::Card);
        }
    }
}

// [SECTION] Prompts give way to the person's words

TEST_CASE("A tap straight after a screen opens is heard, and its prompt is not said again", "[ui][speech]")
{
    Harness harness;
    changeSettings(harness, [](core::Settings& s) { s.speakFirst = true; });
    harness.tap("person:" + harness.demoId);
    harness.tap("person:" + harness.demoId);
    REQUIRE(harness.app->currentScreen() == ui::ScreenName::Person);
    const std::string prompt = "What do you want to do?";
    CHECK(saidBy(harness).back().text == prompt);

    // At once, a tap: its words come after the prompt, which a real speaker stops for them.
    harness.tap("section:likes");
    REQUIRE(saidBy(harness).size() >= 2);
    CHECK(saidBy(harness).back().tag == "section:likes");
    CHECK(saidBy(harness)[saidBy(harness).size() - 2].text == prompt);
    redrawAFewTimes(harness);
    CHECK(saidBy(harness).back().tag == "section:likes");
    CHECK(timesSaid(harness, prompt) == 1);
}

TEST_CASE("A prompt waits for the words the person asked for, and is dropped when they ask for more", "[ui][speech]")
{
    Harness harness;
    changeSettings(harness, [](core::Settings& s) { s.speakFirst = true; });
    speech::NullSpeaker& speaker = speakerOf(harness);
    const std::string prompt = "What do you want to do?";
    const auto stillHearingTheLastWords = [&] {
        speech::SpeakingState state;
        state.utterance = ui::newestUtterance(speaker);
        state.tag = saidBy(harness).back().tag;
        state.wordIndex = 0;
        speaker.pretendHearing(state);
    };
    const auto wordsEnd = [&] {
        speech::SpeakingState state;
        state.lastFinished = ui::newestUtterance(speaker);
        speaker.pretendHearing(state);
    };

    SECTION("the words end: then the prompt is said")
    {
        harness.tap("person:" + harness.demoId); // heard: "Open ..."
        const std::string heard = saidBy(harness).back().text;
        stillHearingTheLastWords();
        harness.tap("person:" + harness.demoId); // chosen while still heard
        REQUIRE(harness.app->currentScreen() == ui::ScreenName::Person);
        CHECK(timesSaid(harness, prompt) == 0); // not cut off
        CHECK(saidBy(harness).back().text == heard);
        redrawAFewTimes(harness);
        CHECK(timesSaid(harness, prompt) == 0);
        wordsEnd();
        redrawAFewTimes(harness);
        CHECK(timesSaid(harness, prompt) == 1);
        CHECK(saidBy(harness).back().text == prompt);
        redrawAFewTimes(harness);
        CHECK(timesSaid(harness, prompt) == 1);
    }
    SECTION("the person taps something else first: the prompt is not said")
    {
        harness.tap("person:" + harness.demoId);
        stillHearingTheLastWords();
        harness.tap("person:" + harness.demoId);
        REQUIRE(harness.app->currentScreen() == ui::ScreenName::Person);
        harness.tap("section:likes"); // heard at once
        CHECK(saidBy(harness).back().tag == "section:likes");
        wordsEnd();
        redrawAFewTimes(harness);
        CHECK(timesSaid(harness, prompt) == 0);
        CHECK(saidBy(harness).back().tag == "section:likes");
    }
}
