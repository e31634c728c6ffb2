#include "speech/recording.h"

#include <algorithm>
#include <cmath>

namespace rightjob::speech {

double Recording::seconds() const
{
    return sampleRate > 0 ? static_cast<double>(samples.size()) / sampleRate : 0.0;
}

Recording resampled(const Recording& recording, int sampleRate)
{
    if (recording.sampleRate == sampleRate || recording.sampleRate <= 0 || sampleRate <= 0
        || recording.samples.empty())
        return Recording{recording.samples, sampleRate > 0 ? sampleRate : recording.sampleRate};
    const std::size_t inputCount = recording.samples.size();
    const double step = static_cast<double>(recording.sampleRate) / sampleRate;
    const auto outputCount = static_cast<std::size_t>(std::floor(inputCount / step));
    Recording output;
    output.sampleRate = sampleRate;
    output.samples.reserve(outputCount);
    for (std::size_t i = 0; i < outputCount; ++i) {
        const double position = i * step;
        const auto index = static_cast<std::size_t>(position);
        const double fraction = position - static_cast<double>(index);
        const double first = recording.samples[std::min(index, inputCount - 1)];
        const double second = recording.samples[std::min(index + 1, inputCount - 1)];
        output.samples.push_back(static_cast<std::int16_t>(std::lround(first + (second - first) * fraction)));
    }
    return output;
}

double rootMeanSquare(const std::int16_t* samples, std::size_t count)
{
    if (count == 0)
        return 0.0;
    double sum = 0.0;
    for (std::size_t i = 0; i < count; ++i) {
        const double value = samples[i] / 32768.0;
        sum += value * value;
    }
    return std::sqrt(sum / static_cast<double>(count));
}

} // namespace rightjob::speech
