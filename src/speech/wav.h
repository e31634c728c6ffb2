// WAV files of 16-bit PCM mono sound: recorded clips, spoken text written by
// `rightjob say`, and the sound cues. Reading checks every chunk against the
// file's real length, so a cut-short or damaged file gives a plain error,
// never a crash.
#pragma once

#include "core/base/file_system.h"
#include "speech/recording.h"

#include <string>

namespace rightjob::speech {

// The bytes of a WAV file holding recording: a RIFF header, a 16-byte "fmt "
// chunk (PCM, one channel, 16 bits) and a "data" chunk, little-endian.
// decodeWav of these bytes gives the recording back, and encoding that again
// gives the same bytes.
std::string encodeWav(const Recording& recording);

// The recording in the bytes of a WAV file; fileName is used in messages.
// Chunks other than "fmt " and "data" are skipped. Throws core::DataError,
// in plain words, for anything that is not 16-bit PCM mono WAV or that ends
// too soon.
Recording decodeWav(const std::string& bytes, const std::string& fileName);

// Reads a WAV file. Throws core::DataError when it cannot be read or is not
// 16-bit PCM mono WAV.
Recording readWavFile(const std::string& path);

// Writes recording as a WAV file at path atomically (see
// core::writeFileAtomically), readable only by its owner.
core::FileResult writeWavFile(core::FileSystem& files, const std::string& path, const Recording& recording);

} // namespace rightjob::speech
