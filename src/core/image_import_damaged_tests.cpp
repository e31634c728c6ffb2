// Damaged photos found by fuzzing the import (fuzz/): refused in plain
// words before the decoder can misbehave on them.
#include "core/image_import.h"
#include "core/json_file.h"
#include "test_support.h"

#include <catch2/catch.hpp>

using namespace rightjob::core;
using rightjob::testing::assetPathForTest;

TEST_CASE("A JPEG whose Huffman table claims more than 256 codes is refused as damaged", "[core][photos]")
{
    // stb_image 2.27 would copy the codes past the end of its 257-entry table.
    const std::string bad = readWholeFile(assetPathForTest("fuzz/regressions/image_import/jpeg-huffman-table-over-256-codes.jpg"));
    CHECK_FALSE(jpegTablesAreSafe(bad));
    try {
        importPhotoFromBytes(bad);
        FAIL("the damaged JPEG was imported");
    } catch (const ImageError& error) {
        CHECK(error.problem() == ImageProblem::Damaged);
    }

    // Good photos, and anything that is not a JPEG, pass the check.
    for (const char* good : {"fuzz/corpus/image_import/colour.jpg", "fuzz/corpus/image_import/exif-turned.jpg",
                             "fuzz/corpus/image_import/grey.jpg", "fuzz/corpus/image_import/transparent.png"}) {
        INFO(good);
        const std::string bytes = readWholeFile(assetPathForTest(good));
        CHECK(jpegTablesAreSafe(bytes));
        CHECK_NOTHROW(importPhotoFromBytes(bytes));
    }
    CHECK(jpegTablesAreSafe(""));
}
