// Where the program finds its data: the build's source tree, or the share
// folder of an installed program.

#include "core/base/asset_paths.h"

#include "test_support.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace rightjob;
using rightjob::testing::TemporaryFolder;

TEST_CASE("An installed program finds its data in PREFIX/share/rightjob", "[core][assets]")
{
    const TemporaryFolder prefix;
    std::filesystem::create_directories(prefix.file("bin"));
    const std::string program = prefix.file("bin/rightjob");
    // No data there yet: not an installed program.
    CHECK(core::installedDataFolder(program).empty());
    std::filesystem::create_directories(prefix.file("share/rightjob/symbols"));
    CHECK(core::installedDataFolder(program).empty());
    rightjob::testing::writeTextFile(prefix.file("share/rightjob/symbols/manifest.json"), "{}");
    CHECK(std::filesystem::equivalent(core::installedDataFolder(program), prefix.file("share/rightjob")));
    CHECK(core::installedDataFolder("").empty());
}

TEST_CASE("The tests, run from the build folder, find the data in the source tree", "[core][assets]")
{
    CHECK(core::assetRoot() == RIGHTJOB_SOURCE_DATA_DIR);
    CHECK(std::filesystem::is_regular_file(core::assetPath("symbols/manifest.json")));
}
