// The summary read aloud: every piece of text in reading order, with a short
// pause between ideas, as one WAV file. Speech comes through a small
// interface, so tests use a fake voice and the program uses espeak-ng.
#pragma once

#include "core/summary/summary.h"
#include "speech/recording.h"
#include "speech/synthesizer.h"

#include <functional>
#include <string>

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

// summaryAudio as the bytes of a WAV file.
std::string summaryWav(const core::SummaryDocument& document, const TextToSamples& speak,
                       int pauseMilliseconds = kPauseBetweenIdeasMilliseconds);

} // namespace rightjob::exporting
