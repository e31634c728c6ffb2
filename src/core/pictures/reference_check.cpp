#include "core/pictures/reference_check.h"

#include "core/pictures/symbol_index.h"

#include <algorithm>
#include <utility>

namespace rightjob::core {

std::string DataProblem::describe() const
{
    return describeDataError(file, place, message);
}

namespace {

std::string problemWithSymbol(const std::string& id, const SymbolIndex& symbols)
{
    std::string message = "there is no symbol \"" + id + "\" in the symbol library.";
    // A near id helps whoever edits the file: "dogs" is probably "dog".
    const std::vector<SearchHit> near = symbols.search(id, 1);
    if (!near.empty())
        message += " Did you mean \"" + near.front().symbol->id + "\"?";
    return message;
}

} // namespace

std::vector<DataProblem> checkSymbolReferences(const JsonFile& file, const SymbolIndex& symbols)
{
    std::vector<DataProblem> problems;
    auto report = [&](const JsonPointer& pointer, std::string message) {
        problems.push_back({file.fileName(), file.placeOf(pointer), std::move(message)});
    };

    // An explicit stack instead of recursion: a hand-made file may nest deeply.
    std::vector<std::pair<const Json*, JsonPointer>> pending{{&file.root(), JsonPointer()}};
    while (!pending.empty()) {
        const auto [value, pointer] = std::move(pending.back());
        pending.pop_back();
        if (value->is_array()) {
            for (std::size_t i = 0; i < value->size(); ++i)
                pending.emplace_back(&(*value)[i], pointer / i);
            continue;
        }
        if (!value->is_object())
            continue;
        for (const auto& item : value->items()) {
            const JsonPointer itemPointer = pointer / item.key();
            if (item.key() == "symbol") {
                if (!item.value().is_string())
                    report(itemPointer, "\"symbol\" should be a symbol id in quotes, or \"\" for no picture.");
                else if (const std::string id = item.value().get<std::string>(); !id.empty() && !symbols.contains(id))
                    report(itemPointer, problemWithSymbol(id, symbols));
            }
            if (item.value().is_structured())
                pending.emplace_back(&item.value(), itemPointer);
        }
    }

    std::stable_sort(problems.begin(), problems.end(), [](const DataProblem& a, const DataProblem& b) {
        return a.place.line != b.place.line ? a.place.line < b.place.line : a.place.column < b.place.column;
    });
    return problems;
}

} // namespace rightjob::core
