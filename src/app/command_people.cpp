// `rightjob people [--search TEXT] [--json] [--data-dir DIR] [--by-last-session]`:
// everyone in the data folder, as the people screen lists them, read
// through the caseload index (core/storage/caseload_index.h) so it is quick with
// hundreds of people. Syncthing conflict copies found on the way are merged.

#include "app/command_support.h"
#include "app/commands.h"
#include "core/storage/caseload_index.h"
#include "core/base/clock.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>

namespace rightjob::app {

namespace {

std::string progressWords(const core::PersonEntry& person)
{
    if (!person.problem.empty())
        return "cannot be read";
    if (person.total <= 0)
        return std::to_string(person.answered) + " cards answered";
    return std::to_string(person.answered) + " of " + std::to_string(person.total) + " cards";
}

} // namespace

int runPeople(const std::vector<std::string>& arguments)
{
    Options options;
    if (auto problem = parseOptions(arguments, {"search", "data-dir"}, {"json", "by-last-session"}, options))
        return wrongCommandLine("people: " + *problem);
    if (!options.positional.empty())
        return wrongCommandLine("people: \"" + options.positional.front() + "\" is not an option.");
    bool layoutsOk = false;
    const core::LayoutLibrary layouts = loadLayoutsOrExplain(layoutsOk);
    if (!layoutsOk)
        return kInputProblem;
    const std::string dataFolder = options.value("data-dir", core::defaultDataFolder());
    const core::PersonStore store(dataFolder);
    core::CaseloadIndex index(store, &layouts);
    const auto order = options.hasFlag("by-last-session") ? core::CaseloadOrder::ByLastSession
                                                          : core::CaseloadOrder::ByName;
    const std::vector<core::PersonEntry> people = core::findPeople(index.list(), options.value("search"), order);

    if (options.hasFlag("json")) {
        nlohmann::ordered_json list = nlohmann::ordered_json::array();
        for (const auto& person : people) {
            nlohmann::ordered_json item;
            item["id"] = person.id;
            item["name"] = person.name;
            item["shown_name"] = person.shownName;
            item["demo"] = person.isDemo;
            item["photo"] = person.photoPath;
            item["last_session"] = person.lastSession;
            item["answered"] = person.answered;
            item["cards"] = person.total;
            item["profile"] = person.profilePath;
            item["problem"] = person.problem;
            list.push_back(item);
        }
        std::cout << list.dump(2) << "\n";
        return kSuccess;
    }
    if (people.empty()) {
        std::cout << (options.value("search").empty() ? "Nobody is here yet.\n" : "Nobody has that name.\n");
        return kSuccess;
    }
    std::printf("%-32s %-18s %s\n", "Name", "Last session", "How far along");
    for (const auto& person : people) {
        const std::string name = (person.name.empty() ? person.shownName : person.name) + (person.isDemo ? " (demo)" : "");
        const std::string last = person.lastSession.empty() ? "never" : core::dayInWords(person.lastSession);
        std::printf("%-32s %-18s %s\n", name.c_str(), last.c_str(), progressWords(person).c_str());
    }
    return kSuccess;
}

} // namespace rightjob::app
