#include "core/profile/layout.h"

#include "test_support.h"
#include "core/base/asset_paths.h"

#include <catch2/catch.hpp>

#include <regex>

using namespace rightjob::core;
using rightjob::testing::smallLayoutText;

namespace {

// The small layout with one piece of text replaced, to make it wrong.
std::string changed(const std::string& from, const std::string& to)
{
    std::string text = smallLayoutText();
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

std::string errorOf(const std::string& text)
{
    try {
        readLayout(JsonFile::parse(text, "layouts/test.json"));
    } catch (const DataError& error) {
        return error.what();
    }
    return "";
}

} // namespace

TEST_CASE("A layout loads with its scales, sections and cards", "[core][layout]")
{
    const Layout layout = rightjob::testing::smallLayout();
    CHECK(layout.id == "small");
    REQUIRE(layout.sections.size() == 2);
    const SectionDefinition* likes = layout.findSection("likes");
    REQUIRE(likes);
    CHECK(layout.scaleFor(*likes).answer(AnswerValue::Positive).words == "I like it");
    // The spoken text may differ from the label; it falls back to the label.
    CHECK(likes->findCard("cooking")->spoken == "Cooking food");
    CHECK(likes->findCard("animals")->spoken == "Animals");
    CHECK(layout.findSection("places")->spokenPrompt == "Where do you like to be?");
    CHECK(layout.cardCount() == 4);
}

TEST_CASE("A bad layout is reported with the file, the line and what is wrong", "[core][layout]")
{
    SECTION("a card with no label")
    {
        const std::string message = errorOf(changed(R"("label": "Animals", )", ""));
        CHECK_THAT(message, Catch::StartsWith("layouts/test.json, line 19"));
        CHECK_THAT(message, Catch::Contains("has no \"label\""));
    }
    SECTION("a card id used twice")
    {
        CHECK_THAT(errorOf(changed(R"("id": "animals")", R"("id": "cooking")")),
                   Catch::Contains("line 19") && Catch::Contains("used twice"));
    }
    SECTION("a section naming a scale that is not there")
    {
        CHECK_THAT(errorOf(changed(R"("scale": "like",
      "cards": [
        { "id": "cooking")",
                                   R"("scale": "likes",
      "cards": [
        { "id": "cooking")")),
                   Catch::Contains("line 16") && Catch::Contains("\"likes\" is not in this layout"));
    }
    SECTION("a scale with two answers")
    {
        CHECK_THAT(errorOf(changed(R"(,
        { "value": "negative", "words": "I do not like it", "symbol": "thumbs-down", "sentence": "I do not like {phrase}." })",
                                   "")),
                   Catch::Contains("exactly 3 answers"));
    }
    SECTION("answers in the wrong order")
    {
        CHECK_THAT(errorOf(changed(R"("value": "positive")", R"("value": "negative")")),
                   Catch::Contains("line 10") && Catch::Contains("order is positive, middle, negative"));
    }
    SECTION("a misspelt key")
    {
        CHECK_THAT(errorOf(changed(R"("prompt": "What do you like?")", R"("promt": "What do you like?")")),
                   Catch::Contains("line 16"));
    }
    SECTION("a sentence without its placeholder")
    {
        CHECK_THAT(errorOf(changed("I like {phrase}.", "I like it.")), Catch::Contains("{phrase}"));
    }
    SECTION("a wrong format version")
    {
        CHECK_THAT(errorOf(changed(R"("format_version": 1)", R"("format_version": 7)")),
                   Catch::Contains("line 3") && Catch::Contains("version 7"));
    }
    SECTION("a file cut short")
    {
        const std::string text = smallLayoutText();
        CHECK_THAT(errorOf(text.substr(0, text.size() / 2)), Catch::Contains("ends too soon"));
    }
}

TEST_CASE("The shipped vocational profile has every section with at least 12 cards", "[core][layout]")
{
    const Layout layout = rightjob::testing::shippedLayout("vocational_profile");
    const std::vector<std::string> expected = {"about_me", "likes",  "good_at", "communication", "places",
                                               "feelings", "people", "tasters", "dreams",        "practical"};
    REQUIRE(layout.sections.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        INFO(expected[i]);
        CHECK(layout.sections[i].id == expected[i]);
        CHECK(layout.sections[i].cards.size() >= 12);
        for (const auto& card : layout.sections[i].cards) {
            INFO(card.id);
            CHECK_FALSE(card.symbol.empty());
            CHECK_FALSE(card.label.empty());
        }
    }
}

TEST_CASE("The shipped one-page profile proves a service can add a layout", "[core][layout]")
{
    const auto layouts = loadLayoutFolder(rightjob::core::assetPath("layouts"));
    REQUIRE(layouts.size() >= 2);
    const Layout layout = rightjob::testing::shippedLayout("one_page_profile");
    REQUIRE(layout.sections.size() == 3);
    for (const auto& section : layout.sections)
        CHECK(section.cards.size() >= 12);
}
