#include "export/export_command.h"

#include "core/base/clock.h"
#include "core/base/data_error.h"
#include "core/base/file_system.h"
#include "core/protection/passphrase_input.h"
#include "core/profile/person_folder.h"
#include "core/profile/profile_json.h"
#include "core/protection/protection.h"
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
                  [--date YYYY-MM-DD] [--voice VOICE] [--passphrase-file FILE]

Formats:
  txt           the easy-read summary as plain text, for an email
  html          the summary as one web page, with its pictures and font inside
  pdf           the summary to print, on A4 pages
  wav           the summary read aloud, as one sound file
  mp3           the summary read aloud for a phone: a zip of MP3 files,
                the whole summary and one for each part, in order
  json          the profile to share, with only what the reader may see
  obz           "All about me" as a board for communication apps (Open Board Format)
  bundle        the person's folder, to move to another machine or job coach:
                only what the support team may see, with its photos and recordings
  backup        everything, what nobody else may see too, locked with a passphrase
  onepage-pdf   the one-page profile, on one A4 page
  onepage-html  the one-page profile, as one web page
  intro-pdf     an introduction for employers, on at most 2 A4 pages
  intro-html    the introduction for employers, as one web page
  quick-pdf     "If you only have a little time", on one A4 page
  quick-html    "If you only have a little time", as one web page

  --for    who it is for: employer, team or me. Each sees only what is shared
           with them; what is shared with nobody is only ever in a backup.
           The introduction is for an employer unless you say; the rest is
           for the team.
  --date   the day the summary says it was made (today when not given)
  --voice  the voice for wav and mp3, such as en-gb
  --passphrase-file FILE
           the passphrase, on the first line of FILE: for a profile that has
           one, and for a backup. Without it, you are asked to type it.

An export is never written into a person's folder or Right Job's data folder,
and never over anything but a plain file.
)";

const char* kImportHelp = R"(Usage:
  rightjob import-bundle FILE [--data-dir DIR] [--replace] [--passphrase-file FILE]

  --data-dir DIR  where people's profiles are kept
                  (default: $XDG_DATA_HOME/rightjob or ~/.local/share/rightjob)
  --replace       replace someone already there with the same id
                  (they are moved into the deleted folder, not erased).
                  A person open in Right Job is never replaced.
  --passphrase-file FILE
                  the passphrase of a full backup, on the first line of FILE

Someone already there with the same id is merged with the bundle: every
answer, note, own card, session, photo and recording of both is kept.
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
        = parseArguments(arguments, {"--profile", "--format", "--out", "--date", "--voice", "--passphrase-file", "--for"},
                         {}, parsed);
    if (!problem.empty())
        return wrongCommandLine(err, problem, kExportHelp);
    if (!parsed.positional.empty())
        return wrongCommandLine(err, "\"" + parsed.positional.front() + "\" is not an option of export.", kExportHelp);
    for (const char* needed : {"--profile", "--format", "--out"})
        if (!parsed.values.count(needed))
            return wrongCommandLine(err, std::string("export needs ") + needed + ".", kExportHelp);
    const bool fullBackup = parsed.values["--format"] == "backup";
    const auto format = fullBackup ? std::optional<ExportFormat>(ExportFormat::Bundle)
                                   : exportFormatFromName(parsed.values["--format"]);
    if (!format)
        return wrongCommandLine(err, "\"" + parsed.values["--format"] + "\" is not a format: use txt, html, pdf, wav, mp3, json, obz, bundle, "
                                         "backup, onepage-pdf, onepage-html, intro-pdf, intro-html, quick-pdf or quick-html.",
                                kExportHelp);
    std::optional<core::Reader> reader;
    if (parsed.values.count("--for")) {
        reader = core::readerFromName(parsed.values["--for"]);
        if (!reader)
            return wrongCommandLine(err, "\"" + parsed.values["--for"] + "\" is not a reader: use employer, team or me.",
                                    kExportHelp);
        if (*format == ExportFormat::Bundle && *reader != core::Reader::Team)
            return wrongCommandLine(err,
                                    fullBackup ? "--for is not for --format backup: a backup keeps everything."
                                               : "A bundle is for the support team, so --for can only be team.",
                                    kExportHelp);
    }
    if (parsed.values.count("--date")) {
        const std::string& date = parsed.values["--date"];
        const bool shaped = date.size() == 10 && date[4] == '-' && date[7] == '-'
                            && std::all_of(date.begin(), date.end(), [](char c) { return c == '-' || (c >= '0' && c <= '9'); });
        if (!shaped)
            return wrongCommandLine(err, "--date needs a day written like 2026-11-05.", kExportHelp);
    }
    const bool spoken = *format == ExportFormat::Wav || *format == ExportFormat::Mp3;
    if (parsed.values.count("--voice") && !spoken)
        return wrongCommandLine(err, "--voice is only for --format wav and mp3.", kExportHelp);

    const std::string& profilePath = parsed.values["--profile"];
    const std::string& outPath = parsed.values["--out"];
    // Checked before any work: an export never writes over a person's data.
    const std::string targetProblem = core::exportTargetProblem(outPath, profilePath, core::defaultDataFolder());
    if (!targetProblem.empty()) {
        err << "rightjob: " << targetProblem << " Nothing was written.\n";
        return kInputProblem;
    }
    const std::string madeOn = parsed.values.count("--date") ? parsed.values["--date"] : todayText(core::systemClock());
    std::string bytes;
    std::string passphrase;
    try {
        // A passphrase is needed for a backup, and for a profile that has one.
        const bool sealed = core::isProtected(core::realFileSystem(), profilePath);
        if (fullBackup || sealed) {
            passphrase = core::passphraseFromFileOrTerminal(parsed.values["--passphrase-file"],
                                                            fullBackup && !sealed ? "Passphrase for the backup: "
                                                                                  : "Passphrase for " + profilePath + ": ");
            if (passphrase.empty()) {
                err << "rightjob: " << (fullBackup && !sealed ? "A backup needs a passphrase. Give it with --passphrase-file FILE."
                                                              : core::kGivePassphrase)
                    << " Nothing was written.\n";
                return kInputProblem;
            }
        }
        core::CommandFile opened = core::readCommandFileWith(profilePath, passphrase);
        core::Profile profile = core::readProfile(core::JsonFile::parse(std::move(opened.bytes), profilePath));
        if (*format == ExportFormat::Bundle) {
            // Read through the keys when the person has a passphrase.
            const core::SealedFileSystem sealedFiles(core::realFileSystem(), opened.keys);
            const core::FileSystem& source = opened.keys ? static_cast<const core::FileSystem&>(sealedFiles)
                                                         : core::realFileSystem();
            std::string folder = core::parentFolder(profilePath);
            bytes = makeBundle(folder, fullBackup ? BundleKind::FullBackup : BundleKind::Shared, {}, source);
            if (fullBackup)
                bytes = sealFullBackup(bytes, passphrase);
            core::wipeText(passphrase);
        } else {
        core::wipeText(passphrase);
        ExportJob job = loadExportJob(profilePath, std::move(profile), madeOn);
        job.reader = reader;
        if (spoken && !speak) {
            speech::VoiceSettings voice;
            if (parsed.values.count("--voice"))
                voice.voice = parsed.values["--voice"];
            const TextToSamples espeak = espeakTextToSamples(voice);
            bytes = renderExport(job, *format, &espeak);
        } else {
            bytes = renderExport(job, *format, speak);
        }
        }
    } catch (const core::DataError& error) {
        core::wipeText(passphrase);
        err << "rightjob: " << error.what() << "\n";
        return kInputProblem;
    } catch (const std::runtime_error& error) { // ExportError, BundleError, PdfError, SpeechError, ZipError
        core::wipeText(passphrase);
        err << "rightjob: " << error.what() << "\n";
        return kInputProblem;
    }

    // Again just before writing: something may have been put there meanwhile.
    const std::string lateProblem = core::exportTargetProblem(outPath, profilePath, core::defaultDataFolder());
    if (!lateProblem.empty()) {
        err << "rightjob: " << lateProblem << " Nothing was written.\n";
        return kInputProblem;
    }
    const core::FileResult written = core::writeFileAtomically(core::realFileSystem(), outPath, bytes);
    if (!written.ok) {
        err << "rightjob: " << outPath << " could not be written: " << written.problem << "\n";
        return kInputProblem;
    }
    out << "Wrote " << outPath << " (" << (fullBackup ? "backup" : exportFormatName(*format)) << ", " << bytes.size()
        << " bytes).\n";
    if (*format == ExportFormat::Bundle && !fullBackup)
        out << "Only what the support team may see is in it.\n";
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
    const std::string problem = parseArguments(arguments, {"--data-dir", "--passphrase-file"}, {"--replace"}, parsed);
    if (!problem.empty())
        return wrongCommandLine(err, problem, kImportHelp);
    if (parsed.positional.size() != 1)
        return wrongCommandLine(err, "import-bundle needs one bundle file.", kImportHelp);
    const std::string dataFolder
        = parsed.values.count("--data-dir") ? parsed.values["--data-dir"] : core::defaultDataFolder();
    const ExistingPerson existing = parsed.flags.count("--replace") ? ExistingPerson::Replace : ExistingPerson::Merge;

    std::string passphrase;
    try {
        std::string bytes;
        const core::FileResult read = core::readRegularFile(parsed.positional.front(), bytes, BundleLimits{}.maxBundleBytes);
        if (!read.ok)
            throw BundleError("The bundle cannot be used. " + read.problem);
        if (core::isSealed(bytes)) {
            passphrase = core::passphraseFromFileOrTerminal(parsed.values["--passphrase-file"], "Passphrase for the backup: ");
            if (passphrase.empty())
                throw BundleError(std::string(kBundleNeedsPassphrase) + " Use --passphrase-file FILE.");
        }
        const BundleImport result = importBundle(bytes, dataFolder, existing, core::realFileSystem(), {}, passphrase);
        core::wipeText(passphrase);
        if (result.outcome == ImportOutcome::PersonExists) {
            err << "rightjob: Someone with the id \"" << result.personId << "\" is already in " << dataFolder
                << ". Nothing was changed. To replace them, run this again with --replace.\n";
            return kInputProblem;
        }
        if (result.outcome == ImportOutcome::Merged) {
            out << result.personName << " was already here, in " << result.folder << ".\n";
            if (result.added.total() == 0 && result.filesAdded == 0)
                out << "This computer already had everything in the bundle. Nothing changed.\n";
            else
                out << "The bundle is merged in. New from the bundle: " << result.added.answers << " answers, "
                    << result.added.notes << " notes, " << result.added.ownCards << " own cards, "
                    << result.added.sessions << " sessions, " << result.filesAdded << " photos or recordings.\n";
            return kSuccess;
        }
        out << "Imported " << result.personName << " into " << result.folder << ".\n";
        if (!result.replacedFolder.empty())
            out << "The person who was there before is kept in " << result.replacedFolder << ".\n";
        return kSuccess;
    } catch (const BundleError& error) {
        core::wipeText(passphrase);
        err << "rightjob: " << parsed.positional.front() << ": " << error.what() << " Nothing was imported.\n";
        return kInputProblem;
    } catch (const core::DataError& error) {
        core::wipeText(passphrase);
        err << "rightjob: " << error.what() << " Nothing was imported.\n";
        return kInputProblem;
    }
}

} // namespace rightjob::exporting
