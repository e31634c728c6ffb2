// The one main() shared by every Catch2 test binary.
#include "core/base/sanitizer_defaults.h"

#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <cstdlib>

int main(int argc, char** argv)
{
    // Tests never need a screen or speakers, however they are started; the
    // real program, when a test runs it, inherits these.
    ::setenv("SDL_VIDEODRIVER", "offscreen", 0);
    ::setenv("SDL_AUDIODRIVER", "dummy", 0);
    return Catch::Session().run(argc, argv);
}
