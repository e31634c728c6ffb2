#include "core/base/json_file.h"

#include <catch2/catch.hpp>

using namespace rightjob::core;

TEST_CASE("A syntax error names the line and column", "[core][data]")
{
    try {
        JsonFile::parse("{\n  \"a\": 1,\n  \"b\": ]\n}\n", "bad.json");
        FAIL("no error");
    } catch (const DataError& error) {
        CHECK(error.file() == "bad.json");
        CHECK(error.place().line == 3);
        CHECK(std::string(error.what()).rfind("bad.json, line 3", 0) == 0);
        CHECK(std::string(error.what()).find("json.exception") == std::string::npos);
    }
}

TEST_CASE("A file cut short says it ends too soon", "[core][data]")
{
    try {
        JsonFile::parse("{\n  \"a\": [1, 2,", "cut.json");
        FAIL("no error");
    } catch (const DataError& error) {
        CHECK(error.message().find("ends too soon") != std::string::npos);
        CHECK(error.place().line == 2);
    }
    CHECK_THROWS_WITH(JsonFile::parse("  \n", "empty.json"), Catch::Contains("empty"));
}

TEST_CASE("Values are traced back to their line", "[core][data]")
{
    const JsonFile file = JsonFile::parse("{\n \"list\": [\n  {\"x\": 1},\n  {\"y\": \"a/b\"}\n ],\n \"k~/\": 2\n}", "f.json");
    CHECK(file.placeOf(JsonPointer("/list/1/y")).line == 4);
    CHECK(file.placeOf(JsonPointer("/list/0")).line == 3);
    CHECK(file.placeOf(JsonPointer("/k~0~1")).line == 6);
    // A key that is not there falls back to its parent.
    CHECK(file.placeOf(JsonPointer("/list/1/missing")).line == 4);
}

TEST_CASE("The object reader reports wrong types, missing and unknown keys", "[core][data]")
{
    const JsonFile file = JsonFile::parse("{\n \"name\": 3,\n \"id\": \"Bad Id\",\n \"extra\": true\n}", "r.json");
    JsonObjectReader reader(file, JsonPointer(), "The thing");
    CHECK_THROWS_WITH(reader.requireString("name"), Catch::Contains("line 2") && Catch::Contains("text in quotes"));
    CHECK_THROWS_WITH(reader.requireId("id"), Catch::Contains("line 3") && Catch::Contains("small letters"));
    CHECK_THROWS_WITH(reader.requireString("missing"), Catch::Contains("has no \"missing\""));
    CHECK_THROWS_WITH(reader.finish(), Catch::Contains("line 4") && Catch::Contains("\"extra\""));
}

TEST_CASE("A missing file is a plain error", "[core][data]")
{
    CHECK_THROWS_WITH(JsonFile::load("/nonexistent/nowhere.json"), Catch::Contains("cannot be opened"));
}
