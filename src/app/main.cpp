// Right Job: build a vocational profile from pictures, symbols and speech.
#include "app/commands.h"
#include "app/terminal_text.h"
#include "core/base/sanitizer_defaults.h"

#include <cstdio>
#include <exception>
#include <iostream>
#include <new>

int main(int argc, char** argv)
{
    // The last line of defence: whatever escapes a command (running out of
    // memory included) ends the program with a message and status 1, never
    // an abort. Everything printed goes through the terminal filter.
    try {
        rightjob::app::SafeTerminalOutput safeOutput;
        try {
            return rightjob::app::runCommandLine(std::vector<std::string>(argv + 1, argv + argc));
        } catch (const std::bad_alloc&) {
            std::cerr << "rightjob: there is not enough memory to finish. Nothing more was changed.\n";
        } catch (const std::exception& error) {
            std::cerr << "rightjob: something went wrong, so Right Job stopped. Nothing more was changed. ("
                      << error.what() << ")\n";
        } catch (...) {
            std::cerr << "rightjob: something went wrong, so Right Job stopped. Nothing more was changed.\n";
        }
    } catch (...) {
        std::fputs("rightjob: something went wrong, so Right Job stopped.\n", stderr);
    }
    return 1;
}
