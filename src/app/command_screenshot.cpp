// `rightjob screenshot`: draws one screen headless and writes it as PNG, with
// an optional map of its targets.

#include "app/command_support.h"
#include "app/commands.h"
#include "core/base/asset_paths.h"
#include "core/storage/person_store.h"
#include "ui/app.h"

#include <cstdlib>
#include <fstream>

namespace rightjob::app {

namespace {

bool parseSize(const std::string& text, int& width, int& height)
{
    const auto x = text.find('x');
    if (x == std::string::npos)
        return false;
    char* end = nullptr;
    width = static_cast<int>(std::strtol(text.c_str(), &end, 10));
    if (end != text.c_str() + x)
        return false;
    height = static_cast<int>(std::strtol(text.c_str() + x + 1, &end, 10));
    return *end == '\0' && width >= 200 && height >= 200 && width <= 8192 && height <= 8192;
}

} // namespace

int runScreenshot(const std::vector<std::string>& arguments)
{
    Options options;
    if (auto problem = parseOptions(arguments, {"profile", "screen", "size", "out", "dump-ui", "section", "data-dir",
                                                "theme", "text-size"},
                                    {}, options))
        return wrongCommandLine("screenshot: " + *problem);
    if (!options.positional.empty())
        return wrongCommandLine("screenshot: \"" + options.positional.front() + "\" is not an option.");
    for (const char* needed : {"screen", "size", "out"})
        if (!options.has(needed))
            return wrongCommandLine(std::string("screenshot needs --") + needed + ".");
    const auto screen = ui::screenFromText(options.value("screen"));
    if (!screen)
        return wrongCommandLine("screenshot: there is no screen called \"" + options.value("screen")
                                + "\". The screens are " + ui::screenNamesList() + ".");
    int width = 0, height = 0;
    if (!parseSize(options.value("size"), width, height))
        return wrongCommandLine("screenshot: --size should look like 1280x800 (200 to 8192 each way).");
    if (*screen != ui::ScreenName::People && !options.has("profile"))
        return wrongCommandLine("screenshot: the " + options.value("screen") + " screen needs --profile FILE.");

    // Screenshots never need a display.
    setenv("SDL_VIDEODRIVER", "offscreen", 0);
    setenv("SDL_AUDIODRIVER", "dummy", 0);

    bool layoutsOk = false;
    const core::LayoutLibrary layouts = loadLayoutsOrExplain(layoutsOk);
    if (!layoutsOk)
        return kInputProblem;

    // The people screen shows the data folder given, or the profile's own.
    std::string dataFolder = options.value("data-dir");
    if (dataFolder.empty() && options.has("profile")) {
        const std::string personFolder = core::parentFolder(options.value("profile"));
        dataFolder = core::parentFolder(core::parentFolder(personFolder));
    }
    if (dataFolder.empty())
        dataFolder = core::defaultDataFolder();

    try {
        ui::WindowOptions windowOptions;
        windowOptions.mode = ui::WindowMode::Headless;
        windowOptions.width = width;
        windowOptions.height = height;
        ui::Window window(windowOptions);
        ui::App app(window, layouts, ui::AppOptions{dataFolder, core::SaveMode::NeverSave, ui::SpeechOutput::Silent});
        // After the app, so the options win over the saved settings.
        if (auto problem = applyLookOptions(options, window))
            return wrongCommandLine("screenshot: " + *problem);
        if (options.has("profile")) {
            app.openProfileFile(options.value("profile"));
            if (*screen != ui::ScreenName::Recover && app.currentScreen() == ui::ScreenName::Recover) {
                printError(app.recoverOutcome().message);
                return kInputProblem;
            }
            if (options.has("section")) {
                if (!app.openProfile() || !app.openProfile()->layout().findSection(options.value("section"))) {
                    printError("screenshot: there is no section called \"" + options.value("section") + "\".");
                    return kInputProblem;
                }
                app.openSection(options.value("section"));
            }
        }
        app.showScreen(*screen);
        if (app.currentScreen() != *screen) {
            printError("screenshot: the " + options.value("screen") + " screen cannot be shown for this profile.");
            return kInputProblem;
        }
        // Draw until ImGui has settled: layout, fonts and pictures.
        for (int frame = 0; frame < 12; ++frame) {
            window.runLoopOnce(ui::WaitPolicy::noWait(), [&] { app.drawFrame(); });
            if (frame >= 3 && !window.frameDue())
                break;
        }
        std::string error;
        if (!window.savePng(options.value("out"), error)) {
            printError("screenshot: " + error);
            return kInputProblem;
        }
        if (options.has("dump-ui")) {
            std::ofstream out(options.value("dump-ui"), std::ios::binary | std::ios::trunc);
            out << app.screenMap().toJson();
            if (!out) {
                printError("screenshot: cannot write " + options.value("dump-ui") + ".");
                return kInputProblem;
            }
        }
        return kSuccess;
    } catch (const std::exception& error) {
        printError(std::string("screenshot: ") + error.what());
        return kInputProblem;
    }
}

} // namespace rightjob::app
