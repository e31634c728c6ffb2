// The summary read aloud for a phone: the whole and one track for each
// part, named to sort in order, normalised to -1 dBFS, as MP3 that LAME's
// decoder and sox read back.

#include "export/audio_export.h"
#include "export/zip_archive.h"

#include "export_test_support.h"
#include "test_support.h"

#include "core/base/easy_read.h"
#include "core/base/json_file.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <regex>

using namespace rightjob;
using namespace rightjob::testing;

namespace {

// A voice with a smooth sound, as speech is: a 220 Hz tone, 0.1 s a word,
// at 22,050 samples a second, louder than -1 dBFS.
exporting::TextToSamples toneVoice()
{
    return [](const std::string& text) {
        speech::Recording recording;
        recording.sampleRate = 22050;
        const std::size_t length = static_cast<std::size_t>(std::max(1, core::countWords(text))) * 2205;
        for (std::size_t i = 0; i < length; ++i)
            recording.samples.push_back(static_cast<std::int16_t>(32000 * std::sin(2 * M_PI * 220 * static_cast<double>(i) / 22050)));
        return recording;
    };
}

int peakOf(const speech::Recording& recording)
{
    int peak = 0;
    for (const std::int16_t sample : recording.samples)
        peak = std::max(peak, std::abs(static_cast<int>(sample)));
    return peak;
}

} // namespace

TEST_CASE("The audio tracks are the whole summary and each part, in order", "[export][audio]")
{
    for (const NamedProfile& named : exportTestProfiles()) {
        INFO("Profile: " << named.name);
        const auto document = core::makeSummary(named.profile, exportData().layout, exportSummaryOptions());
        FakeVoice voice;
        const auto tracks = exporting::summaryAudioTracks(document, voice.function(), "mp3");
        REQUIRE(tracks.size() == document.parts.size() + 1);
        CHECK(tracks[0].fileName == "00-whole.mp3");
        CHECK(tracks[0].title == document.documentTitle);
        // Each text is spoken once.
        CHECK(voice.texts() == core::summarySentences(document));
        // The names sort in the order to play, and say which part they hold.
        std::vector<std::string> names;
        for (std::size_t i = 0; i < tracks.size(); ++i) {
            names.push_back(tracks[i].fileName);
            CHECK(std::regex_match(tracks[i].fileName, std::regex("[0-9]{2}-[a-z0-9]+(-[a-z0-9]+)*\\.mp3")));
            if (i > 0)
                CHECK(tracks[i].title == document.parts[i - 1].title);
        }
        CHECK(std::is_sorted(names.begin(), names.end()));
        CHECK(tracks[1].fileName == "01-all-about-me-and-work.mp3");

        // The whole says what summaryAudio says, normalised to -1 dBFS; the
        // parts are the same sounds with the same gain.
        FakeVoice again;
        const speech::Recording whole = exporting::normalised(exporting::summaryAudio(document, again.function()));
        CHECK(tracks[0].recording == whole);
        CHECK(peakOf(tracks[0].recording) == exporting::kLoudestSample);
        std::size_t partSamples = 0;
        for (std::size_t i = 1; i < tracks.size(); ++i) {
            CHECK(peakOf(tracks[i].recording) <= exporting::kLoudestSample);
            CHECK(tracks[i].recording.sampleRate == FakeVoice::kSampleRate);
            partSamples += tracks[i].recording.samples.size();
        }
        const std::size_t pauses = (tracks.size() - 2) * (FakeVoice::kSampleRate * exporting::kPauseBetweenIdeasMilliseconds / 1000);
        CHECK(whole.samples.size() == partSamples + pauses);
    }
}

TEST_CASE("Quiet speech is made louder to -1 dBFS and silence stays silent", "[export][audio]")
{
    speech::Recording quiet;
    quiet.samples = {0, 100, -200, 50};
    const speech::Recording louder = exporting::normalised(quiet);
    REQUIRE(louder.samples.size() == 4);
    CHECK(louder.samples[0] == 0);
    CHECK(std::abs(louder.samples[1] - exporting::kLoudestSample / 2) <= 1);
    CHECK(louder.samples[2] == -exporting::kLoudestSample);
    CHECK(std::abs(louder.samples[3] - exporting::kLoudestSample / 4) <= 1);
    speech::Recording silence;
    silence.samples.assign(10, 0);
    CHECK(exporting::normalised(silence) == silence);
    // -1 dBFS.
    CHECK(20 * std::log10(exporting::kLoudestSample / 32767.0) <= -1.0);
    CHECK(20 * std::log10((exporting::kLoudestSample + 1) / 32767.0) > -1.0);
}

TEST_CASE("The MP3 zip holds every track, each decoding to its sound at or below -1 dBFS", "[export][audio]")
{
    const auto document = core::makeSummary(nearlyEmptyProfile(), exportData().layout, exportSummaryOptions());
    const exporting::TextToSamples voice = toneVoice();
    const auto tracks = exporting::summaryAudioTracks(document, voice, "mp3");
    const std::string zip = exporting::summaryMp3Zip(document, voice);
    CHECK(zip == exporting::summaryMp3Zip(document, voice)); // the same bytes every time

    const exporting::ZipReader reader(zip);
    REQUIRE(reader.entries().size() == tracks.size());
    const TemporaryFolder folder;
    const bool hasSoxMp3 = hasProgram("sox") && runCommand("sox --help-format mp3 2>&1").find("mp3") != std::string::npos
                           && runCommand("sox -h 2>&1").find(" mp3") != std::string::npos;
    if (!hasSoxMp3)
        WARN("sox with MP3 (Debian packages sox, libsox-fmt-mp3) is not installed: MP3s are read with LAME only.");
    for (std::size_t i = 0; i < tracks.size(); ++i) {
        INFO("Track: " << tracks[i].fileName);
        CHECK(reader.entries()[i].name == tracks[i].fileName);
        const std::string mp3 = reader.read(i, 64ull * 1024 * 1024);
        CHECK(mp3.compare(0, 3, "ID3") == 0);
        const speech::Recording decoded = exporting::decodeMp3(mp3);
        CHECK(decoded.sampleRate == 22050);
        // LAME adds its encoder delay and fills the last frame (576 samples a frame at 22,050 Hz).
        CHECK(decoded.samples.size() >= tracks[i].recording.samples.size());
        CHECK(decoded.samples.size() <= tracks[i].recording.samples.size() + 3 * 576 + 1105);
        CHECK(peakOf(decoded) <= exporting::kLoudestSample);
        CHECK(peakOf(decoded) > exporting::kLoudestSample * 0.9); // normalised, not just quiet
        // 48 kbit/s: the size follows the length.
        const double seconds = static_cast<double>(tracks[i].recording.samples.size()) / 22050;
        CHECK(static_cast<double>(mp3.size()) < 48000 / 8 * seconds + 4000);

        if (hasSoxMp3) {
            const std::string path = folder.file(tracks[i].fileName);
            writeTextFile(path, mp3);
            const std::string info = runCommand("sox --i '" + path + "' 2>&1");
            INFO(info);
            CHECK(info.find("Sample Rate    : 22050") != std::string::npos);
            CHECK(info.find("Channels       : 1") != std::string::npos);
            const std::string stat = runCommand("sox '" + path + "' -n stat 2>&1");
            INFO(stat);
            std::smatch maximum;
            REQUIRE(std::regex_search(stat, maximum, std::regex("Maximum amplitude:\\s+([0-9.]+)")));
            CHECK(20 * std::log10(std::stod(maximum[1])) <= -1.0 + 0.001);
            std::smatch length;
            REQUIRE(std::regex_search(stat, length, std::regex("Length \\(seconds\\):\\s+([0-9.]+)")));
            CHECK(std::abs(std::stod(length[1]) - seconds) < 0.2);
        }
    }
}
