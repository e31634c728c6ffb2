// [SECTION] Help and dispatch
// [SECTION] Options
// [SECTION] check
// [SECTION] screenshot
// [SECTION] The window

#include "app/commands.h"

#include "core/asset_paths.h"
#include "core/open_profile.h"
#include "core/person_store.h"
#include "core/profile_json.h"
#include "ui/app.h"
#include "ui/platform/window.h"

#include <SDL.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>

namespace rightjob::app {

namespace {

// [SECTION] Help and dispatch

const char* kHelp = R"(Right Job: build a vocational profile from pictures, symbols and speech.

Usage:
  rightjob [--data-dir DIR] [--profile FILE] [--demo]   open the window
  rightjob check FILE...                                 check profiles and layouts
  rightjob screenshot --profile FILE --screen NAME --size WxH --out PNG
                      [--section ID] [--data-dir DIR] [--theme ID]
                      [--text-size PERCENT] [--dump-ui JSON]
  rightjob --help                                        show this help
  rightjob --version                                     show the version

Window options:
  --data-dir DIR   where people's profiles are kept
                   (default: $XDG_DATA_HOME/rightjob or ~/.local/share/rightjob)
  --profile FILE   open this profile file
  --demo           open the demo person (it is added when it is not there)

Screens: people, person, section, recover.

Exit status: 0 success, 1 a problem with the input, 2 a wrong command line.
)";

void printError(const std::string& message)
{
    std::cerr << "rightjob: " << message << "\n";
}

int wrongCommandLine(const std::string& message)
{
    printError(message);
    std::cerr << "Try \"rightjob --help\".\n";
    return kWrongCommandLine;
}

// [SECTION] Options

// Options of the form --name VALUE or --flag, with the names each command takes.
struct Options {
    std::map<std::string, std::string> values;
    std::vector<std::string> flags;
    std::vector<std::string> positional;

    bool has(const std::string& name) const { return values.count(name) > 0; }
    bool hasFlag(const std::string& name) const
    {
        return std::find(flags.begin(), flags.end(), name) != flags.end();
    }
    std::string value(const std::string& name, const std::string& fallback = "") const
    {
        const auto found = values.find(name);
        return found == values.end() ? fallback : found->second;
    }
};

// Reads arguments; returns a message when one is wrong.
std::optional<std::string> parseOptions(const std::vector<std::string>& arguments,
                                        const std::vector<std::string>& valueNames,
                                        const std::vector<std::string>& flagNames, Options& options)
{
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        const std::string& argument = arguments[i];
        if (argument.rfind("--", 0) != 0 || argument.size() == 2) {
            options.positional.push_back(argument);
            continue;
        }
        const std::string name = argument.substr(2);
        if (std::find(flagNames.begin(), flagNames.end(), name) != flagNames.end()) {
            options.flags.push_back(name);
        } else if (std::find(valueNames.begin(), valueNames.end(), name) != valueNames.end()) {
            if (i + 1 >= arguments.size())
                return argument + " needs a value.";
            options.values[name] = arguments[++i];
        } else {
            return "the option " + argument + " is not known.";
        }
    }
    return std::nullopt;
}

// [SECTION] check

// Checks one file; prints what it found. Returns true when the file is good.
bool checkFile(const std::string& path, const core::LayoutLibrary* layouts)
{
    try {
        const core::JsonFile file = core::JsonFile::load(path);
        const std::string format = file.root().is_object() ? file.root().value("format", "") : "";
        if (format == "rightjob-layout") {
            const core::Layout layout = core::readLayout(file);
            std::cout << path << ": good. Layout \"" << layout.id << "\" with " << layout.sections.size()
                      << " sections and " << layout.cardCount() << " cards.\n";
            return true;
        }
        if (format == "rightjob-profile") {
            const core::Profile profile = core::readProfile(file);
            const core::Layout* layout = layouts ? layouts->find(profile.layoutId) : nullptr;
            if (!layout) {
                printError(path + ": the profile uses the layout \"" + profile.layoutId
                           + "\", which is not in the layouts folder.");
                return false;
            }
            const auto warnings = core::profileLayoutWarnings(profile, *layout);
            for (const auto& warning : warnings)
                std::cerr << path << ": note: " << warning << "\n";
            std::cout << path << ": good. Profile of " << profile.person.name << " with " << profile.cards.size()
                      << " cards answered or noted.\n";
            return true;
        }
        printError(path + ": this is not a file Right Job knows (\"format\" is \"" + format + "\").");
        return false;
    } catch (const core::DataError& error) {
        printError(error.what());
        return false;
    }
}

// [SECTION] screenshot

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

core::LayoutLibrary loadLayoutsOrExplain(bool& ok)
{
    try {
        ok = true;
        return core::LayoutLibrary::loadFolder(core::assetPath("layouts"));
    } catch (const core::DataError& error) {
        printError(error.what());
        ok = false;
        return core::LayoutLibrary({});
    }
}

// Applies --theme and --text-size; returns a message when one is wrong.
std::optional<std::string> applyLookOptions(const Options& options, ui::Window& window)
{
    if (options.has("text-size")) {
        const int percent = std::atoi(options.value("text-size").c_str());
        if (percent < 100 || percent > 200)
            return "--text-size should be a percentage from 100 to 200.";
        window.rebuildFonts(ui::FontChoice{}, ui::nearestTextScaleChoice(percent / 100.0f));
    }
    if (options.has("theme")) {
        try {
            const ui::ThemeSet themes = ui::loadShippedThemes();
            const ui::Theme* theme = themes.find(options.value("theme"));
            if (!theme)
                return "there is no theme called \"" + options.value("theme") + "\".";
            window.setTheme(*theme);
        } catch (const core::DataError& error) {
            return std::string(error.what());
        }
    }
    return std::nullopt;
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
                                + "\". The screens are people, person, section and recover.");
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
        if (auto problem = applyLookOptions(options, window))
            return wrongCommandLine("screenshot: " + *problem);
        ui::App app(window, layouts, ui::AppOptions{dataFolder, core::SaveMode::NeverSave});
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

int runCheck(const std::vector<std::string>& files)
{
    if (files.empty())
        return wrongCommandLine("check needs at least one file.");
    bool layoutsOk = false;
    const core::LayoutLibrary layouts = loadLayoutsOrExplain(layoutsOk);
    bool allGood = layoutsOk;
    for (const auto& file : files)
        allGood = checkFile(file, layoutsOk ? &layouts : nullptr) && allGood;
    return allGood ? kSuccess : kInputProblem;
}

// [SECTION] The window

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
    std::string demoId;
    // On the first run there is nobody yet: the demo person shows how it works.
    const bool firstRun = !core::realFileSystem().exists(store.peopleFolder());
    if (firstRun || options.hasFlag("demo")) {
        try {
            demoId = store.installDemo(core::assetPath("assets/demo/profile.json"));
        } catch (const core::DataError& error) {
            printError(std::string("the demo person cannot be added: ") + error.what());
        }
    }

    try {
        ui::Window window(ui::WindowOptions{});
        if (auto problem = applyLookOptions(options, window))
            return wrongCommandLine(*problem);
        ui::App app(window, layouts, ui::AppOptions{dataFolder, core::SaveMode::SaveEveryChange});
        if (options.has("profile"))
            app.openProfileFile(options.value("profile"));
        else if (options.hasFlag("demo") && !demoId.empty())
            app.openPerson(demoId);
        while (window.runLoopOnce(ui::WaitPolicy::untilEvent(), [&] { app.drawFrame(); })) {
        }
        return kSuccess;
    } catch (const std::exception& error) {
        printError(std::string("the window cannot be opened: ") + error.what());
        return kInputProblem;
    }
}

int runCommandLine(const std::vector<std::string>& arguments)
{
    if (!arguments.empty()) {
        const std::string& first = arguments.front();
        const std::vector<std::string> rest(arguments.begin() + 1, arguments.end());
        if (first == "--help" || first == "-h" || first == "help") {
            std::cout << kHelp;
            return kSuccess;
        }
        if (first == "--version") {
            std::cout << "rightjob " << RIGHTJOB_VERSION << "\n";
            return kSuccess;
        }
        if (first == "check")
            return runCheck(rest);
        if (first == "screenshot")
            return runScreenshot(rest);
        if (first.rfind("--", 0) != 0)
            return wrongCommandLine("\"" + first + "\" is not a command.");
    }
    return runWindow(arguments);
}

} // namespace rightjob::app
