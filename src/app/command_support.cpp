#include "app/command_support.h"

#include "app/commands.h"
#include "core/base/asset_paths.h"
#include "ui/platform/theme.h"

#include <cstdlib>

#include <algorithm>
#include <iostream>

namespace rightjob::app {

bool Options::hasFlag(const std::string& name) const
{
    return std::find(flags.begin(), flags.end(), name) != flags.end();
}

std::string Options::value(const std::string& name, const std::string& fallback) const
{
    const auto found = values.find(name);
    return found == values.end() ? fallback : found->second;
}

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

} // namespace rightjob::app
