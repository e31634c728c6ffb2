// The command line: help, version and dispatch to one file per command.

#include "app/commands.h"

#include "app/command_support.h"
#include "core/base/asset_paths.h"
#include "export/export_command.h"
#include "speech/say_command.h"
#include "ui/app.h"

#include <iostream>

namespace rightjob::app {

namespace {

const char* kHelp = R"(Right Job: build a vocational profile from pictures, symbols and speech.

Usage:
  rightjob [--data-dir DIR] [--profile FILE] [--demo]   open the window
  rightjob check FILE... [--passphrase-file F]           check profiles, layouts, job catalogues,
                                                         weights, vacancies, settings and the symbol manifest
  rightjob export --profile FILE --format txt|html|pdf|wav|mp3|json|obz|bundle|backup --out PATH
                  [--date YYYY-MM-DD] [--voice V] [--passphrase-file F]
                                                         the easy-read summary and other exports
  rightjob import-bundle FILE [--data-dir DIR] [--replace] [--passphrase-file F]
                                                         bring in a person from a .rightjob bundle
  rightjob say TEXT --out FILE.wav [--voice V] [--words]  speak to a file; list word times
  rightjob symbols search WORDS...                       find picture symbols
  rightjob match --profile FILE [--vacancies FILE] [--json] [--all] [--passphrase-file F]
                                                         good jobs for a person, with reasons
  rightjob screenshot --profile FILE --screen NAME --size WxH --out PNG
                      [--section ID] [--data-dir DIR] [--theme ID]
                      [--text-size PERCENT] [--dump-ui JSON]
  rightjob people [--search TEXT] [--json] [--data-dir DIR] [--by-last-session]
                                                         everyone here: last session, how far along
  rightjob bench [--json] [--short] [--out FILE]         the speed figures, with targets
                                                         (--out: JSON to FILE and the table)
  rightjob --help                                        show this help
  rightjob --version                                     show the version

Window options:
  --data-dir DIR   where people's profiles are kept
                   (default: $XDG_DATA_HOME/rightjob or ~/.local/share/rightjob)
  --profile FILE   open this profile file
  --demo           open the demo person (it is added when it is not there)

A profile with a passphrase: give it in a file with --passphrase-file F (the
first line is the passphrase), or type it when asked (it is not shown).

)";

const char* kExitStatus = "\n\nExit status: 0 success, 1 a problem with the input, 2 a wrong command line.\n";

} // namespace

int runCommandLine(const std::vector<std::string>& arguments)
{
    if (!arguments.empty()) {
        const std::string& first = arguments.front();
        const std::vector<std::string> rest(arguments.begin() + 1, arguments.end());
        if (first == "--help" || first == "-h" || first == "help") {
            std::cout << kHelp << "Screens: " << ui::screenNamesList() << "." << kExitStatus;
            return kSuccess;
        }
        if (first == "--version") {
            std::cout << "rightjob " << RIGHTJOB_VERSION << "\n"
                      << "Layouts, symbols and sounds from " << core::assetRoot() << "\n";
            return kSuccess;
        }
        if (first == "check")
            return runCheck(rest);
        if (first == "screenshot")
            return runScreenshot(rest);
        if (first == "export")
            return exporting::runExportCommand(rest);
        if (first == "import-bundle")
            return exporting::runImportBundleCommand(rest);
        if (first == "say")
            return speech::runSayCommand(rest);
        if (first == "symbols")
            return runSymbols(rest);
        if (first == "match")
            return runMatch(rest);
        if (first == "bench")
            return runBench(rest);
        if (first == "people")
            return runPeople(rest);
        if (first.rfind("--", 0) != 0)
            return wrongCommandLine("\"" + first + "\" is not a command.");
    }
    return runWindow(arguments);
}

} // namespace rightjob::app
