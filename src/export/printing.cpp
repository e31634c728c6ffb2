#include "export/printing.h"

#include <cups/cups.h>

#include <algorithm>
#include <string>

namespace rightjob::exporting {

std::string readablePrinterName(const std::string& name)
{
    std::string out = name;
    std::replace(out.begin(), out.end(), '_', ' ');
    return out;
}

void sortPrinters(std::vector<Printer>& printers)
{
    std::stable_sort(printers.begin(), printers.end(), [](const Printer& a, const Printer& b) {
        if (a.isDefault != b.isDefault)
            return a.isDefault;
        return a.shownName < b.shownName;
    });
}

namespace {

// The last error CUPS gave, or a plain fallback.
std::string cupsProblem(const char* fallback)
{
    const char* said = cupsLastErrorString();
    return said && *said ? said : fallback;
}

class CupsPrinters final : public Printers {
public:
    std::vector<Printer> list() override
    {
        cups_dest_t* dests = nullptr;
        const int count = cupsGetDests2(CUPS_HTTP_DEFAULT, &dests);
        std::vector<Printer> printers;
        for (int i = 0; i < count; ++i) {
            const cups_dest_t& dest = dests[i];
            if (!dest.name || dest.instance) // an instance is the same printer with other options
                continue;
            Printer printer;
            printer.name = dest.name;
            const char* info = cupsGetOption("printer-info", dest.num_options, dest.options);
            printer.shownName = info && *info ? info : readablePrinterName(dest.name);
            printer.isDefault = dest.is_default != 0;
            printers.push_back(std::move(printer));
        }
        cupsFreeDests(count, dests);
        sortPrinters(printers);
        return printers;
    }

    PrintOutcome print(const std::string& printer, const std::string& pdf, const std::string& title,
                       int copies) override
    {
        PrintOutcome outcome;
        copies = std::clamp(copies, 1, kMostCopies);
        cups_option_t* options = nullptr;
        int optionCount = cupsAddOption("copies", std::to_string(copies).c_str(), 0, &options);
        const int job = cupsCreateJob(CUPS_HTTP_DEFAULT, printer.c_str(), title.c_str(), optionCount, options);
        cupsFreeOptions(optionCount, options);
        if (job <= 0) {
            outcome.problem = cupsProblem("The printer did not take the job.");
            return outcome;
        }
        if (cupsStartDocument(CUPS_HTTP_DEFAULT, printer.c_str(), job, title.c_str(), CUPS_FORMAT_PDF, 1)
            != HTTP_STATUS_CONTINUE) {
            outcome.problem = cupsProblem("The printer did not take the summary.");
            cupsCancelJob2(CUPS_HTTP_DEFAULT, printer.c_str(), job, 0);
            return outcome;
        }
        const bool written = cupsWriteRequestData(CUPS_HTTP_DEFAULT, pdf.data(), pdf.size()) == HTTP_STATUS_CONTINUE;
        const bool finished = cupsFinishDocument(CUPS_HTTP_DEFAULT, printer.c_str()) == IPP_STATUS_OK;
        if (!written || !finished) {
            outcome.problem = cupsProblem("The summary did not reach the printer.");
            cupsCancelJob2(CUPS_HTTP_DEFAULT, printer.c_str(), job, 0);
            return outcome;
        }
        outcome.ok = true;
        return outcome;
    }
};

} // namespace

std::shared_ptr<Printers> cupsPrinters()
{
    return std::make_shared<CupsPrinters>();
}

} // namespace rightjob::exporting
