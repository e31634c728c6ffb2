// `rightjob say`: speaks text into a WAV file and lists when each word
// starts, for scripts, for checking a voice, and for the end-to-end tests.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace rightjob::speech {

// Runs `rightjob say TEXT --out FILE.wav [--voice V] [--words]
// [--pronunciations FILE]` or `rightjob say --list-voices`; arguments are
// those after "say". Several words of TEXT without quotes are joined with
// spaces; "--" ends the options. With --words, prints each word as
// "<start> ms  <word>", one a line. Returns 0 on success, 1 for a problem
// with the input (a voice that is not installed, a file that cannot be read
// or written), 2 for a wrong command line. Messages go to stderr.
int runSayCommand(const std::vector<std::string>& arguments);

// The same, printing to out and err instead (for tests).
int runSayCommand(const std::vector<std::string>& arguments, std::ostream& out, std::ostream& err);

} // namespace rightjob::speech
