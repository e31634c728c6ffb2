#include "speech/say_command.h"
#include "speech/pronunciations.h"
#include "speech/wav.h"

#include "test_support.h"

#include <catch2/catch.hpp>

#include <sstream>

using namespace rightjob::speech;
using rightjob::testing::TemporaryFolder;

namespace {

struct Run {
    int status = -1;
    std::string out;
    std::string err;
};

Run say(const std::vector<std::string>& arguments)
{
    std::ostringstream out;
    std::ostringstream err;
    Run run;
    run.status = runSayCommand(arguments, out, err);
    run.out = out.str();
    run.err = err.str();
    return run;
}

std::vector<std::string> linesOf(const std::string& text)
{
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        lines.push_back(line);
    return lines;
}

} // namespace

TEST_CASE("say writes the speech as WAV and lists the words with their times", "[speech][cli]")
{
    TemporaryFolder folder;
    const std::string wav = folder.file("hello.wav");
    const Run run = say({"I like working with animals.", "--out", wav, "--words"});
    CHECK(run.status == 0);
    CHECK(run.err.empty());
    const Recording recording = readWavFile(wav);
    CHECK(recording.sampleRate == 22050);
    CHECK(recording.seconds() > 1.0);
    CHECK(rootMeanSquare(recording.samples.data(), recording.samples.size()) > 0.02);

    const auto lines = linesOf(run.out);
    REQUIRE(lines.size() == 5);
    CHECK(lines[0] == "0 ms  I");
    CHECK_THAT(lines[4], Catch::EndsWith(" ms  animals"));
    long last = -1;
    for (const auto& line : lines) {
        const long milliseconds = std::stol(line);
        CHECK(milliseconds > last);
        CHECK(milliseconds < static_cast<long>(recording.seconds() * 1000));
        last = milliseconds;
    }

    // Without --words nothing is printed; words without quotes are joined.
    const Run quiet = say({"Hello", "there", "--out", folder.file("quiet.wav")});
    CHECK(quiet.status == 0);
    CHECK(quiet.out.empty());
}

TEST_CASE("say takes a voice and a person's pronunciations", "[speech][cli]")
{
    TemporaryFolder folder;
    CHECK(say({"Hello", "--voice", "en-gb+f3", "--out", folder.file("a.wav")}).status == 0);

    PronunciationList list;
    list.set("Siobhan", "shi-vorn");
    rightjob::testing::writeTextFile(folder.file("pronunciations.json"), writePronunciations(list));
    const Run run = say({"Siobhan likes dogs", "--pronunciations", folder.file("pronunciations.json"), "--out",
                         folder.file("b.wav"), "--words"});
    CHECK(run.status == 0);
    CHECK(linesOf(run.out).at(0) == "0 ms  Siobhan");
}

TEST_CASE("say explains input problems and wrong command lines", "[speech][cli]")
{
    TemporaryFolder folder;
    const Run unknownVoice = say({"Hello", "--voice", "martian", "--out", folder.file("a.wav")});
    CHECK(unknownVoice.status == 1);
    CHECK_THAT(unknownVoice.err, Catch::Contains("no voice called \"martian\"") && Catch::Contains("--list-voices"));

    rightjob::testing::writeTextFile(folder.file("bad.json"), "{\n \"format\": 3\n}");
    const Run badList = say({"Hello", "--pronunciations", folder.file("bad.json"), "--out", folder.file("b.wav")});
    CHECK(badList.status == 1);
    CHECK_THAT(badList.err, Catch::Contains("bad.json, line 2"));

    const Run unwritable = say({"Hello", "--out", "/nonexistent/folder/a.wav"});
    CHECK(unwritable.status == 1);
    CHECK_THAT(unwritable.err, Catch::Contains("could not be written"));

    CHECK(say({"Hello"}).status == 2);
    CHECK(say({"--out", folder.file("c.wav")}).status == 2);
    CHECK(say({"Hello", "--out"}).status == 2);
    const Run unknownOption = say({"Hello", "--loud", "--out", folder.file("d.wav")});
    CHECK(unknownOption.status == 2);
    CHECK_THAT(unknownOption.err, Catch::Contains("--loud"));
    CHECK(say({"--out", folder.file("e.wav"), "--", "-5 degrees"}).status == 0);
}

TEST_CASE("say lists the voices", "[speech][cli]")
{
    const Run run = say({"--list-voices"});
    CHECK(run.status == 0);
    CHECK_THAT(run.out, Catch::Contains("en-gb  gmw/en  English (Great Britain)") && Catch::Contains(" f3"));
    CHECK(say({"--help"}).status == 0);
}
