// Importing a person's own photos (their dog, their college, the café of a
// work taster): checked, turned the right way up, made small enough and
// copied into the person's folder.
#pragma once

#include "core/base/file_system.h"

#include <cstdint>
#include <stdexcept>
#include <string>

namespace rightjob::core {

// The largest picture accepted, a side and in all; larger ones are refused
// before they are decoded, so a huge file cannot exhaust the memory.
constexpr int kPhotoMaxSourceSide = 10000;
constexpr std::int64_t kPhotoMaxSourcePixels = 100'000'000;
// A photo already in a person's folder or in a bundle was made by Right Job,
// at most kPhotoLongestSide a side. One much larger is not one of ours and
// is refused, so showing, exporting or importing it costs little.
constexpr int kStoredPhotoMaxSide = 4096;
constexpr std::int64_t kStoredPhotoMaxPixels = 16'000'000;
// The most pixels one bundle import decodes to check its photos: past it,
// photos are checked by their header only, so any import stays quick.
constexpr std::int64_t kImportPixelBudget = 64'000'000;
// Photos are made at most this many pixels on their longest side.
constexpr int kPhotoLongestSide = 1024;

// Why a photo could not be used, for code that needs to tell them apart.
enum class ImageProblem {
    CannotOpen,  // the file cannot be read
    NotAPicture, // not a PNG or JPEG
    TooBig,      // over kPhotoMaxSourceSide a side or kPhotoMaxSourcePixels
    Damaged,     // cut short, corrupt, or a kind of PNG or JPEG that cannot be decoded
    CannotSave,  // the photo cannot be written into the person's folder
};

// A photo that cannot be used. what() is a plain sentence to show and speak.
class ImageError : public std::runtime_error {
public:
    ImageError(ImageProblem problem, const std::string& message) : std::runtime_error(message), m_problem(problem) {}

    ImageProblem problem() const { return m_problem; }

private:
    ImageProblem m_problem;
};

// The two kinds of file a photo is kept as.
enum class ImageFormat { Jpeg, Png };

// "jpg" or "png".
const char* imageFileExtension(ImageFormat format);

// How to import a photo.
struct ImportOptions {
    // Extra turns to the right after the camera's orientation is applied (the
    // rotate button); negative turns go to the left.
    int quarterTurnsClockwise = 0;
    // The longest side of the result; smaller photos are never made bigger.
    int longestSide = kPhotoLongestSide;
    // JPEG quality, 1 to 100.
    int jpegQuality = 90;
};

// A photo ready to be saved: the encoded file and its size in pixels.
struct ImportedImage {
    std::string bytes;
    int width = 0;
    int height = 0;
    ImageFormat format = ImageFormat::Jpeg;
};

// Reads a PNG or JPEG file and makes a photo of it: the right way up (the
// camera's EXIF orientation, then options.quarterTurnsClockwise), scaled down
// to options.longestSide, as a JPEG, or as a PNG when it has transparent
// parts. Camera details (EXIF: place, time, device) are not kept. Throws
// ImageError in plain words for a file that cannot be read, is not a PNG or
// JPEG, is too big (checked before decoding), or is cut short or damaged.
ImportedImage importPhoto(const std::string& sourcePath, const ImportOptions& options = {});

// The same from the bytes of a file already in memory (a dropped file, a test).
ImportedImage importPhotoFromBytes(const std::string& fileBytes, const ImportOptions& options = {});

// Turns a photo already in a person's folder by quarter turns to the right
// (negative: to the left), returning the new photo to save. Throws ImageError.
ImportedImage rotatePhoto(const std::string& photoPath, int quarterTurnsClockwise);
// The same, reading the photo through files (a protected person's is sealed).
ImportedImage rotatePhoto(const FileSystem& files, const std::string& photoPath, int quarterTurnsClockwise);

// Writes a photo into <personFolder>/photos/ under a new name, atomically, and
// returns its path relative to personFolder ("photos/photo-1a2b3c4d5e6f.jpg")
// for the profile to keep. Never replaces another photo. Throws ImageError
// (CannotSave) when it cannot be written; then no photo file is left behind.
std::string savePhotoIntoFolder(FileSystem& files, const std::string& personFolder, const ImportedImage& image);

} // namespace rightjob::core
