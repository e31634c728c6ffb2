// The PDF against PDF/UA-1, read back by an independent reader (pikepdf,
// tests/export/check_pdf_ua.py): language, XMP, title shown, every painted
// thing tagged or an artifact, figures with the HTML page's alt texts, the
// HTML page's heading levels, lists, links and bookmarks.

#include "export/fonts.h"
#include "export/html_export.h"
#include "export/pdf_export.h"

#include "export_test_support.h"
#include "test_support.h"

#include "core/base/json_file.h"

#include <catch2/catch.hpp>

#include <regex>

using namespace rightjob;
using namespace rightjob::testing;

namespace {

std::string unescaped(std::string text)
{
    for (const auto& [entity, character] : std::vector<std::pair<std::string, std::string>>{
             {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&amp;", "&"}})
        for (auto at = text.find(entity); at != std::string::npos; at = text.find(entity, at + character.size()))
            text.replace(at, entity.size(), character);
    return text;
}

// What the PDF must hold, read from the HTML page of the same summary.
core::Json expectedFromHtml(const core::SummaryDocument& document, const std::string& html)
{
    core::Json headings = core::Json::array();
    const std::regex heading("<h([1-6])[ >]");
    for (auto it = std::sregex_iterator(html.begin(), html.end(), heading); it != std::sregex_iterator(); ++it)
        headings.push_back(std::stoi((*it)[1]));
    core::Json altTexts = core::Json::array();
    const std::regex picture("<(?:img|svg)[^>]*?(?:alt|aria-label)=\"([^\"]+)\"");
    for (auto it = std::sregex_iterator(html.begin(), html.end(), picture); it != std::sregex_iterator(); ++it)
        altTexts.push_back(unescaped((*it)[1]));
    core::Json bookmarks = core::Json::array();
    for (const core::SummaryPart& part : document.parts)
        bookmarks.push_back(part.title);
    return {{"language", document.language},
            {"title", document.documentTitle},
            {"headings", headings},
            {"alt_texts", altTexts},
            {"bookmarks", bookmarks}};
}

// The Python that has pikepdf: Debian's (python3-pikepdf), even when
// another python3 comes first on the PATH; empty when there is none.
const std::string& pythonWithPikepdf()
{
    static const std::string python = [] {
        for (const char* candidate : {"/usr/bin/python3", "python3"}) {
            int status = 1;
            runCommand(std::string(candidate) + " -c 'import pikepdf' 2>/dev/null", &status);
            if (status == 0)
                return std::string(candidate);
        }
        return std::string();
    }();
    return python;
}

bool hasPikepdf()
{
    return !pythonWithPikepdf().empty();
}

std::string checkPdf(const std::string& pdfPath, const std::string& expectedPath, int& status)
{
    return runCommand(pythonWithPikepdf() + " '" RIGHTJOB_TESTS_DIR "/export/check_pdf_ua.py' '" + pdfPath + "' '"
                          + expectedPath + "' 2>&1",
                      &status);
}

} // namespace

TEST_CASE("The PDF meets PDF/UA-1 as an independent reader sees it", "[export][pdf]")
{
    if (!hasPikepdf()) {
        WARN("pikepdf is not installed (Debian package python3-pikepdf): the PDF's tags are not checked.");
        return;
    }
    const TemporaryFolder folder;
    for (const NamedProfile& named : exportTestProfiles()) {
        INFO("Profile: " << named.name);
        const auto document = core::makeSummary(named.profile, exportData().layout, exportSummaryOptions());
        const exporting::PictureSource pictures(&exportData().symbols, folder.path());
        const std::string html = exporting::summaryHtml(document, pictures, exporting::findSummaryFonts());
        const std::string pdfPath = folder.file(named.profile.id + ".pdf");
        const std::string expectedPath = folder.file(named.profile.id + ".expected.json");
        writeTextFile(pdfPath, exporting::summaryPdf(document, pictures));
        const core::Json expected = expectedFromHtml(document, html);
        writeTextFile(expectedPath, expected.dump());

        int status = -1;
        const std::string report = checkPdf(pdfPath, expectedPath, status);
        INFO(report);
        CHECK(status == 0);
        CHECK(report.find("\"painting_untagged\": 0") != std::string::npos);
        if (named.name == "demo") {
            CHECK(expected["alt_texts"].size() > 20); // the demo has many pictures: all must be figures
            CHECK(report.find("\"figures\": " + std::to_string(expected["alt_texts"].size())) != std::string::npos);
        }
    }
}

TEST_CASE("The PDF check finds content that is neither tagged nor an artifact", "[export][pdf]")
{
    if (!hasPikepdf()) {
        WARN("pikepdf is not installed (Debian package python3-pikepdf): the check is not checked.");
        return;
    }
    // A good summary PDF with one rectangle drawn after everything else, outside any tag.
    const TemporaryFolder folder;
    const auto document = core::makeSummary(nearlyEmptyProfile(), exportData().layout, exportSummaryOptions());
    const exporting::PictureSource pictures(&exportData().symbols, folder.path());
    const std::string html = exporting::summaryHtml(document, pictures, exporting::findSummaryFonts());
    const std::string pdfPath = folder.file("summary.pdf");
    writeTextFile(pdfPath, exporting::summaryPdf(document, pictures));
    const std::string expectedPath = folder.file("expected.json");
    writeTextFile(expectedPath, expectedFromHtml(document, html).dump());
    const auto check = [&] {
        int status = -1;
        const std::string report = checkPdf(pdfPath, expectedPath, status);
        return std::make_pair(status, report);
    };
    const auto [goodStatus, goodReport] = check();
    INFO(goodReport);
    REQUIRE(goodStatus == 0);

    int status = -1;
    runCommand(pythonWithPikepdf() + " -c \"import pikepdf; p = pikepdf.open('" + pdfPath + "', allow_overwriting_input=True); "
               "p.pages[0].contents_add(p.make_stream(b'0 0 10 10 re f'), prepend=False); p.save('" + pdfPath + "')\" 2>&1",
               &status);
    REQUIRE(status == 0);
    const auto [badStatus, badReport] = check();
    INFO(badReport);
    CHECK(badStatus == 1);
    CHECK(badReport.find("\"painting_untagged\": 1") != std::string::npos);
}
