#include "speech/wav.h"

#include "core/base/data_error.h"
#include "test_support.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <random>
#include <sys/stat.h>

using namespace rightjob::speech;
using rightjob::core::DataError;
using rightjob::testing::TemporaryFolder;

namespace {

Recording tone(int sampleRate, std::size_t count)
{
    Recording recording;
    recording.sampleRate = sampleRate;
    for (std::size_t i = 0; i < count; ++i)
        recording.samples.push_back(static_cast<std::int16_t>(std::lround(12000 * std::sin(i * 0.05))));
    recording.samples.push_back(32767);
    recording.samples.push_back(-32768);
    return recording;
}

std::string errorOf(const std::string& bytes)
{
    try {
        decodeWav(bytes, "clip.wav");
    } catch (const DataError& error) {
        return error.what();
    }
    return "no error";
}

void setUint32(std::string& bytes, std::size_t place, std::uint32_t value)
{
    for (int i = 0; i < 4; ++i)
        bytes[place + static_cast<std::size_t>(i)] = static_cast<char>((value >> (8 * i)) & 0xFF);
}

} // namespace

TEST_CASE("WAV files round-trip byte for byte", "[speech][storage]")
{
    const Recording recording = tone(22050, 1001);
    const std::string bytes = encodeWav(recording);
    CHECK(bytes.size() == 44 + recording.samples.size() * 2);
    CHECK(bytes.compare(0, 4, "RIFF") == 0);
    CHECK(bytes.compare(8, 8, "WAVEfmt ") == 0);
    CHECK(bytes.compare(36, 4, "data") == 0);
    const Recording read = decodeWav(bytes, "clip.wav");
    CHECK(read == recording);
    CHECK(encodeWav(read) == bytes);

    const Recording empty{{}, 16000};
    CHECK(decodeWav(encodeWav(empty), "empty.wav") == empty);

    TemporaryFolder folder;
    REQUIRE(writeWavFile(rightjob::core::realFileSystem(), folder.file("a.wav"), recording).ok);
    CHECK(readWavFile(folder.file("a.wav")) == recording);
    struct stat info {};
    REQUIRE(::stat(folder.file("a.wav").c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);
}

TEST_CASE("WAV chunks other programs add are skipped", "[speech][storage]")
{
    const Recording recording = tone(44100, 30);
    std::string bytes = encodeWav(recording);
    // A LIST chunk of odd length (with its pad byte) before "data".
    const std::string list = std::string("LIST") + std::string("\x05\0\0\0", 4) + "hello" + std::string(1, '\0');
    bytes.insert(36, list);
    setUint32(bytes, 4, static_cast<std::uint32_t>(bytes.size() - 8));
    CHECK(decodeWav(bytes, "clip.wav") == recording);
}

TEST_CASE("Corrupt and cut-short WAV files give plain errors", "[speech][storage]")
{
    const std::string good = encodeWav(tone(22050, 100));

    CHECK_THAT(errorOf(""), Catch::Contains("clip.wav") && Catch::Contains("empty"));
    CHECK_THAT(errorOf("RIF"), Catch::Contains("ends too soon"));
    CHECK_THAT(errorOf("hello, this is text not sound"), Catch::Contains("not a WAV sound file"));
    CHECK_THAT(errorOf(good.substr(0, 30)), Catch::Contains("ends too soon"));
    CHECK_THAT(errorOf(good.substr(0, 44 + 50)), Catch::Contains("ends too soon") && Catch::Contains("cut short"));
    CHECK_THAT(errorOf(good.substr(0, 36)), Catch::Contains("no sound data"));

    std::string stereo = good;
    stereo[22] = 2;
    CHECK_THAT(errorOf(stereo), Catch::Contains("2 channels"));
    std::string eightBit = good;
    eightBit[34] = 8;
    CHECK_THAT(errorOf(eightBit), Catch::Contains("8 bits"));
    std::string compressed = good;
    compressed[20] = 3;
    CHECK_THAT(errorOf(compressed), Catch::Contains("compressed"));
    std::string badRate = good;
    setUint32(badRate, 24, 0);
    CHECK_THAT(errorOf(badRate), Catch::Contains("sample rate"));
    std::string huge = good;
    setUint32(huge, 40, 0xFFFFFFF0u);
    CHECK_THAT(errorOf(huge), Catch::Contains("ends too soon"));
    std::string hugeFormat = good;
    setUint32(hugeFormat, 16, 0xFFFFFFF0u);
    CHECK_THAT(errorOf(hugeFormat), Catch::Contains("ends too soon"));
    std::string odd = good;
    setUint32(odd, 40, 199);
    CHECK_THAT(errorOf(odd), Catch::Contains("whole number"));
    std::string noFormat = good;
    noFormat.replace(12, 4, "junk");
    CHECK_THAT(errorOf(noFormat), Catch::Contains("before its format"));

    CHECK_THROWS_WITH(readWavFile("/nonexistent/clip.wav"), Catch::Contains("cannot be opened"));
}

TEST_CASE("No cut or damaged WAV file crashes the reader", "[speech][storage]")
{
    std::string good = encodeWav(tone(22050, 64));
    for (std::size_t length = 0; length < good.size(); ++length)
        CHECK_THROWS_AS(decodeWav(good.substr(0, length), "cut.wav"), DataError);

    std::mt19937 random(5);
    int read = 0;
    for (int round = 0; round < 3000; ++round) {
        std::string damaged = good;
        const int changes = 1 + static_cast<int>(random() % 4);
        for (int i = 0; i < changes; ++i)
            damaged[random() % 48] = static_cast<char>(random() & 0xFF);
        try {
            const Recording recording = decodeWav(damaged, "damaged.wav");
            CHECK(recording.samples.size() * 2 <= damaged.size());
            ++read;
        } catch (const DataError&) {
        }
    }
    CHECK(read > 0); // damage to unimportant bytes still reads
}

TEST_CASE("The sound cues are short, gentle 22,050 Hz mono WAV files", "[speech]")
{
    for (const char* name : {"answer-placed", "undo", "error", "done", "scan-step"}) {
        INFO(name);
        const Recording cue = readWavFile(std::string(RIGHTJOB_SOURCE_DATA_DIR) + "/audio/" + name + ".wav");
        CHECK(cue.sampleRate == 22050);
        CHECK(cue.seconds() >= 0.12);
        CHECK(cue.seconds() <= 0.40);
        int peak = 0;
        for (const std::int16_t sample : cue.samples)
            peak = std::max(peak, std::abs(static_cast<int>(sample)));
        CHECK(peak > 1000);            // it can be heard
        CHECK(peak < 32768 / 2);       // but it is soft: below half of full scale
        CHECK(std::abs(cue.samples.front()) < 200); // it fades in
        CHECK(std::abs(cue.samples.back()) < 200);  // and out, with no click
    }
}
