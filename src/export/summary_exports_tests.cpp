// The summary in every format, on the demo and three profiles made for the
// tests: easy read, nothing private, the same sentences everywhere, a real
// PDF, a self-contained HTML page and audio of the right length.

#include "export/audio_export.h"
#include "export/board_export.h"
#include "export/export_job.h"
#include "export/html_export.h"
#include "export/pdf_export.h"
#include "export/text_export.h"

#include "export_test_support.h"
#include "test_support.h"

#include "core/base/easy_read.h"
#include "core/base/file_system.h"
#include "core/base/json_file.h"
#include "core/profile/profile_json.h"
#include "speech/wav.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <regex>
#include <set>
#include <sstream>

using namespace rightjob;
using namespace rightjob::testing;
using rightjob::exporting::PictureSource;

namespace {

// A summary made and exported to a folder, with the PDF's text read back.
struct Exported {
    core::SummaryDocument document;
    std::string text;
    std::string html;
    std::string pdf;
    std::string pdfPath;
};

Exported exportAll(const core::Profile& profile, const TemporaryFolder& folder)
{
    Exported exported;
    exported.document = core::makeSummary(profile, exportData().layout, exportSummaryOptions());
    const PictureSource pictures(&exportData().symbols, folder.path());
    exported.text = exporting::summaryText(exported.document);
    exported.html = exporting::summaryHtml(exported.document, pictures, exporting::findSummaryFonts());
    exported.pdf = exporting::summaryPdf(exported.document, pictures);
    exported.pdfPath = folder.file(profile.id + ".pdf");
    writeTextFile(exported.pdfPath, exported.pdf);
    return exported;
}

std::string pdfText(const std::string& path)
{
    return runCommand("pdftotext -enc UTF-8 '" + path + "' - 2>/dev/null");
}

// Whether UTF-8 text has Hebrew or Arabic letters (U+0590 to U+08FF).
bool hasRightToLeft(const std::string& text)
{
    for (std::size_t i = 0; i + 1 < text.size(); ++i) {
        const auto lead = static_cast<unsigned char>(text[i]);
        if (lead >= 0xD6 && lead <= 0xE0 && (lead != 0xE0 || static_cast<unsigned char>(text[i + 1]) < 0xA4))
            return true;
    }
    return false;
}

// The text without the direction marks pdftotext puts around right-to-left
// runs (U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069).
std::string withoutBidiControls(const std::string& text)
{
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (i + 2 < text.size() && static_cast<unsigned char>(text[i]) == 0xE2) {
            const auto second = static_cast<unsigned char>(text[i + 1]);
            const auto third = static_cast<unsigned char>(text[i + 2]);
            const bool mark = (second == 0x80 && (third == 0x8E || third == 0x8F || (third >= 0xAA && third <= 0xAE)))
                              || (second == 0x81 && third >= 0xA6 && third <= 0xA9);
            if (mark) {
                i += 2;
                continue;
            }
        }
        out += text[i];
    }
    return out;
}

bool hasPoppler()
{
    return hasProgram("pdftotext") && hasProgram("pdffonts") && hasProgram("pdfinfo");
}

} // namespace

TEST_CASE("Every sentence of every summary is easy read, and the whole reads easily", "[export][summary]")
{
    const core::EasyReadChecker checker = core::EasyReadChecker::shipped();
    for (const NamedProfile& named : exportTestProfiles()) {
        INFO("Profile: " << named.name);
        const auto document = core::makeSummary(named.profile, exportData().layout, exportSummaryOptions());
        std::string all;
        for (const std::string& sentence : core::summarySentences(document)) {
            for (const auto& problem : checker.checkText(sentence))
                FAIL_CHECK("\"" << problem.sentence << "\" " << problem.problem);
            all += sentence + "\n";
        }
        const auto score = checker.readability(all);
        INFO("Flesch reading ease " << score.fleschReadingEase);
        CHECK(score.fleschReadingEase >= 80.0);
    }
}

TEST_CASE("The three test profiles make the summaries they should", "[export][summary]")
{
    const auto sentencesOf = [](const core::Profile& profile) {
        return core::summarySentences(core::makeSummary(profile, exportData().layout, exportSummaryOptions()));
    };
    const auto has = [](const std::vector<std::string>& sentences, const std::string& text) {
        return std::find(sentences.begin(), sentences.end(), text) != sentences.end();
    };

    const auto empty = sentencesOf(nearlyEmptyProfile());
    CHECK(has(empty, "This is about Ali."));
    CHECK(has(empty, "I like music."));
    CHECK_FALSE(has(empty, "People who helped"));

    const auto unusual = sentencesOf(unusualProfile());
    CHECK(has(unusual, "Please call me Zoë 🌟."));
    CHECK(has(unusual, "I like trains 🚂."));
    CHECK(has(unusual, "ليلى حسن says I like cooking."));
    CHECK(has(unusual, "ليلى حسن says: تحب الموسيقى كثيرا."));
    CHECK(has(unusual, "Mum says I like animals."));
    CHECK(has(unusual, "Maria saw that I like people to say 1 thing at a time."));
    CHECK(has(unusual, "I am not sure about nasheed songs نشيد."));

    const auto shared = sentencesOf(privateProfile());
    CHECK(has(shared, "I like music."));
    CHECK(has(shared, "Dev says: Casey plays the drums at college."));
    // The jobs part is there under what it is: good jobs, jobs that might
    // suit, or "we need to know more" for a profile that says too little.
    CHECK((has(shared, "Good jobs for me") || has(shared, "Jobs that might suit me")
           || has(shared, "No good jobs for me yet") || has(shared, "Jobs for me: we need to know more")));
}

TEST_CASE("Nothing marked not for sharing is in any format", "[export][summary][private]")
{
    const TemporaryFolder folder;
    for (const NamedProfile& named : exportTestProfiles()) {
        INFO("Profile: " << named.name);
        const std::vector<std::string> hidden = privateTexts(named.profile);
        if (named.name == "the demo" || named.name == "a profile with many cards not for sharing")
            REQUIRE_FALSE(hidden.empty());
        const Exported exported = exportAll(named.profile, folder);
        const std::string pdf = hasPoppler() ? normalisedWhitespace(pdfText(exported.pdfPath)) : "";
        const std::string json = exporting::sharedProfileJson(named.profile);
        const PictureSource pictures(&exportData().symbols, folder.path());
        const std::string board = exporting::boardJson(named.profile, exportData().layout, exportData().words, pictures);
        FakeVoice voice;
        exporting::summaryAudio(exported.document, voice.function());
        std::string spoken;
        for (const auto& text : voice.texts())
            spoken += text + "\n";

        for (const std::string& text : hidden) {
            INFO("Private text: " << text);
            CHECK(exported.text.find(text) == std::string::npos);
            CHECK(exported.html.find(exporting::escapeHtml(text)) == std::string::npos);
            CHECK(htmlVisibleText(exported.html).find(text) == std::string::npos);
            CHECK(json.find(text) == std::string::npos);
            CHECK(board.find(text) == std::string::npos);
            CHECK(spoken.find(text) == std::string::npos);
            if (hasPoppler())
                CHECK(pdf.find(normalisedWhitespace(text)) == std::string::npos);
        }
        for (const auto& [key, record] : named.profile.cards)
            if (record.sharing == core::Sharing::Nobody)
                CHECK(json.find("\"" + key + "\"") == std::string::npos);
    }
}

TEST_CASE("The private profile hides what it should, and jobs never give reasons from hidden cards", "[export][summary][private]")
{
    const core::Profile profile = privateProfile();
    const std::vector<std::string> hidden = privateTexts(profile);
    for (const char* expected : {"I like animals.", "I am good at looking after animals.", "Quibblewick happens after long days with Marigold.",
                                 "Velvet thunderclaps", "Juggling marmalade", "I like dancing.", "Zanzibarine visits on Tuesdays."})
        CHECK(std::find(hidden.begin(), hidden.end(), expected) != hidden.end());

    const auto document = core::makeSummary(profile, exportData().layout, exportSummaryOptions());
    for (const auto& part : document.parts)
        for (const auto& group : part.groups)
            for (const auto& line : group.lines) {
                const core::CardRecord* record = profile.findCard(line.source.cardKey);
                if (record)
                    CHECK(record->sharing != core::Sharing::Nobody);
            }
}

TEST_CASE("Every sentence of the text export is in the PDF and the HTML page", "[export][pdf][html]")
{
    if (!hasPoppler()) {
        WARN("pdftotext is not installed (Debian package poppler-utils): the PDF's text is not checked.");
        return;
    }
    const TemporaryFolder folder;
    for (const NamedProfile& named : exportTestProfiles()) {
        INFO("Profile: " << named.name);
        const Exported exported = exportAll(named.profile, folder);
        const std::string pdf = normalisedWhitespace(withoutBidiControls(pdfText(exported.pdfPath)));
        const std::string html = normalisedWhitespace(htmlVisibleText(exported.html));
        int checked = 0;
        for (const std::string& sentence : core::splitSentences(exported.text)) {
            const std::string wanted = normalisedWhitespace(sentence);
            if (core::countWords(wanted) == 0)
                continue;
            INFO("Sentence: " << wanted);
            CHECK(html.find(wanted) != std::string::npos);
            if (hasRightToLeft(wanted)) {
                // pdftotext gives mixed-direction lines in the order they
                // are seen, so only each word can be looked for.
                for (const std::string& word : core::splitWords(wanted))
                    CHECK(pdf.find(word) != std::string::npos);
            } else {
                CHECK(pdf.find(wanted) != std::string::npos);
            }
            ++checked;
        }
        CHECK(checked >= 8);
        // And the text export has every sentence of the summary, in order.
        std::size_t from = 0;
        for (const std::string& sentence : core::summarySentences(exported.document)) {
            const auto at = exported.text.find(sentence, from);
            CHECK(at != std::string::npos);
            if (at != std::string::npos)
                from = at + sentence.size();
        }
    }
}

TEST_CASE("The PDF embeds its fonts, has a title, is tagged and numbers its A4 pages", "[export][pdf]")
{
    if (!hasPoppler()) {
        WARN("pdffonts and pdfinfo are not installed (Debian package poppler-utils): the PDF is not checked.");
        return;
    }
    const TemporaryFolder folder;
    for (const NamedProfile& named : exportTestProfiles()) {
        INFO("Profile: " << named.name);
        const Exported exported = exportAll(named.profile, folder);
        CHECK(exported.pdf.compare(0, 5, "%PDF-") == 0);

        const std::string info = runCommand("pdfinfo '" + exported.pdfPath + "'");
        const auto field = [&](const std::string& name) {
            std::smatch value;
            return std::regex_search(info, value, std::regex("(^|\\n)" + name + ":\\s+([^\\n]*)")) ? value[2].str() : "";
        };
        CHECK(field("Title") == exported.document.documentTitle);
        CHECK(field("Tagged") == "yes");
        CHECK(field("Page size") == "595.276 x 841.89 pts (A4)");
        CHECK(field("CreationDate").find("2026") != std::string::npos);
        std::smatch pages;
        REQUIRE(std::regex_search(info, pages, std::regex("Pages:\\s+(\\d+)")));
        const int pageCount = std::stoi(pages[1]);
        CHECK(pageCount >= 1);

        const std::string fonts = runCommand("pdffonts '" + exported.pdfPath + "'");
        INFO(fonts);
        CHECK(fonts.find("Andika") != std::string::npos);
        CHECK(fonts.find("Andika-Bold") != std::string::npos);
        std::istringstream lines(fonts);
        std::string line;
        int fontLines = 0;
        while (std::getline(lines, line)) {
            if (line.rfind("name", 0) == 0 || line.rfind("----", 0) == 0 || line.empty())
                continue;
            ++fontLines;
            // Columns: name, type (may have spaces), encoding, emb, sub, uni, object ID.
            std::smatch columns;
            REQUIRE(std::regex_search(line, columns, std::regex("\\s(yes|no)\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$")));
            CHECK(columns[1] == "yes"); // embedded
            CHECK(columns[3] == "yes"); // has a Unicode map: text can be copied
        }
        CHECK(fontLines >= 2);

        const std::string text = pdfText(exported.pdfPath);
        CHECK(text.find("Page 1 of " + std::to_string(pageCount)) != std::string::npos);
        CHECK(text.find("Page " + std::to_string(pageCount) + " of " + std::to_string(pageCount)) != std::string::npos);
    }
}

TEST_CASE("The same summary always makes the same PDF", "[export][pdf]")
{
    const TemporaryFolder folder;
    const auto document = core::makeSummary(exportData().demo, exportData().layout, exportSummaryOptions());
    const PictureSource pictures(&exportData().symbols, folder.path());
    CHECK(exporting::summaryPdf(document, pictures) == exporting::summaryPdf(document, pictures));
}

TEST_CASE("The demo PDF starts each part on a new page", "[export][pdf]")
{
    if (!hasPoppler())
        return;
    const TemporaryFolder folder;
    const Exported exported = exportAll(exportData().demo, folder);
    const std::string text = pdfText(exported.pdfPath);
    std::vector<std::string> pages;
    std::size_t start = 0;
    for (auto at = text.find('\f'); at != std::string::npos; at = text.find('\f', start)) {
        pages.push_back(text.substr(start, at - start));
        start = at + 1;
    }
    REQUIRE(pages.size() >= exported.document.parts.size());
    // Page 1: the cover, and the contents when it fits; then each part's
    // title starts a page.
    CHECK(pages[0].find("All about me and work") == 0);
    const bool contentsOnCover = pages[0].find("What is in this summary") != std::string::npos;
    CHECK((contentsOnCover || pages[1].find("What is in this summary") == 0));
    std::size_t page = contentsOnCover ? 1 : 2;
    for (std::size_t part = 2; part < exported.document.parts.size(); ++part) {
        const std::string& title = exported.document.parts[part].title;
        while (page < pages.size() && pages[page].find(title) != 0)
            ++page;
        INFO("Part: " << title);
        CHECK(page < pages.size());
    }
}

TEST_CASE("The HTML page is one self-contained, accessible file", "[export][html]")
{
    const TemporaryFolder folder;
    const Exported exported = exportAll(exportData().demo, folder);
    const std::string& html = exported.html;
    CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(html.find("<html lang=\"en-GB\" dir=\"ltr\">") != std::string::npos);
    CHECK(html.find("<title>All about me and work: Jordan Reed</title>") != std::string::npos);
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("http://") == std::string::npos);
    CHECK(html.find("https://") == std::string::npos);
    CHECK(html.find("href=\"data:image/png;base64,") != std::string::npos);
    if (exporting::findSummaryFonts().found()) {
        CHECK(html.find("@font-face { font-family: \"Andika\"; font-style: normal; font-weight: 400; src: url(data:font/ttf;base64,")
              != std::string::npos);
        CHECK(html.find("font-weight: 700; src: url(data:font/ttf;base64,") != std::string::npos);
    }
    CHECK(html.find("font-size: 16pt") != std::string::npos);
    CHECK(html.find("@page { size: A4;") != std::string::npos);
    CHECK(html.find("text-align: justify") == std::string::npos);

    // One h1, an h2 for every part after the cover, an h3 for every group.
    const auto count = [&](const std::string& what) {
        std::size_t found = 0;
        for (auto at = html.find(what); at != std::string::npos; at = html.find(what, at + 1))
            ++found;
        return found;
    };
    std::size_t groups = 0;
    for (std::size_t i = 1; i < exported.document.parts.size(); ++i)
        groups += exported.document.parts[i].groups.size();
    CHECK(count("<h1") == 1);
    CHECK(count("<h2") == exported.document.parts.size() - 1 + exported.document.parts[0].groups.size());
    CHECK(count("<h3") == groups);
    // Every picture shown says what it shows, or is hidden from screen
    // readers beside a heading that says it.
    const std::regex shown("<svg class=\"pic\"[^>]*>");
    std::size_t pictures = 0;
    for (auto it = std::sregex_iterator(html.begin(), html.end(), shown); it != std::sregex_iterator(); ++it, ++pictures) {
        const std::string tag = it->str();
        INFO(tag);
        CHECK((std::regex_search(tag, std::regex("role=\"img\" aria-label=\"[^\"]+\""))
               || tag.find("aria-hidden=\"true\"") != std::string::npos));
    }
    CHECK(pictures > 50);
    // Every card picture's alt text is the card's words.
    CHECK(html.find("aria-label=\"Animals\"") != std::string::npos);
    // Each picture is in the file once, however often it is shown.
    std::set<std::string> uris;
    const std::regex uri("href=\"(data:[^\"]+)\"");
    std::size_t embedded = 0;
    for (auto it = std::sregex_iterator(html.begin(), html.end(), uri); it != std::sregex_iterator(); ++it, ++embedded)
        uris.insert((*it)[1]);
    CHECK(embedded == uris.size());
    CHECK(embedded == count("<image id=\""));
    CHECK(embedded < pictures);
}

TEST_CASE("The demo's HTML page is under 600 KB, its fonts cut to the letters it uses", "[export][html]")
{
    const TemporaryFolder folder;
    const Exported exported = exportAll(exportData().demo, folder);
    INFO("The demo page is " << exported.html.size() << " bytes.");
    CHECK(exported.html.size() < 600 * 1000);
    const exporting::FontFiles fonts = exporting::findSummaryFonts();
    if (!fonts.found())
        return;
    const std::string whole = core::readWholeFile(fonts.regular);
    const std::string subset = exporting::subsetFont(fonts.regular, "All about me");
    CHECK(!subset.empty());
    CHECK(subset.size() * 10 < whole.size());
    // A subset is still a TrueType font.
    CHECK(subset.compare(0, 4, std::string("\0\1\0\0", 4)) == 0);
}

TEST_CASE("The WAV reads every sentence in order with a pause between ideas", "[export][audio]")
{
    for (const NamedProfile& named : exportTestProfiles()) {
        INFO("Profile: " << named.name);
        const auto document = core::makeSummary(named.profile, exportData().layout, exportSummaryOptions());
        FakeVoice voice;
        const std::string wav = exporting::summaryWav(document, voice.function());
        const speech::Recording recording = speech::decodeWav(wav, "summary.wav");

        const auto sentences = core::summarySentences(document);
        CHECK(voice.texts() == sentences);
        std::size_t expected = 0;
        for (const auto& sentence : sentences)
            expected += static_cast<std::size_t>(std::max(1, core::countWords(sentence)) * FakeVoice::kSamplesPerWord);
        expected += (sentences.size() - 1) * (FakeVoice::kSampleRate * exporting::kPauseBetweenIdeasMilliseconds / 1000);
        CHECK(recording.sampleRate == FakeVoice::kSampleRate);
        CHECK(recording.samples.size() == expected);
        // The pauses are silent, the words are not; the loudest is at -1 dBFS.
        CHECK(recording.samples[0] == exporting::kLoudestSample);
        const std::size_t firstLength = static_cast<std::size_t>(core::countWords(sentences[0]) * FakeVoice::kSamplesPerWord);
        CHECK(recording.samples[firstLength] == 0);
        CHECK(recording.samples[firstLength + 5999] == 0);
        CHECK(recording.samples[firstLength + 6000] == exporting::kLoudestSample);
    }
}

TEST_CASE("Audio at another rate is resampled to the first one's", "[export][audio]")
{
    core::SummaryDocument document;
    document.parts.resize(1);
    document.parts[0].title = "One";
    document.parts[0].lines.resize(1);
    document.parts[0].lines[0].text = "Two";
    int calls = 0;
    const exporting::TextToSamples speak = [&](const std::string&) {
        speech::Recording recording;
        recording.sampleRate = calls++ == 0 ? 22050 : 11025;
        recording.samples.assign(1000, 7);
        return recording;
    };
    const speech::Recording whole = exporting::summaryAudio(document, speak);
    CHECK(whole.sampleRate == 22050);
    CHECK(whole.samples.size() == 1000 + 22050 * 600 / 1000 + 2000);
}

// Not run with the others: writes every test profile's summary as HTML, PDF
// and text into $RIGHTJOB_SUMMARY_PAGES, for tests/export/run_axe_check.sh
// and for people to look at.
TEST_CASE("Write the summaries of the test profiles to look at", "[.write-summaries]")
{
    const char* out = std::getenv("RIGHTJOB_SUMMARY_PAGES");
    REQUIRE(out);
    const TemporaryFolder folder;
    int index = 0;
    for (const NamedProfile& named : exportTestProfiles()) {
        const Exported exported = exportAll(named.profile, folder);
        const std::string stem = std::string(out) + "/summary-" + std::to_string(++index) + "-" + named.profile.id;
        writeTextFile(stem + ".html", exported.html);
        writeTextFile(stem + ".pdf", exported.pdf);
        writeTextFile(stem + ".txt", exported.text);
    }
}
