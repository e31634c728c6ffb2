// [SECTION] Recognising the kind
// [SECTION] JPEG: libjpeg-turbo, its errors caught
// [SECTION] PNG: stb_image
// [SECTION] Either kind

#include "core/pictures/picture_decode.h"

#include <stb/stb_image.h>

#include <climits>
#include <csetjmp>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string>
// jpeglib.h needs FILE and size_t declared first.
#include <jerror.h>
#include <jpeglib.h>

namespace rightjob::core {

namespace {

void setProblem(std::string* problem, const std::string& text)
{
    if (problem)
        *problem = text;
}

bool tooBig(long long width, long long height, int maxSide, long long maxPixels)
{
    return width > maxSide || height > maxSide || width * height > maxPixels;
}

} // namespace

// [SECTION] Recognising the kind

std::optional<PictureFileKind> pictureFileKind(const std::string& bytes)
{
    if (bytes.size() >= 8 && std::memcmp(bytes.data(), "\x89PNG\r\n\x1a\n", 8) == 0)
        return PictureFileKind::Png;
    if (bytes.size() >= 3 && std::memcmp(bytes.data(), "\xff\xd8\xff", 3) == 0)
        return PictureFileKind::Jpeg;
    return std::nullopt;
}

// [SECTION] JPEG: libjpeg-turbo, its errors caught

namespace {

// A progressive JPEG can hold thousands of tiny scans, each of which makes
// libjpeg go over the whole picture again: a small damaged file could take
// minutes. Real photos have about ten.
constexpr int kMostJpegScans = 100;
// A progressive JPEG keeps all its coefficients while it is decoded; one
// that would need more than this is refused rather than using up the memory
// (a 48-megapixel progressive photo needs about 150 MB).
constexpr long kMostJpegMemory = 512l * 1024 * 1024;

// libjpeg reports a fatal error by calling error_exit, which must not
// return: it jumps back to decodeJpeg's setjmp. Warnings that mean the
// picture data is damaged are counted and the picture refused; harmless
// ones (a few stray bytes between markers, an old JFIF version) are not.
struct JpegErrors {
    jpeg_error_mgr base;
    std::jmp_buf jump;
    char message[JMSG_LENGTH_MAX];
    int damage;
};

[[noreturn]] void onJpegError(j_common_ptr info)
{
    auto* errors = reinterpret_cast<JpegErrors*>(info->err);
    info->err->format_message(info, errors->message);
    std::longjmp(errors->jump, 1);
}

bool isDamageWarning(int code)
{
    switch (code) {
    case JWRN_HIT_MARKER:
    case JWRN_JPEG_EOF:
    case JWRN_HUFF_BAD_CODE:
    case JWRN_MUST_RESYNC:
    case JWRN_BOGUS_PROGRESSION:
    case JWRN_NOT_SEQUENTIAL:
        return true;
    default:
        return false;
    }
}

void onJpegMessage(j_common_ptr info, int level)
{
    auto* errors = reinterpret_cast<JpegErrors*>(info->err);
    if (level >= 0 || !isDamageWarning(info->err->msg_code))
        return; // trace messages and harmless warnings: nothing printed
    if (errors->damage++ == 0)
        info->err->format_message(info, errors->message);
}

void onJpegProgress(j_common_ptr info)
{
    auto* decompress = reinterpret_cast<j_decompress_ptr>(info);
    if (decompress->input_scan_number <= kMostJpegScans)
        return;
    auto* errors = reinterpret_cast<JpegErrors*>(info->err);
    std::snprintf(errors->message, sizeof errors->message, "more than %d scans", kMostJpegScans);
    std::longjmp(errors->jump, 1);
}

// What decodeJpeg works on, owned by its caller: no object in decodeJpeg's
// own frame that a longjmp could leave half changed needs destroying.
struct JpegJob {
    const unsigned char* data = nullptr;
    unsigned long size = 0;
    int channels = 3;
    int maxSide = 0;
    long long maxPixels = 0;
    bool headerOnly = false;
    DecodedPicture* out = nullptr;
    std::vector<unsigned char>* cmykRow = nullptr;
    std::string* problem = nullptr;
};

// CMYK (Adobe's, stored inverted, or plain) to RGB, one row.
void cmykToRgb(const unsigned char* cmyk, unsigned char* out, int width, int channels, bool inverted)
{
    for (int x = 0; x < width; ++x) {
        const unsigned char* in = cmyk + static_cast<std::size_t>(x) * 4;
        const unsigned key = inverted ? in[3] : 255u - in[3];
        for (int c = 0; c < 3; ++c) {
            const unsigned ink = inverted ? in[c] : 255u - in[c];
            out[static_cast<std::size_t>(x) * channels + c] = static_cast<unsigned char>((ink * key + 127) / 255);
        }
        if (channels == 4)
            out[static_cast<std::size_t>(x) * channels + 3] = 255;
    }
}

bool decodeJpeg(const JpegJob& job)
{
    jpeg_decompress_struct info;
    std::memset(&info, 0, sizeof info);
    JpegErrors errors;
    std::memset(&errors, 0, sizeof errors);
    jpeg_progress_mgr progress;
    std::memset(&progress, 0, sizeof progress);
    info.err = jpeg_std_error(&errors.base);
    errors.base.error_exit = onJpegError;
    errors.base.emit_message = onJpegMessage;
    if (setjmp(errors.jump)) {
        jpeg_destroy_decompress(&info);
        setProblem(job.problem, std::string("the JPEG is damaged (") + errors.message + ")");
        return false;
    }
    jpeg_create_decompress(&info);
    info.mem->max_memory_to_use = kMostJpegMemory;
    progress.progress_monitor = onJpegProgress;
    info.progress = &progress;
    jpeg_mem_src(&info, job.data, job.size);
    jpeg_read_header(&info, TRUE);
    if (tooBig(info.image_width, info.image_height, job.maxSide, job.maxPixels)) {
        setProblem(job.problem, "the picture is too big (" + std::to_string(info.image_width) + " x "
                                    + std::to_string(info.image_height) + " pixels)");
        jpeg_destroy_decompress(&info);
        return false;
    }
    DecodedPicture& out = *job.out;
    out.width = static_cast<int>(info.image_width);
    out.height = static_cast<int>(info.image_height);
    out.channels = job.channels;
    if (job.headerOnly) {
        jpeg_destroy_decompress(&info);
        return true;
    }

    const bool cmyk = info.jpeg_color_space == JCS_CMYK || info.jpeg_color_space == JCS_YCCK;
    info.out_color_space = cmyk ? JCS_CMYK : (job.channels == 4 ? JCS_EXT_RGBA : JCS_RGB);
    jpeg_start_decompress(&info);
    if (static_cast<int>(info.output_width) != out.width || static_cast<int>(info.output_height) != out.height)
        ERREXIT(&info, JERR_IMAGE_TOO_BIG);
    const std::size_t stride = static_cast<std::size_t>(out.width) * static_cast<std::size_t>(job.channels);
    out.pixels.assign(stride * static_cast<std::size_t>(out.height), 0);
    if (cmyk)
        job.cmykRow->assign(static_cast<std::size_t>(out.width) * 4, 0);
    while (info.output_scanline < info.output_height) {
        unsigned char* target = out.pixels.data() + stride * info.output_scanline;
        JSAMPROW row = cmyk ? job.cmykRow->data() : target;
        if (jpeg_read_scanlines(&info, &row, 1) != 1)
            ERREXIT(&info, JERR_INPUT_EMPTY);
        if (cmyk)
            cmykToRgb(job.cmykRow->data(), target, out.width, job.channels, info.saw_Adobe_marker);
    }
    jpeg_finish_decompress(&info);
    jpeg_destroy_decompress(&info);
    if (errors.damage > 0) {
        setProblem(job.problem, std::string("the JPEG is damaged (") + errors.message + ")");
        return false;
    }
    return true;
}

std::optional<DecodedPicture> jpegPicture(const std::string& bytes, int channels, int maxSide, long long maxPixels,
                                          bool headerOnly, std::string* problem)
{
    DecodedPicture picture;
    std::vector<unsigned char> cmykRow;
    JpegJob job;
    job.data = reinterpret_cast<const unsigned char*>(bytes.data());
    job.size = static_cast<unsigned long>(bytes.size());
    job.channels = channels;
    job.maxSide = maxSide;
    job.maxPixels = maxPixels;
    job.headerOnly = headerOnly;
    job.out = &picture;
    job.cmykRow = &cmykRow;
    job.problem = problem;
    if (!decodeJpeg(job))
        return std::nullopt;
    return picture;
}

// [SECTION] PNG: stb_image

struct StbFree {
    void operator()(unsigned char* pixels) const { stbi_image_free(pixels); }
};

std::optional<DecodedPicture> pngPicture(const std::string& bytes, int channels, int maxSide, long long maxPixels,
                                         bool headerOnly, std::string* problem)
{
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
    const int size = static_cast<int>(bytes.size());
    DecodedPicture picture;
    int channelsInFile = 0;
    if (!stbi_info_from_memory(data, size, &picture.width, &picture.height, &channelsInFile)) {
        setProblem(problem, std::string("the PNG is damaged (") + stbi_failure_reason() + ")");
        return std::nullopt;
    }
    if (picture.width < 1 || picture.height < 1 || tooBig(picture.width, picture.height, maxSide, maxPixels)) {
        setProblem(problem, "the picture is too big (" + std::to_string(picture.width) + " x "
                                + std::to_string(picture.height) + " pixels)");
        return std::nullopt;
    }
    picture.channels = channels;
    if (headerOnly)
        return picture;
    int width = 0;
    int height = 0;
    std::unique_ptr<unsigned char, StbFree> pixels(
        stbi_load_from_memory(data, size, &width, &height, &channelsInFile, channels));
    if (!pixels || width != picture.width || height != picture.height) {
        setProblem(problem, std::string("the PNG is damaged (") + (pixels ? "its size changed" : stbi_failure_reason())
                                + ")");
        return std::nullopt;
    }
    const std::size_t count = static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * channels;
    picture.pixels.assign(pixels.get(), pixels.get() + count);
    return picture;
}

// [SECTION] Either kind

std::optional<DecodedPicture> anyPicture(const std::string& bytes, int channels, int maxSide, long long maxPixels,
                                         bool headerOnly, std::string* problem)
{
    const std::optional<PictureFileKind> kind = pictureFileKind(bytes);
    if (!kind) {
        setProblem(problem, "it is not a PNG or JPEG");
        return std::nullopt;
    }
    // stb_image counts in int.
    if (bytes.size() > static_cast<std::size_t>(INT_MAX)) {
        setProblem(problem, "the file is too big");
        return std::nullopt;
    }
    if (channels != 3 && channels != 4) {
        setProblem(problem, "pictures are decoded to 3 or 4 channels");
        return std::nullopt;
    }
    return *kind == PictureFileKind::Png ? pngPicture(bytes, channels, maxSide, maxPixels, headerOnly, problem)
                                     : jpegPicture(bytes, channels, maxSide, maxPixels, headerOnly, problem);
}

} // namespace

std::optional<PictureHeader> readPictureHeader(const std::string& bytes, std::string* problem)
{
    const auto picture = anyPicture(bytes, 4, INT_MAX, LLONG_MAX, true, problem);
    if (!picture)
        return std::nullopt;
    return PictureHeader{*pictureFileKind(bytes), picture->width, picture->height};
}

std::optional<DecodedPicture> decodePicture(const std::string& bytes, int channels, int maxSide, long long maxPixels,
                                            std::string* problem)
{
    return anyPicture(bytes, channels, maxSide, maxPixels, false, problem);
}

} // namespace rightjob::core
