#include "export/export_command.h"

#include "core/base/clock.h"
#include "core/base/data_error.h"
#include "core/base/file_system.h"
#include "core/storage/person_store.h"
#include "export/bundle.h"
#include "export/export_job.h"
#include "export/pdf_export.h"
#include "speech/synthesizer.h"

#include <algorithm>
#include <iostream>
#include <map>
#include <set>

namespace rightjob::exporting {

namespace {

constexpr int kSuccess = 0;
constexpr int kInputProblem = 1;
constexpr int kWrongCommandLine = 2;

const char* kExportHelp = R"(Usage:
  rightjob export --profile FILE --format FORMAT --out PATH [--for READER]
                  [--date YYYY-MM-DD] [--voice VOICE]

Formats:
  txt           the easy-read summary as plain text, for an email
  html          the summary as one web page, with its pictures and font inside
  pdf           the summary to print, on A4 pages
  wav           the summary read aloud
  json          the profile to share, with only what the reader may see
  obz           "All about me" as a board for communication apps (Open Board Format)
  bundle        the person's whole folder, to back up or move to another machine
  onepage-pdf   the one-page profile, on one A4 page
  onepage-html  the one-page profile, as one web page
  intro-pdf     an introduction for employers, on at most 2 A4 pages
  intro-html    the introduction for employers, as one web page
  quick-pdf     "If you only have a little time", on one A4 page
  quick-html    "If you only have a little time", as one web page

  --for    who it is for: employer, team or me. Each sees only what is shared
           with them; nothing shared with nobody is ever in an export.
           The introduction is for an employer unless you say; the rest is
           for the team.
  --date   the day the summary says it was made (today when not given)
  --voice  the voice for wav, such as en-gb
)";

const char* kImportHelp = R"(Usage:
  rightjob import-bundle FILE [--data-dir DIR] [--replace]

  --data-dir DIR  where people's profiles are kept
                  (default: $XDG_DATA_HOME/rightjob or ~/.local/share/rightjob)
  --replace       replace someone already there with the same id
                  (they are moved into the deleted folder, not erased)
)";

struct ParsedArguments {
    std::map<std::string, std::string> values;
    std::set<std::string> flags;
    std::vector<std::string> positional;
};

// Reads --name VALUE and --flag options; a message when something is wrong.
std::string parseArguments(const std::vector<std::string>& arguments, const std::set<std::string>& valueNames,
                           const std::set<std::string>& flagNames, ParsedArguments& parsed)
{
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        const std::string& argument = arguments[i];
        if (valueNames.count(argument)) {
            if (i + 1 >= arguments.size())
                return argument + " needs a value after it.";
            if (parsed.values.count(argument))
                return argument + " is given twice.";
            parsed.values[argument] = arguments[++i];
        } else if (flagNames.count(argument)) {
            parsed.flags.insert(argument);
        } else if (argument.size() > 1 && argument[0] == '-') {
            return "\"" + argument + "\" is not an option of this command.";
        } else {
            parsed.positional.push_back(argument);
        }
    }
    return "";
}

int wrongCommandLine(std::ostream& err, const std::string& message, const char* help)
{
    err << "rightjob: " << message << "\n\n" << help;
    return kWrongCommandLine;
}

bool wantsHelp(const std::vector<std::string>& arguments)
{
    for (const auto& argument : arguments)
        if (argument == "--help" || argument == "-h")
            return true;
    return false;
}

} // namespace

int runExportCommand(const std::vector<std::string>& arguments)
{
    return runExportCommand(arguments, std::cout, std::cerr);
}

int runExportCommand(const std::vector<std::string>& arguments, std::ostream& out, std::ostream& err,
                     const TextToSamples* speak)
{
    if (wantsHelp(arguments)) {
        out << kExportHelp;
        return kSuccess;
    }
    ParsedArguments parsed;
    const std::string problem
        = parseArguments(arguments, {"--profile", "--format", "--out", "--date", "--voice", "--for"}, {}, parsed);
    if (!problem.empty())
        return wrongCommandLine(err, problem, kExportHelp);
    if (!parsed.positional.empty())
        return wrongCommandLine(err, "\"" + parsed.positional.front() + "\" is not an option of export.", kExportHelp);
    for (const char* needed : {"--profile", "--format", "--out"})
        if (!parsed.values.count(needed))
            return wrongCommandLine(err, std::string("export needs ") + needed + ".", kExportHelp);
    const auto format = exportFormatFromName(parsed.values["--format"]);
    if (!format)
        return wrongCommandLine(err, "\"" + parsed.values["--format"] + "\" is not a format: use txt, html, pdf, wav, json, obz, bundle, "
                                         "onepage-pdf, onepage-html, intro-pdf, intro-html, quick-pdf or quick-html.",
                                kExportHelp);
    std::optional<core::Reader> reader;
    if (parsed.values.count("--for")) {
        reader = core::readerFromName(parsed.values["--for"]);
        if (!reader)
            return wrongCommandLine(err, "\"" + parsed.values["--for"] + "\" is not a reader: use employer, team or me.",
                                    kExportHelp);
        if (*format == ExportFormat::Bundle)
            return wrongCommandLine(err, "--for is not for --format bundle: a bundle is the person's whole folder.",
                                    kExportHelp);
    }
    if (parsed.values.count("--date")) {
        const std::string& date = parsed.values["--date"];
        const bool shaped = date.size() == 10 && date[4] == '-' && date[7] == '-'
                            && std::all_of(date.begin(), date.end(), [](char c) { return c == '-' || (c >= '0' && c <= '9'); });
        if (!shaped)
            return wrongCommandLine(err, "--date needs a day written like 2026-11-05.", kExportHelp);
    }
    if (parsed.values.count("--voice") && *format != ExportFormat::Wav)
        return wrongCommandLine(err, "--voice is only for --format wav.", kExportHelp);

    const std::string& profilePath = parsed.values["--profile"];
    const std::string& outPath = parsed.values["--out"];
    const std::string madeOn = parsed.values.count("--date") ? parsed.values["--date"] : todayText(core::systemClock());
    std::string bytes;
    try {
        ExportJob job = loadExportJob(profilePath, madeOn);
        job.reader = reader;
        if (*format == ExportFormat::Wav && !speak) {
            speech::VoiceSettings voice;
            if (parsed.values.count("--voice"))
                voice.voice = parsed.values["--voice"];
            const TextToSamples espeak = espeakTextToSamples(voice);
            bytes = renderExport(job, *format, &espeak);
        } else {
            bytes = renderExport(job, *format, speak);
        }
    } catch (const core::DataError& error) {
        err << "rightjob: " << error.what() << "\n";
        return kInputProblem;
    } catch (const std::runtime_error& error) { // ExportError, BundleError, PdfError, SpeechError, ZipError
        err << "rightjob: " << error.what() << "\n";
        return kInputProblem;
    }

    const core::FileResult written = core::writeFileAtomically(core::realFileSystem(), outPath, bytes);
    if (!written.ok) {
        err << "rightjob: " << outPath << " could not be written: " << written.problem << "\n";
        return kInputProblem;
    }
    out << "Wrote " << outPath << " (" << exportFormatName(*format) << ", " << bytes.size() << " bytes).\n";
    return kSuccess;
}

int runImportBundleCommand(const std::vector<std::string>& arguments)
{
    return runImportBundleCommand(arguments, std::cout, std::cerr);
}

int runImportBundleCommand(const std::vector<std::string>& arguments, std::ostream& out, std::ostream& err)
{
    if (wantsHelp(arguments)) {
        out << kImportHelp;
        return kSuccess;
    }
    ParsedArguments parsed;
    const std::string problem = parseArguments(arguments, {"--data-dir"}, {"--replace"}, parsed);
    if (!problem.empty())
        return wrongCommandLine(err, problem, kImportHelp);
    if (parsed.positional.size() != 1)
        return wrongCommandLine(err, "import-bundle needs one bundle file.", kImportHelp);
    const std::string dataFolder
        = parsed.values.count("--data-dir") ? parsed.values["--data-dir"] : core::defaultDataFolder();
    const ExistingPerson existing = parsed.flags.count("--replace") ? ExistingPerson::Replace : ExistingPerson::Keep;

    try {
        const BundleImport result = importBundleFile(parsed.positional.front(), dataFolder, existing);
        if (result.outcome == ImportOutcome::PersonExists) {
            err << "rightjob: Someone with the id \"" << result.personId << "\" is already in " << dataFolder
                << ". Nothing was changed. To replace them, run this again with --replace.\n";
            return kInputProblem;
        }
        out << "Imported " << result.personName << " into " << result.folder << ".\n";
        if (!result.replacedFolder.empty())
            out << "The person who was there before is kept in " << result.replacedFolder << ".\n";
        return kSuccess;
    } catch (const BundleError& error) {
        err << "rightjob: " << parsed.positional.front() << ": " << error.what() << " Nothing was imported.\n";
        return kInputProblem;
    }
}

} // namespace rightjob::exporting
