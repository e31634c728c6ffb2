// Right Job: build a vocational profile from pictures, symbols and speech.
#include "app/commands.h"
#include "core/base/sanitizer_defaults.h"

int main(int argc, char** argv)
{
    return rightjob::app::runCommandLine(std::vector<std::string>(argv + 1, argv + argc));
}
