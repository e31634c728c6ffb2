// What every command shares: reading options, and saying what went wrong in
// plain words on stderr.
#pragma once

#include "core/storage/open_profile.h"
#include "ui/platform/window.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace rightjob::app {

// Options of the form --name VALUE or --flag, with the names each command takes.
struct Options {
    std::map<std::string, std::string> values;
    std::vector<std::string> flags;
    std::vector<std::string> positional;

    bool has(const std::string& name) const { return values.count(name) > 0; }
    bool hasFlag(const std::string& name) const;
    std::string value(const std::string& name, const std::string& fallback = "") const;
};

// Reads arguments into options; returns a plain message when one is wrong.
std::optional<std::string> parseOptions(const std::vector<std::string>& arguments,
                                        const std::vector<std::string>& valueNames,
                                        const std::vector<std::string>& flagNames, Options& options);

// Prints "rightjob: MESSAGE" on stderr.
void printError(const std::string& message);

// Prints the message and a pointer to --help; returns the exit status for a wrong command line.
int wrongCommandLine(const std::string& message);

// The shipped layouts; on a problem prints it and sets ok to false.
core::LayoutLibrary loadLayoutsOrExplain(bool& ok);

// Applies --theme and --text-size to a window; returns a message when one is wrong.
std::optional<std::string> applyLookOptions(const Options& options, ui::Window& window);

} // namespace rightjob::app
