// The summary read aloud: every piece of text in reading order, with a short
// pause between ideas, as one WAV file, or as MP3 tracks a phone can take
// (the whole summary and one for each part, in a zip). Speech comes through a small
// interface, so tests use a fake voice and the program uses espeak-ng.
#pragma once

#include "core/summary/summary.h"
#include "speech/recording.h"
#include "speech/synthesizer.h"

#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

namespace rightjob::exporting {

// Turns one piece of text into speech: 16-bit mono samples at a rate.
using TextToSamples = std::function<speech::Recording(const std::string& text)>;

// The pause between ideas: long enough to hear a new one start.
inline constexpr int kPauseBetweenIdeasMilliseconds = 600;

// Speech from espeak-ng (speech::Synthesizer) with these settings. Throws
// speech::SpeechError when espeak-ng cannot start or the voice is not
// installed; the function it returns throws it when synthesis fails.
TextToSamples espeakTextToSamples(const speech::VoiceSettings& settings = {});

// Every text of core::summarySentences(document), spoken by speak in order,
// with pauseMilliseconds of silence between them (none before the first or
// after the last). The sample rate is the first utterance's (22,050 Hz when
// there is nothing to say); an utterance at another rate is resampled.
speech::Recording summaryAudio(const core::SummaryDocument& document, const TextToSamples& speak,
                               int pauseMilliseconds = kPauseBetweenIdeasMilliseconds);

// The loudest a sample may be after normalising: -1 dBFS (32767 x 10^(-1/20), rounded down),
// so players, phones and MP3 decoding have room and nothing clips.
inline constexpr int kLoudestSample = 29203;

// The samples scaled so the loudest is kLoudestSample (louder or quieter).
// Silence stays silence.
speech::Recording normalised(speech::Recording recording);

// summaryAudio, normalised, as the bytes of a WAV file.
std::string summaryWav(const core::SummaryDocument& document, const TextToSamples& speak,
                       int pauseMilliseconds = kPauseBetweenIdeasMilliseconds);

// One track of the summary read aloud.
struct AudioTrack {
    std::string fileName;      // "00-whole.mp3", "01-all-about-me-and-work.mp3": they sort in the order to play
    std::string title;         // the part's title, or the document's title for the whole
    speech::Recording recording;
};

// The whole summary first ("00-whole"), then a track for each part of the
// document (its title, headings, lines and notes), numbered from 01 in
// order and named from the part's title (its id when the title has no
// letters a file name can hold). Each part is spoken once; the whole is the
// parts with a pause between them, so it says exactly what summaryAudio
// says. All are normalised with one gain, so every track is as loud as the
// whole. fileName ends in extension.
std::vector<AudioTrack> summaryAudioTracks(const core::SummaryDocument& document, const TextToSamples& speak,
                                           const std::string& extension,
                                           int pauseMilliseconds = kPauseBetweenIdeasMilliseconds);

// A recording as MP3 (MPEG-1/2 Layer III, LAME), mono, 48 kbit/s constant
// bit rate, with an ID3v2 tag holding title, album and track number. The
// decoded sound peaks at or below -1 dBFS: when the encoding makes a peak
// louder, it is made again a little quieter. Throws AudioError when LAME fails.
std::string encodeMp3(const speech::Recording& recording, const std::string& title, const std::string& album,
                      int trackNumber);

// The sound an MP3 holds, decoded with LAME's decoder (for checking peaks).
speech::Recording decodeMp3(const std::string& bytes);

// Audio that cannot be made. what() is a plain sentence.
class AudioError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The summary as a zip of MP3 tracks (summaryAudioTracks): "00-whole.mp3",
// "01-….mp3" …, to copy to a phone or send. The same summary and voice
// always make the same bytes.
std::string summaryMp3Zip(const core::SummaryDocument& document, const TextToSamples& speak,
                          int pauseMilliseconds = kPauseBetweenIdeasMilliseconds);

} // namespace rightjob::exporting
