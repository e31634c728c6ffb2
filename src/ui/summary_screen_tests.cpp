// The summary screen driven headless: reached from the person screen, it
// shows the summary's printed pages, reads them aloud with the heard word
// lit, and saves every export into the user's Documents folder.

#include "ui/test_harness.h"

#include "core/base/clock.h"
#include "core/base/easy_read.h"
#include "core/summary/summary.h"
#include "export/export_job.h"
#include "export/pdf_export.h"
#include "ui/widgets/spoken_text.h"

#include <catch2/catch.hpp>
#include <stb/stb_image.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>

using namespace rightjob;
using ui::testing::checkTargetsSizedAndApart;
using ui::testing::Harness;

namespace {

// Points $XDG_CONFIG_HOME at a user-dirs.dirs whose Documents folder is
// inside the test's data folder, so saved summaries land there; puts the
// old value back afterwards.
class DocumentsInDataFolder {
public:
    explicit DocumentsInDataFolder(const std::string& dataFolder)
        : documents(dataFolder + "/home/Documents")
    {
        if (const char* old = std::getenv("XDG_CONFIG_HOME"))
            m_old = old;
        std::filesystem::create_directories(documents);
        std::filesystem::create_directories(dataFolder + "/config");
        std::ofstream(dataFolder + "/config/user-dirs.dirs") << "XDG_DOCUMENTS_DIR=\"" << documents << "\"\n";
        setenv("XDG_CONFIG_HOME", (dataFolder + "/config").c_str(), 1);
    }
    ~DocumentsInDataFolder()
    {
        if (m_old)
            setenv("XDG_CONFIG_HOME", m_old->c_str(), 1);
        else
            unsetenv("XDG_CONFIG_HOME");
    }
    const std::string documents;

private:
    std::optional<std::string> m_old;
};

// What the screen should show: the summary made the way the screen makes
// it, and its printed pages.
struct Expected {
    exporting::ExportJob job;
    core::SummaryDocument document;
    std::vector<exporting::PrintedPage> pages;
};

Expected expectedSummary(ui::App& app)
{
    core::OpenProfile& open = *app.openProfile();
    Expected expected{exporting::exportJobFor(open.file().path(), open.profile(), open.layout(), *app.symbolIndex(),
                                              app.jobCatalogue(), app.matchWeights(),
                                              exporting::todayText(core::systemClock())),
                      {},
                      {}};
    expected.document = core::makeSummary(expected.job.profile, expected.job.layout, expected.job.summaryOptions());
    expected.pages = exporting::summaryPrintedPages(
        expected.document, exporting::PictureSource(&expected.job.symbols, expected.job.personFolder));
    return expected;
}

// The main words of a printed block: a title, a heading or a line.
std::string blockWords(const core::SummaryDocument& document, const exporting::PrintedBlock& block)
{
    const core::SummaryPart& part = document.parts[block.part];
    switch (block.kind) {
    case exporting::PrintedBlockKind::Title:
    case exporting::PrintedBlockKind::PartHeading: return part.title;
    case exporting::PrintedBlockKind::GroupHeading: return part.groups[static_cast<std::size_t>(block.group)].heading;
    case exporting::PrintedBlockKind::Line:
        return block.group < 0 ? part.lines[block.line].text
                               : part.groups[static_cast<std::size_t>(block.group)].lines[block.line].text;
    }
    return "";
}

// Everything read aloud on a page, in order: each block's words, then its notes.
std::vector<std::string> pageReading(const core::SummaryDocument& document, const exporting::PrintedPage& page)
{
    std::vector<std::string> texts;
    for (const auto& block : page.blocks) {
        texts.push_back(blockWords(document, block));
        if (block.kind == exporting::PrintedBlockKind::Line) {
            const core::SummaryPart& part = document.parts[block.part];
            const core::SummaryLine& line = block.group < 0
                                                ? part.lines[block.line]
                                                : part.groups[static_cast<std::size_t>(block.group)].lines[block.line];
            for (const auto& note : line.notes)
                texts.push_back(note.text);
        }
    }
    return texts;
}

// Opens the demo person's summary from the person screen.
void openSummary(Harness& harness)
{
    harness.tap("person:" + harness.demoId);
    harness.tap("summary");
    REQUIRE(harness.app->currentScreen() == ui::ScreenName::Summary);
}

// Runs frames until nothing more is said (the silent speaker finishes each
// utterance at once, and the screen says the next on the next frame).
void readToTheEnd(Harness& harness)
{
    const auto& said = dynamic_cast<speech::NullSpeaker&>(harness.app->speaker()).said();
    std::size_t before = said.size() + 1;
    for (int round = 0; round < 100 && before != said.size(); ++round) {
        before = said.size();
        harness.settle();
    }
}

// The utterances whose tag starts with prefix, oldest first.
std::vector<std::string> saidWithTag(Harness& harness, const std::string& prefix, std::size_t from = 0)
{
    const auto& said = dynamic_cast<speech::NullSpeaker&>(harness.app->speaker()).said();
    std::vector<std::string> texts;
    for (std::size_t i = from; i < said.size(); ++i)
        if (said[i].tag.rfind(prefix, 0) == 0)
            texts.push_back(said[i].text);
    return texts;
}

// Draws a frame and reads its pixels back.
struct Pixels {
    int width = 0, height = 0;
    std::vector<unsigned char> rgba;

    bool is(int x, int y, ui::Color colour) const
    {
        const std::size_t at = (static_cast<std::size_t>(y) * static_cast<std::size_t>(width) + static_cast<std::size_t>(x)) * 4;
        return rgba[at] == colour.red && rgba[at + 1] == colour.green && rgba[at + 2] == colour.blue;
    }
};

Pixels framePixels(Harness& harness)
{
    harness.window->injectPointerMove(2, 2); // any input makes a frame due
    harness.settle();
    const std::string path = harness.data.path + "/frame.png";
    std::string error;
    REQUIRE(harness.window->savePng(path, error));
    Pixels pixels;
    int channels = 0;
    unsigned char* data = stbi_load(path.c_str(), &pixels.width, &pixels.height, &channels, 4);
    REQUIRE(data);
    pixels.rgba.assign(data, data + static_cast<std::size_t>(pixels.width) * static_cast<std::size_t>(pixels.height) * 4);
    stbi_image_free(data);
    return pixels;
}

// The left and right edges of the spoken word highlight inside a target; -1 when there is none.
std::pair<int, int> litSpan(const Pixels& pixels, const ui::ScreenTarget& target, ui::Color lit)
{
    int left = -1, right = -1;
    for (int y = static_cast<int>(target.y); y < static_cast<int>(target.y + target.height) && y < pixels.height; ++y)
        for (int x = static_cast<int>(target.x); x < static_cast<int>(target.x + target.width) && x < pixels.width; ++x)
            if (pixels.is(x, y, lit)) {
                left = left < 0 ? x : std::min(left, x);
                right = std::max(right, x);
            }
    return {left, right};
}

std::string fileStart(const std::string& path, std::size_t bytes)
{
    std::ifstream in(path, std::ios::binary);
    std::string start(bytes, '\0');
    in.read(start.data(), static_cast<std::streamsize>(bytes));
    start.resize(static_cast<std::size_t>(in.gcount()));
    return start;
}

} // namespace

namespace {

// The lines of the page on screen, top to bottom.
std::vector<std::string> linesOnScreen(Harness& harness)
{
    std::vector<std::string> lines;
    for (std::size_t i = 0;; ++i) {
        const ui::ScreenTarget* line = harness.app->screenMap().findAnywhere("page-line:" + std::to_string(i));
        if (!line)
            return lines;
        lines.push_back(line->label);
    }
}

} // namespace

TEST_CASE("The 'My summary' tile opens the summary, page by page as it prints", "[ui][summary]")
{
    Harness harness;
    openSummary(harness);
    const Expected expected = expectedSummary(*harness.app);
    REQUIRE(expected.pages.size() >= 2);
    const std::vector<std::string> sentences = core::summarySentences(expected.document);
    const std::set<std::string> known(sentences.begin(), sentences.end());

    // Every line of every printed page, in the printed order, and nothing
    // else; a printed page too tall for the window goes on in its next part.
    std::vector<std::string> wanted;
    for (const auto& page : expected.pages)
        for (const auto& block : page.blocks)
            wanted.push_back(blockWords(expected.document, block));
    std::vector<std::string> shown;
    std::vector<std::string> previousPage;
    for (int turn = 0; turn < 200; ++turn) {
        const std::vector<std::string> page = linesOnScreen(harness);
        if (page == previousPage)
            break; // "Next page" did nothing: the last page
        shown.insert(shown.end(), page.begin(), page.end());
        previousPage = page;
        harness.tap("next-page");
    }
    CHECK(shown == wanted);
    for (const auto& line : shown) {
        INFO(line);
        CHECK(known.count(line) == 1);
    }

    // Previous goes back one page at a time.
    const std::vector<std::string> last = linesOnScreen(harness);
    harness.tap("previous-page");
    const std::vector<std::string> beforeLast = linesOnScreen(harness);
    CHECK(beforeLast != last);
    REQUIRE(beforeLast.size() <= shown.size() - last.size());
    CHECK(std::equal(beforeLast.begin(), beforeLast.end(), shown.end() - static_cast<long>(last.size() + beforeLast.size())));

    harness.tap("back");
    CHECK(harness.app->currentScreen() == ui::ScreenName::Person);
}

TEST_CASE("Summary pages fit the window at every size and text size, with the page buttons in sight", "[ui][summary][layout]")
{
    for (const auto& [width, height, textSize] :
         {std::tuple{1280, 800, 100}, std::tuple{1280, 800, 150}, std::tuple{1280, 800, 200},
          std::tuple{800, 1280, 100}, std::tuple{800, 1280, 200}, std::tuple{1024, 600, 100}}) {
        // FIXME: 1024x600 at 200% is left out until the person screen keeps its
        // main content above the fold at 200% (issue 21, item 11, still open):
        // there the "My summary" tile is out of reach and the test cannot open it.
        INFO(width << "x" << height << " at " << textSize << "%");
        Harness harness(width, height);
        if (textSize != 100) {
            core::Settings settings = harness.app->settings();
            settings.textSizePercent = textSize;
            harness.app->changeSettings(settings);
            harness.settle();
        }
        openSummary(harness);
        std::vector<std::string> previousPage;
        int pages = 0;
        for (; pages < 1000; ++pages) {
            const std::vector<std::string> page = linesOnScreen(harness);
            if (page == previousPage)
                break;
            previousPage = page;
            INFO("page " << pages + 1);
            REQUIRE_FALSE(page.empty());
            // Every line of the page and both page buttons are wholly in sight, with no scrolling.
            // (FIXME: one block taller than the room on its own, a line with long notes at 200%
            // in a landscape window, is a page of its own that still scrolls.)
            std::vector<std::string> ids = {"previous-page", "next-page"};
            if (page.size() > 1)
                ids.insert(ids.end(), {"page-line:0", "page-line:" + std::to_string(page.size() - 1)});
            for (const std::string& id : ids) {
                INFO(id);
                const ui::ScreenTarget* target = harness.app->screenMap().findById(id);
                REQUIRE(target);
                CHECK_FALSE(target->partlyHidden);
                CHECK(target->y + target->height <= height);
            }
            harness.tap("next-page", ui::PointerKind::Mouse);
        }
        CHECK(pages >= 2);
        CHECK(pages < 1000); // the demo at 200% is a few hundred screen pages since the jobs part grew
    }
}

TEST_CASE("After saving, the saving controls keep to their column, with no gap and nothing cut off", "[ui][summary]")
{
    for (const auto& [width, height] : {std::pair{1280, 800}, std::pair{800, 1280}}) {
        INFO(width << "x" << height);
        Harness harness(width, height);
        const DocumentsInDataFolder documents(harness.data.path);
        openSummary(harness);
        const ui::ScreenTarget page = harness.target("page-line:0");
        // Standing up (800x1280) the saving controls are under the page: a
        // person scrolls down to them.
        harness.scrollIntoView("save:html");
        const ui::ScreenTarget html = harness.target("save:html");
        harness.tap("save:txt");
        bool done = false;
        for (int turn = 0; turn < 400 && !done; ++turn) {
            harness.window->runLoopOnce(ui::WaitPolicy::atMost(std::chrono::milliseconds(50)),
                                        [&] { harness.app->drawFrame(); });
            const ui::ScreenTarget* message = harness.app->screenMap().findAnywhere("save-message");
            done = message && message->label.rfind("Making", 0) != 0;
        }
        REQUIRE(done);
        harness.scrollIntoView("save-message");
        const ui::ScreenTarget message = harness.target("save-message");
        harness.scrollIntoView("save:html");
        const ui::ScreenTarget htmlAfter = harness.target("save:html");
        // The message and the buttons start where the buttons did, in their column.
        CHECK(message.x == Approx(html.x));
        CHECK(htmlAfter.x == Approx(html.x));
        CHECK(message.x + message.width <= width);
        if (width > height) {
            // Beside the page, never over it.
            CHECK(message.x >= page.x + page.width);
        }
        // Below the message: only the heading "Save your summary" and small gaps.
        const float em = harness.window->scaling().em();
        const float below = htmlAfter.documentY - (message.documentY + message.wholeHeight);
        CHECK(below > 0);
        CHECK(below < em * 4.0f);
        // The pixels where the heading goes are in the column, not on the page.
        std::vector<unsigned char> pixels;
        int pixelWidth = 0;
        int pixelHeight = 0;
        std::string error;
        REQUIRE(harness.window->readPixels(pixels, pixelWidth, pixelHeight, error));
        const float scale = static_cast<float>(pixelWidth) / static_cast<float>(width);
        const int headingTop = static_cast<int>((message.y + message.height) * scale);
        const int headingBottom = static_cast<int>(htmlAfter.y * scale);
        const auto inkBetween = [&](float fromX, float toX) {
            // Pixels unlike the first one of the strip: the heading's letters.
            int ink = 0;
            for (int y = std::max(0, headingTop); y < std::min(pixelHeight, headingBottom); ++y) {
                const unsigned char* first = &pixels[(static_cast<std::size_t>(y) * pixelWidth + static_cast<std::size_t>(fromX * scale)) * 4];
                for (int x = static_cast<int>(fromX * scale); x < static_cast<int>(toX * scale) && x < pixelWidth; ++x) {
                    const unsigned char* p = &pixels[(static_cast<std::size_t>(y) * pixelWidth + x) * 4];
                    if (std::abs(p[0] - first[0]) + std::abs(p[1] - first[1]) + std::abs(p[2] - first[2]) > 120)
                        ++ink;
                }
            }
            return ink;
        };
        CHECK(inkBetween(htmlAfter.x, htmlAfter.x + htmlAfter.width) > 20);
    }
}

TEST_CASE("A saved file's long path wraps within its box, never cut off", "[ui][summary]")
{
    Harness harness;
    ImFont* font = harness.window->bodyFont();
    REQUIRE(font);
    const std::string path = "/home/someone/a-long-folder-name-with-no-spaces/Right Job/exports/"
                             "Nicolas Moreau-Fernandez summary with a long name.html";
    const float width = font->FontSize * 12;
    const auto words = ui::layOutWords(font, font->FontSize, "Saved here: " + path, width, font->FontSize * 1.25f);
    REQUIRE_FALSE(words.empty());
    for (const auto& word : words) {
        INFO(word.start << " " << word.length);
        CHECK(word.offset.x + word.width <= width + 0.5f);
    }
    // Every character is on some line, in order.
    std::size_t covered = 0;
    for (const auto& word : words)
        covered += word.length;
    std::size_t spaces = 0;
    for (const char c : std::string("Saved here: " + path))
        spaces += c == ' ' ? 1 : 0;
    CHECK(covered + spaces == ("Saved here: " + path).size());
}

TEST_CASE("A card marked 'not for sharing' never shows on the summary screen", "[ui][summary]")
{
    Harness harness;
    harness.tap("person:" + harness.demoId);
    // A line the demo's summary has, made from one card.
    core::OpenProfile& open = *harness.app->openProfile();
    const Expected before = expectedSummary(*harness.app);
    std::string hiddenText, hiddenKey;
    for (const auto& part : before.document.parts)
        for (const auto& group : part.groups)
            for (const auto& line : group.lines)
                if (hiddenKey.empty() && !line.source.cardKey.empty()) {
                    hiddenKey = line.source.cardKey;
                    hiddenText = line.text;
                }
    REQUIRE_FALSE(hiddenKey.empty());
    const auto slash = hiddenKey.find('/');
    open.document().setSharing(hiddenKey.substr(0, slash), hiddenKey.substr(slash + 1), core::Sharing::Nobody);

    harness.tap("summary");
    std::vector<std::string> previousPage;
    for (int turn = 0; turn < 200; ++turn) {
        const std::vector<std::string> page = linesOnScreen(harness);
        if (page == previousPage)
            break;
        REQUIRE_FALSE(page.empty());
        for (const std::string& line : page)
            CHECK(line != hiddenText);
        previousPage = page;
        harness.tap("next-page");
    }
}

TEST_CASE("'Read to me' reads the page in order, and a tapped line is read alone", "[ui][summary][speech]")
{
    // A window tall enough for each printed page to be one page on screen.
    Harness harness(1280, 2000);
    openSummary(harness);
    const Expected expected = expectedSummary(*harness.app);

    harness.tap("read-to-me");
    readToTheEnd(harness);
    CHECK(saidWithTag(harness, "summary:0:") == pageReading(expected.document, expected.pages[0]));

    // On the next page, a tap on its third block reads just that block.
    harness.tap("next-page");
    const auto& said = dynamic_cast<speech::NullSpeaker&>(harness.app->speaker()).said();
    const std::size_t from = said.size();
    harness.tap("page-line:2");
    readToTheEnd(harness);
    exporting::PrintedPage third;
    third.blocks.push_back(expected.pages[1].blocks[2]);
    CHECK(saidWithTag(harness, "summary:1:", from) == pageReading(expected.document, third));

    // Stop, while the first line is still being heard: the speaker is
    // stopped and nothing more of the page is said.
    auto& speaker = dynamic_cast<speech::NullSpeaker&>(harness.app->speaker());
    const std::size_t beforeReading = said.size();
    const ui::ScreenTarget read = harness.target("read-to-me");
    harness.window->injectTap(read.centreX(), read.centreY(), ui::PointerKind::Finger);
    for (int frame = 0; frame < 20 && saidWithTag(harness, "summary:1:", beforeReading).empty(); ++frame)
        harness.window->runLoopOnce(ui::WaitPolicy::noWait(), [&] { harness.app->drawFrame(); });
    REQUIRE(saidWithTag(harness, "summary:1:", beforeReading).size() == 1);
    speech::SpeakingState hearing;
    hearing.utterance = said.size();
    hearing.tag = said.back().tag;
    speaker.pretendHearing(hearing);
    const int stopsBefore = speaker.stops();
    harness.tap("stop-reading");
    CHECK(speaker.stops() > stopsBefore);
    readToTheEnd(harness);
    CHECK(saidWithTag(harness, "summary:1:", beforeReading).size() == 1);
}

TEST_CASE("The word being heard is lit, and the light follows the speaker", "[ui][summary][speech]")
{
    Harness harness;
    openSummary(harness);
    const Expected expected = expectedSummary(*harness.app);
    auto& speaker = dynamic_cast<speech::NullSpeaker&>(harness.app->speaker());
    const ui::Color lit = ui::spokenWordColours(harness.window->theme()).background;

    // The first line of the cover with at least three words.
    std::size_t block = 0;
    std::string text;
    for (std::size_t i = 0; i < expected.pages[0].blocks.size() && text.empty(); ++i) {
        const auto& candidate = expected.pages[0].blocks[i];
        const std::string words = blockWords(expected.document, candidate);
        if (candidate.kind == exporting::PrintedBlockKind::Line && std::count(words.begin(), words.end(), ' ') >= 2) {
            block = i;
            text = words;
        }
    }
    REQUIRE_FALSE(text.empty());
    harness.tap("page-line:" + std::to_string(block));
    REQUIRE_FALSE(speaker.said().empty());
    const speech::Utterance said = speaker.said().back();
    CHECK(said.text == text);
    const ui::ScreenTarget line = harness.target("page-line:" + std::to_string(block));

    // Quiet: nothing lit.
    CHECK(litSpan(framePixels(harness), line, lit).first == -1);

    // The first word, then the third, as the sound card plays them.
    const std::size_t second = text.find(' ') + 1;
    const std::size_t third = text.find(' ', second) + 1;
    speech::SpeakingState state;
    state.utterance = speaker.said().size();
    state.tag = said.tag;
    state.wordIndex = 0;
    state.wordStart = 0;
    state.wordLength = second - 1;
    speaker.pretendHearing(state);
    const auto first = litSpan(framePixels(harness), line, lit);
    CHECK(first.first >= 0);

    state.wordIndex = 2;
    state.wordStart = third;
    state.wordLength = text.find(' ', third) == std::string::npos ? text.size() - third : text.find(' ', third) - third;
    speaker.pretendHearing(state);
    const auto later = litSpan(framePixels(harness), line, lit);
    REQUIRE(later.first >= 0);
    CHECK(later.first > first.second);

    // Another utterance's words light nothing here.
    state.tag = "something-else";
    speaker.pretendHearing(state);
    CHECK(litSpan(framePixels(harness), line, lit).first == -1);
}

TEST_CASE("The mat lights its card's words as they are heard", "[ui][speech][mat]")
{
    Harness harness;
    harness.tap("person:" + harness.demoId);
    harness.tap("section:likes");
    const ui::ScreenTarget* card = nullptr;
    for (const auto& target : harness.app->screenMap().targets())
        if (target.id.rfind("mat-card:", 0) == 0)
            card = &target;
    REQUIRE(card);
    const ui::ScreenTarget cardTarget = *card;
    auto& speaker = dynamic_cast<speech::NullSpeaker&>(harness.app->speaker());
    const ui::Color lit = ui::spokenWordColours(harness.window->theme()).background;
    CHECK(litSpan(framePixels(harness), cardTarget, lit).first == -1);

    speech::SpeakingState state;
    state.utterance = 1;
    state.tag = cardTarget.id;
    state.wordIndex = 0;
    state.wordStart = 0;
    state.wordLength = std::min(cardTarget.spoken.find(' '), cardTarget.spoken.size());
    speaker.pretendHearing(state);
    CHECK(litSpan(framePixels(harness), cardTarget, lit).first >= 0);
}

TEST_CASE("The spoken word's colours are readable in every theme", "[ui][summary][theme]")
{
    for (const ui::Theme& theme : ui::loadShippedThemes().themes) {
        INFO(theme.id);
        const ui::SpokenWordColours colours = ui::spokenWordColours(theme);
        CHECK(ui::contrastRatio(colours.text, colours.background) >= theme.minimumContrast);
        // The highlight stands out from the page it is on.
        CHECK(ui::contrastRatio(colours.background, theme.card) >= ui::kNonTextContrast);
    }
}

TEST_CASE("Each save button writes a file that opens, into Documents, then Right Job", "[ui][summary][export]")
{
    Harness harness;
    const DocumentsInDataFolder documents(harness.data.path);
    openSummary(harness);
    const std::string folder = documents.documents + "/Right Job/";
    const std::string name = harness.app->openProfile()->profile().person.shownName();
    const Expected expected = expectedSummary(*harness.app);

    const std::vector<std::pair<std::string, std::string>> saves = {
        {"save:html", " summary.html"}, {"save:pdf", " summary.pdf"},          {"save:txt", " summary.txt"},
        {"save:obz", " talking board.obz"}, {"save:bundle", " copy for the team.rightjob"}, {"save:wav", " summary.wav"},
        {"save:mp3", " sound for a phone.zip"},
    };
    for (const auto& [id, fileEnd] : saves) {
        INFO(id);
        harness.tap(id);
        // The worker makes the file; the screen says so when it is done.
        bool done = false;
        for (int turn = 0; turn < 1200 && !done; ++turn) {
            harness.window->runLoopOnce(ui::WaitPolicy::atMost(std::chrono::milliseconds(50)),
                                        [&] { harness.app->drawFrame(); });
            const ui::ScreenTarget* message = harness.app->screenMap().findById("save-message");
            done = message && message->label.rfind("Making", 0) != 0;
        }
        REQUIRE(done);
        CHECK(harness.target("save-message").label == "Saved. Look in Documents, then Right Job.");
        const std::string path = folder + name + fileEnd;
        REQUIRE(std::filesystem::exists(path));
        CHECK(std::filesystem::file_size(path) > 100);
        if (id == "save:html")
            CHECK(fileStart(path, 9) == "<!DOCTYPE");
        else if (id == "save:pdf")
            CHECK(fileStart(path, 4) == "%PDF");
        else if (id == "save:wav")
            CHECK(fileStart(path, 4) == "RIFF");
        else if (id == "save:txt")
            CHECK(fileStart(path, 4096).find(expected.document.title) != std::string::npos);
        else
            CHECK(fileStart(path, 2) == "PK"); // a zip: the board, the backup and the MP3 tracks
    }
}

TEST_CASE("Every word on the summary screen follows the easy-read rules", "[ui][summary][easy-read]")
{
    const core::EasyReadChecker checker = core::EasyReadChecker::shipped();
    Harness harness;
    const DocumentsInDataFolder documents(harness.data.path);
    openSummary(harness);
    const Expected expected = expectedSummary(*harness.app);
    const auto checkScreen = [&] {
        for (const auto& target : harness.app->screenMap().targets())
            for (const std::string& text : {target.label, target.spoken}) {
                INFO(text);
                for (const auto& problem : checker.checkText(text))
                    FAIL_CHECK(problem.sentence << " " << problem.problem);
            }
    };
    for (std::size_t page = 0; page < expected.pages.size(); ++page) {
        checkScreen();
        harness.wheel(-30);
        checkScreen();
        if (page + 1 < expected.pages.size())
            harness.tap("next-page");
    }
    harness.tap("save:txt");
    for (int turn = 0; turn < 400; ++turn) {
        harness.window->runLoopOnce(ui::WaitPolicy::atMost(std::chrono::milliseconds(50)),
                                    [&] { harness.app->drawFrame(); });
        const ui::ScreenTarget* message = harness.app->screenMap().findById("save-message");
        if (message && message->label.rfind("Making", 0) != 0)
            break;
    }
    REQUIRE(harness.app->screenMap().findById("save-message"));
    checkScreen();
}

TEST_CASE("Summary targets are at least 44 px and apart, in both orientations and at 200% text", "[ui][summary]")
{
    for (const auto& [width, height, textSize] : {std::tuple{1280, 800, 100}, std::tuple{800, 1280, 100},
                                                  std::tuple{1280, 800, 200}}) {
        Harness harness(width, height);
        if (textSize != 100) {
            core::Settings settings = harness.app->settings();
            settings.textSizePercent = textSize;
            harness.app->changeSettings(settings);
            harness.settle();
        }
        openSummary(harness);
        INFO(width << "x" << height << " at " << textSize << "%");
        CHECK(harness.app->screenMap().findById("read-to-me"));
        CHECK(harness.app->screenMap().findById("next-page"));
        checkTargetsSizedAndApart(harness.app->screenMap());
    }
}

TEST_CASE("The reader is chosen first, then the page; an employer never sees the team's cards", "[ui][summary][sharing]")
{
    Harness harness;
    harness.tap("person:" + harness.demoId);
    // A card the demo's summary shows, made team-only.
    core::OpenProfile& open = *harness.app->openProfile();
    const Expected before = expectedSummary(*harness.app);
    std::string teamText, teamKey;
    for (const auto& part : before.document.parts)
        for (const auto& group : part.groups)
            for (const auto& line : group.lines)
                if (teamKey.empty() && line.source.cardKey.rfind("good_at/", 0) == 0) {
                    teamKey = line.source.cardKey;
                    teamText = line.text;
                }
    REQUIRE_FALSE(teamKey.empty());
    const auto slash = teamKey.find('/');
    open.document().setSharing(teamKey.substr(0, slash), teamKey.substr(slash + 1), core::Sharing::Team);
    harness.tap("summary");

    auto pageHolds = [&](const std::string& text) {
        for (const auto& target : harness.app->screenMap().targets())
            if (target.id.rfind("page-line:", 0) == 0 && target.label == text)
                return true;
        return false;
    };
    for (const char* page : {"page:summary", "page:one-page", "page:introduction", "page:quick-guide"}) {
        INFO(page);
        harness.tap("reader:employer");
        harness.tap(page);
        CHECK_FALSE(pageHolds(teamText));
    }
    // The team sees it in the full summary's part for its section.
    harness.tap("reader:team");
    harness.tap("page:summary");
    CHECK(harness.app->screenMap().findById("reader:team"));
}

TEST_CASE("The person chooses what goes on the one-page profile, and the choice is saved", "[ui][summary][one-page]")
{
    Harness harness;
    openSummary(harness);
    harness.tap("reader:me");
    harness.tap("page:one-page");
    harness.tap("choose-one-page");
    // Every line the page could hold is a tile; tapping one on the page takes it off.
    std::vector<std::string> onPage;
    for (const auto& target : harness.app->screenMap().targets())
        if (target.id.rfind("one-page:", 0) == 0 && target.spoken.find("This is on the page.") != std::string::npos)
            onPage.push_back(target.id);
    REQUIRE(onPage.size() >= 2);
    harness.tap(onPage.front());
    core::Profile saved = harness.savedProfile();
    CHECK(saved.onePage.chosen);
    const std::string removed = onPage.front().substr(std::string("one-page:").size());
    CHECK(std::find(saved.onePage.items.begin(), saved.onePage.items.end(), removed) == saved.onePage.items.end());
    // And tapping it again puts it back on.
    harness.tap(onPage.front());
    saved = harness.savedProfile();
    CHECK(std::find(saved.onePage.items.begin(), saved.onePage.items.end(), removed) != saved.onePage.items.end());
}

TEST_CASE("Write the reader and page choices' screens to look at", "[.write-screens]")
{
    // RIGHTJOB_SCREENS=DIR rightjob_ui_tests "[.write-screens]" writes PNGs
    // of the card screen's sharing pictures and of the summary screen for
    // each page, with the one-page choice open, at both window shapes.
    const char* out = std::getenv("RIGHTJOB_SCREENS");
    REQUIRE(out);
    for (const auto& [width, height] : std::vector<std::pair<int, int>>{{1280, 800}, {800, 1280}}) {
        const std::string size = std::to_string(width) + "x" + std::to_string(height);
        Harness harness(width, height);
        std::string error;
        harness.tap("person:" + harness.demoId);
        harness.tap("section:likes");
        harness.tap("all-cards");
        harness.tap("card:likes/cooking");
        CHECK(harness.window->savePng(std::string(out) + "/card-" + size + ".png", error));
        harness.app->showScreen(ui::ScreenName::Summary);
        harness.settle();
        harness.tap("reader:employer");
        CHECK(harness.window->savePng(std::string(out) + "/summary-full-employer-" + size + ".png", error));
        harness.tap("page:introduction");
        CHECK(harness.window->savePng(std::string(out) + "/summary-introduction-" + size + ".png", error));
        harness.tap("reader:me");
        harness.tap("page:quick-guide");
        CHECK(harness.window->savePng(std::string(out) + "/summary-quick-" + size + ".png", error));
        harness.tap("page:one-page");
        CHECK(harness.window->savePng(std::string(out) + "/summary-one-page-" + size + ".png", error));
        harness.tap("choose-one-page");
        CHECK(harness.window->savePng(std::string(out) + "/summary-one-page-choosing-" + size + ".png", error));
    }
}
