// Limits on what a JSON data file may hold, found by fuzzing the loaders
// (fuzz/): each is refused with the file, the place and what is wrong.
#include "core/base/json_file.h"

#include <catch2/catch.hpp>

using namespace rightjob::core;

namespace {

DataError errorOf(const std::string& text)
{
    try {
        JsonFile::parse(text, "data.json");
    } catch (const DataError& error) {
        return error;
    }
    FAIL("the text was read: " << text);
    throw std::logic_error("unreachable");
}

} // namespace

TEST_CASE("A number too big for the program is refused at its line", "[core][data]")
{
    const DataError error = errorOf("{\n  \"a\": 1,\n  \"b\": 1e999\n}");
    CHECK(error.file() == "data.json");
    CHECK(error.place().line == 3);
    CHECK(error.place().column == 8);
    CHECK(error.message() == "the number 1e999 is too big.");
}

TEST_CASE("Nesting deeper than any Right Job file is refused where it gets too deep", "[core][data]")
{
    const std::string ok = std::string(kMaxJsonNesting, '[') + std::string(kMaxJsonNesting, ']');
    CHECK_NOTHROW(JsonFile::parse(ok, "data.json"));

    const std::string deep = "{\"a\":\n" + std::string(100000, '[') + std::string(100000, ']') + "}";
    const DataError error = errorOf(deep);
    CHECK(error.place().line == 2);
    CHECK(error.place().column == kMaxJsonNesting); // the first '{' is one level
    CHECK_THAT(error.message(), Catch::Contains("nested more than 64 levels"));

    // Brackets inside text do not count.
    CHECK_NOTHROW(JsonFile::parse("[\"" + std::string(1000, '[') + "\"]", "data.json"));
}

TEST_CASE("A whole number too big to keep is refused, not read as a negative one", "[core][data]")
{
    const JsonFile file = JsonFile::parse("{\"format_version\": 18446744073709551615}", "data.json");
    JsonObjectReader reader(file, JsonPointer(), "The file");
    try {
        reader.requireInteger("format_version");
        FAIL("a number above the largest 64-bit integer was read");
    } catch (const DataError& error) {
        CHECK(error.message() == "\"format_version\" is too big.");
    }
    const JsonFile largest = JsonFile::parse("{\"n\": 9223372036854775807}", "data.json");
    JsonObjectReader fine(largest, JsonPointer(), "The file");
    CHECK(fine.requireInteger("n") == INT64_MAX);
}
