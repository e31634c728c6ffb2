// The `rightjob` command line: each command as a function taking its
// arguments and returning the exit status (0 success, 1 a problem with the
// input, 2 a wrong command line). Errors go to stderr in plain words.
#pragma once

#include <string>
#include <vector>

namespace rightjob::app {

// Exit statuses, as DESIGN.md gives them.
enum ExitStatus { kSuccess = 0, kInputProblem = 1, kWrongCommandLine = 2 };

// The whole command line, dispatched to the commands below.
int runCommandLine(const std::vector<std::string>& arguments);

// `rightjob check FILE...`: validates profiles, layouts and catalogues.
int runCheck(const std::vector<std::string>& files);

// `rightjob screenshot --profile FILE --screen NAME --size WxH --out PNG ...`.
int runScreenshot(const std::vector<std::string>& arguments);

// `rightjob symbols search WORDS...`: finds picture symbols by words.
int runSymbols(const std::vector<std::string>& arguments);

// `rightjob match --profile FILE [--vacancies FILE] [--json]`: ranked jobs with reasons.
int runMatch(const std::vector<std::string>& arguments);

// `rightjob bench [--json] [--short] [--out FILE]`: the speed figures.
int runBench(const std::vector<std::string>& arguments);

// `rightjob people [--search TEXT] [--json] [--data-dir DIR] [--by-last-session]`:
// everyone in the data folder, through the caseload index.
int runPeople(const std::vector<std::string>& arguments);

// Opens the window: `rightjob [--data-dir DIR] [--profile FILE] [--demo]`.
int runWindow(const std::vector<std::string>& arguments);

} // namespace rightjob::app
