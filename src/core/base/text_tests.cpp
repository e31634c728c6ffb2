#include "core/base/text.h"

#include <catch2/catch.hpp>

using namespace rightjob::core;

TEST_CASE("trimmed takes spaces, tabs and line ends off both ends only", "[core][text]")
{
    CHECK(trimmed("  Alex Morgan \t\r\n") == "Alex Morgan");
    CHECK(trimmed("a  b") == "a  b");
    CHECK(trimmed(" \t\n ") == "");
    CHECK(trimmed("") == "");
    CHECK(trimmed("\xC3\xA9 ") == "\xC3\xA9"); // é stays whole
}

TEST_CASE("isBlank is true only for nothing but spaces, tabs and line ends", "[core][text]")
{
    CHECK(isBlank(""));
    CHECK(isBlank(" \t\r\n"));
    CHECK_FALSE(isBlank(" x "));
}

TEST_CASE("replaced replaces every placeholder, never its own result", "[core][text]")
{
    CHECK(replaced("I like {job}. {job} is fun.", "{job}", "cooking") == "I like cooking. cooking is fun.");
    CHECK(replaced("{x}", "{x}", "{x}{x}") == "{x}{x}");
    CHECK(replaced("no placeholder", "{x}", "y") == "no placeholder");
    CHECK(replaced("abc", "", "y") == "abc");
}

TEST_CASE("asciiLowered makes A to Z small and leaves other bytes", "[core][text]")
{
    CHECK(asciiLowered("Hello TV") == "hello tv");
    CHECK(asciiLowered("\xC3\x89t\xC3\xA9") == "\xC3\x89t\xC3\xA9"); // Été: UTF-8 bytes stay
}

TEST_CASE("startsWith and endsWith compare whole parts", "[core][text]")
{
    CHECK(startsWith("person:alex", "person:"));
    CHECK_FALSE(startsWith("per", "person:"));
    CHECK(endsWith("photo.jpg", ".jpg"));
    CHECK_FALSE(endsWith("jpg", ".jpg"));
    CHECK(startsWith("x", ""));
    CHECK(endsWith("x", ""));
}
