// File names the bundle cannot carry: found when fuzzing the bundle reader
// (fuzz/), where a name that is not UTF-8 made the manifest's JSON throw.
#include "core/profile/profile_json.h"
#include "export/bundle.h"
#include "speech/wav.h"
#include "test_support.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace rightjob;

TEST_CASE("A photo whose name is not UTF-8 is left out of the bundle, not a crash", "[export][bundle]")
{
    testing::TemporaryFolder folder;
    core::Profile profile = testing::smallProfile();
    testing::writeTextFile(folder.file("profile.json"), core::writeProfile(profile));
    std::filesystem::create_directories(folder.file("recordings"));
    speech::Recording clip;
    clip.samples = {0, 100, -100, 0};
    const std::string wav = speech::encodeWav(clip);
    testing::writeTextFile(folder.file("recordings/ph\xFFoto.wav"), wav);     // Latin-1, from an old memory stick
    testing::writeTextFile(folder.file("recordings/caf\xC3\xA9.wav"), wav); // "café" in UTF-8

    const std::string bytes = exporting::makeBundle(folder.path());
    const exporting::ZipReader zip(bytes);
    std::vector<std::string> names;
    for (const auto& entry : zip.entries())
        names.push_back(entry.name);
    CHECK(std::find(names.begin(), names.end(), "recordings/caf\xC3\xA9.wav") != names.end());
    CHECK(std::find(names.begin(), names.end(), "recordings/ph\xFFoto.wav") == names.end());
}

TEST_CASE("A bundle with an entry whose name is not UTF-8 is refused plainly", "[export][bundle]")
{
    const std::string profile = core::writeProfile(testing::smallProfile());
    const std::string bytes = exporting::writeZip({{"profile.json", profile, exporting::ZipCompression::Deflate},
                                                   {"manifest.json", "{}", exporting::ZipCompression::Deflate},
                                                   {"photos/\xC0\xAF.png", "x", exporting::ZipCompression::Store}});
    CHECK_THROWS_AS(exporting::readBundle(bytes), exporting::BundleError);
}
