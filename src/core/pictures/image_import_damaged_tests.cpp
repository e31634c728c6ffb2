// Damaged photos found by fuzzing the import (fuzz/): refused in plain
// words, or decoded safely, never a crash.
#include "core/pictures/image_import.h"
#include "core/base/json_file.h"
#include "core/pictures/picture_decode.h"
#include "test_support.h"

#include <catch2/catch.hpp>

using namespace rightjob::core;
using rightjob::testing::assetPathForTest;

TEST_CASE("A JPEG whose Huffman table claims more than 256 codes is refused as damaged", "[core][photos]")
{
    // stb_image 2.27 copied the codes past the end of its 257-entry table;
    // libjpeg-turbo, which decodes JPEG now, refuses the table.
    const std::string bad = readWholeFile(assetPathForTest("fuzz/regressions/image_import/jpeg-huffman-table-over-256-codes.jpg"));
    CHECK_FALSE(decodePicture(bad, 3, kPhotoMaxSourceSide, kPhotoMaxSourcePixels));
    try {
        importPhotoFromBytes(bad);
        FAIL("the damaged JPEG was imported");
    } catch (const ImageError& error) {
        CHECK(error.problem() == ImageProblem::Damaged);
    }

    // Good photos pass.
    for (const char* good : {"fuzz/corpus/image_import/colour.jpg", "fuzz/corpus/image_import/exif-turned.jpg",
                             "fuzz/corpus/image_import/grey.jpg", "fuzz/corpus/image_import/transparent.png"}) {
        INFO(good);
        CHECK_NOTHROW(importPhotoFromBytes(readWholeFile(assetPathForTest(good))));
    }
}

TEST_CASE("Every JPEG that once upset the decoder is refused or decoded without harm", "[core][photos]")
{
    // Under the sanitizers (the CI's second build) a slip inside our decoding
    // code would stop this test.
    for (const char* name : {"jpeg-bit-reader-shift-32.jpg", "jpeg-huffman-table-over-256-codes.jpg",
                             "jpeg-dc-overflow.jpg"}) {
        INFO(name);
        const std::string bytes = readWholeFile(assetPathForTest(std::string("fuzz/regressions/image_import/") + name));
        std::string problem;
        const auto picture = decodePicture(bytes, 4, kPhotoMaxSourceSide, kPhotoMaxSourcePixels, &problem);
        if (picture) {
            CHECK(picture->pixels.size()
                  == static_cast<std::size_t>(picture->width) * static_cast<std::size_t>(picture->height) * 4);
        } else {
            CHECK_FALSE(problem.empty());
        }
        try {
            importPhotoFromBytes(bytes);
        } catch (const ImageError& error) {
            CHECK(error.problem() == ImageProblem::Damaged);
        }
    }
}
