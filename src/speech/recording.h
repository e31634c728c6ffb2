// A short piece of sound held in memory: 16-bit mono samples at a sample
// rate. Recorded voices, loaded WAV files and sound cues all take this shape.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace rightjob::speech {

// The sample rate of espeak-ng's voices, which the program also records and
// plays at, so nothing is resampled on the way.
inline constexpr int kSpeechSampleRate = 22050;

// 16-bit mono samples at sampleRate samples a second.
struct Recording {
    std::vector<std::int16_t> samples;
    int sampleRate = kSpeechSampleRate;

    // How long it lasts, in seconds.
    double seconds() const;

    // True when two recordings hold the same samples at the same rate.
    bool operator==(const Recording& other) const
    {
        return sampleRate == other.sampleRate && samples == other.samples;
    }
    bool operator!=(const Recording& other) const { return !(*this == other); }
};

// The same sound at another sample rate, by linear interpolation: good
// enough for a voice clip played once, not for music. Returns a copy when the
// rates already match.
Recording resampled(const Recording& recording, int sampleRate);

// The root mean square of the samples, from 0 (silence) to 1 (full scale).
double rootMeanSquare(const std::int16_t* samples, std::size_t count);

} // namespace rightjob::speech
