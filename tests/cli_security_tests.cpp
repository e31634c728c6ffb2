// Issue 16 through the real binary: what a hostile file or a careless
// command line could do, as a person or a script would run it.

#include "core/base/asset_paths.h"
#include "core/base/json_file.h"
#include "core/protection/protection.h"
#include "test_support.h"

#include <catch2/catch.hpp>

#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <filesystem>
#include <sstream>
#include <string>
#include <sys/stat.h>
#include <sys/wait.h>

using rightjob::testing::TemporaryFolder;
using rightjob::testing::writeTextFile;

namespace {

struct Run {
    int status = -1; // the exit status; 128+N when killed by signal N
    std::string output;
};

Run run(const std::string& arguments)
{
    const std::string command = std::string("'") + RIGHTJOB_BINARY + "' " + arguments + " </dev/null 2>&1";
    Run result;
    FILE* pipe = ::popen(command.c_str(), "r");
    REQUIRE(pipe);
    std::array<char, 4096> buffer;
    for (std::size_t count; (count = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0;)
        result.output.append(buffer.data(), count);
    const int status = ::pclose(pipe);
    result.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return result;
}

std::string quoted(const std::string& text)
{
    return "'" + text + "'";
}

// A copy of the demo person in data/people/demo, changed by edit.
std::string demoPerson(const TemporaryFolder& folder, const std::function<void(rightjob::core::Json&)>& edit = {})
{
    const std::string person = folder.file("data/people/demo");
    std::filesystem::create_directories(person);
    rightjob::core::Json json = rightjob::core::Json::parse(
        rightjob::core::readWholeFile(rightjob::core::assetPath("assets/demo/profile.json")));
    if (edit)
        edit(json);
    writeTextFile(person + "/profile.json", json.dump(2));
    return person + "/profile.json";
}

} // namespace

TEST_CASE("check of a device exits 1 with a message, never an abort", "[cli][limits][issue-16]")
{
    const Run zero = run("check /dev/zero");
    CHECK(zero.status == 1);
    CHECK_THAT(zero.output, Catch::Contains("not a plain file"));
    TemporaryFolder folder;
    const std::string huge = folder.file("huge.json");
    writeTextFile(huge, "{");
    REQUIRE(::truncate(huge.c_str(), 2048ll * 1024 * 1024) == 0);
    const Run big = run("check " + quoted(huge));
    CHECK(big.status == 1);
    CHECK_THAT(big.output, Catch::Contains("too big"));
}

TEST_CASE("check refuses a profile whose card photo is a device or outside the folder", "[cli][issue-16]")
{
    TemporaryFolder folder;
    const std::string profile = demoPerson(folder, [](rightjob::core::Json& json) {
        json["cards"]["likes/animals"]["photo"] = "/dev/zero";
    });
    const Run result = run("check " + quoted(profile));
    CHECK(result.status == 1);
    CHECK_THAT(result.output, Catch::Contains("photo") && Catch::Contains("leaves the person's folder"));

    // A photo in photos/ that is a FIFO: named, and refused without waiting.
    TemporaryFolder second;
    const std::string fifoProfile = demoPerson(second, [](rightjob::core::Json& json) {
        json["person"]["photo"] = "photos/me.jpg";
    });
    std::filesystem::create_directories(second.file("data/people/demo/photos"));
    REQUIRE(::mkfifo(second.file("data/people/demo/photos/me.jpg").c_str(), 0600) == 0);
    const Run fifo = run("check " + quoted(fifoProfile));
    CHECK(fifo.status == 1);
    CHECK_THAT(fifo.output, Catch::Contains("not a plain file"));
}

TEST_CASE("Names with terminal escape codes are printed harmlessly", "[cli][issue-16]")
{
    TemporaryFolder folder;
    const std::string evil = "Sam\x1b]0;pwned\x07\x1b[2J\xc2\x9b" "31m\xe2\x80\xae";
    const std::string profile = demoPerson(folder, [&](rightjob::core::Json& json) { json["person"]["name"] = evil; });
    const Run checked = run("check " + quoted(profile));
    CHECK(checked.status == 0);
    CHECK(checked.output.find('\x1b') == std::string::npos);
    CHECK(checked.output.find('\x07') == std::string::npos);
    CHECK(checked.output.find("\xc2\x9b") == std::string::npos);
    CHECK(checked.output.find("\xe2\x80\xae") == std::string::npos);
    CHECK_THAT(checked.output, Catch::Contains("Sam\\u001b]0;pwned\\u0007"));

    const std::string bundle = folder.file("sam.rightjob");
    REQUIRE(run("export --profile " + quoted(profile) + " --format bundle --out " + quoted(bundle)).status == 0);
    const Run imported = run("import-bundle " + quoted(bundle) + " --data-dir " + quoted(folder.file("other")));
    CHECK(imported.status == 0);
    CHECK(imported.output.find('\x1b') == std::string::npos);
    CHECK_THAT(imported.output, Catch::Contains("Imported Sam\\u001b"));
}

TEST_CASE("export never writes over the profile, a link, a FIFO or a device, or into a person's folder",
          "[cli][export][issue-16]")
{
    TemporaryFolder folder;
    const std::string profile = demoPerson(folder);
    const std::string before = rightjob::core::readWholeFile(profile);
    auto exportTo = [&](const std::string& out, const std::string& format = "txt") {
        return run("export --profile " + quoted(profile) + " --format " + format + " --out " + quoted(out));
    };
    for (const std::string format : {"txt", "json"}) {
        const Run over = exportTo(profile, format);
        CHECK(over.status == 1);
        CHECK_THAT(over.output, Catch::Contains("Nothing was written"));
        CHECK(rightjob::core::readWholeFile(profile) == before);
    }
    CHECK(exportTo(folder.file("data/people/demo/summary.txt")).status == 1);
    std::filesystem::create_directories(folder.file("data/people/demo/photos"));
    CHECK(exportTo(folder.file("data/people/demo/photos/summary.txt")).status == 1);
    CHECK_FALSE(std::filesystem::exists(folder.file("data/people/demo/summary.txt")));

    std::filesystem::create_directories(folder.file("out"));
    writeTextFile(folder.file("target.txt"), "keep me");
    std::filesystem::create_symlink(folder.file("target.txt"), folder.file("out/link.txt"));
    CHECK(exportTo(folder.file("out/link.txt")).status == 1);
    CHECK(std::filesystem::is_symlink(folder.file("out/link.txt")));
    CHECK(rightjob::core::readWholeFile(folder.file("target.txt")) == "keep me");

    REQUIRE(::mkfifo(folder.file("out/fifo.txt").c_str(), 0600) == 0);
    const auto start = std::chrono::steady_clock::now();
    CHECK(exportTo(folder.file("out/fifo.txt")).status == 1);
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(20));
    struct stat info {};
    REQUIRE(::lstat(folder.file("out/fifo.txt").c_str(), &info) == 0);
    CHECK(S_ISFIFO(info.st_mode));
    CHECK(exportTo("/dev/null").status == 1);

    // A plain file elsewhere is written, atomically, as before.
    writeTextFile(folder.file("out/old.txt"), "old");
    CHECK(exportTo(folder.file("out/old.txt")).status == 0);
    CHECK_THAT(rightjob::core::readWholeFile(folder.file("out/old.txt")), Catch::Contains("Jordan"));
}

TEST_CASE("A profile with a passphrase opens on the command line with --passphrase-file", "[cli][privacy][issue-16]")
{
    TemporaryFolder folder;
    const std::string profile = demoPerson(folder);
    rightjob::core::protectPerson(rightjob::core::realFileSystem(), folder.file("data/people/demo"), "blue kettle sings",
                                  rightjob::core::quickKeyStrengthForTests());
    writeTextFile(folder.file("right.txt"), "blue kettle sings\n");
    writeTextFile(folder.file("wrong.txt"), "red kettle\n");

    const Run none = run("check " + quoted(profile));
    CHECK(none.status == 1);
    CHECK_THAT(none.output, Catch::Contains("has a passphrase") && Catch::Contains("--passphrase-file"));
    CHECK(none.output.find("not valid JSON") == std::string::npos);

    const Run wrong = run("check " + quoted(profile) + " --passphrase-file " + quoted(folder.file("wrong.txt")));
    CHECK(wrong.status == 1);
    CHECK_THAT(wrong.output, Catch::Contains("passphrase is not right"));

    const std::string right = " --passphrase-file " + quoted(folder.file("right.txt"));
    CHECK(run("check " + quoted(profile) + right).status == 0);
    std::filesystem::create_directories(folder.file("out"));
    const Run exported = run("export --profile " + quoted(profile) + " --format txt --out "
                             + quoted(folder.file("out/s.txt")) + right);
    CHECK(exported.status == 0);
    CHECK_THAT(rightjob::core::readWholeFile(folder.file("out/s.txt")), Catch::Contains("Jordan"));
    const Run matched = run("match --profile " + quoted(profile) + right);
    CHECK(matched.status == 0);
    CHECK_THAT(matched.output, Catch::Contains("Jordan: Jobs that suit you"));

    // A full backup is sealed with the passphrase and comes back with it.
    const std::string backup = folder.file("out/demo-backup.rightjob");
    CHECK(run("export --profile " + quoted(profile) + " --format backup --out " + quoted(backup) + right).status == 0);
    CHECK(rightjob::core::isSealed(rightjob::core::readWholeFile(backup)));
    const Run noPassphrase = run("import-bundle " + quoted(backup) + " --data-dir " + quoted(folder.file("other")));
    CHECK(noPassphrase.status == 1);
    CHECK_THAT(noPassphrase.output, Catch::Contains("passphrase"));
    const Run imported = run("import-bundle " + quoted(backup) + " --data-dir " + quoted(folder.file("other")) + right);
    CHECK(imported.status == 0);
    CHECK(std::filesystem::exists(folder.file("other/people/demo/profile.json")));
}

TEST_CASE("say --out opens no audio device and no connection", "[cli][speech][issue-16]")
{
    if (std::system("strace -f -qq -o /dev/null -e trace=socket true >/dev/null 2>&1") != 0) {
        WARN("strace cannot run here; skipped");
        return;
    }
    TemporaryFolder folder;
    const std::string trace = folder.file("trace.txt");
    const std::string command = "PULSE_SERVER=tcp:127.0.0.1:9 ASAN_OPTIONS=detect_leaks=0 strace -f -qq -o "
                                + quoted(trace) + " -e trace=socket,connect,openat '" + RIGHTJOB_BINARY
                                + "' say hello --out " + quoted(folder.file("hello.wav")) + " </dev/null >/dev/null 2>&1";
    REQUIRE(std::system(command.c_str()) == 0);
    const std::string lines = rightjob::core::readWholeFile(trace);
    CHECK(lines.find("/dev/snd") == std::string::npos);
    // espeak-ng's audio library is loaded with it (libpulse.so); what must
    // not happen is a PulseAudio socket, cookie or config being opened.
    std::istringstream traced(lines);
    for (std::string line; std::getline(traced, line);)
        if (line.find("pulse") != std::string::npos && line.find(".so") == std::string::npos)
            FAIL_CHECK("PulseAudio was reached: " << line);
    CHECK(lines.find("AF_INET") == std::string::npos);
    CHECK(std::filesystem::file_size(folder.file("hello.wav")) > 1000);
}
