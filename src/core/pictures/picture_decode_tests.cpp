// The one picture decoder: PNG through stb_image, JPEG through libjpeg-turbo.
#include "core/pictures/image_import.h"
#include "core/base/json_file.h"
#include "core/pictures/picture_decode.h"
#include "test_support.h"

#include <catch2/catch.hpp>

#include <climits>

using namespace rightjob::core;
using rightjob::testing::assetPathForTest;

namespace {

std::string corpusFile(const char* name)
{
    return readWholeFile(assetPathForTest(std::string("fuzz/corpus/image_import/") + name));
}

std::optional<DecodedPicture> decoded(const std::string& bytes, int channels, std::string* problem = nullptr)
{
    return decodePicture(bytes, channels, kPhotoMaxSourceSide, kPhotoMaxSourcePixels, problem);
}

} // namespace

TEST_CASE("PNG and JPEG decode to the asked number of channels at the size their header gives", "[core][photos]")
{
    for (const char* name : {"colour.jpg", "grey.jpg", "exif-turned.jpg", "transparent.png", "symbol-minus.png"}) {
        INFO(name);
        const std::string bytes = corpusFile(name);
        const auto header = readPictureHeader(bytes);
        REQUIRE(header);
        CHECK(header->kind == (std::string(name).find(".png") != std::string::npos ? PictureFileKind::Png : PictureFileKind::Jpeg));
        for (const int channels : {3, 4}) {
            const auto picture = decoded(bytes, channels);
            REQUIRE(picture);
            CHECK(picture->width == header->width);
            CHECK(picture->height == header->height);
            CHECK(picture->channels == channels);
            CHECK(picture->pixels.size()
                  == static_cast<std::size_t>(picture->width) * static_cast<std::size_t>(picture->height) * channels);
        }
    }
}

TEST_CASE("A JPEG decoded with four channels is opaque, and a grey one has equal colours", "[core][photos]")
{
    const auto colour = decoded(corpusFile("colour.jpg"), 4);
    REQUIRE(colour);
    for (std::size_t i = 3; i < colour->pixels.size(); i += 4)
        REQUIRE(colour->pixels[i] == 255);
    const auto grey = decoded(corpusFile("grey.jpg"), 3);
    REQUIRE(grey);
    for (std::size_t i = 0; i < grey->pixels.size(); i += 3) {
        REQUIRE(grey->pixels[i] == grey->pixels[i + 1]);
        REQUIRE(grey->pixels[i] == grey->pixels[i + 2]);
    }
}

TEST_CASE("An Adobe CMYK JPEG comes out in the right colours", "[core][photos]")
{
    // fuzz/make_jpegs.py: pure red, stored as Photoshop stores CMYK.
    const auto red = decoded(corpusFile("cmyk-adobe-red.jpg"), 3);
    REQUIRE(red);
    CHECK(red->width == 8);
    CHECK(red->height == 8);
    for (std::size_t i = 0; i < red->pixels.size(); i += 3) {
        INFO("pixel " << i / 3);
        REQUIRE(red->pixels[i] >= 250);
        REQUIRE(red->pixels[i + 1] <= 5);
        REQUIRE(red->pixels[i + 2] <= 5);
    }
    // An imported CMYK photo is kept as an RGB JPEG.
    const ImportedImage imported = importPhotoFromBytes(corpusFile("cmyk-adobe-red.jpg"));
    CHECK(imported.format == ImageFormat::Jpeg);
    const auto again = decoded(imported.bytes, 3);
    REQUIRE(again);
    CHECK(again->pixels[0] >= 240);
    CHECK(again->pixels[1] <= 15);
}

TEST_CASE("A picture over the limits is refused from its header, before decoding", "[core][photos]")
{
    const std::string bytes = corpusFile("colour.jpg");
    const auto header = readPictureHeader(bytes);
    REQUIRE(header);
    std::string problem;
    CHECK_FALSE(decodePicture(bytes, 3, header->width - 1, LLONG_MAX, &problem));
    CHECK(problem.find("too big") != std::string::npos);
    problem.clear();
    CHECK_FALSE(decodePicture(bytes, 3, INT_MAX, static_cast<long long>(header->width) * header->height - 1, &problem));
    CHECK(problem.find("too big") != std::string::npos);
    const std::string png = corpusFile("transparent.png");
    problem.clear();
    CHECK_FALSE(decodePicture(png, 4, 1, LLONG_MAX, &problem));
    CHECK(problem.find("too big") != std::string::npos);
}

TEST_CASE("Cut short, damaged and other files are refused with a reason, never thrown", "[core][photos]")
{
    const std::string jpeg = corpusFile("colour.jpg");
    const std::string png = corpusFile("transparent.png");
    for (const std::string& bytes :
         {std::string(), std::string("not a picture at all"), std::string("\xff\xd8\xff", 3),
          std::string("\x89PNG\r\n\x1a\n", 8), jpeg.substr(0, jpeg.size() / 2), jpeg.substr(0, 40),
          png.substr(0, png.size() / 2)}) {
        INFO("bytes: " << bytes.size());
        std::string problem;
        CHECK_NOTHROW(decoded(bytes, 3, &problem));
        CHECK_FALSE(decoded(bytes, 3, &problem));
        CHECK_FALSE(problem.empty());
    }
    // Scrambled picture data, one byte at a time through the middle of a
    // JPEG: refused or decoded, and always the right size when decoded.
    for (std::size_t at = jpeg.size() / 3; at < jpeg.size() - 2; at += 7) {
        std::string damaged = jpeg;
        damaged[at] = static_cast<char>(damaged[at] ^ 0x5A);
        const auto picture = decoded(damaged, 3);
        if (picture)
            REQUIRE(picture->pixels.size()
                    == static_cast<std::size_t>(picture->width) * static_cast<std::size_t>(picture->height) * 3);
    }
    CHECK_FALSE(decodePicture(jpeg, 2, kPhotoMaxSourceSide, kPhotoMaxSourcePixels));
}
