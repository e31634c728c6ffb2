// The real app loop, headless, for UI tests: a temporary data folder with the
// demo person, a window with no screen, and taps, drags, typing and scrolling
// injected as SDL events. Tests find targets by id through the screen map and
// check the saved profile afterwards, not widget state.
#pragma once

#include "ui/app.h"

#include "core/base/asset_paths.h"

#include <catch2/catch.hpp>

#include <SDL.h>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

namespace rightjob::ui::testing {

struct TemporaryDataFolder {
    std::string path;
    bool keep = false;
    TemporaryDataFolder()
    {
        char pattern[] = "/tmp/rightjob-ui-test-XXXXXX";
        REQUIRE(::mkdtemp(pattern));
        path = pattern;
    }
    ~TemporaryDataFolder()
    {
        if (keep)
            return;
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

    // recorder is the microphone the app records from; none when null.
    explicit Harness(int width = 1280, int height = 800, const std::string& existingData = "",
                     std::shared_ptr<speech::Recorder> recorder = nullptr,
                     std::shared_ptr<exporting::Printers> printers = nullptr)
    {
        if (!existingData.empty())
            data.path = existingData;
        setenv("SDL_VIDEODRIVER", "offscreen", 0);
        core::PersonStore store(data.path);
        demoId = store.installDemo(core::assetPath("assets/demo/profile.json"));
        ui::WindowOptions options;
        options.mode = ui::WindowMode::Headless;
        options.width = width;
        options.height = height;
        window = std::make_unique<ui::Window>(options);
        app = std::make_unique<ui::App>(*window, layouts,
                                        ui::AppOptions{data.path, core::SaveMode::SaveEveryChange,
                                                       ui::SpeechOutput::Silent, std::move(recorder),
                                                       std::move(printers)});
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
    // Drags from one point to another in steps, as a finger would.
    void drag(float fromX, float fromY, float toX, float toY)
    {
        window->injectPointerDown(fromX, fromY, ui::PointerKind::Finger);
        settle();
        for (int step = 1; step <= 8; ++step) {
            window->injectPointerMove(fromX + (toX - fromX) * step / 8, fromY + (toY - fromY) * step / 8,
                                      ui::PointerKind::Finger);
            settle();
        }
        window->injectPointerUp(toX, toY, ui::PointerKind::Finger);
        settle();
    }

    const ui::ScreenTarget& target(const std::string& id)
    {
        const ui::ScreenTarget* found = app->screenMap().findById(id);
        INFO("looking for " << id << " on the " << app->screenMap().screenName() << " screen");
        REQUIRE(found);
        return *found;
    }

    // Types into a text field: tap it, then send the text.
    void type(const std::string& id, const std::string& text)
    {
        tap(id, ui::PointerKind::Mouse);
        window->injectText(text);
        settle();
    }

    void wheel(int notches)
    {
        // Never over a text box, which would take the wheel for itself.
        float x = window->width() / 2.0f;
        float y = window->height() * 0.6f;
        for (const float fractionY : {0.6f, 0.4f, 0.8f, 0.3f, 0.9f}) {
            bool overTextBox = false;
            for (const auto& target : app->screenMap().targets())
                overTextBox = overTextBox
                              || (target.role == ui::TargetRole::TextField && target.y <= window->height() * fractionY
                                  && window->height() * fractionY <= target.y + target.height);
            if (!overTextBox) {
                y = window->height() * fractionY;
                break;
            }
        }
        window->injectPointerMove(x, y, ui::PointerKind::Mouse);
        SDL_Event event{};
        event.type = SDL_MOUSEWHEEL;
        event.wheel.windowID = SDL_GetWindowID(window->sdlWindow());
        event.wheel.y = notches;
        event.wheel.preciseY = static_cast<float>(notches);
        window->pushEvent(event);
        settle();
    }

    // Scrolls with the mouse wheel, as a person looks down a list, until the
    // target is wholly on screen: down first, then back up.
    void scrollIntoView(const std::string& id)
    {
        for (int tries = 0; tries < 160; ++tries) {
            const ui::ScreenTarget* target = app->screenMap().findById(id);
            if (target && !target->partlyHidden)
                return;
            if (target)
                wheel(target->y > window->height() / 2.0f ? -1 : 1);
            else if (const ui::ScreenTarget* away = app->screenMap().findAnywhere(id))
                wheel(away->y > window->height() / 2.0f ? -1 : 1); // drawn out of sight: toward it
            else
                wheel(tries < 80 ? -1 : 1);
        }
    }

    void tap(const std::string& id, ui::PointerKind kind = ui::PointerKind::Finger)
    {
        scrollIntoView(id);
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

// The rules for what is on screen now: every target has a label; targets
// wholly shown are at least 44 px each way; no two overlap.
inline void checkTargetsSizedAndApart(const ui::ScreenMap& map)
{
    const auto& targets = map.targets();
    for (std::size_t i = 0; i < targets.size(); ++i) {
        const auto& a = targets[i];
        INFO(a.id);
        CHECK_FALSE(a.label.empty());
        if (!a.partlyHidden) {
            CHECK(a.width >= 44);
            CHECK(a.height >= 44);
        }
        for (std::size_t j = i + 1; j < targets.size(); ++j) {
            const auto& b = targets[j];
            INFO(a.id << " and " << b.id);
            CHECK_FALSE((a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height));
        }
    }
}

} // namespace rightjob::ui::testing
