// `rightjob symbols search WORDS...`: finds picture symbols by words, best first.

#include "app/command_support.h"
#include "app/commands.h"
#include "core/base/asset_paths.h"
#include "core/pictures/symbol_index.h"

#include <iostream>

namespace rightjob::app {

int runSymbols(const std::vector<std::string>& arguments)
{
    if (arguments.empty() || arguments.front() != "search")
        return wrongCommandLine("symbols: say \"rightjob symbols search WORDS\".");
    Options options;
    if (auto problem = parseOptions({arguments.begin() + 1, arguments.end()}, {"limit"}, {}, options))
        return wrongCommandLine("symbols search: " + *problem);
    if (options.positional.empty())
        return wrongCommandLine("symbols search needs some words to look for.");
    std::string words;
    for (const auto& word : options.positional)
        words += (words.empty() ? "" : " ") + word;
    const int limit = options.has("limit") ? std::atoi(options.value("limit").c_str()) : 10;
    if (limit < 1 || limit > 1000)
        return wrongCommandLine("symbols search: --limit should be a number from 1 to 1000.");
    try {
        const core::SymbolIndex index = core::SymbolIndex::load(core::assetPath("symbols/manifest.json"));
        const auto hits = index.search(words, static_cast<std::size_t>(limit));
        if (hits.empty()) {
            std::cerr << "No symbols were found for \"" << words << "\".\n";
            return kInputProblem;
        }
        for (const auto& hit : hits)
            std::cout << hit.symbol->id << "\t" << hit.symbol->category << "\t"
                      << index.filePath(hit.symbol->id, core::SymbolSize::Large) << "\n";
        return kSuccess;
    } catch (const core::DataError& error) {
        printError(error.what());
        return kInputProblem;
    }
}

} // namespace rightjob::app
