#include "export/audio_export.h"

#include "speech/wav.h"

#include <memory>

namespace rightjob::exporting {

TextToSamples espeakTextToSamples(const speech::VoiceSettings& settings)
{
    auto synthesizer = std::make_shared<speech::Synthesizer>(settings);
    return [synthesizer](const std::string& text) { return synthesizer->synthesize(text).recording(); };
}

speech::Recording summaryAudio(const core::SummaryDocument& document, const TextToSamples& speak, int pauseMilliseconds)
{
    speech::Recording whole;
    bool first = true;
    for (const std::string& text : core::summarySentences(document)) {
        speech::Recording said = speak(text);
        if (first) {
            whole.sampleRate = said.sampleRate > 0 ? said.sampleRate : speech::kSpeechSampleRate;
        } else {
            const auto pause = static_cast<std::size_t>(static_cast<long long>(whole.sampleRate) * pauseMilliseconds / 1000);
            whole.samples.insert(whole.samples.end(), pause, 0);
        }
        if (said.sampleRate != whole.sampleRate && said.sampleRate > 0)
            said = speech::resampled(said, whole.sampleRate);
        whole.samples.insert(whole.samples.end(), said.samples.begin(), said.samples.end());
        first = false;
    }
    return whole;
}

std::string summaryWav(const core::SummaryDocument& document, const TextToSamples& speak, int pauseMilliseconds)
{
    return speech::encodeWav(summaryAudio(document, speak, pauseMilliseconds));
}

} // namespace rightjob::exporting
