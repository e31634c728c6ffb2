#include "export/export_command.h"

#include "export/bundle.h"

#include "export_test_support.h"
#include "test_support.h"

#include "core/base/json_file.h"
#include "speech/wav.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <sstream>

using namespace rightjob;
using namespace rightjob::exporting;
using namespace rightjob::testing;

namespace {

struct Run {
    int status = -1;
    std::string out;
    std::string err;
};

Run exportWith(const std::vector<std::string>& arguments, const TextToSamples* speak = nullptr)
{
    std::ostringstream out, err;
    Run run;
    run.status = runExportCommand(arguments, out, err, speak);
    run.out = out.str();
    run.err = err.str();
    return run;
}

Run importWith(const std::vector<std::string>& arguments)
{
    std::ostringstream out, err;
    Run run;
    run.status = runImportBundleCommand(arguments, out, err);
    run.out = out.str();
    run.err = err.str();
    return run;
}

} // namespace

TEST_CASE("rightjob export makes every format", "[export][command]")
{
    const TemporaryFolder folder;
    writePersonFolder(folder.file("jordan"), exportData().demo);
    const std::string profile = folder.file("jordan/profile.json");
    FakeVoice voice;
    const TextToSamples speak = voice.function();

    const std::map<std::string, std::string> starts = {{"txt", "All about me and work\n"},
                                                       {"html", "<!DOCTYPE html>"},
                                                       {"pdf", "%PDF-"},
                                                       {"wav", "RIFF"},
                                                       {"mp3", "PK"},
                                                       {"json", "{"},
                                                       {"obz", "PK"},
                                                       {"bundle", "PK"}};
    for (const auto& [format, start] : starts) {
        INFO("Format: " << format);
        const std::string out = folder.file("summary." + format);
        const Run run = exportWith({"--profile", profile, "--format", format, "--out", out, "--date", "2026-11-05"}, &speak);
        CHECK(run.err.empty());
        CHECK(run.status == 0);
        CHECK(run.out.find("Wrote " + out) == 0);
        const std::string bytes = core::readWholeFile(out);
        CHECK(bytes.compare(0, start.size(), start) == 0);
        CHECK((std::filesystem::status(out).permissions() & std::filesystem::perms::all)
              == (std::filesystem::perms::owner_read | std::filesystem::perms::owner_write));
    }
    CHECK(core::readWholeFile(folder.file("summary.txt")).find("Made on 5 November 2026.") != std::string::npos);
    CHECK(speech::decodeWav(core::readWholeFile(folder.file("summary.wav")), "summary.wav").sampleRate == FakeVoice::kSampleRate);
    // The JSON export is for sharing: the demo's private cards are not in it.
    const std::string json = core::readWholeFile(folder.file("summary.json"));
    CHECK(json.find("feelings/shout") == std::string::npos);
    CHECK(json.find("likes/animals") != std::string::npos);
    // The bundle is the backup: they are in it.
    CHECK(readBundle(core::readWholeFile(folder.file("summary.bundle"))).files.size() == 4);
}

TEST_CASE("rightjob export says what is wrong with the command line", "[export][command]")
{
    const TemporaryFolder folder;
    const std::string profile = assetPathForTest("assets/demo/profile.json");
    const std::string out = folder.file("x.html");
    CHECK(exportWith({"--profile", profile, "--format", "html"}).status == 2);
    CHECK(exportWith({"--format", "html", "--out", out}).status == 2);
    const Run badFormat = exportWith({"--profile", profile, "--format", "docx", "--out", out});
    CHECK(badFormat.status == 2);
    CHECK(badFormat.err.find("\"docx\" is not a format") != std::string::npos);
    CHECK(exportWith({"--profile", profile, "--format", "html", "--out", out, "--colour", "red"}).status == 2);
    CHECK(exportWith({"--profile", profile, "--format", "html", "--out", out, "extra"}).status == 2);
    CHECK(exportWith({"--profile", profile, "--format", "html", "--out", out, "--date", "5 November"}).status == 2);
    CHECK(exportWith({"--profile", profile, "--format", "pdf", "--out", out, "--voice", "en-gb"}).status == 2);
    CHECK(exportWith({"--profile", profile, "--format", "html", "--out"}).status == 2);
    CHECK(exportWith({"--help"}).status == 0);
    CHECK_FALSE(std::filesystem::exists(out));
}

TEST_CASE("rightjob export says what is wrong with the input", "[export][command]")
{
    const TemporaryFolder folder;
    const Run missing = exportWith({"--profile", folder.file("nobody.json"), "--format", "txt", "--out", folder.file("x.txt")});
    CHECK(missing.status == 1);
    CHECK(missing.err.find("nobody.json") != std::string::npos);

    writeTextFile(folder.file("broken.json"), "{\"format\": \"rightjob-profile\",");
    const Run broken = exportWith({"--profile", folder.file("broken.json"), "--format", "txt", "--out", folder.file("x.txt")});
    CHECK(broken.status == 1);
    CHECK(broken.err.find("broken.json") != std::string::npos);

    const std::string profile = assetPathForTest("assets/demo/profile.json");
    CHECK(exportWith({"--profile", profile, "--format", "txt", "--out", folder.file("x.txt"), "--date", "2026-02-30"}).status == 1);
    const Run unwritable = exportWith({"--profile", profile, "--format", "txt", "--out", folder.file("no/such/folder/x.txt")});
    CHECK(unwritable.status == 1);
    CHECK(unwritable.err.find("the folder of " + folder.file("no/such/folder/x.txt") + " is not there") != std::string::npos);
    CHECK(unwritable.err.find("Nothing was written.") != std::string::npos);
}

TEST_CASE("rightjob import-bundle imports, merges, replaces when told, and refuses bad bundles", "[export][command]")
{
    const TemporaryFolder folder;
    writePersonFolder(folder.file("ali"), nearlyEmptyProfile());
    const std::string bundle = folder.file("ali.rightjob");
    writeTextFile(bundle, makeBundle(folder.file("ali")));
    const std::string data = folder.file("data");

    const Run first = importWith({bundle, "--data-dir", data});
    CHECK(first.status == 0);
    CHECK(first.out.find("Imported Ali into " + data + "/people/ali.") == 0);

    const Run again = importWith({bundle, "--data-dir", data});
    CHECK(again.status == 0);
    CHECK(again.out.find("Ali was already here") == 0);
    CHECK(again.out.find("Nothing changed.") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(data + "/deleted"));

    const Run replaced = importWith({bundle, "--data-dir", data, "--replace"});
    CHECK(replaced.status == 0);
    CHECK(replaced.out.find("kept in " + data + "/deleted/ali-") != std::string::npos);

    writeTextFile(folder.file("bad.rightjob"), "not a bundle");
    const Run bad = importWith({folder.file("bad.rightjob"), "--data-dir", folder.file("other")});
    CHECK(bad.status == 1);
    CHECK(bad.err.find("not a zip file") != std::string::npos);
    CHECK(bad.err.find("Nothing was imported.") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(folder.file("other")));

    CHECK(importWith({}).status == 2);
    CHECK(importWith({bundle, bundle}).status == 2);
    CHECK(importWith({bundle, "--data-dir"}).status == 2);
    CHECK(importWith({bundle, "--force"}).status == 2);
}
