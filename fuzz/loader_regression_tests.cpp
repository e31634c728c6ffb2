// Every committed seed (fuzz/corpus/<harness>/) and every input that once
// made a loader crash, hang or misbehave (fuzz/regressions/<harness>/) runs
// through the same code as the fuzz harness: it must load, or be refused
// with the loader's documented error. Runs in the normal build and under
// the sanitizers, so a fixed bug cannot come back unseen.
#include "loaders.h"

#include "core/base/json_file.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>

namespace rightjob::fuzz {
namespace {

std::vector<std::string> filesIn(const std::string& folder)
{
    std::vector<std::string> files;
    if (!std::filesystem::is_directory(folder))
        return files;
    for (const auto& entry : std::filesystem::directory_iterator(folder))
        if (entry.is_regular_file() && entry.path().filename().string().front() != '.')
            files.push_back(entry.path().string());
    std::sort(files.begin(), files.end());
    return files;
}

std::string fuzzFolder(const std::string& kind, const LoaderName& loader)
{
    return std::string(RIGHTJOB_FUZZ_DIR) + "/" + kind + "/" + loader.name;
}

} // namespace

TEST_CASE("Every harness has a seed corpus that loads", "[fuzz]")
{
    for (const LoaderName& loader : allLoaders()) {
        const std::vector<std::string> seeds = filesIn(fuzzFolder("corpus", loader));
        INFO("harness " << loader.name);
        REQUIRE(!seeds.empty());
        // At least one seed is good data, so the fuzzer starts from inputs
        // that go all the way through the loader.
        std::size_t loaded = 0;
        for (const std::string& seed : seeds) {
            INFO("seed " << seed);
            bool ok = false;
            REQUIRE_NOTHROW(ok = runLoader(loader.loader, core::readWholeFile(seed)));
            loaded += ok ? 1 : 0;
        }
        CHECK(loaded > 0);
    }
}

TEST_CASE("Every input that once broke a loader is now loaded or refused plainly", "[fuzz]")
{
    std::size_t replayed = 0;
    for (const LoaderName& loader : allLoaders()) {
        for (const std::string& input : filesIn(fuzzFolder("regressions", loader))) {
            INFO("regression " << input);
            REQUIRE_NOTHROW(runLoader(loader.loader, core::readWholeFile(input)));
            ++replayed;
        }
    }
    // The committed ones, at least: a folder moved by mistake would
    // otherwise make this pass while replaying nothing.
    CHECK(replayed >= 3);
}

TEST_CASE("A refused input is refused with the loader's own error", "[fuzz]")
{
    CHECK_FALSE(runLoader(Loader::Profile, "{\"format\": \"rightjob-profile\""));
    CHECK_FALSE(runLoader(Loader::Layout, "[]"));
    CHECK_FALSE(runLoader(Loader::ImageImport, "GIF89a"));
    CHECK_FALSE(runLoader(Loader::Bundle, "PK"));
    CHECK_FALSE(runLoader(Loader::ZipArchive, "not a zip"));
    CHECK_FALSE(runLoader(Loader::Wav, "RIFF"));
}

} // namespace rightjob::fuzz
