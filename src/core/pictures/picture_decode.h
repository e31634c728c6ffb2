// Turning the bytes of a PNG or JPEG into pixels: the one place Right Job
// decodes a picture, whether it is a symbol, a person's photo, a photo in a
// bundle or a picture going into a PDF.
//
// PNG is decoded by stb_image, JPEG by libjpeg-turbo. stb_image's JPEG
// decoder in Debian (2.27) misbehaves on damaged files (fuzzing found a write
// past a table, a shift by 32 and a signed overflow), while libjpeg-turbo
// checks every table and value and reports a damaged file as an error.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace rightjob::core {

// The kinds of picture file Right Job reads.
enum class PictureFileKind { Png, Jpeg };

// The kind, from the file's first bytes; nullopt for anything else.
std::optional<PictureFileKind> pictureFileKind(const std::string& bytes);

// What a picture file's header says, read without decoding the pixels.
struct PictureHeader {
    PictureFileKind kind = PictureFileKind::Png;
    int width = 0;
    int height = 0;
};

// 8-bit pixels, rows top to bottom, channels interleaved (3: RGB; 4: RGBA).
struct DecodedPicture {
    std::vector<unsigned char> pixels;
    int width = 0;
    int height = 0;
    int channels = 0;
};

// The header of a PNG or JPEG; nullopt, with *problem set to a short reason
// for the log when problem is not null, for anything that is not one or
// whose header is damaged.
std::optional<PictureHeader> readPictureHeader(const std::string& bytes, std::string* problem = nullptr);

// Decodes a PNG or JPEG to `channels` (3 or 4) channels; a JPEG's alpha is
// 255. Refuses, before decoding, a picture larger than maxSide a side or
// maxPixels in all, so a small file claiming a huge picture cannot use up
// the memory. Returns nullopt, with *problem set as above, for a file that
// is not a picture, too big, cut short or damaged. Never throws for bad bytes.
std::optional<DecodedPicture> decodePicture(const std::string& bytes, int channels, int maxSide, long long maxPixels,
                                            std::string* problem = nullptr);

} // namespace rightjob::core
