// [SECTION] Writing
// [SECTION] Reading

#include "speech/wav.h"

#include "core/base/data_error.h"
#include "core/base/json_file.h"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <stdexcept>

namespace rightjob::speech {

namespace {

constexpr std::uint16_t kFormatPcm = 1;
constexpr std::uint16_t kFormatExtensible = 0xFFFE;
constexpr int kLowestSampleRate = 1000;
constexpr int kHighestSampleRate = 384000;

void putUint16(std::string& bytes, std::uint16_t value)
{
    bytes += static_cast<char>(value & 0xFF);
    bytes += static_cast<char>((value >> 8) & 0xFF);
}

void putUint32(std::string& bytes, std::uint32_t value)
{
    for (int shift = 0; shift < 32; shift += 8)
        bytes += static_cast<char>((value >> shift) & 0xFF);
}

std::uint16_t uint16At(const std::string& bytes, std::size_t place)
{
    return static_cast<std::uint16_t>(static_cast<unsigned char>(bytes[place])
                                      | (static_cast<unsigned char>(bytes[place + 1]) << 8));
}

std::uint32_t uint32At(const std::string& bytes, std::size_t place)
{
    std::uint32_t value = 0;
    for (int i = 3; i >= 0; --i)
        value = (value << 8) | static_cast<unsigned char>(bytes[place + static_cast<std::size_t>(i)]);
    return value;
}

} // namespace

// [SECTION] Writing

std::string encodeWav(const Recording& recording)
{
    const std::uint64_t dataBytes = static_cast<std::uint64_t>(recording.samples.size()) * 2;
    if (dataBytes > std::numeric_limits<std::uint32_t>::max() - 36)
        throw std::length_error("the sound is too long for a WAV file.");
    std::string bytes;
    bytes.reserve(44 + static_cast<std::size_t>(dataBytes));
    bytes += "RIFF";
    putUint32(bytes, static_cast<std::uint32_t>(36 + dataBytes));
    bytes += "WAVE";
    bytes += "fmt ";
    putUint32(bytes, 16);
    putUint16(bytes, kFormatPcm);
    putUint16(bytes, 1); // channels
    putUint32(bytes, static_cast<std::uint32_t>(recording.sampleRate));
    putUint32(bytes, static_cast<std::uint32_t>(recording.sampleRate) * 2); // bytes a second
    putUint16(bytes, 2);  // bytes a sample frame
    putUint16(bytes, 16); // bits a sample
    bytes += "data";
    putUint32(bytes, static_cast<std::uint32_t>(dataBytes));
    for (const std::int16_t sample : recording.samples)
        putUint16(bytes, static_cast<std::uint16_t>(sample));
    return bytes;
}

core::FileResult writeWavFile(core::FileSystem& files, const std::string& path, const Recording& recording)
{
    return core::writeFileAtomically(files, path, encodeWav(recording));
}

// [SECTION] Reading

Recording decodeWav(const std::string& bytes, const std::string& fileName)
{
    const auto fail = [&](const std::string& message) { throw core::DataError(fileName, {}, message); };

    if (bytes.empty())
        fail("the file is empty.");
    if (bytes.size() < 12 || bytes.compare(0, 4, "RIFF") != 0 || bytes.compare(8, 4, "WAVE") != 0) {
        if (bytes.size() < 12 && std::string("RIFF").compare(0, std::min<std::size_t>(bytes.size(), 4), bytes, 0,
                                                              std::min<std::size_t>(bytes.size(), 4)) == 0)
            fail("the file ends too soon. It may have been cut short.");
        fail("this is not a WAV sound file (it does not start with RIFF and WAVE).");
    }

    // The RIFF size may be wrong in files from other programs; the file's
    // real length is what bounds every read.
    const std::uint64_t riffEnd = std::min<std::uint64_t>(bytes.size(), 8 + std::uint64_t{uint32At(bytes, 4)});
    std::uint64_t place = 12;
    bool haveFormat = false;
    int sampleRate = 0;
    while (place + 8 <= riffEnd) {
        const std::string id = bytes.substr(static_cast<std::size_t>(place), 4);
        const std::uint64_t size = uint32At(bytes, static_cast<std::size_t>(place + 4));
        const std::uint64_t body = place + 8;
        if (id == "fmt ") {
            if (size < 16)
                fail("the format chunk is too short (" + std::to_string(size) + " bytes).");
            if (body + size > bytes.size())
                fail("the file ends too soon, inside the format chunk. It may have been cut short.");
            const auto at = static_cast<std::size_t>(body);
            const std::uint16_t format = uint16At(bytes, at);
            const std::uint16_t channels = uint16At(bytes, at + 2);
            const std::uint32_t rate = uint32At(bytes, at + 4);
            const std::uint16_t blockAlign = uint16At(bytes, at + 12);
            const std::uint16_t bits = uint16At(bytes, at + 14);
            bool isPcm = format == kFormatPcm;
            if (format == kFormatExtensible && size >= 40)
                isPcm = uint16At(bytes, at + 24) == kFormatPcm; // the sub-format's first two bytes
            if (!isPcm)
                fail("the sound is compressed (format " + std::to_string(format)
                     + "); Right Job reads plain PCM WAV files only.");
            if (channels != 1)
                fail("the sound has " + std::to_string(channels) + " channels; Right Job reads mono (1 channel) only.");
            if (bits != 16)
                fail("the sound has " + std::to_string(bits) + " bits a sample; Right Job reads 16-bit sound only.");
            if (blockAlign != 2)
                fail("the format chunk is damaged (block align " + std::to_string(blockAlign) + ", not 2).");
            if (rate < static_cast<std::uint32_t>(kLowestSampleRate) || rate > static_cast<std::uint32_t>(kHighestSampleRate))
                fail("the sample rate " + std::to_string(rate) + " Hz is not one a sound file could have.");
            sampleRate = static_cast<int>(rate);
            haveFormat = true;
        } else if (id == "data") {
            if (!haveFormat)
                fail("the sound data comes before its format chunk.");
            if (body + size > bytes.size())
                fail("the file ends too soon: it should hold " + std::to_string(size) + " bytes of sound but has "
                     + std::to_string(bytes.size() - body) + ". It may have been cut short.");
            if (size % 2 != 0)
                fail("the sound data is not a whole number of 16-bit samples.");
            Recording recording;
            recording.sampleRate = sampleRate;
            recording.samples.resize(static_cast<std::size_t>(size / 2));
            for (std::size_t i = 0; i < recording.samples.size(); ++i)
                recording.samples[i] = static_cast<std::int16_t>(uint16At(bytes, static_cast<std::size_t>(body) + i * 2));
            return recording;
        }
        // Chunks are padded to an even length.
        place = body + size + (size % 2);
    }
    if (!haveFormat)
        fail("the file has no format chunk; it is not a usable WAV file.");
    fail("the file has no sound data chunk. It may have been cut short.");
    return {}; // not reached
}

Recording readWavFile(const std::string& path)
{
    return decodeWav(core::readWholeFile(path), path);
}

} // namespace rightjob::speech
