// The picture symbol library: symbols/manifest.json read into memory, with
// lookup by id, browsing by category and a fast search by words.
#pragma once

#include "core/base/json_file.h"

#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <unordered_map>
#include <vector>

namespace rightjob::core {

// The two picture sizes every symbol ships in.
enum class SymbolSize {
    Small, // 96 x 96 px, for grids and small cards
    Large, // 256 x 256 px, for big cards and the talking mat
};

// One picture symbol as the manifest describes it.
struct SymbolEntry {
    std::string id;        // "thumbs-up"
    std::string name;      // "thumbs up"
    std::string category;  // a category id: "feelings"
    std::string smallFile; // relative to the symbols folder: "png/96/thumbs-up.png"
    std::string largeFile; // relative to the symbols folder: "png/256/thumbs-up.png"
    std::vector<std::string> keywords;
    std::string openmoji;  // the OpenMoji hexcode, for credits
};

// A group of symbols to browse by touch, with its words and picture.
struct SymbolCategory {
    std::string id;     // "animals"
    std::string label;  // "Animals"
    std::string symbol; // the symbol id shown on the category's button
};

// One symbol found by a search; symbol points into the index searched.
struct SearchHit {
    const SymbolEntry* symbol = nullptr;
    int score = 0;
};

// The symbol library. Loading checks everything, so a loaded index is
// consistent: every symbol's category exists, every category's symbol exists.
class SymbolIndex {
public:
    // Hits without a limit.
    static constexpr std::size_t kAllHits = std::numeric_limits<std::size_t>::max();
    // Only this many words of a search are used; the rest are ignored.
    static constexpr std::size_t kMaxSearchWords = 16;

    // Reads a manifest file; picture paths are under the folder holding it.
    // Throws DataError with the file, line and what is wrong.
    static SymbolIndex load(const std::string& manifestPath);

    // Reads a parsed manifest whose pictures are under symbolsFolder (the
    // folder of file.fileName() when empty). Throws DataError.
    static SymbolIndex fromJson(const JsonFile& file, const std::string& symbolsFolder = "");

    // Every symbol, in manifest order.
    const std::vector<SymbolEntry>& symbols() const { return m_symbols; }
    std::size_t size() const { return m_symbols.size(); }

    // The symbol with this id, or nullptr.
    const SymbolEntry* find(const std::string& id) const;

    // Whether a symbol with this id exists.
    bool contains(const std::string& id) const { return find(id) != nullptr; }

    // The categories, in manifest order.
    const std::vector<SymbolCategory>& categories() const { return m_categories; }

    // The symbols of one category in manifest order; empty for an unknown id.
    std::vector<const SymbolEntry*> symbolsInCategory(const std::string& categoryId) const;

    // The full path of a symbol's picture; empty when the id is unknown.
    std::string filePath(const std::string& id, SymbolSize size) const;

    // The folder the picture paths are relative to.
    const std::string& folder() const { return m_folder; }

    // The credit line the licence asks for, to show on the About screen.
    const std::string& attribution() const { return m_attribution; }

    // The licence name, as the manifest gives it ("CC BY-SA 4.0").
    const std::string& licence() const { return m_licence; }

    // Finds symbols for words typed or spoken ("dogs", "cooking pot"), best
    // first, at most limit of them. Case and plurals do not matter
    // ("Puppies" finds "puppy", "people" finds "person"). Every word must
    // match the symbol's id, name or keywords: exactly, as the start of one,
    // or (for 3 letters or more) inside one; the scores of the words add up.
    // An exact match of the whole id ranks first, then exact words, then
    // word starts, then words inside words; words of the symbol's own name
    // count a little more than its other keywords, and a name word that
    // starts a searched word ("cook" in "cooking") a little more again; ties
    // go by id. No match, no hits.
    std::vector<SearchHit> search(const std::string& words, std::size_t limit) const;

    // The same search done the slow, obvious way (every keyword lowercased
    // and compared for every symbol), kept to measure search() against and
    // to check that both agree.
    std::vector<SearchHit> linearSearchBaseline(const std::string& words, std::size_t limit = kAllHits) const;

private:
    void buildSearchTables();
    int termOf(const std::string& word) const;   // -1 when not a known term
    int groupOfWord(const std::string& word) const; // -1 when no term is that word or its plural
    std::string singularOf(const std::string& word) const;

    std::string m_folder;
    std::string m_attribution;
    std::string m_licence;
    std::vector<SymbolEntry> m_symbols;
    std::vector<SymbolCategory> m_categories;
    std::unordered_map<std::string, std::size_t> m_byId;
    std::vector<std::uint32_t> m_idRank; // position of each symbol sorted by id

    // Search tables, built once at load.
    // Every distinct normalised word of every id, name and keyword list.
    std::vector<std::string> m_terms;
    std::unordered_map<std::string, std::uint32_t> m_termIndex;
    // The terms joined as "\nterm\nterm\n", so one substring scan finds a
    // word inside every term at once, with the term each byte belongs to.
    std::string m_termText;
    std::vector<std::uint32_t> m_termStart;
    std::vector<std::uint32_t> m_termAtByte;
    // Terms that are the same word but for a plural share a group.
    std::vector<std::uint32_t> m_termGroup;
    std::vector<std::uint32_t> m_groupTermsStart; // m_groupTerms[start[g] .. start[g+1])
    std::vector<std::uint32_t> m_groupTerms;
    // For each term, the symbols that have it: symbol index * 2 + 1 when the
    // word is part of the symbol's id or name, * 2 when only a keyword.
    std::vector<std::uint32_t> m_postingStart;
    std::vector<std::uint32_t> m_postings;
    // The groups of an id's words ("dog-face" as the groups of "dog" and
    // "face"), to find a search that names a symbol exactly.
    std::unordered_map<std::string, std::vector<std::uint32_t>> m_symbolsByIdGroups;
};

} // namespace rightjob::core
