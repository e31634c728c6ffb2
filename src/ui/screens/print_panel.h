// Printing the summary from the summary screen: a printer picker with a big
// picture button for each printer (the usual one first), a copies choice
// with big - and + buttons, and "Print". What is printed is the summary's
// PDF, the same file "Save as PDF" writes. Finding printers and sending the
// print happen on a worker thread, so the screen never waits for the
// printing system; when it is done the screen shows and says "Sent to the
// printer NAME." With no printer it says so in plain words.
#pragma once

#include "export/export_job.h"
#include "export/printing.h"
#include "ui/ui_context.h"

#include <future>
#include <memory>
#include <string>
#include <vector>

namespace rightjob::ui {

class App;

class PrintPanel {
public:
    PrintPanel() = default;
    // Waits for a worker still finding printers or sending a print.
    ~PrintPanel();
    PrintPanel(const PrintPanel&) = delete;
    PrintPanel& operator=(const PrintPanel&) = delete;

    bool isOpen() const { return m_step != Step::Closed; }
    // Opens the picker for job's page in format (the full summary, or a
    // short page's PDF, for the job's reader) and starts looking for printers.
    void open(App& app, UiContext& ui, std::shared_ptr<const exporting::ExportJob> job,
              exporting::ExportFormat format = exporting::ExportFormat::Pdf);
    // Draws the picker in place of the summary; closes itself with "Back".
    void draw(UiContext& ui);

    // What the panel says now ("Sent to the printer Office."); for the tests too.
    const std::string& message() const { return m_message; }
    int copies() const { return m_copies; }

private:
    enum class Step { Closed, Finding, Choosing, Sending, Sent, Failed };

    void poll(UiContext& ui);
    void send(UiContext& ui);
    void drawPrinters(UiContext& ui, float width);
    void drawCopies(UiContext& ui, float width);
    void drawMessage(UiContext& ui, float width);

    Step m_step = Step::Closed;
    std::shared_ptr<exporting::Printers> m_printers;
    std::shared_ptr<const exporting::ExportJob> m_job;
    exporting::ExportFormat m_format = exporting::ExportFormat::Pdf;
    std::future<std::vector<exporting::Printer>> m_finding;
    std::future<exporting::PrintOutcome> m_sending;
    std::vector<exporting::Printer> m_found;
    std::size_t m_chosen = 0;
    int m_copies = 1;
    std::string m_message;
    std::string m_detail; // the printing system's own words when it failed
};

// The words the panel shows and says, each checked by the easy-read tests.
std::string sentToPrinterWords(const std::string& printerName, int copies);
std::string noPrinterWords();
std::string notPrintedWords();

} // namespace rightjob::ui
