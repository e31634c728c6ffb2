// The real app loop, headless, driven by injected taps and clicks; the
// tests check the saved profile afterwards, not widget state.

#include "ui/app.h"

#include "core/asset_paths.h"
#include "core/json_file.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>

using namespace rightjob;

namespace {

struct TemporaryDataFolder {
    std::string path;
    TemporaryDataFolder()
    {
        char pattern[] = "/tmp/rightjob-ui-test-XXXXXX";
        REQUIRE(::mkdtemp(pattern));
        path = pattern;
    }
    ~TemporaryDataFolder()
    {
        std::error_code error;
        std::filesystem::remove_all(path, error);
    }
};

// A headless app on a copy of the demo person.
struct Harness {
    TemporaryDataFolder data;
    core::LayoutLibrary layouts = core::LayoutLibrary::loadFolder(core::assetPath("layouts"));
    std::unique_ptr<ui::Window> window;
    std::unique_ptr<ui::App> app;
    std::string demoId;

    explicit Harness(int width = 1280, int height = 800)
    {
        setenv("SDL_VIDEODRIVER", "offscreen", 0);
        core::PersonStore store(data.path);
        demoId = store.installDemo(core::assetPath("assets/demo/profile.json"));
        ui::WindowOptions options;
        options.mode = ui::WindowMode::Headless;
        options.width = width;
        options.height = height;
        window = std::make_unique<ui::Window>(options);
        app = std::make_unique<ui::App>(*window, layouts, ui::AppOptions{data.path, core::SaveMode::SaveEveryChange});
        settle();
    }

    void settle()
    {
        for (int frame = 0; frame < 20; ++frame) {
            window->runLoopOnce(ui::WaitPolicy::noWait(), [&] { app->drawFrame(); });
            if (frame >= 2 && !window->frameDue())
                break;
        }
    }

    // Taps the target with this id, as a finger or a mouse, then lets the app settle.
    void tap(const std::string& id, ui::PointerKind kind = ui::PointerKind::Finger)
    {
        const ui::ScreenTarget* target = app->screenMap().findById(id);
        INFO("tapping " << id << " on the " << app->screenMap().screenName() << " screen");
        REQUIRE(target);
        window->injectTap(target->centreX(), target->centreY(), kind);
        settle();
    }

    core::Profile savedProfile() const
    {
        core::PersonStore store(data.path);
        return *store.fileFor(demoId).load().profile;
    }
};

} // namespace

TEST_CASE("A person opens by touch and shows their sections", "[ui]")
{
    Harness harness;
    CHECK(harness.app->currentScreen() == ui::ScreenName::People);
    harness.tap("person:" + harness.demoId);
    CHECK(harness.app->currentScreen() == ui::ScreenName::Person);
    CHECK(harness.app->screenMap().findById("section:likes"));
    harness.tap("section:likes");
    CHECK(harness.app->currentScreen() == ui::ScreenName::Section);
    CHECK(harness.app->currentSection() == "likes");
    harness.tap("back");
    CHECK(harness.app->currentScreen() == ui::ScreenName::Person);
    harness.tap("back");
    CHECK(harness.app->currentScreen() == ui::ScreenName::People);
}

TEST_CASE("Answering a card by touch is saved at once, with who gave it, and undo takes it back", "[ui][storage]")
{
    Harness harness;
    harness.tap("person:" + harness.demoId);
    harness.tap("section:likes");
    const core::Profile before = harness.savedProfile();
    const std::string key = "likes/music";
    const std::size_t answersBefore = before.findCard(key) ? before.findCard(key)->answers.size() : 0;

    harness.tap("card:" + key);
    harness.tap("answer:negative", ui::PointerKind::Mouse);
    const core::Profile after = harness.savedProfile();
    REQUIRE(after.findCard(key));
    REQUIRE(after.findCard(key)->answers.size() == answersBefore + 1);
    CHECK(after.findCard(key)->answers.back().by == "person");
    CHECK(after.findCard(key)->answers.back().value == core::AnswerValue::Negative);

    harness.tap("undo");
    const core::Profile undone = harness.savedProfile();
    CHECK((undone.findCard(key) ? undone.findCard(key)->answers.size() : 0) == answersBefore);
    harness.tap("redo");
    CHECK(harness.savedProfile().findCard(key)->answers.size() == answersBefore + 1);
}

TEST_CASE("Close leaves a card unanswered", "[ui]")
{
    Harness harness;
    harness.tap("person:" + harness.demoId);
    harness.tap("section:likes");
    const std::string before = core::readWholeFile(harness.data.path + "/people/" + harness.demoId + "/profile.json");
    harness.tap("card:likes/music");
    CHECK(harness.app->screenMap().findById("answer:positive"));
    harness.tap("close");
    CHECK(harness.app->screenMap().findById("card:likes/music"));
    CHECK(core::readWholeFile(harness.data.path + "/people/" + harness.demoId + "/profile.json") == before);
}

TEST_CASE("Targets are at least 44 px, labelled, and do not overlap, in both orientations", "[ui]")
{
    for (const auto& [width, height] : {std::pair{1280, 800}, std::pair{800, 1280}}) {
        Harness harness(width, height);
        for (int step = 0; step < 3; ++step) {
            INFO(width << "x" << height << " on the " << harness.app->screenMap().screenName() << " screen");
            const auto& targets = harness.app->screenMap().targets();
            REQUIRE_FALSE(targets.empty());
            for (std::size_t i = 0; i < targets.size(); ++i) {
                const auto& a = targets[i];
                CHECK_FALSE(a.label.empty());
                CHECK(a.width >= 44);
                CHECK(a.height >= 44);
                for (std::size_t j = i + 1; j < targets.size(); ++j) {
                    const auto& b = targets[j];
                    const bool overlap =
                        a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
                    INFO(a.id << " and " << b.id);
                    CHECK_FALSE(overlap);
                }
            }
            if (step == 0)
                harness.tap("person:" + harness.demoId);
            else if (step == 1)
                harness.tap("section:likes");
        }
    }
}

TEST_CASE("Idle means idle: no frames are drawn while nothing happens", "[ui]")
{
    Harness harness;
    const auto frames = harness.window->framesDrawn();
    for (int i = 0; i < 5; ++i)
        harness.window->runLoopOnce(ui::WaitPolicy::atMost(std::chrono::milliseconds(40)),
                                    [&] { harness.app->drawFrame(); });
    CHECK(harness.window->framesDrawn() == frames);
}
