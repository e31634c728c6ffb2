// The printed pages the screen shows are the PDF's pages: the same number
// of them, each holding the same headings and lines.

#include "export/pdf_export.h"

#include "export_test_support.h"
#include "test_support.h"

#include <catch2/catch.hpp>

#include <cctype>
#include <regex>

using namespace rightjob;
using namespace rightjob::testing;

namespace {

// Text with every run of white space made one space.
std::string oneSpaced(const std::string& text)
{
    std::string out;
    for (const char c : text) {
        if (std::isspace(static_cast<unsigned char>(c))) {
            if (!out.empty() && out.back() != ' ')
                out += ' ';
        } else {
            out += c;
        }
    }
    return out;
}

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

} // namespace

TEST_CASE("The printed pages are the PDF's pages, block for block", "[export][pdf][summary]")
{
    const bool hasPoppler = !runCommand("command -v pdfinfo").empty() && !runCommand("command -v pdftotext").empty();
    if (!hasPoppler)
        WARN("poppler-utils is not installed: only the pages' own order is checked.");
    TemporaryFolder folder;
    for (const NamedProfile& named : exportTestProfiles()) {
        INFO(named.name);
        const core::SummaryDocument document = core::makeSummary(named.profile, exportData().layout, exportSummaryOptions());
        const exporting::PictureSource pictures(&exportData().symbols, folder.path());
        const std::vector<exporting::PrintedPage> pages = exporting::summaryPrintedPages(document, pictures);
        REQUIRE_FALSE(pages.empty());

        // Every heading and line of the document is on a page once (headings
        // said again at the top of a page are marked as repeated), in order.
        std::size_t placed = 0;
        std::size_t lastPart = 0;
        for (const auto& page : pages) {
            double lastTop = -1;
            for (const auto& block : page.blocks) {
                CHECK(block.top > lastTop);
                CHECK(block.top + block.height <= 841.89);
                lastTop = block.top;
                CHECK(block.part >= lastPart);
                lastPart = block.part;
                placed += block.repeated ? 0 : 1;
            }
        }
        std::size_t blocks = 0;
        for (const auto& part : document.parts) {
            blocks += 1 + part.lines.size() + part.groups.size();
            for (const auto& group : part.groups)
                blocks += group.lines.size();
        }
        CHECK(placed == blocks);

        if (!hasPoppler)
            continue;
        const std::string path = folder.file(named.profile.id + "-pages.pdf");
        writeTextFile(path, exporting::summaryPdf(document, pictures));
        const std::string info = runCommand("pdfinfo '" + path + "'");
        std::smatch match;
        REQUIRE(std::regex_search(info, match, std::regex("Pages:\\s+(\\d+)")));
        CHECK(std::stoul(match[1].str()) == pages.size());
        if (named.name.find("Arabic") != std::string::npos)
            continue; // pdftotext puts direction marks into right-to-left words
        for (std::size_t page = 0; page < pages.size(); ++page) {
            const std::string text = oneSpaced(runCommand("pdftotext -enc UTF-8 -f " + std::to_string(page + 1) + " -l "
                                                          + std::to_string(page + 1) + " '" + path + "' - 2>/dev/null"));
            for (const auto& block : pages[page].blocks) {
                INFO("page " << page + 1 << ": " << blockWords(document, block));
                CHECK(text.find(oneSpaced(blockWords(document, block))) != std::string::npos);
            }
        }
    }
}
