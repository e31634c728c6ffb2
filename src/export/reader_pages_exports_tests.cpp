// The pages for each reader, as files: no output holds what its reader may
// not see, in any format; the one-page profile is one A4 page holding
// exactly its items; the introduction is at most two pages; the quick guide
// one page.

#include "export/export_command.h"
#include "export/export_job.h"
#include "export/html_export.h"
#include "export/pdf_export.h"
#include "export/pictures.h"
#include "export/zip_archive.h"

#include "export_test_support.h"
#include "test_support.h"

#include "core/base/json_file.h"
#include "core/profile/profile_json.h"
#include "core/summary/reader_pages.h"

#include <catch2/catch.hpp>

#include <cctype>
#include <cstdlib>
#include <regex>
#include <sstream>

using namespace rightjob;
using namespace rightjob::exporting;
using namespace rightjob::testing;

namespace {

// A marker word for each sharing level, in an own card's label and in a
// note; each appears nowhere else.
struct Marker {
    const char* card;
    const char* note;
    core::Sharing sharing;
};
constexpr Marker kMarkers[] = {
    {"Zebracorn", "Zebranote", core::Sharing::Everyone},
    {"Quillfeather", "Quillnote", core::Sharing::Team},
    {"Moonwhistle", "Moonnote", core::Sharing::Nobody},
};

// The demo with, at each level, an own card in many sections and a note on
// a shared card of the layout.
core::Profile markedProfile()
{
    core::Profile profile = exportData().demo;
    int number = 500;
    for (const Marker& marker : kMarkers) {
        for (const char* section : {"good_at", "likes", "communication", "about_me", "places", "tasters", "feelings",
                                    "practical", "dreams", "people"}) {
            core::OwnCard own;
            own.section = section;
            own.id = "own-" + std::to_string(++number);
            own.label = marker.card;
            own.symbol = "star";
            own.addedBy = core::kPersonGiver;
            own.addedAt = "2026-10-05T10:00:00Z";
            profile.ownCards.push_back(own);
            core::CardRecord& record = profile.cards[core::cardKey(section, own.id)];
            record.sharing = marker.sharing;
            record.answers.push_back(answerBy(core::AnswerValue::Positive, core::kPersonGiver));
        }
        core::CardRecord& shared = profile.cards["good_at/polishing"];
        shared.sharing = core::Sharing::Everyone;
        shared.notes.push_back({std::string(marker.note) + " is in this note.", "karen", "2026-10-05T11:00:00Z", "s1",
                                marker.sharing});
    }
    return profile;
}

std::string pdfText(const std::string& bytes, const TemporaryFolder& folder, const std::string& name)
{
    const std::string path = folder.file(name + ".pdf");
    writeTextFile(path, bytes);
    return normalisedWhitespace(runCommand("pdftotext -enc UTF-8 '" + path + "' - 2>/dev/null"));
}

int pdfPages(const std::string& bytes, const TemporaryFolder& folder, const std::string& name)
{
    const std::string path = folder.file(name + ".pdf");
    writeTextFile(path, bytes);
    const std::string info = runCommand("pdfinfo '" + path + "' 2>/dev/null");
    const auto at = info.find("Pages:");
    if (at == std::string::npos)
        return -1;
    return std::stoi(info.substr(at + 6));
}

bool pdfIsTagged(const std::string& bytes, const TemporaryFolder& folder, const std::string& name)
{
    const std::string path = folder.file(name + ".pdf");
    writeTextFile(path, bytes);
    const std::string info = runCommand("pdfinfo '" + path + "' 2>/dev/null");
    std::smatch value;
    return std::regex_search(info, value, std::regex("(^|\\n)Tagged:\\s+yes"));
}

// Every file inside a zip, one after another.
std::string zippedText(const std::string& bytes)
{
    ZipReader zip(bytes);
    std::string all;
    for (std::size_t i = 0; i < zip.entries().size(); ++i)
        if (!zip.entries()[i].isFolder)
            all += zip.read(i, 64ull * 1024 * 1024) + "\n";
    return all;
}

bool hasPoppler()
{
    return hasProgram("pdftotext") && hasProgram("pdfinfo");
}

// The text a reader would find in an export of this format.
std::string readableText(const std::string& format, const std::string& bytes, const TemporaryFolder& folder,
                         const FakeVoice& voice)
{
    if (format.find("pdf") != std::string::npos)
        return pdfText(bytes, folder, "marked-" + format);
    if (format.find("html") != std::string::npos)
        return htmlVisibleText(bytes) + "\n" + bytes;
    if (format == "obz")
        return zippedText(bytes);
    if (format == "wav" || format == "mp3") {
        std::string spoken;
        for (const auto& text : voice.texts())
            spoken += text + "\n";
        return spoken;
    }
    return bytes; // txt, json
}

// The lines of a document's parts after the first, in reading order.
std::vector<std::string> bodyLines(const core::SummaryDocument& document)
{
    std::vector<std::string> lines;
    for (std::size_t p = 1; p < document.parts.size(); ++p) {
        for (const auto& line : document.parts[p].lines)
            lines.push_back(line.text);
        for (const auto& group : document.parts[p].groups)
            for (const auto& line : group.lines)
                lines.push_back(line.text);
    }
    return lines;
}

ExportJob jobFor(const std::string& folder, const core::Profile& profile)
{
    writePersonFolder(folder, profile);
    core::Profile saved = core::parseProfile(core::readWholeFile(folder + "/profile.json"), "profile.json");
    return exportJobFor(folder + "/profile.json", saved, exportData().layout, exportData().symbols,
                        &exportData().catalogue, &exportData().weights, "2026-12-07");
}

// A profile of 10,000 of the person's own cards, every one answered.
core::Profile profileWithManyCards()
{
    core::Profile profile;
    profile.id = "many-cards";
    profile.layoutId = exportData().layout.id;
    profile.person.name = "Robin Ashe";
    const auto& sections = exportData().layout.sections;
    for (std::size_t i = 0; i < 10000; ++i) {
        const core::SectionDefinition& section = sections[i % sections.size()];
        core::OwnCard own;
        own.section = section.id;
        own.id = "own-" + std::to_string(i + 1);
        own.label = "Card number " + std::to_string(i + 1);
        own.symbol = "star";
        own.addedBy = core::kPersonGiver;
        own.addedAt = "2026-10-05T10:00:00Z";
        profile.ownCards.push_back(own);
        profile.cards[core::cardKey(section.id, own.id)].answers.push_back(
            answerBy(static_cast<core::AnswerValue>(i % 3), core::kPersonGiver));
    }
    return profile;
}

} // namespace

TEST_CASE("No export holds what its reader may not see, in any format", "[export][sharing][pages]")
{
    if (!hasPoppler()) {
        WARN("poppler-utils is not installed: the PDFs are not read back.");
        return;
    }
    const TemporaryFolder folder;
    core::Profile profile = markedProfile();
    writePersonFolder(folder.file("marked"), profile);
    const std::string profilePath = folder.file("marked/profile.json");

    const std::vector<std::string> formats{"txt",         "html",         "pdf",       "wav",        "mp3",  "json",
                                           "obz",         "onepage-pdf",  "onepage-html", "intro-pdf", "intro-html",
                                           "quick-pdf",   "quick-html"};
    for (const char* reader : {"employer", "team", "me"}) {
        for (const std::string& format : formats) {
            INFO("For " << reader << ", format " << format);
            FakeVoice voice;
            const TextToSamples speak = voice.function();
            const std::string out = folder.file(std::string(reader) + "." + format);
            std::ostringstream said, problems;
            const int status = runExportCommand({"--profile", profilePath, "--format", format, "--out", out, "--for",
                                                 reader, "--date", "2026-12-07"},
                                                said, problems, &speak);
            REQUIRE(problems.str().empty());
            REQUIRE(status == 0);
            // Ignoring case: an own card's label is said with a small first letter.
            std::string text = readableText(format, core::readWholeFile(out), folder, voice);
            for (char& c : text)
                c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            const bool employer = std::string(reader) == "employer";
            CHECK(text.find("moonwhistle") == std::string::npos);
            CHECK(text.find("moonnote") == std::string::npos);
            if (employer) {
                CHECK(text.find("quillfeather") == std::string::npos);
                CHECK(text.find("quillnote") == std::string::npos);
            }
            // The checks can fail: the full summary holds what its reader may see.
            if (format == "pdf" || format == "json" || format == "txt") {
                CHECK(text.find("zebracorn") != std::string::npos);
                CHECK((text.find("quillfeather") != std::string::npos) == !employer);
            }
        }
    }
    // A bundle (for another job coach) holds what the team may see, in
    // every file of it; it is for nobody else.
    for (const bool saysTeam : {false, true}) {
        INFO("bundle, --for team said: " << saysTeam);
        std::vector<std::string> arguments{"--profile", profilePath, "--format", "bundle", "--out",
                                           folder.file("b" + std::to_string(saysTeam) + ".rightjob")};
        if (saysTeam)
            arguments.insert(arguments.end(), {"--for", "team"});
        std::ostringstream said, problems;
        REQUIRE(runExportCommand(arguments, said, problems) == 0);
        std::string text = zippedText(core::readWholeFile(arguments[5]));
        for (char& c : text)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        CHECK(text.find("moonwhistle") == std::string::npos);
        CHECK(text.find("moonnote") == std::string::npos);
        CHECK(text.find("quillfeather") != std::string::npos);
        CHECK(text.find("quillnote") != std::string::npos);
        CHECK(text.find("zebracorn") != std::string::npos);
    }
    for (const char* reader : {"employer", "me"}) {
        std::ostringstream said, problems;
        CHECK(runExportCommand({"--profile", profilePath, "--format", "bundle", "--out", folder.file("e.rightjob"), "--for",
                                reader},
                               said, problems)
              == 2);
        CHECK_THAT(problems.str(), Catch::Contains("only be team"));
    }
}

TEST_CASE("The person's photo shared with the team only is not in an employer's page", "[export][sharing][pages]")
{
    const TemporaryFolder folder;
    core::Profile profile = exportData().demo;
    profile.person.photoSharing = core::Sharing::Team;
    ExportJob job = jobFor(folder.file("photo"), profile);
    const std::string photo = base64Encode(core::readWholeFile(folder.file("photo/photos/me.png")));
    job.reader = core::Reader::Employer;
    CHECK(renderExport(job, ExportFormat::IntroHtml).find(photo) == std::string::npos);
    CHECK(renderExport(job, ExportFormat::OnePageHtml).find(photo) == std::string::npos);
    job.reader = core::Reader::Team;
    CHECK(renderExport(job, ExportFormat::OnePageHtml).find(photo) != std::string::npos);
}

TEST_CASE("The one-page profile is one A4 page holding exactly its items", "[export][pages][one-page][pdf]")
{
    if (!hasPoppler()) {
        WARN("poppler-utils is not installed: the PDFs are not read back.");
        return;
    }
    const TemporaryFolder folder;
    const std::vector<NamedProfile> profiles{{"the demo", exportData().demo},
                                             {"a nearly empty profile", nearlyEmptyProfile()},
                                             {"a profile of 10,000 cards", profileWithManyCards()}};
    for (const NamedProfile& named : profiles) {
        INFO(named.name);
        const ExportJob job = jobFor(folder.file(named.profile.id), named.profile);
        for (core::Reader reader : {core::Reader::Employer, core::Reader::Team, core::Reader::Me}) {
            const core::SummaryDocument page = readerDocument(job, ReaderPage::OnePage, reader);
            const std::string pdf = summaryPdf(page, PictureSource(&job.symbols, job.personFolder));
            CHECK(pdfPages(pdf, folder, "one-page") == 1);
            CHECK(pdfIsTagged(pdf, folder, "one-page"));
            // The text on the page is the page's words, every one whole.
            std::string expected;
            for (const std::string& sentence : core::summarySentences(page))
                expected += (expected.empty() ? "" : " ") + sentence;
            CHECK(pdfText(pdf, folder, "one-page") == normalisedWhitespace(expected));
            CHECK(page.textScale >= core::kPageTextScales.back());
        }
    }
}

TEST_CASE("The one-page profile holds what the person chose, in their order", "[export][pages][one-page][pdf]")
{
    const TemporaryFolder folder;
    core::Profile profile = exportData().demo;
    const auto candidates = core::onePageCandidates(profile, exportData().layout, exportData().words,
                                                    core::PageWords::shipped("en-GB"), core::Reader::Team);
    // Two from each heading, the second heading's in reverse.
    std::vector<std::string> chosen;
    std::array<std::vector<std::string>, 3> byHeading;
    for (const auto& item : candidates)
        byHeading[item.heading].push_back(item.cardKey);
    chosen = {byHeading[0][0], byHeading[0][1], byHeading[1][1], byHeading[1][0], byHeading[2][0], byHeading[2][1]};
    profile.onePage.chosen = true;
    profile.onePage.items = chosen;
    const ExportJob job = jobFor(folder.file("chosen"), profile);
    const core::SummaryDocument page = readerDocument(job, ReaderPage::OnePage, core::Reader::Team);
    std::vector<std::string> keys;
    for (std::size_t p = 1; p < page.parts.size(); ++p)
        for (const auto& line : page.parts[p].lines)
            keys.push_back(line.source.cardKey);
    CHECK(keys == chosen);
    CHECK(page.textScale == 1.0);
    if (hasPoppler()) {
        const std::string text = pdfText(summaryPdf(page, PictureSource(&job.symbols, job.personFolder)), folder, "chosen");
        for (const std::string& line : bodyLines(page))
            CHECK(text.find(normalisedWhitespace(line)) != std::string::npos);
    }
}

TEST_CASE("The introduction is at most two pages and the quick guide one", "[export][pages][pdf]")
{
    if (!hasPoppler()) {
        WARN("poppler-utils is not installed: the PDFs are not read back.");
        return;
    }
    const TemporaryFolder folder;
    for (const NamedProfile& named : std::vector<NamedProfile>{{"the demo", exportData().demo},
                                                               {"a profile of 10,000 cards", profileWithManyCards()},
                                                               {"a nearly empty profile", nearlyEmptyProfile()}}) {
        INFO(named.name);
        const ExportJob job = jobFor(folder.file(named.profile.id), named.profile);
        const PictureSource pictures(&job.symbols, job.personFolder);
        const core::SummaryDocument introPage = readerDocument(job, ReaderPage::Introduction, core::Reader::Employer);
        // The work I could do keeps its hours, whatever else the page had to lose.
        for (const auto& part : introPage.parts)
            if (part.id == "job")
                CHECK_THAT(part.groups.at(0).lines.at(0).text, Catch::Contains("hours a week"));
        const std::string intro = summaryPdf(introPage, pictures);
        const int introPages = pdfPages(intro, folder, "intro");
        CHECK(introPages >= 1);
        CHECK(introPages <= 2);
        CHECK(pdfIsTagged(intro, folder, "intro"));
        const std::string quick = summaryPdf(readerDocument(job, ReaderPage::QuickGuide, core::Reader::Me), pictures);
        CHECK(pdfPages(quick, folder, "quick") == 1);
        CHECK(pdfIsTagged(quick, folder, "quick"));
    }
}

TEST_CASE("Write the short pages of the test profiles to look at", "[.write-summaries]")
{
    // Beside the summaries (summary_exports_tests.cpp): run_axe_check.sh
    // checks every page written here with axe-core too.
    const char* out = std::getenv("RIGHTJOB_SUMMARY_PAGES");
    REQUIRE(out);
    const TemporaryFolder folder;
    int index = 0;
    for (const NamedProfile& named : exportTestProfiles()) {
        ExportJob job = jobFor(folder.file(named.profile.id), named.profile);
        ++index;
        for (core::Reader reader : {core::Reader::Employer, core::Reader::Me}) {
            job.reader = reader;
            for (ExportFormat format : {ExportFormat::OnePageHtml, ExportFormat::OnePagePdf, ExportFormat::IntroHtml,
                                        ExportFormat::IntroPdf, ExportFormat::QuickHtml, ExportFormat::QuickPdf}) {
                const std::string name = exportFormatName(format);
                const std::string end = name.substr(name.rfind('-') + 1);
                const std::string stem = std::string(out) + "/" + name.substr(0, name.rfind('-')) + "-" + std::to_string(index)
                                         + "-" + named.profile.id + "-" + core::readerName(reader);
                writeTextFile(stem + "." + end, renderExport(job, format));
            }
        }
    }
}
