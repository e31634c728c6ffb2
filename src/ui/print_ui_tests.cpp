// The summary screen's Print button: the printer picker, copies, and what
// is sent, with a fake printer (the real CUPS path is tested by
// tests/print/print_test.sh with a private print server).

#include "ui/test_harness.h"

#include "core/base/easy_read.h"
#include "export/printing.h"
#include "speech/speaker.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <thread>
#include <tuple>
#include <mutex>
#include <stdexcept>

using namespace rightjob;
using ui::testing::Harness;

namespace {

// Printers in memory: what is listed, and what was sent to them.
class FakePrinters final : public exporting::Printers {
public:
    struct Sent {
        std::string printer;
        std::string pdf;
        std::string title;
        int copies = 0;
    };

    explicit FakePrinters(std::vector<exporting::Printer> printers, bool fails = false)
        : m_printers(std::move(printers))
        , m_fails(fails)
    {
    }

    std::vector<exporting::Printer> list() override
    {
        std::vector<exporting::Printer> listed = m_printers;
        exporting::sortPrinters(listed);
        return listed;
    }

    exporting::PrintOutcome print(const std::string& printer, const std::string& pdf, const std::string& title,
                                  int copies) override
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (m_fails)
            return {false, "The printer is out of paper."};
        m_sent.push_back({printer, pdf, title, copies});
        return {true, ""};
    }

    std::vector<Sent> sent()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        return m_sent;
    }

private:
    std::vector<exporting::Printer> m_printers;
    bool m_fails = false;
    std::mutex m_mutex;
    std::vector<Sent> m_sent;
};

// A printing system that cannot be reached at all.
class BrokenPrinters final : public exporting::Printers {
public:
    std::vector<exporting::Printer> list() override { throw std::runtime_error("cannot reach the print server"); }
    exporting::PrintOutcome print(const std::string&, const std::string&, const std::string&, int) override
    {
        throw std::runtime_error("cannot reach the print server");
    }
};

// Runs the real loop until the print message no longer starts with start.
void waitWhileMessageStarts(Harness& harness, const std::string& start)
{
    for (int turn = 0; turn < 1200; ++turn) {
        harness.window->runLoopOnce(ui::WaitPolicy::atMost(std::chrono::milliseconds(50)),
                                    [&] { harness.app->drawFrame(); });
        const ui::ScreenTarget* message = harness.app->screenMap().findAnywhere("print-message");
        if (message && message->label.rfind(start, 0) != 0)
            return;
    }
    FAIL("the print message still starts with " << start);
}

void openPrinting(Harness& harness)
{
    harness.tap("person:" + harness.demoId);
    harness.tap("summary");
    REQUIRE(harness.app->currentScreen() == ui::ScreenName::Summary);
    harness.tap("print");
    waitWhileMessageStarts(harness, "Looking");
}

bool saidOnce(Harness& harness, const std::string& words)
{
    const auto& said = dynamic_cast<speech::NullSpeaker&>(harness.app->speaker()).said();
    return std::count_if(said.begin(), said.end(), [&](const auto& u) { return u.text == words; }) >= 1;
}

const std::vector<exporting::Printer> kTwoPrinters = {
    {"Hall_Laser", "Hall laser", false},
    {"Office", "Office printer", true},
};

} // namespace

TEST_CASE("Print shows the printers, the usual one first and chosen, and sends the summary's PDF", "[ui][summary][print]")
{
    auto printers = std::make_shared<FakePrinters>(kTwoPrinters);
    Harness harness(1280, 800, "", nullptr, printers);
    openPrinting(harness);

    // One big picture button a printer, the usual (default) one first and chosen.
    CHECK(harness.target("printer:0").label == "Office printer");
    CHECK(harness.target("printer:0").spoken.find("usual printer") != std::string::npos);
    CHECK(harness.target("printer:0").spoken.find("chosen") != std::string::npos);
    CHECK(harness.target("printer:1").label == "Hall laser");
    CHECK(harness.target("printer:0").width >= 44);
    CHECK(harness.target("printer:0").height >= 44);
    CHECK(harness.target("copies").label == "1 copy");

    // Another printer, and three copies with the big + button (and one back with -).
    harness.tap("printer:1");
    CHECK(harness.target("printer:1").spoken.find("chosen") != std::string::npos);
    harness.tap("copies:more");
    harness.tap("copies:more");
    harness.tap("copies:more");
    harness.tap("copies:fewer");
    CHECK(harness.target("copies").label == "3 copies");

    harness.tap("print:send");
    waitWhileMessageStarts(harness, "Sending");
    const auto sent = printers->sent();
    REQUIRE(sent.size() == 1);
    CHECK(sent[0].printer == "Hall_Laser");
    CHECK(sent[0].copies == 3);
    CHECK(sent[0].pdf.rfind("%PDF", 0) == 0);
    CHECK(sent[0].title.find(harness.app->openProfile()->profile().person.shownName()) != std::string::npos);

    // Shown and said, in easy-read words.
    const std::string words = "Sent to the printer Hall laser. 3 copies.";
    CHECK(harness.target("print-message").label == words);
    CHECK(saidOnce(harness, words));
    CHECK(core::EasyReadChecker::shipped().checkText(words).empty());

    // Back to the summary, where "Save as PDF" is still its own button.
    harness.tap("print:back");
    CHECK(harness.app->screenMap().findById("next-page"));
    CHECK(harness.app->screenMap().findAnywhere("save:pdf"));
}

TEST_CASE("Copies stay between 1 and the most there can be", "[ui][summary][print]")
{
    auto printers = std::make_shared<FakePrinters>(kTwoPrinters);
    Harness harness(1280, 800, "", nullptr, printers);
    openPrinting(harness);
    harness.tap("copies:fewer");
    CHECK(harness.target("copies").label == "1 copy");
    for (int i = 0; i < exporting::kMostCopies + 5; ++i)
        harness.tap("copies:more");
    CHECK(harness.target("copies").label == std::to_string(exporting::kMostCopies) + " copies");
}

TEST_CASE("With no printer, Print says so plainly and nothing breaks", "[ui][summary][print]")
{
    SECTION("no printers")
    {
        Harness harness(1280, 800, "", nullptr, std::make_shared<FakePrinters>(std::vector<exporting::Printer>{}));
        openPrinting(harness);
        CHECK(harness.target("print-message").label == ui::noPrinterWords());
        CHECK_FALSE(harness.app->screenMap().findById("print:send"));
        CHECK(saidOnce(harness, ui::noPrinterWords()));
        harness.tap("print:back");
        CHECK(harness.app->screenMap().findById("next-page"));
    }
    SECTION("a printing system that cannot be reached")
    {
        Harness harness(1280, 800, "", nullptr, std::make_shared<BrokenPrinters>());
        openPrinting(harness);
        CHECK(harness.target("print-message").label == ui::noPrinterWords());
    }
}

TEST_CASE("A print that fails says so, with the printer's reason", "[ui][summary][print]")
{
    Harness harness(1280, 800, "", nullptr, std::make_shared<FakePrinters>(kTwoPrinters, true));
    openPrinting(harness);
    harness.tap("print:send");
    waitWhileMessageStarts(harness, "Sending");
    CHECK(harness.target("print-message").label == ui::notPrintedWords());
    CHECK(saidOnce(harness, ui::notPrintedWords()));
}

TEST_CASE("The printer picker's words are easy to read and its targets big enough, at 200% text too", "[ui][summary][print][easy-read]")
{
    const core::EasyReadChecker checker = core::EasyReadChecker::shipped();
    for (const std::string& words : {ui::noPrinterWords(), ui::notPrintedWords(), ui::sentToPrinterWords("Office", 2)}) {
        INFO(words);
        CHECK(checker.checkText(words).empty());
    }
    for (const auto& [width, height, textSize] : {std::tuple{1280, 800, 200}, std::tuple{1024, 600, 150}}) {
        INFO(width << "x" << height << " at " << textSize << "%");
        Harness harness(width, height, "", nullptr, std::make_shared<FakePrinters>(kTwoPrinters));
        core::Settings settings = harness.app->settings();
        settings.textSizePercent = textSize;
        harness.app->changeSettings(settings);
        harness.settle();
        openPrinting(harness);
        for (const auto& target : harness.app->screenMap().targets())
            for (const std::string& text : {target.label, target.spoken}) {
                INFO(text);
                CHECK(checker.checkText(text).empty());
            }
        ui::testing::checkTargetsSizedAndApart(harness.app->screenMap());
        // Print is reachable (scrolling if it must).
        harness.tap("print:send");
        waitWhileMessageStarts(harness, "Sending");
        harness.scrollIntoView("print-message");
        CHECK(harness.target("print-message").label.rfind("Sent to the printer", 0) == 0);
    }
}

// Run by tests/print/print_test.sh, which starts a private CUPS server with
// a usual printer "Test printer" that keeps each job in a file in
// $RIGHTJOB_PRINT_TEST_OUT. Hidden: it needs that server.
TEST_CASE("Print sends the summary's PDF to a real CUPS printer", "[.cups]")
{
    const char* out = std::getenv("RIGHTJOB_PRINT_TEST_OUT");
    REQUIRE(out);
    Harness harness; // no printers given: CUPS's, from $CUPS_SERVER
    openPrinting(harness);
    REQUIRE(harness.app->screenMap().findById("printer:0"));
    CHECK(harness.target("printer:0").label == "Test printer");
    CHECK(harness.target("printer:0").spoken.find("usual printer") != std::string::npos);
    REQUIRE(harness.app->screenMap().findById("printer:1"));
    CHECK(harness.target("printer:1").label == "Hall printer");
    harness.tap("copies:more");
    harness.tap("print:send");
    waitWhileMessageStarts(harness, "Sending");
    CHECK(harness.target("print-message").label == "Sent to the printer Test printer. 2 copies.");

    // The job reaches the printer's file: the summary's PDF, twice over.
    std::string printed;
    for (int wait = 0; wait < 200 && printed.empty(); ++wait) {
        for (const auto& entry : std::filesystem::directory_iterator(out))
            if (entry.path().filename().string().rfind("job-", 0) == 0 && entry.path().extension() == ".pdf")
                printed = entry.path().string();
        if (printed.empty())
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    REQUIRE_FALSE(printed.empty());
    CHECK(printed.find("copies2") != std::string::npos);
    std::ifstream file(printed, std::ios::binary);
    std::string start(4, '\0');
    file.read(start.data(), 4);
    CHECK(start == "%PDF");

    // Its words are the summary's: the person's name and the first part's title.
    std::string text;
    if (FILE* pipe = popen(("pdftotext -enc UTF-8 '" + printed + "' - 2>/dev/null").c_str(), "r")) {
        char buffer[4096];
        std::size_t got = 0;
        while ((got = std::fread(buffer, 1, sizeof buffer, pipe)) > 0)
            text.append(buffer, got);
        pclose(pipe);
    }
    const std::string name = harness.app->openProfile()->profile().person.shownName();
    INFO(text.substr(0, 400));
    CHECK(text.find(name) != std::string::npos);
    CHECK(text.find("Page 1") != std::string::npos);
}
