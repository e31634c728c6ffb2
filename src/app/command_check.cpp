// `rightjob check FILE...`: validates every kind of data file the program
// reads, by its "format", and every picture symbol it names.

#include "app/command_support.h"
#include "app/commands.h"
#include "core/base/asset_paths.h"
#include "core/jobs/job_catalogue.h"
#include "core/protection/passphrase_input.h"
#include "core/profile/person_folder.h"
#include "core/profile/profile_json.h"
#include "core/pictures/reference_check.h"
#include "core/storage/settings.h"
#include "core/pictures/symbol_index.h"
#include "core/jobs/vacancy.h"

#include <iostream>
#include <memory>

namespace rightjob::app {

namespace {

// What a check needs besides the file: loaded once for all files.
struct CheckContext {
    const core::LayoutLibrary* layouts = nullptr;
    std::unique_ptr<core::SymbolIndex> symbols; // nullptr when the manifest cannot be read
    std::string passphraseFile;                  // for profiles with a passphrase
};

// Prints each problem; returns true when there were none.
bool reportProblems(const std::string& path, const std::vector<std::string>& problems)
{
    for (const auto& problem : problems)
        printError(path + ": " + problem);
    return problems.empty();
}

bool checkSymbols(const core::JsonFile& file, const CheckContext& context)
{
    if (!context.symbols)
        return true;
    bool good = true;
    for (const auto& problem : core::checkSymbolReferences(file, *context.symbols)) {
        printError(problem.describe());
        good = false;
    }
    return good;
}

// The problems of the files a profile names and of its recordings.
std::vector<std::string> personFolderProblems(const core::Profile& profile, const std::string& folder)
{
    std::vector<std::string> problems = core::profilePathProblems(profile, folder, true, false);
    for (const auto& name : core::realFileSystem().listFolder(core::recordingsFolderIn(folder))) {
        if (name.empty() || name.front() == '.')
            continue;
        const std::string relative = std::string(core::kRecordingsFolderName) + "/" + name;
        const std::string problem = core::personFileProblem(folder, relative, core::PersonFileKind::Recording);
        if (!problem.empty())
            problems.push_back("a recording: " + problem);
    }
    return problems;
}

// Checks one file; prints what it found. Returns true when the file is good.
bool checkFile(const std::string& path, const CheckContext& context)
{
    try {
        // A profile with a passphrase opens with --passphrase-file, or one typed when asked.
        core::CommandFile opened = core::readCommandFile(path, context.passphraseFile);
        const core::JsonFile file = core::JsonFile::parse(std::move(opened.bytes), path);
        const std::string format =
            file.root().is_object() && file.root().value("format", core::Json()).is_string() ? file.root()["format"].get<std::string>() : "";
        if (format == "rightjob-layout") {
            const core::Layout layout = core::readLayout(file);
            if (!checkSymbols(file, context))
                return false;
            std::cout << path << ": good. Layout \"" << layout.id << "\" with " << layout.sections.size()
                      << " sections and " << layout.cardCount() << " cards.\n";
            return true;
        }
        if (format == "rightjob-profile") {
            const core::Profile profile = core::readProfile(file);
            const core::Layout* layout = context.layouts ? context.layouts->find(profile.layoutId) : nullptr;
            if (!layout) {
                printError(path + ": the profile uses the layout \"" + profile.layoutId
                           + "\", which is not in the layouts folder.");
                return false;
            }
            if (!checkSymbols(file, context))
                return false;
            // Every file it names: inside the person's folder, a plain file, not too big.
            if (!reportProblems(path, personFolderProblems(profile, core::parentFolder(path))))
                return false;
            for (const auto& warning : core::profileLayoutWarnings(profile, *layout))
                std::cerr << path << ": note: " << warning << "\n";
            std::cout << path << ": good. Profile of " << profile.person.name << " with " << profile.cards.size()
                      << " cards answered or noted.\n";
            return true;
        }
        if (format == "rightjob-jobs") {
            const core::JobCatalogue catalogue = core::readJobCatalogue(file);
            bool good = reportProblems(path, core::catalogueContentProblems(catalogue));
            if (const core::Layout* layout = context.layouts ? context.layouts->find("vocational_profile") : nullptr)
                good = reportProblems(path, core::catalogueLayoutProblems(catalogue, *layout)) && good;
            good = checkSymbols(file, context) && good;
            if (good)
                std::cout << path << ": good. Job catalogue with " << catalogue.jobs.size() << " jobs.\n";
            return good;
        }
        if (format == "rightjob-weights") {
            const core::MatchWeights weights = core::readMatchWeights(file);
            bool good = true;
            // The rules name cards, sectors and jobs: check them against the
            // shipped catalogue and the vocational profile layout.
            const core::Layout* layout = context.layouts ? context.layouts->find("vocational_profile") : nullptr;
            if (layout) {
                const core::JobCatalogue catalogue = core::loadJobCatalogue(core::assetPath("assets/jobs/catalogue.json"));
                good = reportProblems(path, core::weightsLayoutProblems(weights, catalogue, *layout));
            }
            if (good)
                std::cout << path << ": good. Matching weights.\n";
            return good;
        }
        if (format == "rightjob-vacancies") {
            const auto vacancies = core::readVacancies(file);
            if (!checkSymbols(file, context))
                return false;
            std::cout << path << ": good. " << vacancies.size() << " vacancies.\n";
            return true;
        }
        if (format == "rightjob-settings") {
            std::vector<std::string> notes;
            core::parseSettings(file.text(), path, notes);
            for (const auto& note : notes)
                std::cerr << path << ": note: " << note << "\n";
            std::cout << path << ": good. Settings.\n";
            return true;
        }
        if (format == "rightjob-symbols") {
            const core::SymbolIndex index = core::SymbolIndex::fromJson(file);
            std::cout << path << ": good. " << index.size() << " symbols.\n";
            return true;
        }
        printError(path + ": this is not a file Right Job knows (\"format\" is \"" + format + "\").");
        return false;
    } catch (const core::DataError& error) {
        printError(error.what());
        return false;
    }
}

} // namespace

int runCheck(const std::vector<std::string>& arguments)
{
    std::vector<std::string> files;
    std::string passphraseFile;
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        if (arguments[i] == "--passphrase-file") {
            if (i + 1 >= arguments.size())
                return wrongCommandLine("--passphrase-file needs the file that holds the passphrase.");
            passphraseFile = arguments[++i];
        } else {
            files.push_back(arguments[i]);
        }
    }
    if (files.empty())
        return wrongCommandLine("check needs at least one file.");
    bool layoutsOk = false;
    const core::LayoutLibrary layouts = loadLayoutsOrExplain(layoutsOk);
    CheckContext context;
    context.layouts = layoutsOk ? &layouts : nullptr;
    context.passphraseFile = passphraseFile;
    try {
        context.symbols = std::make_unique<core::SymbolIndex>(
            core::SymbolIndex::load(core::assetPath("symbols/manifest.json")));
    } catch (const core::DataError& error) {
        printError(std::string("symbols cannot be checked: ") + error.what());
    }
    bool allGood = layoutsOk && context.symbols != nullptr;
    for (const auto& file : files)
        allGood = checkFile(file, context) && allGood;
    return allGood ? kSuccess : kInputProblem;
}

} // namespace rightjob::app
