#include "core/pictures/reference_check.h"

#include "core/base/asset_paths.h"
#include "core/pictures/symbol_index.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>

using namespace rightjob::core;

namespace {

const SymbolIndex& shippedSymbols()
{
    static const SymbolIndex index = SymbolIndex::load(assetPath("symbols/manifest.json"));
    return index;
}

std::string describeAll(const std::vector<DataProblem>& problems)
{
    std::string text;
    for (const DataProblem& problem : problems)
        text += problem.describe() + "\n";
    return text;
}

// The data files that name symbols: every layout and the job catalogue.
std::vector<std::string> shippedDataFiles()
{
    std::vector<std::string> files;
    for (const auto& entry : std::filesystem::directory_iterator(assetPath("layouts"))) {
        if (entry.path().extension() == ".json")
            files.push_back(entry.path().string());
    }
    files.push_back(assetPath("assets/jobs/catalogue.json"));
    std::sort(files.begin(), files.end());
    return files;
}

} // namespace

TEST_CASE("Every symbol named by a shipped layout or the job catalogue exists", "[symbols][references]")
{
    const std::vector<std::string> files = shippedDataFiles();
    REQUIRE(files.size() >= 2);
    for (const std::string& path : files) {
        INFO(path);
        const JsonFile file = JsonFile::load(path);
        // The check must have something to check: these files name symbols.
        CHECK(file.text().find("\"symbol\"") != std::string::npos);
        const auto problems = checkSymbolReferences(file, shippedSymbols());
        INFO(describeAll(problems));
        CHECK(problems.empty());
    }
}

TEST_CASE("A symbol that does not exist is reported with the file, line and id", "[symbols][references]")
{
    const std::string text = R"({
  "sections": [
    {"id": "likes", "symbol": "dog",
     "cards": [
       {"id": "a", "symbol": "dogz"},
       {"id": "b", "symbol": ""},
       {"id": "c", "symbol": 12},
       {"id": "d", "nested": [[{"symbol": "cook"}, {"symbol": "no-such-symbol"}]]}
     ]},
    {"symbol": "thumbs-up", "other": {"symbol": "kitchen-knifes"}}
  ]
})";
    const JsonFile file = JsonFile::parse(text, "layouts/test.json");
    const auto problems = checkSymbolReferences(file, shippedSymbols());
    INFO(describeAll(problems));
    REQUIRE(problems.size() == 4);

    CHECK(problems[0].file == "layouts/test.json");
    CHECK(problems[0].place.line == 5);
    CHECK(problems[0].place.column == 30);
    CHECK_THAT(problems[0].message, Catch::Contains("no symbol \"dogz\""));
    CHECK_THAT(problems[0].describe(), Catch::StartsWith("layouts/test.json, line 5, column 30: "));

    CHECK(problems[1].place.line == 7);
    CHECK_THAT(problems[1].message, Catch::Contains("should be a symbol id in quotes"));

    CHECK(problems[2].place.line == 8);
    CHECK_THAT(problems[2].message, Catch::Contains("\"no-such-symbol\""));

    CHECK(problems[3].place.line == 10);
    CHECK_THAT(problems[3].message, Catch::Contains("\"kitchen-knifes\""));
    // A near id is offered when the search finds one.
    CHECK_THAT(problems[3].message, Catch::Contains("Did you mean \"kitchen-knife\"?"));
}

TEST_CASE("A file without symbols, or with only good ones, has no problems", "[symbols][references]")
{
    CHECK(checkSymbolReferences(JsonFile::parse("[1, 2, {\"a\": null}]", "x.json"), shippedSymbols()).empty());
    CHECK(checkSymbolReferences(JsonFile::parse("\"symbol\"", "x.json"), shippedSymbols()).empty());
    CHECK(checkSymbolReferences(JsonFile::parse(R"({"symbol": "dog", "list": [{"symbol": "cook"}]})", "x.json"),
                                shippedSymbols())
              .empty());
}
