// Opening the window: `rightjob [--data-dir DIR] [--profile FILE] [--demo]`.

#include "app/command_support.h"
#include "app/commands.h"
#include "core/base/asset_paths.h"
#include "core/storage/person_store.h"
#include "speech/synthesizer.h"
#include "ui/app.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

namespace rightjob::app {

namespace {

// Writes the screen map to path when it changed (whole, never half written).
void writeScreenMap(std::string map, const std::string& path, std::string& last)
{
    if (map == last)
        return;
    const std::string part = path + ".part";
    {
        std::ofstream out(part, std::ios::binary | std::ios::trunc);
        out << map;
        if (!out)
            return;
    }
    std::error_code error;
    std::filesystem::rename(part, path, error);
    if (!error)
        last = std::move(map);
}

} // namespace

int runWindow(const std::vector<std::string>& arguments)
{
    Options options;
    if (auto problem = parseOptions(arguments, {"data-dir", "profile", "theme", "text-size"}, {"demo"}, options))
        return wrongCommandLine(*problem);
    if (!options.positional.empty())
        return wrongCommandLine("\"" + options.positional.front() + "\" is not a command.");

    bool layoutsOk = false;
    const core::LayoutLibrary layouts = loadLayoutsOrExplain(layoutsOk);
    if (!layoutsOk)
        return kInputProblem;

    const std::string dataFolder = options.value("data-dir", core::defaultDataFolder());
    core::PersonStore store(dataFolder);
    // What a program killed part way left: unfinished imports, a person
    // being replaced. Then the deleted people kept long enough go.
    for (const auto& done : store.recoverLeftovers())
        printError(done);
    store.removeExpiredDeleted();
    std::string demoId;
    // On the first run there is nobody yet: the demo person shows how it
    // works. A first start killed part way is a first start again.
    const bool firstRun = !store.hasAnyone() && !core::realFileSystem().exists(dataFolder + "/deleted");
    if (firstRun || options.hasFlag("demo")) {
        try {
            demoId = store.installDemo(core::assetPath("assets/demo/profile.json"));
        } catch (const core::DataError& error) {
            printError(std::string("the demo person cannot be added: ") + error.what());
        }
    }

    // Speech's own thread is stopped before the program ends, whichever way
    // the window closed, so nothing runs on while the program is taken down.
    struct SpeechStops {
        ~SpeechStops() { speech::shutDownSpeech(); }
    } speechStops;
    try {
        ui::Window window(ui::WindowOptions{});
        ui::App app(window, layouts, ui::AppOptions{dataFolder, core::SaveMode::SaveEveryChange});
        if (auto problem = applyLookOptions(options, window))
            return wrongCommandLine(*problem);
        if (options.has("profile"))
            app.openProfileFile(options.value("profile"));
        else if (options.hasFlag("demo") && !demoId.empty())
            app.openPerson(demoId);
        // For scripts that drive the real window (tests/walkthrough): where
        // every target is, written after each frame that moved one.
        const char* mapOut = std::getenv("RIGHTJOB_SCREEN_MAP_OUT");
        std::string lastMap;
        while (window.runLoopOnce(ui::WaitPolicy::untilEvent(), [&] { app.drawFrame(); })) {
            if (mapOut && *mapOut)
                writeScreenMap(app.screenMap().toJson(), mapOut, lastMap);
        }
        return kSuccess;
    } catch (const std::exception& error) {
        printError(std::string("the window cannot be opened: ") + error.what());
        return kInputProblem;
    }
}

} // namespace rightjob::app
