#include "core/pictures/symbol_index.h"

#include "core/base/asset_paths.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace rightjob::core;

namespace {

const SymbolIndex& shippedSymbols()
{
    static const SymbolIndex index = SymbolIndex::load(assetPath("symbols/manifest.json"));
    return index;
}

std::vector<std::string> idsOf(const std::vector<SearchHit>& hits)
{
    std::vector<std::string> ids;
    for (const SearchHit& hit : hits)
        ids.push_back(hit.symbol->id);
    return ids;
}

std::vector<std::string> searchIds(const std::string& words, std::size_t limit = 10)
{
    return idsOf(shippedSymbols().search(words, limit));
}

// A small manifest for tests that change it; each symbol on its own line.
std::string smallManifestText()
{
    return R"({
  "format": "rightjob-symbols",
  "format_version": 1,
  "source": "test",
  "licence": "CC BY-SA 4.0",
  "attribution": "Test pictures",
  "sizes": [96, 256],
  "categories": [
    {"id": "animals", "label": "Animals", "symbol": "dog"},
    {"id": "work", "label": "Work", "symbol": "cook"}
  ],
  "symbols": [
    {"id": "dog", "name": "dog", "category": "animals", "files": {"96": "png/96/dog.png", "256": "png/256/dog.png"}, "keywords": ["dog", "pet", "puppy"]},
    {"id": "hot-dog", "name": "hot dog", "category": "work", "files": {"96": "png/96/hot-dog.png", "256": "png/256/hot-dog.png"}, "keywords": ["hot", "dog", "sausage"]},
    {"id": "cook", "name": "cook", "category": "work", "files": {"96": "png/96/cook.png", "256": "png/256/cook.png"}, "keywords": ["cook", "chef", "cooking"]},
    {"id": "kitchen-knife", "name": "kitchen knife", "category": "work", "files": {"96": "png/96/k.png", "256": "png/256/k.png"}, "keywords": ["knife", "hocho"]},
    {"id": "person", "name": "person", "category": "work", "files": {"96": "png/96/p.png", "256": "png/256/p.png"}, "keywords": ["person", "adult"]},
    {"id": "woman-s-hat", "name": "woman's hat", "category": "work", "files": {"96": "png/96/h.png", "256": "png/256/h.png"}, "keywords": ["hat", "woman"]}
  ]
})";
}

std::string changed(const std::string& from, const std::string& to)
{
    std::string text = smallManifestText();
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

std::string errorOf(const std::string& text)
{
    try {
        SymbolIndex::fromJson(JsonFile::parse(text, "symbols/manifest.json"));
    } catch (const DataError& error) {
        return error.what();
    }
    return "";
}

SymbolIndex smallIndex()
{
    return SymbolIndex::fromJson(JsonFile::parse(smallManifestText(), "/data/symbols/manifest.json"));
}

} // namespace

TEST_CASE("The shipped symbol library loads with enough symbols and categories", "[symbols]")
{
    const SymbolIndex& symbols = shippedSymbols();
    CHECK(symbols.size() >= 600);
    CHECK(symbols.categories().size() >= 8);
    CHECK_THAT(symbols.attribution(), Catch::Contains("OpenMoji"));
    std::size_t inCategories = 0;
    for (const SymbolCategory& category : symbols.categories()) {
        CHECK(symbols.contains(category.symbol));
        CHECK_FALSE(category.label.empty());
        const auto members = symbols.symbolsInCategory(category.id);
        CHECK_FALSE(members.empty());
        inCategories += members.size();
    }
    CHECK(inCategories == symbols.size());
    CHECK(symbols.symbolsInCategory("no-such-category").empty());
}

TEST_CASE("Every shipped symbol has both of its picture files", "[symbols]")
{
    const SymbolIndex& symbols = shippedSymbols();
    std::vector<std::string> missing;
    for (const SymbolEntry& symbol : symbols.symbols()) {
        for (const SymbolSize size : {SymbolSize::Small, SymbolSize::Large}) {
            const std::string path = symbols.filePath(symbol.id, size);
            if (!std::filesystem::is_regular_file(path) || std::filesystem::file_size(path) == 0)
                missing.push_back(path);
        }
    }
    INFO("missing: " << (missing.empty() ? std::string() : missing.front()));
    CHECK(missing.empty());
}

TEST_CASE("Symbols are found by id, and their files are under the symbols folder", "[symbols]")
{
    const SymbolIndex index = smallIndex();
    REQUIRE(index.find("dog"));
    CHECK(index.find("dog")->name == "dog");
    CHECK(index.contains("cook"));
    CHECK_FALSE(index.contains("cat"));
    CHECK(index.find("cat") == nullptr);
    CHECK(index.folder() == "/data/symbols");
    CHECK(index.filePath("dog", SymbolSize::Small) == "/data/symbols/png/96/dog.png");
    CHECK(index.filePath("dog", SymbolSize::Large) == "/data/symbols/png/256/dog.png");
    CHECK(index.filePath("cat", SymbolSize::Large).empty());
    const auto work = index.symbolsInCategory("work");
    REQUIRE(work.size() == 5);
    CHECK(work.front()->id == "hot-dog"); // manifest order
}

TEST_CASE("Searching finds dog first for dog and dogs", "[symbols][search]")
{
    for (const char* words : {"dog", "dogs", "Dog", "DOGS", "  dogs! "}) {
        INFO(words);
        const auto ids = searchIds(words);
        REQUIRE_FALSE(ids.empty());
        CHECK(ids.front() == "dog");
    }
    // Other dogs come after it.
    const auto ids = searchIds("dogs", 20);
    CHECK(std::find(ids.begin(), ids.end(), "guide-dog") != ids.end());
    CHECK(std::find(ids.begin(), ids.end(), "dog-face") != ids.end());
}

TEST_CASE("Searching ranks exact words, then word starts, then words inside words", "[symbols][search]")
{
    const SymbolIndex index = smallIndex();
    // Exact id first, then exact keywords (the id's own words before synonyms).
    CHECK(idsOf(index.search("dog", 10)) == std::vector<std::string>{"dog", "hot-dog"});
    const auto cook = index.search("cook", 10);
    REQUIRE(cook.size() == 1);
    // A word start: "coo" starts "cook" and "cooking".
    CHECK(idsOf(index.search("coo", 10)) == std::vector<std::string>{"cook"});
    CHECK(index.search("coo", 10).front().score < cook.front().score);
    // Inside a word: "ausa" is inside "sausage", but only from 3 letters on.
    CHECK(idsOf(index.search("ausa", 10)) == std::vector<std::string>{"hot-dog"});
    CHECK(index.search("au", 10).empty());
    CHECK(index.search("ausa", 10).front().score < index.search("saus", 10).front().score);
}

TEST_CASE("Searching tolerates plurals and case", "[symbols][search]")
{
    const SymbolIndex index = smallIndex();
    CHECK(idsOf(index.search("Puppies", 10)) == std::vector<std::string>{"dog"});
    CHECK(idsOf(index.search("knives", 10)) == std::vector<std::string>{"kitchen-knife"});
    CHECK(idsOf(index.search("people", 10)) == std::vector<std::string>{"person"});
    CHECK(idsOf(index.search("CHEFS", 10)) == std::vector<std::string>{"cook"});
    CHECK(idsOf(index.search("woman's hat", 10)) == std::vector<std::string>{"woman-s-hat"});

    // And in the shipped library.
    CHECK(searchIds("boxes", 14) == searchIds("box", 14)); // the words "box" and "boxes", before "boxing"
    CHECK(searchIds("puppies").front() == searchIds("puppy").front());
    CHECK(searchIds("knives").front() == searchIds("knife").front());
    CHECK(searchIds("people", 200).size() > 5);
    const auto people = searchIds("people", 200);
    CHECK(std::find(people.begin(), people.end(), "person") != people.end());
}

TEST_CASE("Searching with several words needs every word to match", "[symbols][search]")
{
    const SymbolIndex index = smallIndex();
    CHECK(idsOf(index.search("hot dog", 10)) == std::vector<std::string>{"hot-dog"});
    CHECK(idsOf(index.search("dog pet", 10)) == std::vector<std::string>{"dog"});
    CHECK(index.search("dog chef", 10).empty());
    // Small words like "a" and "the" do not have to match.
    CHECK(idsOf(index.search("a hat for the woman", 10)) == std::vector<std::string>{"woman-s-hat"});

    CHECK(searchIds("dog face").front() == "dog-face");
    CHECK(searchIds("thumbs up").front() == "thumbs-up");
}

TEST_CASE("Searching the shipped symbols finds what a card needs", "[symbols][search]")
{
    const auto cooking = searchIds("cooking", 3);
    CHECK(std::find(cooking.begin(), cooking.end(), "cook") != cooking.end());
    CHECK(searchIds("blorptangle").empty());
    CHECK(searchIds("").empty());
    CHECK(searchIds("  ,;! ").empty());
    CHECK(searchIds("cat").front() == "cat");
    CHECK(searchIds("bus").front() == "bus");
    // The limit is kept, and limit 0 gives nothing.
    CHECK(searchIds("a", 7).size() == 7);
    CHECK(shippedSymbols().search("dog", 0).empty());
}

TEST_CASE("Search results are in a fixed order: score, then id", "[symbols][search]")
{
    for (const char* words : {"animal", "food", "happy", "work", "e", "ing"}) {
        INFO(words);
        const auto hits = shippedSymbols().search(words, SymbolIndex::kAllHits);
        for (std::size_t i = 1; i < hits.size(); ++i) {
            const bool ordered = hits[i - 1].score > hits[i].score
                                 || (hits[i - 1].score == hits[i].score && hits[i - 1].symbol->id < hits[i].symbol->id);
            CHECK(ordered);
        }
    }
}

TEST_CASE("The fast search and the slow baseline give the same hits", "[symbols][search]")
{
    const SymbolIndex& symbols = shippedSymbols();
    for (const char* words : {"dog", "dogs", "cooking", "people", "knives", "boxes", "puppies", "hot dog",
                              "happy face", "a", "ca", "ing", "work", "blorptangle", "woman's hat", "the bus",
                              "Thumbs UP", "cup of tea", "children", "leaves"}) {
        INFO(words);
        const auto fast = symbols.search(words, SymbolIndex::kAllHits);
        const auto slow = symbols.linearSearchBaseline(words);
        REQUIRE(fast.size() == slow.size());
        for (std::size_t i = 0; i < fast.size(); ++i) {
            CHECK(fast[i].symbol == slow[i].symbol);
            CHECK(fast[i].score == slow[i].score);
        }
    }
}

TEST_CASE("A bad symbol manifest is reported with the file, the line and what is wrong", "[symbols]")
{
    SECTION("not JSON")
    {
        CHECK_THAT(errorOf("{\n  \"format\": \n}"), Catch::StartsWith("symbols/manifest.json, line 3"));
    }
    SECTION("a symbol with no files")
    {
        const std::string message = errorOf(changed(R"("files": {"96": "png/96/cook.png", "256": "png/256/cook.png"}, )", ""));
        CHECK_THAT(message, Catch::StartsWith("symbols/manifest.json, line 15"));
        CHECK_THAT(message, Catch::Contains("has no \"files\""));
    }
    SECTION("a symbol id used twice")
    {
        const std::string message = errorOf(changed(R"("id": "cook")", R"("id": "dog")"));
        CHECK_THAT(message, Catch::StartsWith("symbols/manifest.json, line 15"));
        CHECK_THAT(message, Catch::Contains("\"dog\" is used twice (first on line 13)"));
    }
    SECTION("a category that does not exist")
    {
        const std::string message = errorOf(changed(R"("category": "work", "files": {"96": "png/96/cook.png")",
                                                    R"("category": "jobs", "files": {"96": "png/96/cook.png")"));
        CHECK_THAT(message, Catch::StartsWith("symbols/manifest.json, line 15"));
        CHECK_THAT(message, Catch::Contains("\"jobs\", which is not in \"categories\""));
    }
    SECTION("a category showing a missing symbol")
    {
        const std::string message = errorOf(changed(R"("label": "Work", "symbol": "cook")",
                                                    R"("label": "Work", "symbol": "chef")"));
        CHECK_THAT(message, Catch::StartsWith("symbols/manifest.json, line 10"));
        CHECK_THAT(message, Catch::Contains("\"chef\", which is not in \"symbols\""));
    }
    SECTION("a keyword that is not text")
    {
        const std::string message = errorOf(changed(R"("chef", "cooking")", R"("chef", 7)"));
        CHECK_THAT(message, Catch::StartsWith("symbols/manifest.json, line 15"));
        CHECK_THAT(message, Catch::Contains("keyword"));
    }
    SECTION("a picture path outside the symbols folder")
    {
        const std::string message = errorOf(changed("png/256/dog.png", "../../etc/passwd"));
        CHECK_THAT(message, Catch::StartsWith("symbols/manifest.json, line 13"));
        CHECK_THAT(message, Catch::Contains("inside the symbols folder"));
    }
    SECTION("a misspelt key")
    {
        const std::string message = errorOf(changed(R"("keywords": ["knife")", R"("keywords": ["knife"], "keywrods": ["x")"));
        CHECK_THAT(message, Catch::StartsWith("symbols/manifest.json, line 16"));
        CHECK_THAT(message, Catch::Contains("\"keywrods\" that is not known"));
    }
    SECTION("a newer format")
    {
        const std::string message = errorOf(changed(R"("format_version": 1)", R"("format_version": 2)"));
        CHECK_THAT(message, Catch::StartsWith("symbols/manifest.json, line 3"));
        CHECK_THAT(message, Catch::Contains("newer Right Job"));
    }
    SECTION("no symbols")
    {
        std::string text = smallManifestText();
        text = text.substr(0, text.find("\"symbols\": [")) + "\"symbols\": []\n}";
        CHECK_THAT(errorOf(text), Catch::Contains("no pictures"));
    }
    SECTION("a missing file")
    {
        CHECK_THROWS_AS(SymbolIndex::load("/nonexistent/symbols/manifest.json"), DataError);
    }
}
