// [SECTION] Plain messages
// [SECTION] Reading the file and recognising the kind
// [SECTION] JPEG structure: EXIF orientation and a complete file
// [SECTION] PNG structure: every chunk whole, up to IEND
// [SECTION] Pixels: decode, scale, turn
// [SECTION] Encoding
// [SECTION] Importing
// [SECTION] Saving into the person's folder

#include "core/pictures/image_import.h"

#include "core/profile/person_folder.h"
#include "core/pictures/picture_decode.h"

#include <stb/stb_image_resize.h>
#include <stb/stb_image_write.h>

#include <algorithm>
#include <array>
#include <climits>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <tuple>
#include <vector>

namespace rightjob::core {

const char* imageFileExtension(ImageFormat format)
{
    return format == ImageFormat::Png ? "png" : "jpg";
}

namespace {

// [SECTION] Plain messages

const char* const kNotAPictureMessage =
    "This file is not a picture Right Job can use. Please choose another photo.";
const char* const kDamagedMessage =
    "This picture is damaged or not complete, so Right Job cannot use it. Please choose another photo.";
const char* const kCannotOpenMessage =
    "Right Job cannot open this file. It may have been moved, or Right Job may not be allowed to read it.";

// A file larger than this is not read at all (a 100-megapixel JPEG is far smaller).
constexpr std::uintmax_t kMaxFileBytes = 256u * 1024u * 1024u;

[[noreturn]] void failDamaged()
{
    throw ImageError(ImageProblem::Damaged, kDamagedMessage);
}

[[noreturn]] void failTooBig(std::uint32_t width, std::uint32_t height)
{
    throw ImageError(ImageProblem::TooBig, "This picture is too big (" + std::to_string(width) + " by "
                                               + std::to_string(height)
                                               + " pixels). Please choose a photo smaller than 10,000 pixels "
                                                 "on each side.");
}

// [SECTION] Reading the file and recognising the kind

std::string readPictureFile(const std::string& path)
{
    std::error_code error;
    const auto status = std::filesystem::status(path, error);
    if (error || !std::filesystem::exists(status))
        throw ImageError(ImageProblem::CannotOpen, kCannotOpenMessage);
    if (!std::filesystem::is_regular_file(status))
        throw ImageError(ImageProblem::NotAPicture, kNotAPictureMessage);
    const std::uintmax_t size = std::filesystem::file_size(path, error);
    if (error)
        throw ImageError(ImageProblem::CannotOpen, kCannotOpenMessage);
    if (size > kMaxFileBytes)
        throw ImageError(ImageProblem::TooBig,
                         "This file is too big for a photo. Please choose a photo smaller than 256 megabytes.");
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw ImageError(ImageProblem::CannotOpen, kCannotOpenMessage);
    std::string bytes(static_cast<std::size_t>(size), '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(size));
    bytes.resize(static_cast<std::size_t>(in.gcount()));
    if (in.bad())
        throw ImageError(ImageProblem::CannotOpen, kCannotOpenMessage);
    return bytes;
}

enum class SourceKind { Other, Png, Jpeg };

SourceKind recognise(const unsigned char* data, std::size_t size)
{
    static const unsigned char png[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    if (size >= 8 && std::memcmp(data, png, 8) == 0)
        return SourceKind::Png;
    if (size >= 3 && data[0] == 0xFF && data[1] == 0xD8 && data[2] == 0xFF)
        return SourceKind::Jpeg;
    return SourceKind::Other;
}

std::uint32_t bigEndian16(const unsigned char* at)
{
    return (std::uint32_t{at[0]} << 8) | at[1];
}

std::uint32_t bigEndian32(const unsigned char* at)
{
    return (std::uint32_t{at[0]} << 24) | (std::uint32_t{at[1]} << 16) | (std::uint32_t{at[2]} << 8) | at[3];
}

// [SECTION] JPEG structure: EXIF orientation and a complete file

// Reads the orientation tag (0x0112) of IFD0 from the TIFF structure inside
// an EXIF segment. Every offset is checked against size; 1 (upright) for
// anything missing or malformed.
int orientationFromTiff(const unsigned char* tiff, std::size_t size)
{
    if (size < 8)
        return 1;
    bool littleEndian = false;
    if (tiff[0] == 'I' && tiff[1] == 'I')
        littleEndian = true;
    else if (!(tiff[0] == 'M' && tiff[1] == 'M'))
        return 1;
    auto read16 = [&](std::size_t at) -> std::uint32_t {
        return littleEndian ? (std::uint32_t{tiff[at]} | (std::uint32_t{tiff[at + 1]} << 8)) : bigEndian16(tiff + at);
    };
    auto read32 = [&](std::size_t at) -> std::uint32_t {
        return littleEndian ? (std::uint32_t{tiff[at]} | (std::uint32_t{tiff[at + 1]} << 8)
                               | (std::uint32_t{tiff[at + 2]} << 16) | (std::uint32_t{tiff[at + 3]} << 24))
                            : bigEndian32(tiff + at);
    };
    if (read16(2) != 42)
        return 1;
    const std::size_t ifd = read32(4);
    if (ifd < 8 || ifd > size - 2)
        return 1;
    const std::size_t entryCount = read16(ifd);
    for (std::size_t i = 0; i < entryCount; ++i) {
        const std::size_t entry = ifd + 2 + 12 * i;
        if (size < 12 || entry > size - 12)
            break;
        if (read16(entry) != 0x0112)
            continue;
        const std::uint32_t type = read16(entry + 2);
        const std::uint32_t count = read32(entry + 4);
        std::uint32_t value = 0;
        if (type == 3 && count >= 1) // SHORT, the type the standard asks for
            value = read16(entry + 8);
        else if (type == 4 && count >= 1) // LONG, which a few writers use
            value = read32(entry + 8);
        return value >= 1 && value <= 8 ? static_cast<int>(value) : 1;
    }
    return 1;
}

struct JpegLayout {
    int width = 0; // from the frame header; 0 when there is none
    int height = 0;
    int orientation = 1;
    bool complete = false; // the image data ends with an end-of-image marker
    bool tablesFit = true; // no Huffman table has more than 256 codes
};

// Whether each Huffman table in a DHT segment's payload holds at most 256
// codes and fits in the segment. stb_image 2.27 (Debian's) copies the codes
// into a 257-entry array without checking, so a table claiming more writes
// past it (found by fuzzing; see fuzz/regressions/image_import/).
bool huffmanTablesFit(const unsigned char* payload, std::size_t payloadSize)
{
    std::size_t at = 0;
    while (at < payloadSize) {
        if (payloadSize - at < 17)
            return false;
        std::size_t codes = 0;
        for (std::size_t i = 1; i <= 16; ++i)
            codes += payload[at + i];
        if (codes > 256 || codes > payloadSize - at - 17)
            return false;
        at += 17 + codes;
    }
    return true;
}

bool isFrameMarker(unsigned char marker)
{
    // SOF0 to SOF15, except DHT (C4), JPG (C8) and DAC (CC).
    return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
}

// Walks the segments of a JPEG without decoding anything: the frame header
// gives the size, the first EXIF segment before the image data gives the
// orientation, and the image data must reach its end marker (progressive
// files have several scans, each walked in turn).
JpegLayout readJpegLayout(const unsigned char* data, std::size_t size)
{
    JpegLayout layout;
    bool exifSeen = false;
    std::size_t at = 2; // after SOI
    while (at + 4 <= size) {
        if (data[at] != 0xFF) { // junk between segments: the decoder skips it, so must we
            ++at;
            continue;
        }
        const unsigned char marker = data[at + 1];
        if (marker == 0xFF) { // fill byte
            ++at;
            continue;
        }
        if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) { // no length
            at += 2;
            continue;
        }
        if (marker == 0xD9) // end of image before any image data
            return layout;
        const std::size_t length = bigEndian16(data + at + 2);
        if (length < 2 || length > size - at - 2) {
            // A Huffman table cut short by the end of the file: the decoder
            // still reads the counts that are there, so it is not safe.
            if (marker == 0xC4)
                layout.tablesFit = false;
            return layout;
        }
        const unsigned char* payload = data + at + 4;
        const std::size_t payloadSize = length - 2;
        if (marker == 0xC4 && !huffmanTablesFit(payload, payloadSize)) {
            layout.tablesFit = false;
            return layout;
        }
        if (marker == 0xE1 && !exifSeen && payloadSize >= 6 && std::memcmp(payload, "Exif\0\0", 6) == 0) {
            exifSeen = true;
            layout.orientation = orientationFromTiff(payload + 6, payloadSize - 6);
        }
        if (isFrameMarker(marker) && layout.width == 0 && payloadSize >= 5) {
            layout.height = static_cast<int>(bigEndian16(payload + 1));
            layout.width = static_cast<int>(bigEndian16(payload + 3));
        }
        at += 2 + length;
        if (marker != 0xDA) // not yet the start of the image data
            continue;

        // Entropy-coded data: 0xFF is followed by 0x00 (a stuffed byte), a
        // restart marker, a fill byte, or a real marker.
        while (at + 1 < size) {
            if (data[at] != 0xFF) {
                ++at;
                continue;
            }
            const unsigned char next = data[at + 1];
            if (next == 0xFF) {
                ++at;
                continue;
            }
            if (next == 0x00 || (next >= 0xD0 && next <= 0xD7)) {
                at += 2;
                continue;
            }
            if (next == 0xD9) {
                layout.complete = true;
                return layout;
            }
            if (at + 4 > size)
                return layout;
            const std::size_t segment = bigEndian16(data + at + 2);
            if (segment < 2 || segment > size - at - 2) {
                if (next == 0xC4) // a table cut short, as above
                    layout.tablesFit = false;
                return layout;
            }
            if (next == 0xC4 && !huffmanTablesFit(data + at + 4, segment - 2)) { // progressive JPEGs have more
                layout.tablesFit = false;
                return layout;
            }
            at += 2 + segment;
        }
        return layout;
    }
    return layout;
}

// [SECTION] PNG structure: every chunk whole, up to IEND

constexpr std::array<std::uint32_t, 256> makeCrcTable()
{
    std::array<std::uint32_t, 256> table{};
    for (std::uint32_t n = 0; n < 256; ++n) {
        std::uint32_t c = n;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[n] = c;
    }
    return table;
}

std::uint32_t crc32(const unsigned char* data, std::size_t size)
{
    static constexpr std::array<std::uint32_t, 256> table = makeCrcTable();
    std::uint32_t c = 0xFFFFFFFFu;
    for (std::size_t i = 0; i < size; ++i)
        c = table[(c ^ data[i]) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

// The size in the IHDR chunk, which must come first; {0, 0} when it does not.
// (stb_image's own header reader refuses anything over a gigabyte decoded
// as "corrupt", which would give the wrong message for a huge photo.)
std::pair<std::uint32_t, std::uint32_t> pngSize(const unsigned char* data, std::size_t size)
{
    if (size < 24 || bigEndian32(data + 8) != 13 || std::memcmp(data + 12, "IHDR", 4) != 0)
        return {0, 0};
    return {bigEndian32(data + 16), bigEndian32(data + 20)};
}

// stb_image neither checks the chunk checksums nor needs IEND, so a cut or
// corrupted PNG could come out half grey; this finds those first. A bad
// checksum in an ancillary chunk (text, colour notes) is let through, as
// libpng does, because stb_image ignores those chunks.
bool pngIsComplete(const unsigned char* data, std::size_t size)
{
    std::size_t at = 8;
    bool first = true;
    while (size - at >= 12) {
        const std::size_t length = bigEndian32(data + at);
        if (length > size - at - 12)
            return false;
        const unsigned char* type = data + at + 4;
        if (first && std::memcmp(type, "IHDR", 4) != 0)
            return false;
        first = false;
        const bool critical = (type[0] & 0x20) == 0;
        if (critical && crc32(type, length + 4) != bigEndian32(type + 4 + length))
            return false;
        if (std::memcmp(type, "IEND", 4) == 0)
            return true;
        at += 12 + length;
    }
    return false;
}

// [SECTION] Pixels: decode, scale, turn

// 8-bit pixels, rows top to bottom, channels interleaved (3: RGB, 4: RGBA).
struct Pixels {
    std::vector<unsigned char> data;
    int width = 0;
    int height = 0;
    int channels = 0;
};

bool hasTransparency(const unsigned char* rgba, std::size_t pixelCount)
{
    for (std::size_t i = 0; i < pixelCount; ++i) {
        if (rgba[i * 4 + 3] != 255)
            return true;
    }
    return false;
}

// The size that fits in longestSide x longestSide keeping the shape, rounded
// to the nearest pixel; never larger than the source.
std::pair<int, int> fittedSize(int width, int height, int longestSide)
{
    const int longest = std::max(width, height);
    if (longest <= longestSide)
        return {width, height};
    auto scaled = [&](int side) {
        const std::int64_t value = (std::int64_t{side} * longestSide * 2 + longest) / (std::int64_t{longest} * 2);
        return static_cast<int>(std::max<std::int64_t>(1, value));
    };
    return {width >= height ? longestSide : scaled(width), height > width ? longestSide : scaled(height)};
}

// Scales with stb's default filters (Mitchell when shrinking), in linear
// light so that edges and colours keep their brightness.
Pixels scaledCopy(const unsigned char* source, int width, int height, int channels, int longestSide)
{
    const auto [newWidth, newHeight] = fittedSize(width, height, longestSide);
    Pixels result;
    result.width = newWidth;
    result.height = newHeight;
    result.channels = channels;
    result.data.resize(static_cast<std::size_t>(newWidth) * static_cast<std::size_t>(newHeight)
                       * static_cast<std::size_t>(channels));
    if (newWidth == width && newHeight == height) {
        std::memcpy(result.data.data(), source, result.data.size());
        return result;
    }
    const int alphaChannel = channels == 4 ? 3 : STBIR_ALPHA_CHANNEL_NONE;
    if (!stbir_resize_uint8_srgb(source, width, height, 0, result.data.data(), newWidth, newHeight, 0, channels,
                                 alphaChannel, 0))
        failDamaged();
    return result;
}

// Turns pixels as EXIF orientation code 1 to 8 says to show them:
// 1 as stored, 2 mirrored left to right, 3 turned half way, 4 mirrored top
// to bottom, 5 mirrored along the top-left to bottom-right diagonal, 6 turned
// a quarter to the right, 7 mirrored along the other diagonal, 8 turned a
// quarter to the left.
Pixels oriented(const Pixels& source, int orientation)
{
    if (orientation == 1)
        return source;
    const int w = source.width;
    const int h = source.height;
    const bool swapsSides = orientation >= 5;
    Pixels result;
    result.width = swapsSides ? h : w;
    result.height = swapsSides ? w : h;
    result.channels = source.channels;
    result.data.resize(source.data.size());
    const std::size_t channels = static_cast<std::size_t>(source.channels);
    for (int y = 0; y < result.height; ++y) {
        for (int x = 0; x < result.width; ++x) {
            int sourceX = x;
            int sourceY = y;
            switch (orientation) {
            case 2: sourceX = w - 1 - x; break;
            case 3: sourceX = w - 1 - x; sourceY = h - 1 - y; break;
            case 4: sourceY = h - 1 - y; break;
            case 5: sourceX = y; sourceY = x; break;
            case 6: sourceX = y; sourceY = h - 1 - x; break;
            case 7: sourceX = w - 1 - y; sourceY = h - 1 - x; break;
            case 8: sourceX = w - 1 - y; sourceY = x; break;
            default: break;
            }
            const std::size_t from = (static_cast<std::size_t>(sourceY) * static_cast<std::size_t>(w)
                                      + static_cast<std::size_t>(sourceX)) * channels;
            const std::size_t to = (static_cast<std::size_t>(y) * static_cast<std::size_t>(result.width)
                                    + static_cast<std::size_t>(x)) * channels;
            std::memcpy(result.data.data() + to, source.data.data() + from, channels);
        }
    }
    return result;
}

// The orientation code for quarter turns to the right.
int orientationForQuarterTurns(int quarterTurnsClockwise)
{
    switch (((quarterTurnsClockwise % 4) + 4) % 4) {
    case 1: return 6;
    case 2: return 3;
    case 3: return 8;
    default: return 1;
    }
}

Pixels withoutAlpha(const Pixels& rgba)
{
    Pixels rgb;
    rgb.width = rgba.width;
    rgb.height = rgba.height;
    rgb.channels = 3;
    const std::size_t pixelCount = static_cast<std::size_t>(rgba.width) * static_cast<std::size_t>(rgba.height);
    rgb.data.resize(pixelCount * 3);
    for (std::size_t i = 0; i < pixelCount; ++i)
        std::memcpy(rgb.data.data() + i * 3, rgba.data.data() + i * 4, 3);
    return rgb;
}

// [SECTION] Encoding

void appendToString(void* context, void* data, int size)
{
    static_cast<std::string*>(context)->append(static_cast<const char*>(data), static_cast<std::size_t>(size));
}

ImportedImage encoded(const Pixels& pixels, int jpegQuality)
{
    ImportedImage image;
    image.width = pixels.width;
    image.height = pixels.height;
    image.format = pixels.channels == 4 ? ImageFormat::Png : ImageFormat::Jpeg;
    int written = 0;
    if (image.format == ImageFormat::Png)
        written = stbi_write_png_to_func(appendToString, &image.bytes, pixels.width, pixels.height, 4,
                                         pixels.data.data(), pixels.width * 4);
    else
        written = stbi_write_jpg_to_func(appendToString, &image.bytes, pixels.width, pixels.height, 3,
                                         pixels.data.data(), std::clamp(jpegQuality, 1, 100));
    if (!written || image.bytes.empty())
        throw ImageError(ImageProblem::CannotSave, "Right Job could not make the photo. Please try again.");
    return image;
}

} // namespace

// [SECTION] Importing

ImportedImage importPhotoFromBytes(const std::string& fileBytes, const ImportOptions& options)
{
    const auto* data = reinterpret_cast<const unsigned char*>(fileBytes.data());
    const std::size_t size = fileBytes.size();
    const SourceKind kind = recognise(data, size);
    if (kind == SourceKind::Other)
        throw ImageError(ImageProblem::NotAPicture, kNotAPictureMessage);
    if (size > static_cast<std::size_t>(INT_MAX))
        throw ImageError(ImageProblem::TooBig,
                         "This file is too big for a photo. Please choose a photo smaller than 256 megabytes.");

    // The size from the header alone, before a single pixel is decoded.
    std::uint32_t headerWidth = 0;
    std::uint32_t headerHeight = 0;
    JpegLayout layout;
    if (kind == SourceKind::Jpeg) {
        layout = readJpegLayout(data, size);
        headerWidth = static_cast<std::uint32_t>(layout.width);
        headerHeight = static_cast<std::uint32_t>(layout.height);
    } else {
        std::tie(headerWidth, headerHeight) = pngSize(data, size);
    }
    if (headerWidth == 0 || headerHeight == 0)
        failDamaged();
    constexpr auto kMaxSide = static_cast<std::uint32_t>(kPhotoMaxSourceSide);
    if (headerWidth > kMaxSide || headerHeight > kMaxSide
        || std::int64_t{headerWidth} * std::int64_t{headerHeight} > kPhotoMaxSourcePixels)
        failTooBig(headerWidth, headerHeight);

    // Cut short or corrupt files, which a decoder might half decode.
    const bool complete = kind == SourceKind::Jpeg ? layout.complete && layout.tablesFit : pngIsComplete(data, size);
    if (!complete)
        failDamaged();

    const int orientation = layout.orientation;

    // JPEG has no transparency; PNG is decoded with alpha to find out. The
    // decoder reads the same size from the header, or the file is one of the
    // rarer kinds of PNG or JPEG it cannot decode.
    const int channels = kind == SourceKind::Png ? 4 : 3;
    const std::optional<DecodedPicture> decoded =
        decodePicture(fileBytes, channels, kPhotoMaxSourceSide, kPhotoMaxSourcePixels);
    if (!decoded || static_cast<std::uint32_t>(decoded->width) != headerWidth
        || static_cast<std::uint32_t>(decoded->height) != headerHeight)
        failDamaged();
    const int width = decoded->width;
    const int height = decoded->height;
    const std::size_t pixelCount = static_cast<std::size_t>(width) * static_cast<std::size_t>(height);
    const bool keepsAlpha = channels == 4 && hasTransparency(decoded->pixels.data(), pixelCount);

    Pixels pixels = scaledCopy(decoded->pixels.data(), width, height, channels, std::max(1, options.longestSide));
    if (channels == 4 && !keepsAlpha)
        pixels = withoutAlpha(pixels);
    pixels = oriented(pixels, orientation);
    pixels = oriented(pixels, orientationForQuarterTurns(options.quarterTurnsClockwise));
    return encoded(pixels, options.jpegQuality);
}

ImportedImage importPhoto(const std::string& sourcePath, const ImportOptions& options)
{
    return importPhotoFromBytes(readPictureFile(sourcePath), options);
}

ImportedImage rotatePhoto(const std::string& photoPath, int quarterTurnsClockwise)
{
    ImportOptions options;
    options.quarterTurnsClockwise = quarterTurnsClockwise;
    return importPhoto(photoPath, options);
}

ImportedImage rotatePhoto(const FileSystem& files, const std::string& photoPath, int quarterTurnsClockwise)
{
    std::string bytes;
    const FileResult read = files.readFile(photoPath, bytes);
    if (!read.ok)
        throw ImageError(ImageProblem::CannotOpen, "Right Job could not read the photo. " + read.problem);
    ImportOptions options;
    options.quarterTurnsClockwise = quarterTurnsClockwise;
    return importPhotoFromBytes(bytes, options);
}

// [SECTION] Saving into the person's folder

std::string savePhotoIntoFolder(FileSystem& files, const std::string& personFolder, const ImportedImage& image)
{
    if (image.bytes.empty())
        throw ImageError(ImageProblem::CannotSave, "There is no photo to save.");
    const std::string folder = photosFolderIn(personFolder);
    const FileResult made = files.makeFolders(folder);
    if (!made.ok)
        throw ImageError(ImageProblem::CannotSave, "Right Job could not save the photo. " + made.problem);

    // Named after its content, so the same photo added twice is easy to spot
    // and a removed photo's name is never given to a different one.
    std::uint64_t hash = 14695981039346656037ull; // FNV-1a
    for (const char byte : image.bytes) {
        hash ^= static_cast<unsigned char>(byte);
        hash *= 1099511628211ull;
    }
    char hex[13];
    std::snprintf(hex, sizeof hex, "%012llx", static_cast<unsigned long long>(hash & 0xFFFFFFFFFFFFull));
    const std::string stem = std::string("photo-") + hex;
    const std::string extension = std::string(".") + imageFileExtension(image.format);
    std::string name = stem + extension;
    for (int number = 2; files.exists(folder + "/" + name); ++number) {
        if (number > 1000)
            throw ImageError(ImageProblem::CannotSave, "Right Job could not find a new name for the photo.");
        name = stem + "-" + std::to_string(number) + extension;
    }

    const FileResult written = writeFileAtomically(files, folder + "/" + name, image.bytes);
    if (!written.ok) {
        // writeFileAtomically leaves the place untouched unless the rename
        // happened and only the folder sync failed: then remove the photo too.
        files.removeFile(folder + "/" + name);
        throw ImageError(ImageProblem::CannotSave, "Right Job could not save the photo. " + written.problem);
    }
    return std::string(kPhotosFolderName) + "/" + name;
}

} // namespace rightjob::core
