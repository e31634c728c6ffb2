// `rightjob match --profile FILE [--vacancies FILE] [--json] [--all]`: the
// person's best jobs from the catalogue and the vacancies, with reasons,
// matched by the workspace as the jobs screen is; this file only prints.

#include "app/command_support.h"
#include "app/commands.h"
#include "core/jobs/job_matching.h"
#include "core/jobs/vacancy.h"
#include "workspace/workspace.h"

#include <nlohmann/json.hpp>

#include <iostream>

namespace rightjob::app {

namespace {

constexpr std::size_t kShownByDefault = 20;

nlohmann::ordered_json notesJson(const std::vector<core::MatchNote>& notes)
{
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const auto& note : notes)
        list.push_back({{"text", note.text},
                        {"card", note.cardKey},
                        {"given_by", note.giver},
                        {"shared_with", core::sharingName(note.sharing)}});
    return list;
}

void printText(const core::Profile& profile, const core::MatchReadiness& readiness,
               const std::vector<core::MatchResult>& results, const core::MatchWeights& weights)
{
    std::cout << profile.person.shownName() << ": " << core::matchListHeading(readiness, results, weights) << "\n\n";
    if (!readiness.enough) {
        for (std::size_t i = 1; i < readiness.sentences.size(); ++i)
            std::cout << readiness.sentences[i] << "\n";
        return;
    }
    int rank = 0;
    for (const auto& result : results) {
        std::cout << ++rank << ". " << result.title << (result.source == core::MatchSource::Vacancy ? " [vacancy]" : "")
                  << "\n   " << core::matchStandingWords(result) << "\n";
        for (const auto& warning : result.warnings)
            std::cout << "   " << (warning.kind == core::NoteKind::Disagree ? "" : "WARNING: ") << warning.text << "\n";
        for (const auto& reason : result.reasons)
            std::cout << "   " << reason.text << "\n";
        for (const auto& think : result.thinkAbout)
            std::cout << "   Think about: " << think.text << "\n";
        if (result.carving) {
            std::cout << "   " << (result.carved ? "Tasks: " : weights.carvedIntroSentence + " ") << result.carving->sentence
                      << "\n";
        }
        std::cout << "\n";
    }
}

void printJson(const core::MatchReadiness& readiness, const std::vector<core::MatchResult>& results,
               const core::MatchWeights& weights)
{
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const auto& result : results) {
        nlohmann::ordered_json item;
        item["id"] = result.id;
        item["title"] = result.title;
        item["source"] = result.source == core::MatchSource::Vacancy ? "vacancy" : "catalogue";
        item["score"] = result.score;
        item["band"] = core::fitBandName(result.band);
        item["carved"] = result.carved;
        if (result.carved)
            item["carved_from"] = result.carvedFrom;
        item["confidence"] = core::confidenceName(result.confidence);
        item["warnings"] = notesJson(result.warnings);
        item["reasons"] = notesJson(result.reasons);
        item["think_about"] = notesJson(result.thinkAbout);
        if (result.carving) {
            item["carving"]["sentence"] = result.carving->sentence;
            item["carving"]["hours_per_week"] = result.carving->hoursPerWeek;
            item["carving"]["tasks"] = nlohmann::ordered_json::array();
            for (const auto& task : result.carving->tasks)
                item["carving"]["tasks"].push_back(task.taskId);
            item["carving"]["sentences"] = result.carving->sentences;
        }
        list.push_back(item);
    }
    nlohmann::ordered_json root;
    root["heading"] = core::matchListHeading(readiness, results, weights);
    root["enough_answers"] = readiness.enough;
    root["sections_to_do"] = readiness.sectionsToDo;
    root["results"] = list;
    std::cout << root.dump(2) << "\n";
}

} // namespace

int runMatch(const std::vector<std::string>& arguments)
{
    Options options;
    if (auto problem = parseOptions(arguments, {"profile", "vacancies", "passphrase-file"}, {"json", "all"}, options))
        return wrongCommandLine("match: " + *problem);
    if (!options.positional.empty())
        return wrongCommandLine("match: \"" + options.positional.front() + "\" is not an option.");
    if (!options.has("profile"))
        return wrongCommandLine("match needs --profile FILE.");
    bool layoutsOk = false;
    const core::LayoutLibrary layouts = loadLayoutsOrExplain(layoutsOk);
    if (!layoutsOk)
        return kInputProblem;
    try {
        // No data folder: the command reads the one file, and the vacancies
        // given (or none), never the ones on this machine.
        workspace::Workspace space(layouts, workspace::WorkspaceOptions{"", core::SaveMode::NeverSave});
        // A profile with a passphrase opens with --passphrase-file, or one typed when asked.
        space.lookAtProfileFile(options.value("profile"), options.value("passphrase-file"));
        space.useVacancies(options.has("vacancies") ? core::loadVacancyFile(options.value("vacancies"))
                                                    : std::vector<core::Vacancy>{});
        const std::size_t limit = options.hasFlag("all") ? core::kAllResults : kShownByDefault;
        const auto results = space.matchOpenPerson(limit);
        const core::MatchReadiness readiness = space.openPersonReadiness();
        const core::MatchWeights& weights = *space.matchWeights();
        if (options.hasFlag("json"))
            printJson(readiness, results, weights);
        else
            printText(space.openProfile()->profile(), readiness, results, weights);
        return kSuccess;
    } catch (const core::DataError& error) {
        printError(error.what());
        return kInputProblem;
    }
}

} // namespace rightjob::app
