// `rightjob export` and `rightjob import-bundle`: the exports and the
// bundle import from the command line, for scripts, services and the
// end-to-end tests. Messages go to stderr in plain words.
#pragma once

#include "export/audio_export.h"

#include <iosfwd>
#include <string>
#include <vector>

namespace rightjob::exporting {

// Runs `rightjob export --profile FILE --format html|pdf|wav|txt|json|obz|bundle
// --out PATH [--date YYYY-MM-DD] [--voice VOICE]`; arguments are those after
// "export". --date is the day the summary says (today, UTC, when not
// given); --voice is the espeak-ng voice for wav. The file at PATH is
// written atomically, readable only by its owner. Returns 0 on success, 1
// for a problem with the input (a profile or data file that cannot be read,
// a file that cannot be written), 2 for a wrong command line.
int runExportCommand(const std::vector<std::string>& arguments);

// The same, printing to out and err, with speak for wav instead of
// espeak-ng when it is not null (for tests).
int runExportCommand(const std::vector<std::string>& arguments, std::ostream& out, std::ostream& err,
                     const TextToSamples* speak = nullptr);

// Runs `rightjob import-bundle FILE [--data-dir DIR] [--replace]`; arguments
// are those after "import-bundle". Checks the whole bundle first; without
// --replace, someone already there with the same id is left as they are,
// the message says so, and the status is 1. With --replace, the person
// there is moved into deleted/ in the data folder first. Returns 0 when the
// person was imported, 1 for a bundle that was refused or a person already
// there, 2 for a wrong command line.
int runImportBundleCommand(const std::vector<std::string>& arguments);

// The same, printing to out and err (for tests).
int runImportBundleCommand(const std::vector<std::string>& arguments, std::ostream& out, std::ostream& err);

} // namespace rightjob::exporting
