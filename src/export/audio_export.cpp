// [SECTION] Speaking
// [SECTION] Loudness
// [SECTION] Tracks
// [SECTION] MP3

#include "export/audio_export.h"

#include "export/zip_archive.h"
#include "speech/wav.h"

#include <glib.h>
#include <lame/lame.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <memory>

namespace rightjob::exporting {

namespace {

// [SECTION] Speaking

// Speaks texts with a pause between them, at the first utterance's rate.
class Speaker {
public:
    Speaker(const TextToSamples& speak, int pauseMilliseconds) : m_speak(speak), m_pauseMilliseconds(pauseMilliseconds) {}

    // Adds texts to recording, each after a pause (none before the very first).
    void say(const std::vector<std::string>& texts, speech::Recording& recording)
    {
        for (const std::string& text : texts) {
            speech::Recording said = m_speak(text);
            if (m_sampleRate == 0)
                m_sampleRate = said.sampleRate > 0 ? said.sampleRate : speech::kSpeechSampleRate;
            recording.sampleRate = m_sampleRate;
            if (!recording.samples.empty() || !m_first)
                recording.samples.insert(recording.samples.end(), pause(), 0);
            if (said.sampleRate != m_sampleRate && said.sampleRate > 0)
                said = speech::resampled(said, m_sampleRate);
            recording.samples.insert(recording.samples.end(), said.samples.begin(), said.samples.end());
            m_first = false;
        }
    }

    std::size_t pause() const
    {
        return static_cast<std::size_t>(static_cast<long long>(m_sampleRate) * m_pauseMilliseconds / 1000);
    }
    int sampleRate() const { return m_sampleRate > 0 ? m_sampleRate : speech::kSpeechSampleRate; }
    // Starts a new recording: its first text has no pause before it.
    void startAgain() { m_first = true; }

private:
    const TextToSamples& m_speak;
    int m_pauseMilliseconds;
    int m_sampleRate = 0;
    bool m_first = true;
};

// [SECTION] Loudness

int peakOf(const speech::Recording& recording)
{
    int peak = 0;
    for (const std::int16_t sample : recording.samples)
        peak = std::max(peak, std::abs(static_cast<int>(sample)));
    return peak;
}

// Every sample times gain, never past kLoudestSample either way.
void scale(speech::Recording& recording, double gain)
{
    for (std::int16_t& sample : recording.samples) {
        const long scaled = std::lround(sample * gain);
        sample = static_cast<std::int16_t>(std::clamp<long>(scaled, -kLoudestSample, kLoudestSample));
    }
}

// [SECTION] Tracks

// "All about me and work" gives "all-about-me-and-work": lower-case letters
// and digits of ASCII, anything else one '-', at most 40 characters.
std::string fileNamePart(const std::string& words)
{
    std::string name;
    for (const char c : words) {
        const bool letter = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (c >= 'A' && c <= 'Z')
            name += static_cast<char>(c - 'A' + 'a');
        else if (letter)
            name += c;
        else if (!name.empty() && name.back() != '-')
            name += '-';
        if (name.size() >= 40)
            break;
    }
    while (!name.empty() && name.back() == '-')
        name.pop_back();
    return name;
}

std::string twoDigits(std::size_t number)
{
    return (number < 10 ? "0" : "") + std::to_string(number);
}

// [SECTION] MP3

struct LameDeleter {
    void operator()(lame_global_flags* lame) const { lame_close(lame); }
};
struct HipDeleter {
    void operator()(hip_global_flags* hip) const { hip_decode_exit(hip); }
};

// Text as UTF-16 with a byte order mark and a 0 at the end, as LAME's ID3 writer wants it.
std::vector<unsigned short> utf16(const std::string& text)
{
    std::vector<unsigned short> result{0xFEFF};
    glong length = 0;
    gunichar2* converted = g_utf8_to_utf16(text.c_str(), static_cast<glong>(text.size()), nullptr, &length, nullptr);
    if (converted) {
        result.insert(result.end(), converted, converted + length);
        g_free(converted);
    }
    result.push_back(0);
    return result;
}

std::string encodeOnce(const speech::Recording& recording, const std::string& title, const std::string& album,
                       int trackNumber)
{
    std::unique_ptr<lame_global_flags, LameDeleter> lame(lame_init());
    if (!lame)
        throw AudioError("The MP3 encoder could not start.");
    lame_set_num_channels(lame.get(), 1);
    lame_set_in_samplerate(lame.get(), recording.sampleRate);
    lame_set_mode(lame.get(), MONO);
    lame_set_VBR(lame.get(), vbr_off);
    lame_set_brate(lame.get(), 48);
    lame_set_bWriteVbrTag(lame.get(), 0); // no Xing frame: nothing to go back and fill in
    id3tag_init(lame.get());
    id3tag_v2_only(lame.get());
    id3tag_set_textinfo_utf16(lame.get(), "TIT2", utf16(title).data());
    id3tag_set_textinfo_utf16(lame.get(), "TALB", utf16(album).data());
    id3tag_set_track(lame.get(), std::to_string(trackNumber).c_str());
    if (lame_init_params(lame.get()) < 0)
        throw AudioError("The MP3 encoder does not take this sound.");

    std::string bytes;
    constexpr int kChunk = 8192;
    std::vector<unsigned char> buffer(kChunk * 5 / 4 + 7200);
    std::vector<short> left(kChunk);
    for (std::size_t at = 0; at < recording.samples.size(); at += kChunk) {
        const int count = static_cast<int>(std::min<std::size_t>(kChunk, recording.samples.size() - at));
        std::copy_n(recording.samples.begin() + static_cast<std::ptrdiff_t>(at), count, left.begin());
        const int written = lame_encode_buffer(lame.get(), left.data(), left.data(), count, buffer.data(),
                                               static_cast<int>(buffer.size()));
        if (written < 0)
            throw AudioError("The MP3 encoder failed.");
        bytes.append(reinterpret_cast<const char*>(buffer.data()), static_cast<std::size_t>(written));
    }
    const int written = lame_encode_flush(lame.get(), buffer.data(), static_cast<int>(buffer.size()));
    if (written < 0)
        throw AudioError("The MP3 encoder failed.");
    bytes.append(reinterpret_cast<const char*>(buffer.data()), static_cast<std::size_t>(written));
    return bytes;
}

} // namespace

speech::Recording normalised(speech::Recording recording)
{
    const int peak = peakOf(recording);
    if (peak > 0)
        scale(recording, static_cast<double>(kLoudestSample) / peak);
    return recording;
}

TextToSamples espeakTextToSamples(const speech::VoiceSettings& settings)
{
    auto synthesizer = std::make_shared<speech::Synthesizer>(settings);
    return [synthesizer](const std::string& text) { return synthesizer->synthesize(text).recording(); };
}

speech::Recording summaryAudio(const core::SummaryDocument& document, const TextToSamples& speak, int pauseMilliseconds)
{
    Speaker speaker(speak, pauseMilliseconds);
    speech::Recording whole;
    speaker.say(core::summarySentences(document), whole);
    whole.sampleRate = speaker.sampleRate();
    return whole;
}

std::string summaryWav(const core::SummaryDocument& document, const TextToSamples& speak, int pauseMilliseconds)
{
    return speech::encodeWav(normalised(summaryAudio(document, speak, pauseMilliseconds)));
}

std::vector<AudioTrack> summaryAudioTracks(const core::SummaryDocument& document, const TextToSamples& speak,
                                           const std::string& extension, int pauseMilliseconds)
{
    Speaker speaker(speak, pauseMilliseconds);
    std::vector<AudioTrack> tracks(1);
    tracks[0].fileName = "00-whole." + extension;
    tracks[0].title = document.documentTitle.empty() ? document.title : document.documentTitle;
    for (std::size_t index = 0; index < document.parts.size(); ++index) {
        core::SummaryDocument one;
        one.parts.push_back(document.parts[index]);
        AudioTrack track;
        speaker.startAgain();
        speaker.say(core::summarySentences(one), track.recording);
        track.recording.sampleRate = speaker.sampleRate();
        std::string name = fileNamePart(document.parts[index].title);
        if (name.empty())
            name = fileNamePart(document.parts[index].id);
        if (name.empty())
            name = "part";
        track.fileName = twoDigits(index + 1) + "-" + name + "." + extension;
        track.title = document.parts[index].title;
        tracks.push_back(std::move(track));
    }

    // The whole: the parts with a pause between them, as summaryAudio says it.
    speech::Recording& whole = tracks[0].recording;
    whole.sampleRate = speaker.sampleRate();
    for (std::size_t i = 1; i < tracks.size(); ++i) {
        if (i > 1)
            whole.samples.insert(whole.samples.end(), speaker.pause(), 0);
        whole.samples.insert(whole.samples.end(), tracks[i].recording.samples.begin(), tracks[i].recording.samples.end());
    }
    const int peak = peakOf(whole);
    if (peak > 0)
        for (AudioTrack& track : tracks)
            scale(track.recording, static_cast<double>(kLoudestSample) / peak);
    return tracks;
}

speech::Recording decodeMp3(const std::string& bytes)
{
    speech::Recording decoded;
    std::size_t start = 0;
    // LAME's decoder reads frames, not tags: skip an ID3v2 tag (its size is
    // four 7-bit bytes after "ID3", version and flags).
    if (bytes.size() >= 10 && bytes.compare(0, 3, "ID3") == 0) {
        std::size_t size = 0;
        for (int i = 6; i < 10; ++i)
            size = (size << 7) | (static_cast<unsigned char>(bytes[static_cast<std::size_t>(i)]) & 0x7F);
        start = std::min(bytes.size(), 10 + size);
    }
    std::unique_ptr<hip_global_flags, HipDeleter> hip(hip_decode_init());
    if (!hip)
        throw AudioError("The MP3 decoder could not start.");
    std::vector<unsigned char> input(bytes.begin() + static_cast<std::ptrdiff_t>(start), bytes.end());
    std::vector<short> left(4608), right(4608);
    mp3data_struct data{};
    // Everything goes in with the first call; then each call gives at most
    // one more frame, until none is left.
    for (bool first = true;; first = false) {
        const int count = hip_decode1_headers(hip.get(), first ? input.data() : nullptr, first ? input.size() : 0,
                                              left.data(), right.data(), &data);
        if (count < 0)
            throw AudioError("The MP3 could not be decoded.");
        if (count == 0 && !first)
            break;
        decoded.samples.insert(decoded.samples.end(), left.begin(), left.begin() + count);
    }
    if (data.header_parsed)
        decoded.sampleRate = data.samplerate;
    return decoded;
}

std::string encodeMp3(const speech::Recording& recording, const std::string& title, const std::string& album,
                      int trackNumber)
{
    speech::Recording sound = recording;
    for (int attempt = 0;; ++attempt) {
        std::string bytes = encodeOnce(sound, title, album, trackNumber);
        const int peak = peakOf(decodeMp3(bytes));
        if (peak <= kLoudestSample || attempt == 3)
            return bytes;
        scale(sound, static_cast<double>(kLoudestSample) / peak * 0.98);
    }
}

std::string summaryMp3Zip(const core::SummaryDocument& document, const TextToSamples& speak, int pauseMilliseconds)
{
    const std::vector<AudioTrack> tracks = summaryAudioTracks(document, speak, "mp3", pauseMilliseconds);
    const std::string album = tracks.front().title;
    std::vector<ZipEntry> entries;
    for (std::size_t i = 0; i < tracks.size(); ++i)
        entries.push_back({tracks[i].fileName, encodeMp3(tracks[i].recording, tracks[i].title, album, static_cast<int>(i + 1)),
                           ZipCompression::Store});
    return writeZip(std::move(entries));
}

} // namespace rightjob::exporting
