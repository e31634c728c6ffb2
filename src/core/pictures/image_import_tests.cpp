#include "core/pictures/image_import.h"

#include "core/base/json_file.h"
#include "test_support.h"

#include <catch2/catch.hpp>

#include <stb/stb_image.h>
#include <stb/stb_image_write.h>

#include <array>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <random>

using namespace rightjob::core;
using rightjob::testing::TemporaryFolder;
using rightjob::testing::writeTextFile;

namespace {

// [SECTION] Pictures made in the test

struct Colour {
    int red = 0;
    int green = 0;
    int blue = 0;
    int alpha = 255;
};

const Colour kRed{255, 0, 0};
const Colour kGreen{0, 255, 0};
const Colour kBlue{0, 0, 255};
const Colour kWhite{255, 255, 255};

struct TestImage {
    int width = 0;
    int height = 0;
    std::vector<unsigned char> rgba;

    TestImage(int w, int h, Colour fill) : width(w), height(h), rgba(static_cast<std::size_t>(w) * h * 4)
    {
        for (int y = 0; y < h; ++y)
            for (int x = 0; x < w; ++x)
                set(x, y, fill);
    }

    void set(int x, int y, Colour colour)
    {
        unsigned char* pixel = &rgba[(static_cast<std::size_t>(y) * width + x) * 4];
        pixel[0] = static_cast<unsigned char>(colour.red);
        pixel[1] = static_cast<unsigned char>(colour.green);
        pixel[2] = static_cast<unsigned char>(colour.blue);
        pixel[3] = static_cast<unsigned char>(colour.alpha);
    }

    Colour at(int x, int y) const
    {
        const unsigned char* pixel = &rgba[(static_cast<std::size_t>(y) * width + x) * 4];
        return {pixel[0], pixel[1], pixel[2], pixel[3]};
    }

    void fillRect(int left, int top, int w, int h, Colour colour)
    {
        for (int y = top; y < top + h; ++y)
            for (int x = left; x < left + w; ++x)
                set(x, y, colour);
    }

    std::vector<unsigned char> rgb() const
    {
        std::vector<unsigned char> out;
        for (std::size_t i = 0; i < rgba.size(); i += 4)
            out.insert(out.end(), rgba.begin() + static_cast<std::ptrdiff_t>(i),
                       rgba.begin() + static_cast<std::ptrdiff_t>(i + 3));
        return out;
    }
};

void appendBytes(void* context, void* data, int size)
{
    static_cast<std::string*>(context)->append(static_cast<const char*>(data), static_cast<std::size_t>(size));
}

// Quality 95: stb_image_write does not subsample the colour then, so small
// marks keep their colour.
std::string jpegOf(const TestImage& image)
{
    std::string bytes;
    const std::vector<unsigned char> rgb = image.rgb();
    REQUIRE(stbi_write_jpg_to_func(appendBytes, &bytes, image.width, image.height, 3, rgb.data(), 95));
    return bytes;
}

std::string pngOf(const TestImage& image)
{
    std::string bytes;
    REQUIRE(stbi_write_png_to_func(appendBytes, &bytes, image.width, image.height, 4, image.rgba.data(),
                                   image.width * 4));
    return bytes;
}

TestImage decoded(const std::string& bytes)
{
    int w = 0;
    int h = 0;
    int channels = 0;
    unsigned char* pixels = stbi_load_from_memory(reinterpret_cast<const unsigned char*>(bytes.data()),
                                                  static_cast<int>(bytes.size()), &w, &h, &channels, 4);
    REQUIRE(pixels);
    TestImage image(w, h, kWhite);
    std::copy(pixels, pixels + static_cast<std::size_t>(w) * h * 4, image.rgba.begin());
    stbi_image_free(pixels);
    return image;
}

bool near(Colour a, Colour b, int tolerance = 60)
{
    return std::abs(a.red - b.red) <= tolerance && std::abs(a.green - b.green) <= tolerance
           && std::abs(a.blue - b.blue) <= tolerance && std::abs(a.alpha - b.alpha) <= tolerance;
}

std::string describe(Colour c)
{
    return "(" + std::to_string(c.red) + ", " + std::to_string(c.green) + ", " + std::to_string(c.blue) + ", "
           + std::to_string(c.alpha) + ")";
}

void put16(std::string& out, std::uint32_t value, bool littleEndian)
{
    if (littleEndian) {
        out += static_cast<char>(value & 0xFF);
        out += static_cast<char>((value >> 8) & 0xFF);
    } else {
        out += static_cast<char>((value >> 8) & 0xFF);
        out += static_cast<char>(value & 0xFF);
    }
}

void put32(std::string& out, std::uint32_t value, bool littleEndian)
{
    if (littleEndian) {
        put16(out, value & 0xFFFF, true);
        put16(out, value >> 16, true);
    } else {
        put16(out, value >> 16, false);
        put16(out, value & 0xFFFF, false);
    }
}

enum class ByteOrder { Intel, Motorola };

// The TIFF structure of an EXIF block with one IFD0 entry: the orientation.
std::string tiffWithOrientation(int orientation, ByteOrder order)
{
    const bool little = order == ByteOrder::Intel;
    std::string tiff = little ? "II" : "MM";
    put16(tiff, 42, little);
    put32(tiff, 8, little); // IFD0 right after the header
    put16(tiff, 2, little); // two entries
    put16(tiff, 0x010F, little); // Make, ASCII, 4 bytes inline: "Cam\0"
    put16(tiff, 2, little);
    put32(tiff, 4, little);
    tiff += std::string("Cam\0", 4);
    put16(tiff, 0x0112, little); // Orientation, SHORT, 1 value
    put16(tiff, 3, little);
    put32(tiff, 1, little);
    put16(tiff, static_cast<std::uint32_t>(orientation), little);
    put16(tiff, 0, little);
    put32(tiff, 0, little); // no next IFD
    return tiff;
}

// An APP1 segment holding payload.
std::string app1Segment(const std::string& payload)
{
    std::string segment = "\xFF\xE1";
    put16(segment, static_cast<std::uint32_t>(payload.size() + 2), false);
    return segment + payload;
}

// The JPEG with segments spliced in right after SOI, as cameras write them.
std::string withSegmentsAfterStart(const std::string& jpeg, const std::string& segments)
{
    REQUIRE(jpeg.compare(0, 2, "\xFF\xD8") == 0);
    return jpeg.substr(0, 2) + segments + jpeg.substr(2);
}

std::string withExifOrientation(const std::string& jpeg, int orientation, ByteOrder order = ByteOrder::Motorola)
{
    return withSegmentsAfterStart(jpeg,
                                  app1Segment(std::string("Exif\0\0", 6) + tiffWithOrientation(orientation, order)));
}

// The image a camera stores for a scene that should be shown as `shown`,
// when it tags it with `orientation`. Written from the EXIF standard's table
// of where the stored 0th row and 0th column go, not from the code's rules.
TestImage storedForOrientation(const TestImage& shown, int orientation)
{
    enum Side { Top, Bottom, Left, Right };
    static const std::array<std::pair<Side, Side>, 9> table{{
        {Top, Left}, // (unused)
        {Top, Left},     // 1
        {Top, Right},    // 2
        {Bottom, Right}, // 3
        {Bottom, Left},  // 4
        {Left, Top},     // 5
        {Right, Top},    // 6
        {Right, Bottom}, // 7
        {Left, Bottom},  // 8
    }};
    const auto [rowSide, columnSide] = table[static_cast<std::size_t>(orientation)];
    const int w = shown.width;
    const int h = shown.height;
    const bool rowsRunAcross = rowSide == Top || rowSide == Bottom;
    TestImage stored(rowsRunAcross ? w : h, rowsRunAcross ? h : w, kWhite);
    for (int sy = 0; sy < stored.height; ++sy) {
        for (int sx = 0; sx < stored.width; ++sx) {
            int vx = 0;
            int vy = 0;
            switch (rowSide) {
            case Top: vy = sy; break;
            case Bottom: vy = h - 1 - sy; break;
            case Left: vx = sy; break;
            case Right: vx = w - 1 - sy; break;
            }
            switch (columnSide) {
            case Top: vy = sx; break;
            case Bottom: vy = h - 1 - sx; break;
            case Left: vx = sx; break;
            case Right: vx = w - 1 - sx; break;
            }
            stored.set(sx, sy, shown.at(vx, vy));
        }
    }
    return stored;
}

// 64 x 40: red top left, green top right, blue bottom left, white bottom right.
TestImage quarters()
{
    TestImage image(64, 40, kWhite);
    image.fillRect(0, 0, 32, 20, kRed);
    image.fillRect(32, 0, 32, 20, kGreen);
    image.fillRect(0, 20, 32, 20, kBlue);
    return image;
}

// Checks the four quarters of an image upright: colours at their middles.
void checkUprightQuarters(const TestImage& image)
{
    const int w = image.width;
    const int h = image.height;
    INFO("top left " << describe(image.at(w / 4, h / 4)) << ", top right " << describe(image.at(3 * w / 4, h / 4))
                     << ", bottom left " << describe(image.at(w / 4, 3 * h / 4)));
    CHECK(near(image.at(w / 4, h / 4), kRed));
    CHECK(near(image.at(3 * w / 4, h / 4), kGreen));
    CHECK(near(image.at(w / 4, 3 * h / 4), kBlue));
    CHECK(near(image.at(3 * w / 4, 3 * h / 4), kWhite));
}

std::uint32_t crc32(const std::string& bytes)
{
    std::uint32_t crc = 0xFFFFFFFFu;
    for (const char byte : bytes) {
        crc ^= static_cast<unsigned char>(byte);
        for (int k = 0; k < 8; ++k)
            crc = (crc & 1) ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
    }
    return crc ^ 0xFFFFFFFFu;
}

// A PNG chunk with its length and checksum.
std::string pngChunk(const std::string& type, const std::string& data)
{
    std::string chunk;
    put32(chunk, static_cast<std::uint32_t>(data.size()), false);
    chunk += type + data;
    put32(chunk, crc32(type + data), false);
    return chunk;
}

ImageProblem problemOf(const std::string& bytes)
{
    try {
        importPhotoFromBytes(bytes);
    } catch (const ImageError& error) {
        return error.problem();
    }
    FAIL("the picture was accepted");
    return ImageProblem::CannotOpen;
}

std::string messageOf(const std::string& bytes)
{
    try {
        importPhotoFromBytes(bytes);
    } catch (const ImageError& error) {
        return error.what();
    }
    return "";
}

const char* const kNotAPicture = "This file is not a picture Right Job can use. Please choose another photo.";

// The real file system, except that writing a new file fails (a full disk).
class FullDisk : public FileSystem {
public:
    FileResult writeNewFile(const std::string& path, const std::string&) override
    {
        return FileResult::failure("Cannot make " + path + ": the disk is full.");
    }
    FileResult rename(const std::string& from, const std::string& to) override { return realFileSystem().rename(from, to); }
    FileResult syncFolder(const std::string& path) override { return realFileSystem().syncFolder(path); }
    FileResult keepCopy(const std::string& existing, const std::string& copy) override
    {
        return realFileSystem().keepCopy(existing, copy);
    }
    FileResult removeFile(const std::string& path) override { return realFileSystem().removeFile(path); }
    FileResult makeFolders(const std::string& path) override { return realFileSystem().makeFolders(path); }
    bool exists(const std::string& path) const override { return realFileSystem().exists(path); }
    std::vector<std::string> listFolder(const std::string& path) const override
    {
        return realFileSystem().listFolder(path);
    }
};

std::vector<std::string> everythingUnder(const std::string& folder)
{
    std::vector<std::string> paths;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(folder))
        paths.push_back(entry.path().string());
    return paths;
}

} // namespace

// [SECTION] Orientation

TEST_CASE("A phone photo tagged 'turn a quarter right' comes out upright", "[images]")
{
    // As stored by the camera: 64 wide, 40 high, a red mark in the top left.
    TestImage stored(64, 40, kWhite);
    stored.fillRect(0, 0, 16, 16, kRed);
    const ImportedImage photo = importPhotoFromBytes(withExifOrientation(jpegOf(stored), 6));

    CHECK(photo.format == ImageFormat::Jpeg);
    CHECK(photo.width == 40);
    CHECK(photo.height == 64);
    const TestImage shown = decoded(photo.bytes);
    REQUIRE(shown.width == 40);
    REQUIRE(shown.height == 64);
    // Turned a quarter to the right, the top left corner is now the top right.
    INFO("top right " << describe(shown.at(40 - 8, 8)) << ", top left " << describe(shown.at(8, 8)));
    CHECK(near(shown.at(40 - 8, 8), kRed));
    CHECK(near(shown.at(8, 8), kWhite));
    CHECK(near(shown.at(8, 64 - 8), kWhite));
    CHECK(near(shown.at(40 - 8, 64 - 8), kWhite));
}

TEST_CASE("All eight EXIF orientations come out upright", "[images]")
{
    const TestImage scene = quarters();
    for (int orientation = 1; orientation <= 8; ++orientation) {
        for (const ByteOrder order : {ByteOrder::Motorola, ByteOrder::Intel}) {
            INFO("orientation " << orientation << (order == ByteOrder::Intel ? " (II)" : " (MM)"));
            const TestImage stored = storedForOrientation(scene, orientation);
            CHECK(stored.width == (orientation >= 5 ? 40 : 64));
            const ImportedImage photo = importPhotoFromBytes(withExifOrientation(jpegOf(stored), orientation, order));
            CHECK(photo.width == 64);
            CHECK(photo.height == 40);
            checkUprightQuarters(decoded(photo.bytes));
        }
    }
}

TEST_CASE("The rotate button turns by quarter turns after the camera's orientation", "[images]")
{
    const TestImage scene = quarters();
    const std::string tagged = withExifOrientation(jpegOf(storedForOrientation(scene, 6)), 6);

    ImportOptions options;
    options.quarterTurnsClockwise = 1;
    TestImage turned = decoded(importPhotoFromBytes(tagged, options).bytes);
    REQUIRE(turned.width == 40);
    REQUIRE(turned.height == 64);
    // Upright, then a quarter to the right: red (top left) goes to top right.
    CHECK(near(turned.at(30, 16), kRed));
    CHECK(near(turned.at(10, 16), kBlue));
    CHECK(near(turned.at(30, 48), kGreen));

    options.quarterTurnsClockwise = -1; // a quarter to the left
    turned = decoded(importPhotoFromBytes(tagged, options).bytes);
    REQUIRE(turned.width == 40);
    CHECK(near(turned.at(10, 48), kRed));
    CHECK(near(turned.at(10, 16), kGreen));

    options.quarterTurnsClockwise = 6; // one and a half turns: upside down
    turned = decoded(importPhotoFromBytes(tagged, options).bytes);
    REQUIRE(turned.width == 64);
    CHECK(near(turned.at(48, 30), kRed));
    CHECK(near(turned.at(16, 30), kGreen));
}

TEST_CASE("Broken or strange EXIF data never breaks an import", "[images]")
{
    const std::string jpeg = jpegOf(quarters());
    const std::string exif("Exif\0\0", 6);

    SECTION("malformed blocks are ignored: the photo stays as stored")
    {
        std::string hugeOffset = "MM";
        put16(hugeOffset, 42, false);
        put32(hugeOffset, 0xFFFFFFF0u, false);
        std::string manyEntries = "II";
        put16(manyEntries, 42, true);
        put32(manyEntries, 8, true);
        put16(manyEntries, 0xFFFF, true);
        put16(manyEntries, 0x0112, true); // cut off in the middle of an entry
        std::string badValue = tiffWithOrientation(9, ByteOrder::Motorola);
        const std::vector<std::string> blocks{
            exif, exif + "MM", exif + "XX" + tiffWithOrientation(6, ByteOrder::Motorola).substr(2),
            exif + hugeOffset, exif + manyEntries, exif + badValue,
            exif + tiffWithOrientation(6, ByteOrder::Motorola).substr(0, 20)};
        for (const std::string& block : blocks) {
            const ImportedImage photo = importPhotoFromBytes(withSegmentsAfterStart(jpeg, app1Segment(block)));
            CHECK(photo.width == 64);
            CHECK(photo.height == 40);
        }
    }
    SECTION("an XMP block before the EXIF one does not hide it")
    {
        const std::string xmp = app1Segment(std::string("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta/>", 41));
        const std::string tagged = xmp + app1Segment(exif + tiffWithOrientation(8, ByteOrder::Intel));
        const ImportedImage photo = importPhotoFromBytes(withSegmentsAfterStart(jpeg, tagged));
        CHECK(photo.width == 40);
        CHECK(photo.height == 64);
    }
    SECTION("random bytes in the EXIF block")
    {
        std::mt19937 random(20240611);
        const std::string good = exif + tiffWithOrientation(6, ByteOrder::Intel);
        for (int round = 0; round < 300; ++round) {
            std::string block = good;
            const int changes = 1 + static_cast<int>(random() % 6);
            for (int c = 0; c < changes; ++c)
                block[6 + random() % (block.size() - 6)] = static_cast<char>(random() % 256);
            block.resize(6 + random() % (block.size() - 5));
            const ImportedImage photo = importPhotoFromBytes(withSegmentsAfterStart(jpeg, app1Segment(block)));
            const bool portrait = photo.width == 40 && photo.height == 64;
            const bool landscape = photo.width == 64 && photo.height == 40;
            CHECK((portrait || landscape));
        }
    }
}

// [SECTION] Size

TEST_CASE("Big photos are scaled down to 1024 pixels on their longest side", "[images]")
{
    TestImage big(3000, 2000, kWhite);
    big.fillRect(0, 0, 1500, 1000, kRed);
    const ImportedImage photo = importPhotoFromBytes(jpegOf(big));
    CHECK(photo.format == ImageFormat::Jpeg);
    CHECK(photo.width == 1024);
    CHECK(photo.height == 683);
    const TestImage shown = decoded(photo.bytes);
    CHECK(shown.width == 1024);
    CHECK(shown.height == 683);
    CHECK(near(shown.at(256, 170), kRed));
    CHECK(near(shown.at(768, 500), kWhite));

    // Tall ones too, and the longest side can be chosen.
    ImportOptions options;
    options.longestSide = 300;
    const ImportedImage tall = importPhotoFromBytes(jpegOf(TestImage(200, 900, kBlue)), options);
    CHECK(tall.width == 67);
    CHECK(tall.height == 300);
}

TEST_CASE("Small photos are never scaled up", "[images]")
{
    const ImportedImage photo = importPhotoFromBytes(jpegOf(quarters()));
    CHECK(photo.width == 64);
    CHECK(photo.height == 40);
    checkUprightQuarters(decoded(photo.bytes));

    const ImportedImage tiny = importPhotoFromBytes(pngOf(TestImage(1, 1, kGreen)));
    CHECK(tiny.width == 1);
    CHECK(tiny.height == 1);
}

TEST_CASE("Pictures over 10,000 pixels a side are refused before decoding", "[images]")
{
    SECTION("a PNG header claiming 20000 x 20000, with no pixels at all")
    {
        std::string header;
        put32(header, 20000, false);
        put32(header, 20000, false);
        header += std::string("\x08\x02\x00\x00\x00", 5); // 8-bit RGB
        const std::string png = "\x89PNG\r\n\x1A\n" + pngChunk("IHDR", header);
        // Decoding it would fail as damaged; refusing it as too big shows
        // that the size was checked first.
        CHECK(problemOf(png) == ImageProblem::TooBig);
        CHECK(messageOf(png) == "This picture is too big (20000 by 20000 pixels). Please choose a photo smaller "
                                "than 10,000 pixels on each side.");
    }
    SECTION("a JPEG header claiming 30000 x 200")
    {
        std::string frame = "\xFF\xD8\xFF\xC0";
        put16(frame, 17, false);
        frame += '\x08';
        put16(frame, 200, false);   // height
        put16(frame, 30000, false); // width
        frame += std::string("\x03\x01\x22\x00\x02\x11\x01\x03\x11\x01", 10);
        CHECK(problemOf(frame) == ImageProblem::TooBig);
    }
    SECTION("a real PNG 12000 wide")
    {
        CHECK(problemOf(pngOf(TestImage(12000, 10, kWhite))) == ImageProblem::TooBig);
    }
    SECTION("10,000 pixels is still allowed")
    {
        const ImportedImage photo = importPhotoFromBytes(pngOf(TestImage(10000, 3, kWhite)));
        CHECK(photo.width == 1024);
        CHECK(photo.height == 1);
    }
}

// [SECTION] Damaged and fake files

TEST_CASE("Cut short or damaged pictures are refused", "[images]")
{
    const std::string jpeg = jpegOf(quarters());
    const std::string png = pngOf(quarters());
    SECTION("a JPEG cut in half")
    {
        CHECK(problemOf(jpeg.substr(0, jpeg.size() / 2)) == ImageProblem::Damaged);
    }
    SECTION("a JPEG missing only its end")
    {
        CHECK(problemOf(jpeg.substr(0, jpeg.size() - 2)) == ImageProblem::Damaged);
    }
    SECTION("a JPEG that stops inside its header")
    {
        CHECK(problemOf(jpeg.substr(0, 40)) == ImageProblem::Damaged);
        CHECK(problemOf(jpeg.substr(0, 3)) == ImageProblem::Damaged);
    }
    SECTION("a PNG cut in half")
    {
        CHECK(problemOf(png.substr(0, png.size() / 2)) == ImageProblem::Damaged);
    }
    SECTION("a PNG missing only its end chunk")
    {
        CHECK(problemOf(png.substr(0, png.size() - 12)) == ImageProblem::Damaged);
    }
    SECTION("a PNG with a changed byte in its pixels")
    {
        std::string changed = png;
        const auto pixels = changed.find("IDAT");
        REQUIRE(pixels != std::string::npos);
        changed[pixels + 10] = static_cast<char>(changed[pixels + 10] ^ 0x55);
        CHECK(problemOf(changed) == ImageProblem::Damaged);
    }
    SECTION("the message is plain")
    {
        CHECK(messageOf(png.substr(0, 100)) == "This picture is damaged or not complete, so Right Job cannot use it. "
                                               "Please choose another photo.");
    }
    SECTION("extra bytes after the end of a JPEG are fine (some phones add a video there)")
    {
        CHECK(importPhotoFromBytes(jpeg + std::string(5000, '\x42')).width == 64);
    }
}

TEST_CASE("Files that are not PNG or JPEG are refused with a plain message", "[images]")
{
    TemporaryFolder folder;
    const std::string textFile = folder.file("holiday.jpg");
    writeTextFile(textFile, "This is a shopping list, not a photo.\nEggs\nMilk\n");
    try {
        importPhoto(textFile);
        FAIL("a text file was accepted");
    } catch (const ImageError& error) {
        CHECK(error.problem() == ImageProblem::NotAPicture);
        CHECK(std::string(error.what()) == kNotAPicture);
    }
    CHECK(problemOf("GIF89a\x01\x00\x01\x00") == ImageProblem::NotAPicture);
    CHECK(problemOf("BM\x36\x00\x00\x00") == ImageProblem::NotAPicture);
    CHECK(problemOf("RIFF\x10\x00\x00\x00WEBPVP8 ") == ImageProblem::NotAPicture);
    CHECK(problemOf("") == ImageProblem::NotAPicture);
    CHECK(problemOf("\xFF\xD8") == ImageProblem::NotAPicture);

    // A folder is not a picture; a file that is not there cannot be opened.
    CHECK_THROWS_MATCHES(importPhoto(folder.path()), ImageError, Catch::Message(kNotAPicture));
    try {
        importPhoto(folder.file("not-there.png"));
        FAIL("a missing file was accepted");
    } catch (const ImageError& error) {
        CHECK(error.problem() == ImageProblem::CannotOpen);
    }
}

// [SECTION] Transparency

TEST_CASE("A picture with transparent parts stays a PNG; an opaque one becomes a JPEG", "[images]")
{
    TestImage cutOut = quarters();
    cutOut.fillRect(32, 20, 32, 20, Colour{0, 0, 0, 0});
    const ImportedImage transparent = importPhotoFromBytes(pngOf(cutOut));
    CHECK(transparent.format == ImageFormat::Png);
    CHECK(transparent.bytes.compare(0, 4, "\x89PNG") == 0);
    const TestImage shown = decoded(transparent.bytes);
    CHECK(shown.at(48, 30).alpha == 0);
    CHECK(shown.at(10, 10).alpha == 255);
    CHECK(near(shown.at(10, 10), kRed, 0));

    const ImportedImage opaque = importPhotoFromBytes(pngOf(quarters()));
    CHECK(opaque.format == ImageFormat::Jpeg);
    CHECK(opaque.bytes.compare(0, 3, "\xFF\xD8\xFF") == 0);
    checkUprightQuarters(decoded(opaque.bytes));
}

// [SECTION] Saving into the person's folder

TEST_CASE("Photos are saved into the person's photos folder under new names", "[images]")
{
    TemporaryFolder person;
    const ImportedImage photo = importPhotoFromBytes(jpegOf(quarters()));
    const std::string first = savePhotoIntoFolder(realFileSystem(), person.path(), photo);
    CHECK_THAT(first, Catch::Matches("photos/photo-[0-9a-f]{12}\\.jpg"));
    CHECK(readWholeFile(person.file(first)) == photo.bytes);

    // The same photo again is a second file; nothing is replaced.
    const std::string second = savePhotoIntoFolder(realFileSystem(), person.path(), photo);
    CHECK(second != first);
    CHECK(second.find("-2.jpg") != std::string::npos);

    TestImage cutOut(8, 8, Colour{0, 0, 0, 0});
    const std::string png = savePhotoIntoFolder(realFileSystem(), person.path(), importPhotoFromBytes(pngOf(cutOut)));
    CHECK_THAT(png, Catch::EndsWith(".png"));
    CHECK(everythingUnder(person.path()).size() == 4); // photos/ and three photos, no temporary files

    // Turning a saved photo gives a new photo to save.
    const ImportedImage turned = rotatePhoto(person.file(first), 1);
    CHECK(turned.width == 40);
    CHECK(turned.height == 64);
}

TEST_CASE("Nothing is written to the person's folder when a photo cannot be used or saved", "[images]")
{
    TemporaryFolder person;
    const std::string source = person.file("source.jpg");
    {
        const std::string jpeg = jpegOf(quarters());
        writeTextFile(source, jpeg.substr(0, jpeg.size() / 2));
    }
    CHECK_THROWS_AS(importPhoto(source), ImageError);
    CHECK(everythingUnder(person.path()) == std::vector<std::string>{source});

    FullDisk fullDisk;
    const ImportedImage photo = importPhotoFromBytes(jpegOf(quarters()));
    try {
        savePhotoIntoFolder(fullDisk, person.path(), photo);
        FAIL("the photo was saved on a full disk");
    } catch (const ImageError& error) {
        CHECK(error.problem() == ImageProblem::CannotSave);
        CHECK_THAT(error.what(), Catch::Contains("the disk is full"));
    }
    // At most the empty photos folder; no photo and no temporary file.
    for (const std::string& path : everythingUnder(person.path()))
        CHECK((path == source || std::filesystem::is_directory(path)));
}
