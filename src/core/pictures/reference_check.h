// Checking that data files only name symbols the symbol library has, so a
// card never shows an empty picture because of a typing mistake.
#pragma once

#include "core/base/data_error.h"
#include "core/base/json_file.h"

#include <string>
#include <vector>

namespace rightjob::core {

class SymbolIndex;

// One problem found in a data file, with the file and the place in it; a
// check reports all of them rather than stopping at the first.
struct DataProblem {
    std::string file;
    TextPlace place;
    std::string message;

    // "FILE, line L, column C: MESSAGE", the way every error in the program reads.
    std::string describe() const;
};

// Walks any JSON file (a layout, the job catalogue, a profile's own cards)
// and reports, in the order they appear in the file, every key named
// "symbol" whose value is not an id in symbols: a non-empty id the index does
// not have (suggesting a near one when a search finds it), or a value that is
// not text. An empty "symbol" means "no picture" and is not a problem.
std::vector<DataProblem> checkSymbolReferences(const JsonFile& file, const SymbolIndex& symbols);

} // namespace rightjob::core
