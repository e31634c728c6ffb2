// Names in any script in the window: Arabic and Hebrew (right to left,
// joined letters), an emoji (above U+FFFF, which Debian's ImGui cannot
// hold), and a name of 1,000 letters. Each is drawn, not "????", its targets
// stay on screen without overlapping, and its label keeps the whole name.

#include "ui/platform/shaped_text.h"
#include "ui/test_harness.h"

#include <catch2/catch.hpp>

#include <stb_image.h>

#include <cmath>
#include <cstdlib>
#include <map>
#include <memory>
#include <string>

using namespace rightjob;
using rightjob::ui::testing::Harness;

namespace {

// A screenshot's pixels, read back from the PNG the window saved.
struct Screenshot {
    int width = 0;
    int height = 0;
    std::unique_ptr<unsigned char, void (*)(void*)> pixels{nullptr, stbi_image_free};

    const unsigned char* at(int x, int y) const { return pixels.get() + (static_cast<std::size_t>(y) * width + x) * 4; }
};

// A box in window pixels.
struct Box {
    int left = 0, top = 0, right = 0, bottom = 0;
};

Screenshot take(Harness& harness, const std::string& name)
{
    const std::string path = harness.data.path + "/" + name + ".png";
    std::string error;
    REQUIRE(harness.window->savePng(path, error));
    if (const char* keep = std::getenv("RIGHTJOB_KEEP_SCREENSHOTS"))
        std::filesystem::copy_file(path, std::string(keep) + "/" + name + ".png",
                                   std::filesystem::copy_options::overwrite_existing);
    Screenshot shot;
    int channels = 0;
    shot.pixels.reset(stbi_load(path.c_str(), &shot.width, &shot.height, &channels, 4));
    REQUIRE(shot.pixels);
    return shot;
}

int distance(const unsigned char* a, const unsigned char* b)
{
    return std::abs(a[0] - b[0]) + std::abs(a[1] - b[1]) + std::abs(a[2] - b[2]);
}

// Pixels in box that stand out from its commonest colour: the text's ink.
int inkIn(const Screenshot& shot, Box box)
{
    std::map<std::uint32_t, int> counts;
    for (int y = box.top; y < box.bottom; ++y)
        for (int x = box.left; x < box.right; ++x) {
            const unsigned char* p = shot.at(x, y);
            ++counts[(p[0] << 16) | (p[1] << 8) | p[2]];
        }
    std::uint32_t background = 0;
    int most = -1;
    for (const auto& [colour, count] : counts)
        if (count > most) {
            most = count;
            background = colour;
        }
    const unsigned char paper[3] = {static_cast<unsigned char>(background >> 16),
                                    static_cast<unsigned char>(background >> 8), static_cast<unsigned char>(background)};
    int ink = 0;
    for (int y = box.top; y < box.bottom; ++y)
        for (int x = box.left; x < box.right; ++x)
            ink += distance(shot.at(x, y), paper) > 150 ? 1 : 0;
    return ink;
}

// Pixels in box that differ between two screenshots of the same size.
int changedIn(const Screenshot& a, const Screenshot& b, Box box)
{
    int changed = 0;
    for (int y = box.top; y < box.bottom; ++y)
        for (int x = box.left; x < box.right; ++x)
            changed += distance(a.at(x, y), b.at(x, y)) > 90 ? 1 : 0;
    return changed;
}

// The lower part of a tile, under its picture, where its words are.
Box wordsOf(const ui::ScreenTarget& tile)
{
    return {static_cast<int>(tile.x + 6), static_cast<int>(tile.y + tile.height * 0.62f),
            static_cast<int>(tile.x + tile.width - 6), static_cast<int>(tile.y + tile.height - 6)};
}

// The top bar's title: between the back button and the undo button.
Box titleOf(Harness& harness)
{
    const ui::ScreenTarget& back = harness.target("back");
    const ui::ScreenTarget& undo = harness.target("undo");
    return {static_cast<int>(back.x + back.width + 2), static_cast<int>(back.y),
            static_cast<int>(undo.x - 2), static_cast<int>(back.y + back.height)};
}

// Every target wholly inside the window, none on top of another.
void checkTargetsFit(Harness& harness)
{
    const auto& targets = harness.app->screenMap().targets();
    REQUIRE_FALSE(targets.empty());
    for (std::size_t i = 0; i < targets.size(); ++i) {
        const auto& a = targets[i];
        INFO(a.id << " on the " << harness.app->screenMap().screenName() << " screen");
        CHECK(a.x >= 0);
        CHECK(a.x + a.width <= harness.window->width() + 0.5f);
        for (std::size_t j = i + 1; j < targets.size(); ++j) {
            const auto& b = targets[j];
            INFO("and " << b.id);
            CHECK_FALSE((a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height));
        }
    }
}

// What the people and person screens show for a name: screenshots of both.
struct Shown {
    Screenshot people;
    Box tileWords;
    Screenshot person;
    Box title;
};

Shown showName(Harness& harness, const std::string& name, const std::string& shotName)
{
    harness.app->openPerson(harness.demoId);
    REQUIRE(harness.app->openProfile());
    harness.app->openProfile()->document().renamePerson(name, name);
    harness.settle();
    REQUIRE(harness.savedProfile().person.name == name);
    harness.app->showScreen(ui::ScreenName::People);
    harness.app->refreshPeople();
    harness.window->requestAnimationFrames(3); // changed from outside: no input wakes the loop
    harness.settle();

    Shown shown;
    const std::string tileId = "person:" + harness.demoId;
    const ui::ScreenTarget& tile = harness.target(tileId);
    // The label and the spoken words hold the whole name, however it is drawn.
    CHECK(tile.label == name + " (demo)");
    CHECK(tile.spoken.find(name) != std::string::npos);
    checkTargetsFit(harness);
    shown.tileWords = wordsOf(tile);
    shown.people = take(harness, shotName + "-people");

    harness.tap(tileId);
    REQUIRE(harness.app->currentScreen() == ui::ScreenName::Person);
    checkTargetsFit(harness);
    shown.title = titleOf(harness);
    shown.person = take(harness, shotName + "-person");
    harness.scrollIntoView("delete-person");
    CHECK(harness.target("delete-person").label == "Delete " + name);
    checkTargetsFit(harness);
    return shown;
}

} // namespace

TEST_CASE("Which text the font atlas draws itself, and which pango lays out", "[ui][names]")
{
    Harness harness;
    ImFont* font = harness.window->bodyFont();
    REQUIRE(font);
    CHECK(ui::atlasCanDraw(font, "Sam Smith"));
    CHECK(ui::atlasCanDraw(font, "Zo\xC3\xAB \xE2\x80\x94 caf\xC3\xA9")); // Zoë — café
    CHECK_FALSE(ui::atlasCanDraw(font, "\xD8\xB3\xD8\xA7\xD8\xB1\xD8\xA9"));       // سارة: right to left
    CHECK_FALSE(ui::atlasCanDraw(font, "\xD7\x93\xD7\x95\xD7\x93"));               // דוד
    CHECK_FALSE(ui::atlasCanDraw(font, "Sam \xF0\x9F\x90\xB6"));                   // 🐶: above U+FFFF
    CHECK_FALSE(ui::atlasCanDraw(font, "\xE4\xB8\xAD"));                           // 中: not in the atlas
    CHECK_FALSE(ui::atlasCanDraw(font, "Sam\xE2\x80\x8F"));                        // a right-to-left mark

    const std::string cut = ui::cutToFit(font, font->FontSize, "one two three four five six seven", font->FontSize * 8,
                                         font->FontSize * 1.2f);
    CHECK(cut.size() < 33);
    CHECK(cut.substr(cut.size() - 3) == "\xE2\x80\xA6");
    CHECK(cut[cut.size() - 4] != ' ');
    const std::string beforeEllipsis = cut.substr(0, cut.size() - 3);
    CHECK(std::string("one two three four five six seven").rfind(beforeEllipsis + " ", 0) == 0); // whole words
    CHECK(ui::cutToFit(font, font->FontSize, "short", 1000, font->FontSize * 1.2f) == "short");
    const std::string long1000(1000, 'a');
    const std::string longCut = ui::cutToFit(font, font->FontSize, long1000, 300, font->FontSize * 2.4f);
    CHECK(longCut.size() < 200);
    CHECK(font->CalcTextSizeA(font->FontSize, 1e9f, 300, longCut.c_str()).y <= font->FontSize * 2.4f + 0.5f);
}

TEST_CASE("Names in Arabic, Hebrew, with an emoji and of 1,000 letters show on the people and person screens",
          "[ui][names]")
{
    const std::string questionMarks = "????";
    const std::map<std::string, std::string> names = {
        {"arabic", "\xD8\xB3\xD8\xA7\xD8\xB1\xD8\xA9"},  // سارة
        {"hebrew", "\xD7\x93\xD7\x95\xD7\x93"},          // דוד
        {"emoji", "Sam \xF0\x9F\x90\xB6"},               // Sam 🐶
        {"long", std::string(1000, 'a')},
    };
    Harness baselineHarness;
    const Shown baseline = showName(baselineHarness, questionMarks, "question-marks");

    for (const auto& [shotName, name] : names) {
        INFO("the " << shotName << " name");
        Harness harness;
        const Shown shown = showName(harness, name, shotName);
        // Drawn: ink where the words are, and not what "????" looks like.
        CHECK(inkIn(shown.people, shown.tileWords) > 40);
        CHECK(changedIn(shown.people, baseline.people, shown.tileWords) > 40);
        CHECK(inkIn(shown.person, shown.title) > 40);
        CHECK(changedIn(shown.person, baseline.person, shown.title) > 40);
    }
}

TEST_CASE("A right-to-left name shows with OpenDyslexic as well as Andika", "[ui][names][settings]")
{
    Harness harness;
    core::Settings settings = harness.app->settings();
    settings.font = core::FontChoice::OpenDyslexic;
    harness.app->changeSettings(settings);
    harness.window->requestAnimationFrames(3);
    harness.settle();
    CHECK(harness.window->fontProblem().empty());
    CHECK(std::string(harness.window->fontFamilyName()) == "OpenDyslexic");

    const Shown latin = showName(harness, "Sam Smith", "opendyslexic-latin");
    CHECK(inkIn(latin.people, latin.tileWords) > 40);
    const Shown arabic = showName(harness, "\xD8\xB3\xD8\xA7\xD8\xB1\xD8\xA9", "opendyslexic-arabic");
    CHECK(inkIn(arabic.people, arabic.tileWords) > 40);
    CHECK(changedIn(arabic.people, latin.people, arabic.tileWords) > 40);
    CHECK(inkIn(arabic.person, arabic.title) > 40);

    // The same name in Andika looks different: the setting reaches the text pango draws too.
    Harness andika;
    const Shown andikaLatin = showName(andika, "Sam Smith", "andika-latin");
    CHECK(changedIn(andikaLatin.people, latin.people, latin.tileWords) > 40);
}

TEST_CASE("Shaped text is kept within its memory limit", "[ui][names]")
{
    Harness harness;
    ui::ShapedTextCache cache(harness.window->sdlRenderer(), 200 * 1024);
    ui::ShapedTextStyle style{"Andika", false, 24, 300, 60};
    const ui::ShapedText first = cache.text("\xD7\x93\xD7\x95\xD7\x93", style);
    REQUIRE(first);
    CHECK(first.width == 300);
    CHECK(first.height > 10);
    CHECK(first.height <= 60);
    CHECK(cache.text("\xD7\x93\xD7\x95\xD7\x93", style).texture == first.texture); // made once
    for (int i = 0; i < 100; ++i)
        CHECK(cache.text("\xD7\x93\xD7\x95\xD7\x93 " + std::to_string(i), style));
    CHECK(cache.bytesInUse() <= cache.byteLimit());
    CHECK(cache.size() < 100);
    // A long text is cut to the lines allowed.
    const ui::ShapedText cut = cache.text(std::string(2000, 'x') + " \xF0\x9F\x90\xB6", style);
    REQUIRE(cut);
    CHECK(cut.height <= 60);
    CHECK_FALSE(cache.text("", style));
}

TEST_CASE("A name typed in Hebrew shows in its text box once the box is left", "[ui][names]")
{
    // While a box is being edited, ImGui's own editor draws it (letters it
    // has no glyph for as "?", right-to-left text in stored order); once
    // another box is chosen, the value is drawn as it should look.
    const auto typeAndLeave = [](Harness& harness, const std::string& text, const std::string& shotName) {
        harness.tap("add-person");
        REQUIRE(harness.app->currentScreen() == ui::ScreenName::AddPerson);
        harness.type("name", text);
        harness.tap("preferred-name", ui::PointerKind::Mouse);
        const ui::ScreenTarget& box = harness.target("name");
        const Box inside{static_cast<int>(box.x + 4), static_cast<int>(box.y + 4), static_cast<int>(box.x + box.width - 4),
                         static_cast<int>(box.y + box.height - 4)};
        return std::make_pair(take(harness, shotName), inside);
    };
    Harness questionHarness;
    const auto [questionShot, questionBox] = typeAndLeave(questionHarness, "???", "typed-question-marks"); // as many as the letters of the name
    Harness hebrewHarness;
    const auto [hebrewShot, hebrewBox] = typeAndLeave(hebrewHarness, "\xD7\x93\xD7\x95\xD7\x93", "typed-hebrew");
    CHECK(inkIn(hebrewShot, hebrewBox) > 40);
    CHECK(changedIn(hebrewShot, questionShot, hebrewBox) > 40);
}

TEST_CASE("A name in another script shows on the summary screen as its letters, not question marks", "[ui][names]")
{
    // The summary's first page says "This is about NAME." The same page is
    // drawn for a name in Arabic, Hebrew and with an emoji, and for "????"
    // of the same length: if the letters were lost, the pages would match.
    const auto pageFor = [](const std::string& name, const std::string& shotName) {
        Harness harness;
        harness.app->openPerson(harness.demoId);
        REQUIRE(harness.app->openProfile());
        harness.app->openProfile()->document().renamePerson(name, name);
        harness.settle();
        harness.tap("summary");
        REQUIRE(harness.app->currentScreen() == ui::ScreenName::Summary);
        harness.window->requestAnimationFrames(3);
        harness.settle();
        checkTargetsFit(harness);
        return take(harness, shotName);
    };
    const Screenshot questions = pageFor("????", "summary-questions");
    const Box page{0, 0, questions.width, questions.height};
    const Screenshot arabic = pageFor("\xD8\xB3\xD8\xA7\xD8\xB1\xD8\xA9", "summary-arabic"); // سارة
    CHECK(changedIn(arabic, questions, page) > 40);
    const Screenshot hebrew = pageFor("\xD7\x93\xD7\x95\xD7\x93\xD7\x94", "summary-hebrew"); // דודה
    CHECK(changedIn(hebrew, questions, page) > 40);
    const Screenshot emoji = pageFor("Sa \xF0\x9F\x90\xB6", "summary-emoji"); // Sa 🐶
    CHECK(changedIn(emoji, questions, page) > 40);
}
