#include "ui/platform/theme.h"

#include "core/base/data_error.h"

#include <catch2/catch.hpp>

#include <string>

using namespace rightjob::ui;

namespace {

Color colorOf(const std::string& text)
{
    Color color;
    REQUIRE(parseColor(text, color));
    return color;
}

// A one-theme file whose lines are easy to count in the error tests.
std::string oneThemeFile(const std::string& textColor)
{
    return "{\n"
           "  \"format\": \"rightjob-themes\",\n"
           "  \"format_version\": 1,\n"
           "  \"themes\": [\n"
           "    {\n"
           "      \"id\": \"plain\",\n"
           "      \"name\": \"Plain\",\n"
           "      \"background\": \"#FFFFFF\",\n"
           "      \"panel\": \"#FFFFFF\",\n"
           "      \"text\": \"" + textColor + "\",\n"
           "      \"text_muted\": \"#444444\",\n"
           "      \"accent\": \"#0050A0\",\n"
           "      \"accent_text\": \"#FFFFFF\",\n"
           "      \"card\": \"#FFFFFF\",\n"
           "      \"card_border\": \"#555555\",\n"
           "      \"focus\": \"#A04000\",\n"
           "      \"positive\": \"#E0F0E0\",\n"
           "      \"middle\": \"#F8F0D0\",\n"
           "      \"negative\": \"#F8E0E0\",\n"
           "      \"danger\": \"#A00000\"\n"
           "    }\n"
           "  ]\n"
           "}\n";
}

std::string errorFrom(const std::string& text)
{
    try {
        parseThemes(text, "themes.json");
    } catch (const rightjob::core::DataError& error) {
        return error.what();
    }
    return "(no error)";
}

} // namespace

TEST_CASE("Contrast ratios follow WCAG 2", "[ui]")
{
    const Color black = colorOf("#000000");
    const Color white = colorOf("#FFFFFF");
    CHECK(contrastRatio(black, white) == Approx(21.0));
    CHECK(contrastRatio(white, black) == Approx(21.0));
    CHECK(contrastRatio(white, white) == Approx(1.0));
    // #767676 is the lightest grey that passes AA on white; #777777 just fails.
    CHECK(contrastRatio(colorOf("#767676"), white) >= 4.5);
    CHECK(contrastRatio(colorOf("#777777"), white) < 4.5);
    CHECK(relativeLuminance(white) == Approx(1.0));
    CHECK(relativeLuminance(black) == Approx(0.0));
}

TEST_CASE("Colours read and write as #RRGGBB", "[ui]")
{
    Color color;
    CHECK(parseColor("#1a2B4c", color));
    CHECK(formatColor(color) == "#1A2B4C");
    CHECK_FALSE(parseColor("#12345", color));
    CHECK_FALSE(parseColor("1A2B4C0", color));
    CHECK_FALSE(parseColor("#GG0000", color));
    CHECK(formatColor(color) == "#1A2B4C"); // unchanged by failures
    CHECK(mixColors(colorOf("#000000"), colorOf("#FFFFFF"), 0.5f) == colorOf("#808080"));
}

TEST_CASE("Every shipped theme keeps its text readable", "[ui]")
{
    const ThemeSet themes = loadShippedThemes();
    for (const char* id : {"standard", "high_contrast", "dark", "cream"})
        REQUIRE(themes.find(id) != nullptr);

    for (const Theme& theme : themes.themes) {
        INFO("theme " << theme.id);
        CHECK(contrastRatio(theme.text, theme.background) >= kTextContrastAA);
        CHECK(contrastRatio(theme.text, theme.card) >= kTextContrastAA);
        CHECK(contrastRatio(theme.accentText, theme.accent) >= kTextContrastAA);
        CHECK(themeContrastProblems(theme).empty());
    }

    const Theme& highContrast = *themes.find("high_contrast");
    CHECK(contrastRatio(highContrast.text, highContrast.background) >= kTextContrastAAA);
    CHECK(highContrast.minimumContrast >= kTextContrastAAA);

    CHECK(themeContrastProblems(fallbackTheme()).empty());
}

TEST_CASE("Every shipped theme shows a scrollbar's track and its handle, high contrast too", "[ui][theme]")
{
    for (const Theme& theme : loadShippedThemes().themes) {
        INFO("theme " << theme.id);
        const ScrollbarColours colours = scrollbarColours(theme);
        CHECK(contrastRatio(colours.track, theme.background) >= 1.5);
        CHECK(contrastRatio(colours.handle, colours.track) >= kNonTextContrast);
    }
}

TEST_CASE("Every shipped theme keeps a picture's black lines visible, on a plate where cards are dark", "[ui]")
{
    const ThemeSet themes = loadShippedThemes();
    for (const Theme& theme : themes.themes) {
        INFO("theme " << theme.id);
        CHECK(contrastRatio(theme.picturePlate, kPictureInk) >= kNonTextContrast);
        for (const Color surface : {theme.card, theme.accent, theme.danger, theme.background, theme.panel}) {
            INFO("on " << formatColor(surface));
            CHECK(contrastRatio(pictureBackdrop(theme, surface), kPictureInk) >= kNonTextContrast);
        }
    }
    // The black cards of high contrast and the dark cards of the dark theme need the plate.
    CHECK(pictureNeedsPlate(themes.find("high_contrast")->card));
    CHECK(pictureNeedsPlate(themes.find("dark")->card));
    CHECK(pictureBackdrop(*themes.find("high_contrast"), themes.find("high_contrast")->card) == colorOf("#FFFFFF"));
    // A light card shows the picture on itself.
    CHECK_FALSE(pictureNeedsPlate(themes.find("standard")->card));
    CHECK(pictureBackdrop(fallbackTheme(), fallbackTheme().card) == fallbackTheme().card);
}

TEST_CASE("A theme's picture plate is optional, and one too dark is reported", "[ui]")
{
    SECTION("left out under a light card: the card")
    {
        const ThemeSet themes = parseThemes(oneThemeFile("#000000"), "themes.json");
        CHECK(themes.themes[0].picturePlate == colorOf("#FFFFFF"));
    }
    SECTION("left out under a dark card: white")
    {
        std::string text = oneThemeFile("#FFFFFF");
        const auto set = [&text](const std::string& key, const std::string& colour) {
            const std::string opening = "\"" + key + "\": \"";
            text.replace(text.find(opening) + opening.size(), 7, colour);
        };
        for (const char* key : {"background", "panel", "card"})
            set(key, "#000000");
        for (const char* key : {"positive", "middle", "negative"})
            set(key, "#202020");
        set("text_muted", "#CCCCCC");
        set("card_border", "#AAAAAA");
        set("focus", "#FFC000");
        set("accent", "#80C0FF");
        set("accent_text", "#000000");
        set("danger", "#FF9090");
        INFO(text);
        const ThemeSet themes = parseThemes(text, "themes.json");
        CHECK(themes.themes[0].picturePlate == colorOf("#FFFFFF"));
    }
    SECTION("given")
    {
        std::string text = oneThemeFile("#000000");
        text.replace(text.find("\"danger\""), 0, "\"picture_plate\": \"#FFF8E0\",\n      ");
        const ThemeSet themes = parseThemes(text, "themes.json");
        CHECK(themes.themes[0].picturePlate == colorOf("#FFF8E0"));
    }
    SECTION("too dark for black lines")
    {
        std::string text = oneThemeFile("#000000");
        text.replace(text.find("\"danger\""), 0, "\"picture_plate\": \"#333333\",\n      ");
        const std::string message = errorFrom(text);
        CHECK_THAT(message, Catch::Contains("themes.json, line 20"));
        CHECK_THAT(message, Catch::Contains("picture_plate"));
        CHECK_THAT(message, Catch::Contains("3.00:1"));
    }
    SECTION("not a colour")
    {
        std::string text = oneThemeFile("#000000");
        text.replace(text.find("\"danger\""), 0, "\"picture_plate\": \"white\",\n      ");
        CHECK_THAT(errorFrom(text), Catch::Contains("\"picture_plate\" is \"white\""));
    }
}

TEST_CASE("Bad JSON in a themes file is reported with its line", "[ui]")
{
    const std::string message = errorFrom("{\n  \"format\": \"rightjob-themes\",\n  \"format_version\": 1,,\n}\n");
    CHECK_THAT(message, Catch::Contains("themes.json"));
    CHECK_THAT(message, Catch::Contains("line 3"));
}

TEST_CASE("Theme file mistakes are reported with the file, line and what is wrong", "[ui]")
{
    SECTION("a colour that is not #RRGGBB")
    {
        const std::string message = errorFrom(oneThemeFile("#12345"));
        CHECK_THAT(message, Catch::Contains("themes.json, line 10"));
        CHECK_THAT(message, Catch::Contains("\"text\" is \"#12345\""));
    }
    SECTION("text too faint to read")
    {
        const std::string message = errorFrom(oneThemeFile("#AAAAAA"));
        CHECK_THAT(message, Catch::Contains("line 10"));
        CHECK_THAT(message, Catch::Contains("contrast"));
        CHECK_THAT(message, Catch::Contains("4.50:1"));
    }
    SECTION("a misspelt colour name")
    {
        std::string text = oneThemeFile("#000000");
        text.replace(text.find("\"card_border\""), 13, "\"card_boarder\"");
        const std::string message = errorFrom(text);
        CHECK_THAT(message, Catch::Contains("card_border"));
    }
    SECTION("a file that stops early")
    {
        const std::string text = oneThemeFile("#000000");
        const std::string message = errorFrom(text.substr(0, text.size() / 2));
        CHECK_THAT(message, Catch::Contains("themes.json, line"));
    }
    SECTION("a missing file names its path")
    {
        try {
            loadThemes("/nonexistent/themes.json");
            FAIL("no error");
        } catch (const rightjob::core::DataError& error) {
            CHECK_THAT(std::string(error.what()), Catch::Contains("/nonexistent/themes.json"));
        }
    }
    SECTION("a good file reads")
    {
        const ThemeSet themes = parseThemes(oneThemeFile("#000000"), "themes.json");
        REQUIRE(themes.themes.size() == 1);
        CHECK(themes.themes[0].name == "Plain");
        CHECK(themes.themes[0].text == colorOf("#000000"));
    }
}

TEST_CASE("applyTheme hands the colours and em-based sizes to ImGui", "[ui]")
{
    ImGuiContext* context = ImGui::CreateContext();
    const Theme theme = fallbackTheme();
    Scaling scaling;
    scaling.textScale = 2.0f;
    applyTheme(theme, scaling);

    const ImGuiStyle& style = ImGui::GetStyle();
    const ImVec4 text = toImVec4(theme.text);
    CHECK(style.Colors[ImGuiCol_Text].x == Approx(text.x));
    CHECK(style.Colors[ImGuiCol_Text].y == Approx(text.y));
    CHECK(style.Colors[ImGuiCol_Text].z == Approx(text.z));
    CHECK(style.FrameBorderSize >= 2.0f);
    CHECK(style.FramePadding.x == Approx(scaling.toPixels(0.6f)));
    CHECK(style.ScrollbarSize >= Scaling::kAbsoluteMinimumPixels);
    ImGui::DestroyContext(context);
}
