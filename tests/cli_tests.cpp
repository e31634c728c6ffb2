// The rightjob binary, run as a person or a script would run it.

#include "core/base/asset_paths.h"
#include "core/base/json_file.h"
#include "core/storage/settings.h"
#include "test_support.h"

#include <catch2/catch.hpp>
#include <stb_image.h>

#include <algorithm>
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
    // Every screen is named, so a person can find the one they want.
    CHECK_THAT(help.output, Catch::Contains("people, person, section, recover, mat, card, session"));
    CHECK_THAT(help.output, Catch::Contains("pronunciations, about, picture, photos, summary."));
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
    const RunResult nowhere = run("screenshot --screen nowhere --size 800x600 --out /tmp/x.png");
    CHECK(nowhere.status == 2);
    CHECK_THAT(nowhere.output, Catch::Contains("The screens are people, person,"));
    CHECK_THAT(nowhere.output, Catch::Contains("summary, deleted."));
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

TEST_CASE("check accepts a settings file the program writes, and reports a bad one", "[cli]")
{
    TemporaryFolder folder;
    rightjob::core::Settings settings;
    settings.textSizePercent = 200;
    settings.themeId = "high_contrast";
    rightjob::testing::writeTextFile(folder.file("settings.json"), rightjob::core::writeSettings(settings));
    const RunResult good = run("check '" + folder.file("settings.json") + "'");
    INFO(good.output);
    CHECK(good.status == 0);
    CHECK_THAT(good.output, Catch::Contains("good"));
    rightjob::testing::writeTextFile(folder.file("bad.json"),
                                     "{\"format\": \"rightjob-settings\", \"format_version\": 1, \"text_size\": \"big\"}");
    CHECK(run("check '" + folder.file("bad.json") + "'").status == 1);
}

TEST_CASE("Screenshots of every screen render headless and are not blank", "[cli][ui]")
{
    TemporaryFolder folder;
    const std::string profile = demoDataFolder(folder);
    for (const char* screen : {"people", "person", "section", "mat", "card", "session", "settings", "add-person",
                               "delete-person", "jobs", "vacancy", "about", "picture", "photos",
                               "pronunciations", "summary"}) {
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

TEST_CASE("check accepts every shipped data file and reports unknown symbols with their line", "[cli]")
{
    const RunResult result = run("check " + asset("assets/jobs/catalogue.json") + " " + asset("assets/jobs/weights.json")
                                 + " " + asset("symbols/manifest.json"));
    INFO(result.output);
    CHECK(result.status == 0);
    CHECK_THAT(result.output, Catch::Contains("Job catalogue with"));

    TemporaryFolder folder;
    std::string layout = rightjob::core::readWholeFile(rightjob::core::assetPath("layouts/one_page_profile.json"));
    const auto at = layout.find("\"symbol\": \"");
    REQUIRE(at != std::string::npos);
    layout.insert(at + 11, "no-such-picture-");
    rightjob::testing::writeTextFile(folder.file("layout.json"), layout);
    const RunResult bad = run("check '" + folder.file("layout.json") + "'");
    CHECK(bad.status == 1);
    const auto line = 1 + std::count(layout.begin(), layout.begin() + static_cast<long>(at), '\n');
    CHECK_THAT(bad.output, Catch::Contains("line " + std::to_string(line)));
    CHECK_THAT(bad.output, Catch::Contains("no-such-picture-"));
}

TEST_CASE("symbols search finds a dog first, for dog and dogs", "[cli]")
{
    for (const char* words : {"dog", "dogs", "DOGS"}) {
        const RunResult result = run(std::string("symbols search ") + words);
        INFO(words << ": " << result.output);
        CHECK(result.status == 0);
        CHECK_THAT(result.output, Catch::StartsWith("dog\t"));
    }
    CHECK(run("symbols search qwzxqwzx").status == 1);
    CHECK(run("symbols").status == 2);
    CHECK(run("symbols search").status == 2);
}

TEST_CASE("match prints ranked jobs with reasons, as text and JSON", "[cli]")
{
    const RunResult text = run("match --profile " + asset("assets/demo/profile.json"));
    INFO(text.output);
    CHECK(text.status == 0);
    CHECK_THAT(text.output, Catch::StartsWith("Jordan: Jobs that suit you, best first"));
    CHECK_THAT(text.output, Catch::Contains("1. "));
    CHECK_THAT(text.output, Catch::Contains("You like animals."));

    const RunResult json = run("match --json --profile " + asset("assets/demo/profile.json"));
    CHECK(json.status == 0);
    const auto list = nlohmann::json::parse(json.output);
    CHECK(list["enough_answers"] == true);
    const auto& results = list["results"];
    REQUIRE(results.size() == 20);
    for (const auto& result : results) {
        CHECK(result.contains("reasons"));
        CHECK(result.contains("warnings"));
    }
    CHECK(run("match").status == 2);
    CHECK(run("match --profile /nonexistent.json").status == 1);
}

TEST_CASE("say writes speech as WAV and lists word times", "[cli][speech]")
{
    TemporaryFolder folder;
    const RunResult result = run("say \"I like working with animals.\" --out '" + folder.file("say.wav") + "' --words");
    INFO(result.output);
    REQUIRE(result.status == 0);
    CHECK_THAT(result.output, Catch::StartsWith("0 ms"));
    CHECK_THAT(result.output, Catch::Contains("animals"));
    CHECK(std::filesystem::file_size(folder.file("say.wav")) > 22050); // well over half a second of 16-bit audio
    CHECK(run("say").status == 2);
}
