#include "speech/pronunciations.h"
#include "speech/synthesizer.h"

#include "core/base/data_error.h"
#include "test_support.h"

#include <catch2/catch.hpp>

#include <sys/stat.h>

using namespace rightjob::speech;
using rightjob::core::DataError;
using rightjob::testing::TemporaryFolder;

namespace {

PronunciationList siobhanList()
{
    PronunciationList list;
    list.set("Siobhan", "shi-vorn");
    return list;
}

std::string originalOf(const SpokenText& text, std::size_t spokenStart, std::size_t spokenLength)
{
    const auto [start, length] = text.originalSpanOf(spokenStart, spokenLength);
    return text.original().substr(start, length);
}

} // namespace

TEST_CASE("Listed words are replaced whole and ignoring case", "[speech]")
{
    PronunciationList list = siobhanList();
    list.set("Nicolas", "nick-oh-la");
    CHECK(applyPronunciations("Siobhan and SIOBHAN and siobhan.", list).spoken()
          == "shi-vorn and shi-vorn and shi-vorn.");
    CHECK(applyPronunciations("Siobhanna is not Siobhan", list).spoken() == "Siobhanna is not shi-vorn");
    CHECK(applyPronunciations("Siobhan's dog", list).spoken() == "shi-vorn's dog");
    CHECK(applyPronunciations("Siobhan’s dog", list).spoken() == "shi-vorn’s dog");
    CHECK(applyPronunciations("Siobhan'sa dog", list).spoken() == "Siobhan'sa dog");
    CHECK(applyPronunciations("(Siobhan) Nicolas", list).spoken() == "(shi-vorn) nick-oh-la");
    CHECK(applyPronunciations("", list).spoken().empty());

    PronunciationList names;
    names.set("Brien", "bry-en");
    names.set("Zoë", "zo-ee");
    names.set("Mary Jane", "mair-ee jayn");
    names.set("Mary", "mair-ee");
    CHECK(applyPronunciations("O'Brien and Brien", names).spoken() == "O'Brien and bry-en");
    CHECK(applyPronunciations("ZOË and Zoë", names).spoken() == "zo-ee and zo-ee");
    CHECK(applyPronunciations("Mary Jane and Mary", names).spoken() == "mair-ee jayn and mair-ee");
    CHECK(foldCase("ÀÉÎ Łódź ABC") == "àéî łódź abc");
    CHECK(foldCase("ÀÉÎ Łódź ABC").size() == std::string("ÀÉÎ Łódź ABC").size());
}

TEST_CASE("Places in the spoken text lead back to the original word", "[speech]")
{
    const SpokenText text = applyPronunciations("Ask Siobhan now", siobhanList());
    REQUIRE(text.spoken() == "Ask shi-vorn now");
    CHECK(originalOf(text, 0, 3) == "Ask");
    CHECK(originalOf(text, 4, 3) == "Siobhan");  // "shi"
    CHECK(originalOf(text, 8, 4) == "Siobhan");  // "vorn"
    CHECK(originalOf(text, 4, 8) == "Siobhan");
    CHECK(originalOf(text, 13, 3) == "now");
    CHECK(originalOf(text, 100, 3).empty());

    const SpokenText plain = SpokenText::verbatim("café time");
    CHECK(originalOf(plain, 0, 5) == "café");
    CHECK(originalOf(plain, 6, 4) == "time");
}

TEST_CASE("The list keeps words unique ignoring case, in the order added", "[speech]")
{
    PronunciationList list;
    CHECK(list.set("  Siobhan ", " shi-vorn "));
    CHECK(list.set("Niamh", "neev"));
    CHECK(list.set("SIOBHAN", "shiv-awn"));
    CHECK_FALSE(list.set("", "x"));
    CHECK_FALSE(list.set("word", "   "));
    REQUIRE(list.entries().size() == 2);
    CHECK(list.entries()[0] == Pronunciation{"SIOBHAN", "shiv-awn"});
    CHECK(list.find("siobhan") != nullptr);
    CHECK(list.remove("siobhan"));
    CHECK_FALSE(list.remove("siobhan"));
    CHECK(list.entries().size() == 1);
}

TEST_CASE("A pronunciation entry changes the phonemes espeak-ng produces", "[speech]")
{
    const Synthesizer synthesizer;
    const std::string text = "Siobhan likes dogs.";
    const std::string without = synthesizer.phonemes(applyPronunciations(text, {}).spoken());
    const std::string with = synthesizer.phonemes(applyPronunciations(text, siobhanList()).spoken());
    const std::string replacement = synthesizer.phonemes("shi-vorn");
    CHECK(without != with);
    CHECK_FALSE(replacement.empty());
    CHECK(with.rfind(replacement, 0) == 0);             // starts with the sounds of "shi-vorn"
    CHECK(without.find(replacement) == std::string::npos);
    CHECK(with.find(synthesizer.phonemes("likes dogs")) != std::string::npos);

    // The sound differs too.
    const Speech plain = synthesizer.synthesize(text);
    const Speech respelt = synthesizer.synthesize(applyPronunciations(text, siobhanList()));
    CHECK(plain.samples != respelt.samples);
}

TEST_CASE("With a pronunciation, word timings still point to the original words", "[speech]")
{
    const Synthesizer synthesizer;
    const std::string text = "Siobhan likes working with animals.";
    const Speech speech = synthesizer.synthesize(applyPronunciations(text, siobhanList()));
    std::vector<std::string> heard;
    for (const auto& word : speech.words)
        heard.push_back(text.substr(word.textStart, word.textLength));
    CHECK(heard == std::vector<std::string>{"Siobhan", "likes", "working", "with", "animals"});
    for (std::size_t i = 1; i < speech.words.size(); ++i)
        CHECK(speech.words[i].startSample > speech.words[i - 1].startSample);

    // A respelling of two words is still one word of the original.
    PronunciationList spaced;
    spaced.set("Siobhan", "shiv vorn");
    const Speech twoWords = synthesizer.synthesize(applyPronunciations("Hello Siobhan now", spaced));
    REQUIRE(twoWords.words.size() == 3);
    CHECK(twoWords.words[1].textStart == 6);
    CHECK(twoWords.words[1].textLength == 7);
    CHECK(twoWords.words[2].index == 2);
}

TEST_CASE("Pronunciation files round-trip and are saved safely", "[speech][storage]")
{
    PronunciationList list = siobhanList();
    list.set("Zoë", "zo-ee");
    const std::string text = writePronunciations(list);
    CHECK(text.find("\"format\": \"rightjob-pronunciations\"") != std::string::npos);
    CHECK(text.find("\"format_version\": 1") != std::string::npos);
    CHECK(parsePronunciations(text, "p.json") == list);
    CHECK(writePronunciations(parsePronunciations(text, "p.json")) == text);

    TemporaryFolder folder;
    const std::string path = pronunciationsPath(folder.path());
    CHECK(path == folder.path() + "/pronunciations.json");
    CHECK(loadPronunciations(path).empty()); // nobody has written one yet
    REQUIRE(savePronunciations(rightjob::core::realFileSystem(), path, list).ok);
    CHECK(loadPronunciations(path) == list);
    struct stat info {};
    REQUIRE(::stat(path.c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);
}

TEST_CASE("A bad pronunciation file names the file and the line", "[speech][storage]")
{
    const auto errorOf = [](const std::string& text) -> std::string {
        try {
            parsePronunciations(text, "pronunciations.json");
        } catch (const DataError& error) {
            return error.what();
        }
        return "no error";
    };
    const std::string head = "{\n \"format\": \"rightjob-pronunciations\",\n \"format_version\": 1,\n";

    CHECK_THAT(errorOf(head + " \"pronunciations\": [\n  {\"word\": \"A\", \"said_as\": 3}\n ]\n}"),
               Catch::StartsWith("pronunciations.json, line 5") && Catch::Contains("said_as"));
    CHECK_THAT(errorOf(head + " \"pronunciations\": [\n  {\"word\": \"A\", \"said_as\": \"ay\"},\n"
                              "  {\"word\": \"a\", \"said_as\": \"ah\"}\n ]\n}"),
               Catch::Contains("line 6") && Catch::Contains("listed twice"));
    CHECK_THAT(errorOf(head + " \"pronunciations\": [\n  {\"word\": \"\", \"said_as\": \"x\"}\n ]\n}"),
               Catch::Contains("line 5") && Catch::Contains("empty"));
    CHECK_THAT(errorOf(head + " \"pronunciations\": [\n  {\"word\": \"A\", \"said\": \"x\"}\n ]\n}"),
               Catch::Contains("has no \"said_as\""));
    CHECK_THAT(errorOf(head + " \"pronunciations\": [],\n \"extra\": 1\n}"),
               Catch::Contains("line 5") && Catch::Contains("extra"));
    CHECK_THAT(errorOf("{\n \"format\": \"rightjob-profile\",\n \"format_version\": 1,\n \"pronunciations\": []\n}"),
               Catch::Contains("line 2") && Catch::Contains("not a Right Job pronunciation list"));
    CHECK_THAT(errorOf("{\n \"format\": \"rightjob-pronunciations\",\n \"format_version\": 7,\n \"pronunciations\": []\n}"),
               Catch::Contains("line 3") && Catch::Contains("newer Right Job"));
    CHECK_THAT(errorOf(head + " \"pronunciations\": [\n"), Catch::Contains("ends too soon"));

    TemporaryFolder folder;
    rightjob::testing::writeTextFile(folder.file("pronunciations.json"), "{ broken");
    CHECK_THROWS_WITH(loadPronunciations(folder.file("pronunciations.json")), Catch::Contains("pronunciations.json"));
}
