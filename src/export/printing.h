// Printing the summary: the printers the computer knows and a way to send
// a PDF to one of them. The real printers come through CUPS (the printing
// system on Linux); tests use a fake, so the screen never needs a printer.
#pragma once

#include <memory>
#include <string>
#include <vector>

namespace rightjob::exporting {

// One printer a person can choose.
struct Printer {
    std::string name;      // the name CUPS knows it by ("Office_Laser"), to send to
    std::string shownName; // what a person sees: its description, else its name with spaces
    bool isDefault = false;
};

// What sending a print did.
struct PrintOutcome {
    bool ok = false;
    std::string problem; // why it was not sent, in the printing system's words
};

// The printers, behind an interface: CUPS for real, a fake in the tests.
class Printers {
public:
    virtual ~Printers() = default;
    // The printers there are, the usual (default) one first. Empty when
    // there are none or the printing system cannot be reached.
    virtual std::vector<Printer> list() = 0;
    // Sends a PDF (its bytes) to the printer with this name, copies times,
    // as a job with this title.
    virtual PrintOutcome print(const std::string& printer, const std::string& pdf, const std::string& title,
                               int copies) = 0;
};

// The most copies a person can ask for at once.
constexpr int kMostCopies = 20;

// The printers CUPS knows (the CUPS_SERVER environment variable picks the
// server, as for every CUPS program). Safe to use from a worker thread.
std::shared_ptr<Printers> cupsPrinters();

// The printers, the usual one first, then by the name shown; the order the
// printer picker shows them in.
void sortPrinters(std::vector<Printer>& printers);

// A printer's name as CUPS knows it, made readable: "Office_Laser" -> "Office Laser".
std::string readablePrinterName(const std::string& name);

} // namespace rightjob::exporting
