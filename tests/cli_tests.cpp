// The rightjob binary, run as a person or a script would run it.

#include "core/asset_paths.h"
#include "core/json_file.h"
#include "test_support.h"

#include <catch2/catch.hpp>
#include <stb_image.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <sys/wait.h>

using rightjob::testing::TemporaryFolder;

namespace {

struct RunResult {
    int status = -1;
    std::string output; // stdout and stderr together
};

RunResult run(const std::string& arguments)
{
    const std::string command = std::string("'") + RIGHTJOB_BINARY + "' " + arguments + " 2>&1";
    RunResult result;
    FILE* pipe = ::popen(command.c_str(), "r");
    REQUIRE(pipe);
    std::array<char, 4096> buffer;
    for (std::size_t count; (count = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0;)
        result.output.append(buffer.data(), count);
    const int status = ::pclose(pipe);
    result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

std::string asset(const std::string& relative)
{
    return "'" + rightjob::core::assetPath(relative) + "'";
}

// The share of pixels that differ clearly from the top-left pixel.
double inkShare(const std::string& png, int& width, int& height)
{
    int channels = 0;
    unsigned char* pixels = stbi_load(png.c_str(), &width, &height, &channels, 4);
    REQUIRE(pixels);
    long different = 0;
    for (long i = 0; i < static_cast<long>(width) * height; ++i) {
        int distance = 0;
        for (int c = 0; c < 3; ++c)
            distance += std::abs(pixels[i * 4 + c] - pixels[c]);
        if (distance > 60)
            ++different;
    }
    stbi_image_free(pixels);
    return static_cast<double>(different) / (static_cast<double>(width) * height);
}

// A data folder holding a copy of the demo person.
std::string demoDataFolder(const TemporaryFolder& folder)
{
    const std::string personFolder = folder.file("data/people/demo");
    std::filesystem::create_directories(personFolder);
    std::filesystem::copy_file(rightjob::core::assetPath("assets/demo/profile.json"), personFolder + "/profile.json");
    return personFolder + "/profile.json";
}

} // namespace

TEST_CASE("--help and --version answer", "[cli]")
{
    const RunResult help = run("--help");
    CHECK(help.status == 0);
    CHECK_THAT(help.output, Catch::Contains("rightjob check FILE"));
    CHECK_THAT(help.output, Catch::Contains("screenshot"));
    const RunResult version = run("--version");
    CHECK(version.status == 0);
    CHECK_THAT(version.output, Catch::StartsWith("rightjob 0."));
}

TEST_CASE("A wrong command line exits with 2 and says why", "[cli]")
{
    const RunResult unknown = run("frobnicate");
    CHECK(unknown.status == 2);
    CHECK_THAT(unknown.output, Catch::Contains("\"frobnicate\" is not a command"));
    CHECK(run("check").status == 2);
    CHECK(run("screenshot --screen people").status == 2);
    CHECK(run("screenshot --screen nowhere --size 800x600 --out /tmp/x.png").status == 2);
    CHECK(run("screenshot --screen people --size huge --out /tmp/x.png").status == 2);
    CHECK(run("--no-such-option").status == 2);
}

TEST_CASE("check accepts the shipped layouts and the demo", "[cli]")
{
    const RunResult result =
        run("check " + asset("layouts/vocational_profile.json") + " " + asset("layouts/one_page_profile.json") + " "
            + asset("assets/demo/profile.json"));
    INFO(result.output);
    CHECK(result.status == 0);
    CHECK_THAT(result.output, Catch::Contains("Layout \"vocational_profile\" with 10 sections"));
}

TEST_CASE("check reports a bad file with its place and exits with 1", "[cli]")
{
    const RunResult result = run("check " + asset("tests/data/bad-layout.json"));
    CHECK(result.status == 1);
    CHECK_THAT(result.output, Catch::Contains("bad-layout.json, line 19"));
    CHECK_THAT(result.output, Catch::Contains("has no \"label\""));

    TemporaryFolder folder;
    rightjob::testing::writeTextFile(folder.file("cut.json"), "{\"format\": \"rightjob-profile\", \"id\": ");
    const RunResult cut = run("check '" + folder.file("cut.json") + "'");
    CHECK(cut.status == 1);
    CHECK_THAT(cut.output, Catch::Contains("ends too soon"));
    CHECK(run("check /nonexistent/profile.json").status == 1);
}

TEST_CASE("Screenshots of every screen render headless and are not blank", "[cli][ui]")
{
    TemporaryFolder folder;
    const std::string profile = demoDataFolder(folder);
    for (const char* screen : {"people", "person", "section"}) {
        for (const char* size : {"1280x800", "800x1280"}) {
            INFO(screen << " at " << size);
            const std::string png = folder.file(std::string(screen) + "-" + size + ".png");
            const std::string map = folder.file(std::string(screen) + "-" + size + ".json");
            const RunResult result = run("screenshot --profile '" + profile + "' --screen " + screen + " --size "
                                         + size + " --out '" + png + "' --dump-ui '" + map + "'");
            INFO(result.output);
            REQUIRE(result.status == 0);
            int width = 0, height = 0;
            CHECK(inkShare(png, width, height) > 0.005); // a blank frame gives 0
            CHECK(std::to_string(width) + "x" + std::to_string(height) == size);

            // Every target has a label and is at least 44 px each way.
            const auto targets = rightjob::core::JsonFile::load(map).root().at("targets");
            CHECK(targets.size() >= 1);
            for (const auto& target : targets) {
                CHECK_FALSE(target.at("label").get<std::string>().empty());
                if (target.at("partly_hidden").get<bool>())
                    continue; // cut by the edge of a scrolling list
                CHECK(target.at("rect")[2].get<double>() >= 44);
                CHECK(target.at("rect")[3].get<double>() >= 44);
            }
        }
    }
}

TEST_CASE("A screenshot never changes the profile", "[cli]")
{
    TemporaryFolder folder;
    const std::string profile = demoDataFolder(folder);
    const std::string before = rightjob::core::readWholeFile(profile);
    REQUIRE(run("screenshot --profile '" + profile + "' --screen section --size 1280x800 --out '"
                + folder.file("s.png") + "'")
                .status
            == 0);
    CHECK(rightjob::core::readWholeFile(profile) == before);
    CHECK_FALSE(std::filesystem::exists(folder.file("data/people/demo/backups")));
}

TEST_CASE("A damaged profile shows the recover screen, and other screens say why they cannot", "[cli]")
{
    TemporaryFolder folder;
    const std::string profile = demoDataFolder(folder);
    rightjob::testing::writeTextFile(profile, "{ \"format\": \"rightjob-profile\", ");
    const RunResult person = run("screenshot --profile '" + profile + "' --screen person --size 1280x800 --out '"
                                 + folder.file("p.png") + "'");
    CHECK(person.status == 1);
    CHECK_THAT(person.output, Catch::Contains("ends too soon"));
    const RunResult recover = run("screenshot --profile '" + profile + "' --screen recover --size 1280x800 --out '"
                                  + folder.file("r.png") + "'");
    INFO(recover.output);
    CHECK(recover.status == 0);
    int width = 0, height = 0;
    CHECK(inkShare(folder.file("r.png"), width, height) > 0.01);
}
