// Speech in the window, driven headless through the real loop: speak-first,
// prompts read when a screen opens, the voice settings, the pronunciation
// editor, recorded voices and sound cues. The silent speaker remembers every
// utterance, so the tests check what would have been heard.

#include "ui/test_harness.h"

#include "core/base/asset_paths.h"
#include "core/base/easy_read.h"
#include "speech/clip_store.h"
#include "speech/pronunciations.h"
#include "speech/synthesizer.h"
#include "speech/wav.h"

#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <algorithm>
#include <functional>

using namespace rightjob;
using rightjob::ui::testing::Harness;

namespace {

const std::vector<speech::Utterance>& saidBy(Harness& harness)
{
    return dynamic_cast<speech::NullSpeaker&>(harness.app->speaker()).said();
}

const speech::NullSpeaker& speakerOf(Harness& harness)
{
    return dynamic_cast<speech::NullSpeaker&>(harness.app->speaker());
}

// How many times text was said.
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

speech::Recording cueSound(const char* name)
{
    return speech::readWavFile(core::assetPath(std::string("audio/") + name + ".wav"));
}

// Draws a few more frames, as moving the pointer would.
void redrawAFewTimes(Harness& harness)
{
    for (int i = 0; i < 4; ++i) {
        harness.window->injectPointerMove(10.0f + i, 700.0f, ui::PointerKind::Mouse);
        harness.settle();
    }
}

} // namespace

TEST_CASE("Speak first: the first tap says a tile and marks it, the second tap chooses it", "[ui][speech]")
{
    Harness harness;
    changeSettings(harness, [](core::Settings& s) { s.speakFirst = true; });
    harness.tap("person:" + harness.demoId);
    CHECK(harness.app->currentScreen() == ui::ScreenName::People); // heard, not opened
    CHECK(harness.app->speakFirst().readyTarget() == "person:" + harness.demoId);
    CHECK(saidBy(harness).back().text.rfind("Open ", 0) == 0);
    harness.tap("person:" + harness.demoId);
    REQUIRE(harness.app->currentScreen() == ui::ScreenName::Person);
    CHECK(harness.app->speakFirst().readyTarget().empty());

    harness.tap("section:likes");
    harness.tap("section:likes");
    REQUIRE(harness.app->currentScreen() == ui::ScreenName::Mat);
    harness.tap("all-cards");
    harness.tap("all-cards");
    REQUIRE(harness.app->currentScreen() == ui::ScreenName::Section);
    harness.tap("card:likes/music");
    harness.tap("card:likes/music");
    REQUIRE(harness.app->currentScreen() == ui::ScreenName::Card);

    // An answer: the first tap says it and changes nothing.
    const std::string key = "likes/music";
    const auto answersIn = [&](const core::Profile& profile) {
        return profile.findCard(key) ? profile.findCard(key)->answers.size() : 0;
    };
    const std::size_t before = answersIn(harness.savedProfile());
    harness.tap("answer:positive");
    CHECK(answersIn(harness.savedProfile()) == before);
    CHECK(harness.app->speakFirst().readyTarget() == "answer:positive");
    const std::size_t heard = saidBy(harness).size();
    harness.tap("answer:positive");
    CHECK(answersIn(harness.savedProfile()) == before + 1);
    // Chosen, not said again: what is heard is the "answer placed" cue alone.
    REQUIRE(saidBy(harness).size() == heard + 1);
    CHECK(saidBy(harness).back().text.empty());
    CHECK(saidBy(harness).back().cue);

    // Tapping another target moves the mark; the tick beside it chooses it.
    harness.tap("answer:middle");
    harness.tap("answer:negative");
    CHECK(harness.app->speakFirst().readyTarget() == "answer:negative");
    CHECK(answersIn(harness.savedProfile()) == before + 1);
    const ui::ScreenTarget tick = harness.target("choose-ready");
    CHECK(tick.width >= 44);
    CHECK(tick.height >= 44);
    harness.tap("choose-ready");
    harness.settle();
    const core::Profile saved = harness.savedProfile();
    REQUIRE(answersIn(saved) == before + 2);
    CHECK(saved.findCard(key)->answers.back().value == core::AnswerValue::Negative);
}

TEST_CASE("Speak first with switches: the highlighted target is said, and one press chooses it", "[ui][speech][scanning]")
{
    Harness harness;
    changeSettings(harness, [](core::Settings& s) {
        s.speakFirst = true;
        s.accessMethod = core::AccessMethod::TwoSwitch;
    });
    const auto press = [&](SDL_Scancode key) {
        harness.window->injectKey(key);
        harness.settle();
    };
    // The people are on the first row; its first item is the demo person.
    press(SDL_SCANCODE_SPACE); // into the first row
    const std::string first = saidBy(harness).back().tag;
    REQUIRE_FALSE(first.empty());
    const std::size_t heard = saidBy(harness).size();
    press(SDL_SCANCODE_SPACE); // choose the highlighted item
    CHECK(harness.app->currentScreen() != ui::ScreenName::People);
    // Not said a second time when chosen.
    for (std::size_t i = heard; i < saidBy(harness).size(); ++i)
        CHECK(saidBy(harness)[i].tag != first);
}

TEST_CASE("A screen says its prompt once when it opens, and not when the setting is off", "[ui][speech]")
{
    Harness harness;
    CHECK(timesSaid(harness, "Who is using Right Job?") == 1);
    harness.tap("person:" + harness.demoId);
    CHECK(saidBy(harness).back().text == "What do you want to do?");

    const core::SectionDefinition& likes = *harness.app->openProfile()->layout().findSection("likes");
    const std::string prompt = likes.spokenPrompt.empty() ? likes.prompt : likes.spokenPrompt;
    harness.tap("section:likes");
    CHECK(saidBy(harness).back().text == prompt);
    redrawAFewTimes(harness);
    CHECK(timesSaid(harness, prompt) == 1); // once per opening, not every frame

    // Opened again: said again.
    harness.tap("back");
    harness.tap("section:likes");
    CHECK(timesSaid(harness, prompt) == 2);

    // The setting off: the tap's own words are heard, the prompt is not.
    changeSettings(harness, [](core::Settings& s) { s.readPromptsAloud = false; });
    harness.tap("back");
    harness.tap("section:likes");
    CHECK(timesSaid(harness, prompt) == 2);
    CHECK(saidBy(harness).back().text.rfind(likes.title, 0) == 0);
}

TEST_CASE("Voice settings change with big buttons, are saved at once and reach the speaker", "[ui][speech][settings]")
{
    Harness harness;
    harness.tap("settings");
    REQUIRE(harness.app->currentScreen() == ui::ScreenName::Settings);
    const core::Settings before = harness.app->settings();

    harness.tap("speed:faster");
    harness.tap("pitch:lower");
    harness.tap("volume:quieter");
    harness.tap("volume:quieter");
    CHECK(harness.app->settings().speechWordsPerMinute == before.speechWordsPerMinute + 10);
    CHECK(harness.app->settings().speechPitch == before.speechPitch - 10);
    CHECK(harness.app->settings().speechVolume == before.speechVolume - 20);
    const speech::VoiceSettings& voice = speakerOf(harness).voice();
    CHECK(voice.wordsPerMinute == before.speechWordsPerMinute + 10);
    CHECK(voice.pitch == before.speechPitch - 10);
    CHECK(voice.volume == before.speechVolume - 20);

    // The English voices are listed by name, English (Great Britain) chosen;
    // the others are shown on asking.
    const auto voices = speech::installedVoices();
    const auto withLanguage = [&](const std::string& language) -> const speech::VoiceInfo* {
        for (const auto& voice : voices)
            if (voice.language == language)
                return &voice;
        return nullptr;
    };
    const speech::VoiceInfo* british = withLanguage("en-gb");
    const speech::VoiceInfo* american = withLanguage("en-us");
    const speech::VoiceInfo* french = withLanguage("fr-fr");
    REQUIRE(british);
    REQUIRE(american);
    REQUIRE(french);
    harness.scrollIntoView("voice:" + british->identifier);
    CHECK(harness.target("voice:" + british->identifier).label == "English (Great Britain)");
    harness.tap("voice:" + american->identifier);
    CHECK(harness.app->settings().voice == "en-us");
    CHECK(speakerOf(harness).voice().voice == "en-us");
    harness.scrollIntoView("voices:more");
    for (const auto& target : harness.app->screenMap().targets())
        CHECK(target.id != "voice:" + french->identifier);
    harness.tap("voices:more");
    harness.scrollIntoView("voice:" + french->identifier);
    CHECK(harness.app->screenMap().findById("voice:" + french->identifier));

    harness.tap("try-voice");
    CHECK(saidBy(harness).back().text == "Hello. This is how I sound.");

    harness.tap("sound-cues:off");
    harness.tap("prompts:off");
    harness.tap("speak-first:on");
    CHECK(harness.app->speakFirst().isOn());

    const core::Settings saved = core::loadSettingsWithReport(core::settingsPath(harness.data.path)).settings;
    CHECK(saved.speechWordsPerMinute == before.speechWordsPerMinute + 10);
    CHECK(saved.speechPitch == before.speechPitch - 10);
    CHECK(saved.speechVolume == before.speechVolume - 20);
    CHECK(saved.voice == harness.app->settings().voice);
    CHECK_FALSE(saved.soundCues);
    CHECK_FALSE(saved.readPromptsAloud);
    CHECK(saved.speakFirst);
}

TEST_CASE("A supporter adds, tests and removes a pronunciation; it is saved and used by the voice", "[ui][speech]")
{
    std::string dataFolder;
    std::string demoId;
    {
        Harness harness;
        harness.data.keep = true;
        dataFolder = harness.data.path;
        demoId = harness.demoId;
        harness.tap("person:" + harness.demoId);
        harness.tap("pronunciations");
        REQUIRE(harness.app->currentScreen() == ui::ScreenName::Pronunciations);
        harness.type("word", "Siobhan");
        harness.type("said-as", "shi-vorn");
        harness.tap("try-said-as");
        CHECK(saidBy(harness).back().text == "shi-vorn");
        harness.tap("save-word");

        const std::string path =
            speech::pronunciationsPath(core::PersonStore(dataFolder).fileFor(demoId).folder());
        const speech::PronunciationList onDisk = speech::loadPronunciations(path);
        REQUIRE(onDisk.find("Siobhan"));
        CHECK(onDisk.find("Siobhan")->saidAs == "shi-vorn");
        CHECK(speakerOf(harness).pronunciations() == onDisk);
        struct stat info {};
        REQUIRE(::stat(path.c_str(), &info) == 0);
        CHECK((info.st_mode & 0777) == 0600);

        harness.tap("say:Siobhan");
        CHECK(saidBy(harness).back().text == "Siobhan");
    }
    {
        // Opening the person again gives the voice their list.
        Harness again(1280, 800, dataFolder);
        again.tap("person:" + demoId);
        REQUIRE(speakerOf(again).pronunciations().find("Siobhan"));
        again.tap("pronunciations");
        again.tap("remove:Siobhan");
        CHECK(speakerOf(again).pronunciations().find("Siobhan")); // asked first
        again.tap("remove-yes");
        CHECK_FALSE(speakerOf(again).pronunciations().find("Siobhan"));
        const std::string path = speech::pronunciationsPath(core::PersonStore(dataFolder).fileFor(demoId).folder());
        CHECK(speech::loadPronunciations(path).empty());
    }
    std::error_code ignored;
    std::filesystem::remove_all(dataFolder, ignored);
}

TEST_CASE("A voice recorded for a card is saved safely and plays instead of the synthetic voice", "[ui][speech]")
{
    speech::Recording mum;
    mum.sampleRate = speech::kSpeechSampleRate;
    for (int i = 0; i < 4000; ++i)
        mum.samples.push_back(static_cast<std::int16_t>((i % 50) * 300 - 7500));
    Harness harness(1280, 800, "", std::make_shared<speech::FakeRecorder>(mum));
    harness.tap("person:" + harness.demoId);
    harness.tap("section:likes");
    harness.tap("all-cards");
    const std::string key = "likes/cooking";
    harness.tap("card:" + key);
    REQUIRE(harness.app->currentScreen() == ui::ScreenName::Card);
    CHECK_FALSE(harness.app->screenMap().findById("play-recording"));

    harness.tap("record");
    REQUIRE(harness.app->screenMap().findById("stop-recording"));
    CHECK(harness.app->recorder().isRecording());
    harness.tap("stop-recording");
    CHECK_FALSE(harness.app->recorder().isRecording());

    const speech::ClipStore clips(core::PersonStore(harness.data.path).fileFor(harness.demoId).folder());
    REQUIRE(clips.has(key));
    CHECK(*clips.load(key) == mum);
    struct stat info {};
    REQUIRE(::stat(clips.clipPath(key).c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);

    // The card speaks with the recorded voice: tapped, played, and when it opens.
    harness.tap("chosen:" + key);
    REQUIRE(saidBy(harness).back().clip);
    CHECK(*saidBy(harness).back().clip == mum);
    harness.tap("play-recording");
    REQUIRE(saidBy(harness).back().clip);
    harness.tap("back");
    harness.tap("card:" + key);
    REQUIRE(saidBy(harness).back().clip);
    CHECK(*saidBy(harness).back().clip == mum);
    // Other cards keep the synthetic voice.
    harness.tap("back");
    harness.tap("card:likes/music");
    CHECK_FALSE(saidBy(harness).back().clip);

    // Removed only after a clear confirm.
    harness.tap("back");
    harness.tap("card:" + key);
    harness.tap("remove-recording");
    CHECK(clips.has(key));
    harness.tap("remove-recording-yes");
    CHECK_FALSE(clips.has(key));
    harness.tap("chosen:" + key);
    CHECK_FALSE(saidBy(harness).back().clip);
}

TEST_CASE("With no microphone, recording says so plainly and nothing breaks", "[ui][speech]")
{
    Harness harness; // no recorder given: no microphone
    harness.tap("person:" + harness.demoId);
    harness.tap("section:likes");
    harness.tap("all-cards");
    harness.tap("card:likes/cooking");
    harness.tap("record");
    CHECK(harness.app->currentScreen() == ui::ScreenName::Card);
    CHECK_FALSE(harness.app->screenMap().findById("stop-recording"));
    CHECK(saidBy(harness).back().tag == "record");
    REQUIRE(saidBy(harness).back().cue);
    CHECK(*saidBy(harness).back().cue == cueSound("error"));
}

TEST_CASE("Sound cues play when an answer is placed, undone and a section is done, unless turned off", "[ui][speech]")
{
    Harness harness;
    harness.tap("add-person");
    harness.type("name", "Ola Ray");
    harness.tap("add-person-now");
    harness.tap("section:places");
    const auto& cards = harness.app->openProfile()->layout().findSection("places")->cards;
    REQUIRE(cards.size() >= 3);
    harness.tap("place:positive");
    REQUIRE(saidBy(harness).back().cue);
    CHECK(*saidBy(harness).back().cue == cueSound("answer-placed"));
    // The cue goes before the answer's words, not in place of them.
    CHECK_FALSE(saidBy(harness).back().text.empty());

    harness.tap("undo");
    REQUIRE(saidBy(harness).back().cue);
    CHECK(*saidBy(harness).back().cue == cueSound("undo"));

    for (std::size_t i = 0; i + 1 < cards.size(); ++i)
        harness.tap("place:middle");
    harness.tap("place:negative");
    REQUIRE(saidBy(harness).back().cue);
    CHECK(*saidBy(harness).back().cue == cueSound("done"));

    changeSettings(harness, [](core::Settings& s) { s.soundCues = false; });
    harness.tap("undo");
    CHECK_FALSE(saidBy(harness).back().cue);
    harness.tap("place:positive");
    CHECK_FALSE(saidBy(harness).back().cue);
    CHECK_FALSE(saidBy(harness).back().text.empty()); // the words are still said
}

TEST_CASE("Every word of the speech screens, and every prompt, follows the easy-read rules", "[ui][speech][easy-read]")
{
    const core::EasyReadChecker checker = core::EasyReadChecker::shipped();
    speech::Recording clip;
    clip.samples.assign(2000, 1000);
    Harness harness(1280, 800, "", std::make_shared<speech::FakeRecorder>(clip));
    const auto check = [&](const std::string& where, const std::string& text) {
        INFO(where << ": " << text);
        for (const auto& problem : checker.checkText(text))
            FAIL_CHECK(problem.sentence << " " << problem.problem);
    };
    const auto checkScreen = [&] {
        for (const auto& target : harness.app->screenMap().targets()) {
            if (target.id.rfind("voice:", 0) == 0)
                continue; // voice names are espeak-ng's own
            check(harness.app->screenMap().screenName(), target.label);
            check(harness.app->screenMap().screenName(), target.spoken);
        }
        check("prompt", harness.app->screenPrompt());
    };
    checkScreen();
    harness.tap("settings");
    checkScreen();
    harness.tap("back");
    harness.tap("person:" + harness.demoId);
    checkScreen();
    harness.tap("pronunciations");
    harness.type("word", "Siobhan");
    harness.type("said-as", "shi-vorn");
    harness.tap("save-word");
    checkScreen();
    harness.tap("remove:Siobhan");
    checkScreen();
    harness.tap("back");
    for (const char* id : {"session", "back", "jobs", "back", "section:likes", "all-cards", "card:likes/cooking"}) {
        harness.tap(id);
        checkScreen();
    }
    harness.tap("record");
    checkScreen();
    harness.tap("stop-recording");
    checkScreen();
    harness.tap("remove-recording");
    checkScreen();
}
