// [SECTION] Words: splitting, lowercasing, plurals
// [SECTION] Loading the manifest
// [SECTION] Lookup and browsing
// [SECTION] Search tables
// [SECTION] Search
// [SECTION] The slow search, for comparison

#include "core/pictures/symbol_index.h"

#include "core/base/file_system.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace rightjob::core {

namespace {

// [SECTION] Words: splitting, lowercasing, plurals

// How well one word matches one term. The order matters: higher is better.
enum class MatchLevel : std::uint8_t { None, Inside, Prefix, Exact };

constexpr int kWholeIdScore = 100;
constexpr int kNameWordBonus = 5;
// When the symbol's id or name holds the start of a word searched for
// ("cook" for "cooking"), it is a little more likely to be the one meant;
// small enough never to lift a symbol over a better kind of match.
constexpr int kStemBonus = 2;
constexpr std::size_t kShortestInsideMatch = 3;
constexpr std::size_t kShortestStem = 3;

// Whether a name word is the start of a longer word searched for.
bool isStemOf(const std::string& nameWord, const std::string& searchWord)
{
    return nameWord.size() >= kShortestStem && nameWord.size() < searchWord.size()
           && searchWord.compare(0, nameWord.size(), nameWord) == 0;
}

int scoreFor(MatchLevel level, bool isNameWord)
{
    int score = 0;
    switch (level) {
    case MatchLevel::None: return 0;
    case MatchLevel::Inside: score = 10; break;
    case MatchLevel::Prefix: score = 30; break;
    case MatchLevel::Exact: score = 60; break;
    }
    return score + (isNameWord ? kNameWordBonus : 0);
}

bool isWordByte(unsigned char c)
{
    // Bytes of UTF-8 sequences count as letters, so "café" stays one word.
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

// Lowercase words of a text. Apostrophes are dropped ("woman's" gives
// "womans", and so "woman"), and so is a lone "s" (ids write "woman-s-hat").
std::vector<std::string> splitWords(const std::string& text, std::size_t maxWords)
{
    std::vector<std::string> words;
    std::string word;
    auto finishWord = [&]() {
        if (!word.empty() && word != "s" && words.size() < maxWords)
            words.push_back(word);
        word.clear();
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == '\'')
            continue;
        // U+2019 RIGHT SINGLE QUOTATION MARK, the typographic apostrophe.
        if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80
            && static_cast<unsigned char>(text[i + 2]) == 0x99) {
            i += 2;
            continue;
        }
        if (isWordByte(c))
            word += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c);
        else
            finishWord();
    }
    finishWord();
    return words;
}

bool endsWith(const std::string& text, const char* ending)
{
    const std::size_t length = std::strlen(ending);
    return text.size() >= length && text.compare(text.size() - length, length, ending) == 0;
}

// Plurals that no rule makes.
constexpr std::array<std::pair<const char*, const char*>, 9> kIrregularPlurals{{
    {"people", "person"},
    {"children", "child"},
    {"men", "man"},
    {"women", "woman"},
    {"feet", "foot"},
    {"teeth", "tooth"},
    {"mice", "mouse"},
    {"geese", "goose"},
    {"oxen", "ox"},
}};

// Words that end in s but are not the plural of the word without it.
constexpr std::array<const char*, 6> kNotPlurals{{"news", "glasses", "shorts", "series", "species", "clothes"}};

// Small words a search may hold that no symbol is named by.
constexpr std::array<const char*, 13> kStopWords{{"a", "an", "the", "of", "and", "to", "in", "on", "with", "for",
                                                  "at", "or", "my"}};

bool isStopWord(const std::string& word)
{
    return std::any_of(kStopWords.begin(), kStopWords.end(), [&](const char* stop) { return word == stop; });
}

// The words a plural may have come from, most likely first: "boxes" gives
// "boxe", "box"; "puppies" gives "puppie", "puppi", "puppy"; "knives" also
// "knif" and "knife". Only those the vocabulary knows are used.
std::vector<std::string> singularCandidates(const std::string& word)
{
    std::vector<std::string> candidates;
    for (const auto& [plural, singular] : kIrregularPlurals) {
        if (word == plural)
            candidates.push_back(singular);
    }
    if (word.size() < 3 || word.back() != 's' || endsWith(word, "ss") || endsWith(word, "us") || endsWith(word, "is"))
        return candidates;
    if (std::any_of(kNotPlurals.begin(), kNotPlurals.end(), [&](const char* keep) { return word == keep; }))
        return candidates;
    const std::string stem = word.substr(0, word.size() - 1);
    candidates.push_back(stem);
    if (endsWith(word, "es") && word.size() >= 4)
        candidates.push_back(word.substr(0, word.size() - 2));
    if (endsWith(word, "ies") && word.size() >= 5)
        candidates.push_back(word.substr(0, word.size() - 3) + "y");
    if (endsWith(word, "ves") && word.size() >= 5) {
        candidates.push_back(word.substr(0, word.size() - 3) + "f");
        candidates.push_back(word.substr(0, word.size() - 3) + "fe");
    }
    return candidates;
}

// The plurals a word may have, for a word the vocabulary only has in the plural.
std::vector<std::string> pluralCandidates(const std::string& word)
{
    std::vector<std::string> candidates{word + "s", word + "es"};
    if (word.size() >= 2 && word.back() == 'y')
        candidates.push_back(word.substr(0, word.size() - 1) + "ies");
    for (const auto& [plural, singular] : kIrregularPlurals) {
        if (word == singular)
            candidates.push_back(plural);
    }
    return candidates;
}

std::string joinGroups(const std::vector<std::uint32_t>& groups)
{
    std::string key;
    for (const std::uint32_t group : groups) {
        key += std::to_string(group);
        key += ',';
    }
    return key;
}

// The words a search must match: all but the stop words, unless that is none.
std::vector<std::string> requiredWords(const std::vector<std::string>& words)
{
    std::vector<std::string> required;
    for (const std::string& word : words) {
        if (!isStopWord(word))
            required.push_back(word);
    }
    return required.empty() ? words : required;
}

bool isPathInsideFolder(const std::string& path)
{
    if (path.empty() || path.front() == '/' || path.find('\\') != std::string::npos)
        return false;
    std::size_t start = 0;
    while (start <= path.size()) {
        std::size_t end = path.find('/', start);
        if (end == std::string::npos)
            end = path.size();
        const std::string part = path.substr(start, end - start);
        if (part.empty() || part == "." || part == "..")
            return false;
        start = end + 1;
    }
    return true;
}

} // namespace

// [SECTION] Loading the manifest

SymbolIndex SymbolIndex::load(const std::string& manifestPath)
{
    return fromJson(JsonFile::load(manifestPath), parentFolder(manifestPath));
}

SymbolIndex SymbolIndex::fromJson(const JsonFile& file, const std::string& symbolsFolder)
{
    SymbolIndex index;
    index.m_folder = symbolsFolder.empty() ? parentFolder(file.fileName()) : symbolsFolder;

    JsonObjectReader manifest(file, JsonPointer(), "the symbol manifest");
    manifest.requireChoice("format", {"rightjob-symbols"});
    const std::int64_t version = manifest.requireInteger("format_version");
    if (version > 1)
        manifest.failAt("format_version", "this symbol manifest was made by a newer Right Job (format_version "
                                              + std::to_string(version) + "). Please update Right Job.");
    if (version < 1)
        manifest.failAt("format_version", "\"format_version\" should be 1.");
    manifest.optionalString("source");
    index.m_licence = manifest.requireString("licence");
    index.m_attribution = manifest.requireString("attribution");

    const JsonPointer sizesPointer = manifest.requireArray("sizes");
    const Json& sizes = file.root().at(sizesPointer);
    const bool hasBothSizes = std::find(sizes.begin(), sizes.end(), Json(96)) != sizes.end()
                              && std::find(sizes.begin(), sizes.end(), Json(256)) != sizes.end();
    if (!hasBothSizes)
        manifest.failAt("sizes", "\"sizes\" should list 96 and 256, the picture sizes Right Job uses.");

    const JsonPointer categoriesPointer = manifest.requireArray("categories");
    const std::size_t categoryCount = file.root().at(categoriesPointer).size();
    if (categoryCount == 0)
        manifest.failAt("categories", "\"categories\" is empty; symbols need at least one category.");
    std::unordered_map<std::string, std::size_t> categoryIndex;
    for (std::size_t i = 0; i < categoryCount; ++i) {
        JsonObjectReader reader(file, categoriesPointer / i, "the category");
        SymbolCategory category;
        category.id = reader.requireId("id");
        category.label = reader.requireString("label");
        category.symbol = reader.requireId("symbol");
        reader.finish();
        if (!categoryIndex.emplace(category.id, i).second)
            reader.failAt("id", "the category id \"" + category.id + "\" is used twice.");
        index.m_categories.push_back(std::move(category));
    }

    const JsonPointer symbolsPointer = manifest.requireArray("symbols");
    manifest.finish();
    const std::size_t symbolCount = file.root().at(symbolsPointer).size();
    if (symbolCount == 0)
        manifest.failAt("symbols", "\"symbols\" is empty; there are no pictures.");
    if (symbolCount >= (std::size_t{1} << 30))
        manifest.failAt("symbols", "\"symbols\" has too many symbols.");
    index.m_symbols.reserve(symbolCount);
    for (std::size_t i = 0; i < symbolCount; ++i) {
        JsonObjectReader reader(file, symbolsPointer / i, "the symbol");
        SymbolEntry symbol;
        symbol.id = reader.requireId("id");
        symbol.name = reader.requireString("name");
        symbol.category = reader.requireString("category");
        if (categoryIndex.count(symbol.category) == 0)
            reader.failAt("category", "the symbol \"" + symbol.id + "\" has the category \"" + symbol.category
                                          + "\", which is not in \"categories\".");

        JsonObjectReader files(file, reader.requireObject("files"), "\"files\"");
        symbol.smallFile = files.requireString("96");
        symbol.largeFile = files.requireString("256");
        files.finish();
        if (!isPathInsideFolder(symbol.smallFile))
            files.failAt("96", "\"" + symbol.smallFile + "\" should be a path inside the symbols folder.");
        if (!isPathInsideFolder(symbol.largeFile))
            files.failAt("256", "\"" + symbol.largeFile + "\" should be a path inside the symbols folder.");

        const JsonPointer keywordsPointer = reader.requireArray("keywords");
        const Json& keywords = file.root().at(keywordsPointer);
        for (std::size_t k = 0; k < keywords.size(); ++k) {
            if (!keywords[k].is_string() || keywords[k].get<std::string>().empty())
                file.fail(keywordsPointer / k, "every keyword should be a word in quotes.");
            symbol.keywords.push_back(keywords[k].get<std::string>());
        }
        symbol.openmoji = reader.optionalString("openmoji");
        reader.finish();

        if (!index.m_byId.emplace(symbol.id, i).second) {
            const TextPlace first = file.placeOf(symbolsPointer / index.m_byId.at(symbol.id) / "id");
            reader.failAt("id", "the symbol id \"" + symbol.id + "\" is used twice (first on line "
                                    + std::to_string(first.line) + ").");
        }
        index.m_symbols.push_back(std::move(symbol));
    }

    for (std::size_t i = 0; i < index.m_categories.size(); ++i) {
        const SymbolCategory& category = index.m_categories[i];
        if (!index.contains(category.symbol))
            file.fail(categoriesPointer / i / "symbol",
                      "the category \"" + category.id + "\" shows the symbol \"" + category.symbol
                          + "\", which is not in \"symbols\".");
    }

    index.buildSearchTables();
    return index;
}

// [SECTION] Lookup and browsing

const SymbolEntry* SymbolIndex::find(const std::string& id) const
{
    const auto found = m_byId.find(id);
    return found == m_byId.end() ? nullptr : &m_symbols[found->second];
}

std::vector<const SymbolEntry*> SymbolIndex::symbolsInCategory(const std::string& categoryId) const
{
    std::vector<const SymbolEntry*> inCategory;
    for (const SymbolEntry& symbol : m_symbols) {
        if (symbol.category == categoryId)
            inCategory.push_back(&symbol);
    }
    return inCategory;
}

std::string SymbolIndex::filePath(const std::string& id, SymbolSize size) const
{
    const SymbolEntry* symbol = find(id);
    if (!symbol)
        return "";
    return m_folder + "/" + (size == SymbolSize::Small ? symbol->smallFile : symbol->largeFile);
}

// [SECTION] Search tables

int SymbolIndex::termOf(const std::string& word) const
{
    const auto found = m_termIndex.find(word);
    return found == m_termIndex.end() ? -1 : static_cast<int>(found->second);
}

std::string SymbolIndex::singularOf(const std::string& word) const
{
    for (const std::string& candidate : singularCandidates(word)) {
        if (candidate.size() >= 2 && m_termIndex.count(candidate))
            return candidate;
    }
    return word;
}

int SymbolIndex::groupOfWord(const std::string& word) const
{
    const int term = termOf(singularOf(word));
    if (term >= 0)
        return static_cast<int>(m_termGroup[static_cast<std::size_t>(term)]);
    // A word the symbols only have in the plural ("candle" for "candles").
    for (const std::string& plural : pluralCandidates(word)) {
        const int pluralTerm = termOf(plural);
        if (pluralTerm >= 0)
            return static_cast<int>(m_termGroup[static_cast<std::size_t>(pluralTerm)]);
    }
    return -1;
}

void SymbolIndex::buildSearchTables()
{
    // Each symbol's words, with whether they come from its id or name.
    struct SymbolWord {
        std::uint32_t term;
        bool isNameWord;
    };
    std::vector<std::vector<SymbolWord>> symbolWords(m_symbols.size());
    auto termFor = [this](const std::string& word) {
        const auto [found, added] = m_termIndex.emplace(word, static_cast<std::uint32_t>(m_terms.size()));
        if (added)
            m_terms.push_back(word);
        return found->second;
    };
    for (std::size_t s = 0; s < m_symbols.size(); ++s) {
        const SymbolEntry& symbol = m_symbols[s];
        std::vector<SymbolWord>& words = symbolWords[s];
        auto add = [&](const std::string& text, bool isNameWord) {
            for (const std::string& word : splitWords(text, kAllHits)) {
                const std::uint32_t term = termFor(word);
                const auto same = std::find_if(words.begin(), words.end(),
                                               [&](const SymbolWord& known) { return known.term == term; });
                if (same == words.end())
                    words.push_back({term, isNameWord});
                else
                    same->isNameWord = same->isNameWord || isNameWord;
            }
        };
        add(symbol.id, true);
        add(symbol.name, true);
        for (const std::string& keyword : symbol.keywords)
            add(keyword, false);
    }

    const std::size_t termCount = m_terms.size();
    m_termText = "\n";
    m_termStart.resize(termCount);
    for (std::size_t t = 0; t < termCount; ++t) {
        m_termStart[t] = static_cast<std::uint32_t>(m_termText.size());
        m_termText += m_terms[t];
        m_termText += '\n';
    }
    m_termAtByte.assign(m_termText.size(), UINT32_MAX);
    for (std::size_t t = 0; t < termCount; ++t)
        std::fill_n(m_termAtByte.begin() + m_termStart[t], m_terms[t].size(), static_cast<std::uint32_t>(t));

    // Groups: a term belongs to the group of its singular, when the
    // vocabulary has it ("dogs" to "dog", "people" to "person").
    // Joined transitively, so every way of asking for a group finds all of it.
    std::vector<std::uint32_t> parent(termCount);
    for (std::size_t t = 0; t < termCount; ++t)
        parent[t] = static_cast<std::uint32_t>(t);
    auto root = [&parent](std::uint32_t term) {
        while (parent[term] != term) {
            parent[term] = parent[parent[term]];
            term = parent[term];
        }
        return term;
    };
    for (std::size_t t = 0; t < termCount; ++t) {
        const std::uint32_t singular = root(static_cast<std::uint32_t>(termOf(singularOf(m_terms[t]))));
        const std::uint32_t self = root(static_cast<std::uint32_t>(t));
        if (singular != self)
            parent[std::max(singular, self)] = std::min(singular, self);
    }
    m_termGroup.resize(termCount);
    for (std::size_t t = 0; t < termCount; ++t)
        m_termGroup[t] = root(static_cast<std::uint32_t>(t));
    m_groupTermsStart.assign(termCount + 1, 0);
    for (std::size_t t = 0; t < termCount; ++t)
        ++m_groupTermsStart[m_termGroup[t] + 1];
    for (std::size_t g = 0; g < termCount; ++g)
        m_groupTermsStart[g + 1] += m_groupTermsStart[g];
    m_groupTerms.resize(termCount);
    {
        std::vector<std::uint32_t> next(m_groupTermsStart.begin(), m_groupTermsStart.end() - 1);
        for (std::size_t t = 0; t < termCount; ++t)
            m_groupTerms[next[m_termGroup[t]]++] = static_cast<std::uint32_t>(t);
    }

    // Postings: for each term, the symbols that have it.
    m_postingStart.assign(termCount + 1, 0);
    for (const auto& words : symbolWords)
        for (const SymbolWord& word : words)
            ++m_postingStart[word.term + 1];
    for (std::size_t t = 0; t < termCount; ++t)
        m_postingStart[t + 1] += m_postingStart[t];
    m_postings.resize(m_postingStart[termCount]);
    {
        std::vector<std::uint32_t> next(m_postingStart.begin(), m_postingStart.end() - 1);
        for (std::size_t s = 0; s < symbolWords.size(); ++s)
            for (const SymbolWord& word : symbolWords[s])
                m_postings[next[word.term]++] = static_cast<std::uint32_t>(s * 2 + (word.isNameWord ? 1 : 0));
    }

    // Whole ids by the groups of their words.
    for (std::size_t s = 0; s < m_symbols.size(); ++s) {
        std::vector<std::uint32_t> groups;
        for (const std::string& word : splitWords(m_symbols[s].id, kAllHits))
            groups.push_back(m_termGroup[m_termIndex.at(word)]);
        m_symbolsByIdGroups[joinGroups(groups)].push_back(static_cast<std::uint32_t>(s));
    }

    // Ties go by id, so the order never depends on the manifest's order.
    std::vector<std::uint32_t> byId(m_symbols.size());
    for (std::size_t s = 0; s < byId.size(); ++s)
        byId[s] = static_cast<std::uint32_t>(s);
    std::sort(byId.begin(), byId.end(), [this](std::uint32_t a, std::uint32_t b) {
        return m_symbols[a].id < m_symbols[b].id;
    });
    m_idRank.resize(m_symbols.size());
    for (std::size_t rank = 0; rank < byId.size(); ++rank)
        m_idRank[byId[rank]] = static_cast<std::uint32_t>(rank);
}

// [SECTION] Search

namespace {

// Sorts scored symbols best first (ties by id rank) and keeps at most limit.
std::vector<SearchHit> bestHits(std::vector<std::pair<int, std::uint32_t>>& scored,
                                const std::vector<std::uint32_t>& idRank, const std::vector<SymbolEntry>& symbols,
                                std::size_t limit)
{
    auto better = [&](const std::pair<int, std::uint32_t>& a, const std::pair<int, std::uint32_t>& b) {
        if (a.first != b.first)
            return a.first > b.first;
        return idRank[a.second] < idRank[b.second];
    };
    const std::size_t kept = std::min(limit, scored.size());
    std::partial_sort(scored.begin(), scored.begin() + static_cast<std::ptrdiff_t>(kept), scored.end(), better);
    std::vector<SearchHit> hits;
    hits.reserve(kept);
    for (std::size_t i = 0; i < kept; ++i)
        hits.push_back({&symbols[scored[i].second], scored[i].first});
    return hits;
}

} // namespace

std::vector<SearchHit> SymbolIndex::search(const std::string& words, std::size_t limit) const
{
    const std::vector<std::string> allWords = splitWords(words, kMaxSearchWords);
    const std::vector<std::string> required = requiredWords(allWords);
    if (required.empty() || limit == 0 || m_symbols.empty())
        return {};

    const std::size_t symbolCount = m_symbols.size();
    std::vector<MatchLevel> termLevel(m_terms.size(), MatchLevel::None);
    std::vector<std::uint32_t> touchedTerms;
    std::vector<std::uint8_t> bestForWord(symbolCount, 0);
    std::vector<std::uint32_t> touchedSymbols;
    std::vector<int> total(symbolCount, 0);
    std::vector<std::uint8_t> wordsMatched(symbolCount, 0);
    std::vector<std::uint8_t> stemBonus(symbolCount, 0);
    std::vector<std::uint32_t> stemSymbols;

    auto mark = [&](std::uint32_t term, MatchLevel level) {
        if (termLevel[term] == MatchLevel::None)
            touchedTerms.push_back(term);
        termLevel[term] = std::max(termLevel[term], level);
    };

    for (const std::string& word : required) {
        const int group = groupOfWord(word);
        if (group >= 0) {
            const auto g = static_cast<std::size_t>(group);
            for (std::uint32_t i = m_groupTermsStart[g]; i < m_groupTermsStart[g + 1]; ++i)
                mark(m_groupTerms[i], MatchLevel::Exact);
        }
        // Short words only match at the start of a term: searching for "\nab"
        // finds exactly those. Longer words are found anywhere.
        const bool startsOnly = word.size() < kShortestInsideMatch;
        const std::string needle = startsOnly ? "\n" + word : word;
        const std::size_t skip = startsOnly ? 1 : 0;
        for (std::size_t at = m_termText.find(needle); at != std::string::npos; at = m_termText.find(needle, at + 1)) {
            const std::size_t wordAt = at + skip;
            const std::uint32_t term = m_termAtByte[wordAt];
            if (wordAt == m_termStart[term])
                mark(term, word.size() == m_terms[term].size() ? MatchLevel::Exact : MatchLevel::Prefix);
            else
                mark(term, MatchLevel::Inside);
        }

        // Terms that are the start of this word: "cook" for "cooking".
        for (std::size_t length = kShortestStem; length < word.size(); ++length) {
            const int term = termOf(word.substr(0, length));
            if (term < 0)
                continue;
            const auto t = static_cast<std::size_t>(term);
            for (std::uint32_t i = m_postingStart[t]; i < m_postingStart[t + 1]; ++i) {
                const std::uint32_t symbol = m_postings[i] >> 1;
                if ((m_postings[i] & 1) != 0 && stemBonus[symbol] == 0) {
                    stemBonus[symbol] = kStemBonus;
                    stemSymbols.push_back(symbol);
                }
            }
        }

        for (const std::uint32_t term : touchedTerms) {
            for (std::uint32_t i = m_postingStart[term]; i < m_postingStart[term + 1]; ++i) {
                const std::uint32_t symbol = m_postings[i] >> 1;
                const auto score = static_cast<std::uint8_t>(scoreFor(termLevel[term], (m_postings[i] & 1) != 0));
                if (bestForWord[symbol] == 0)
                    touchedSymbols.push_back(symbol);
                bestForWord[symbol] = std::max(bestForWord[symbol], score);
            }
            termLevel[term] = MatchLevel::None;
        }
        touchedTerms.clear();
        for (const std::uint32_t symbol : touchedSymbols) {
            total[symbol] += bestForWord[symbol] + stemBonus[symbol];
            ++wordsMatched[symbol];
            bestForWord[symbol] = 0;
        }
        touchedSymbols.clear();
        for (const std::uint32_t symbol : stemSymbols)
            stemBonus[symbol] = 0;
        stemSymbols.clear();
    }

    // A search that names a symbol's whole id ("dog", "dogs", "dog face").
    std::vector<std::uint32_t> queryGroups;
    for (const std::string& word : allWords) {
        const int group = groupOfWord(word);
        if (group < 0)
            break;
        queryGroups.push_back(static_cast<std::uint32_t>(group));
    }
    if (queryGroups.size() == allWords.size()) {
        const auto named = m_symbolsByIdGroups.find(joinGroups(queryGroups));
        if (named != m_symbolsByIdGroups.end())
            for (const std::uint32_t symbol : named->second)
                if (wordsMatched[symbol] == required.size())
                    total[symbol] += kWholeIdScore;
    }

    std::vector<std::pair<int, std::uint32_t>> scored;
    for (std::uint32_t symbol = 0; symbol < symbolCount; ++symbol) {
        if (wordsMatched[symbol] == required.size())
            scored.emplace_back(total[symbol], symbol);
    }
    return bestHits(scored, m_idRank, m_symbols, limit);
}

// [SECTION] The slow search, for comparison

std::vector<SearchHit> SymbolIndex::linearSearchBaseline(const std::string& words, std::size_t limit) const
{
    const std::vector<std::string> allWords = splitWords(words, kMaxSearchWords);
    const std::vector<std::string> required = requiredWords(allWords);
    if (required.empty() || limit == 0)
        return {};
    std::vector<int> queryGroups;
    for (const std::string& word : allWords)
        queryGroups.push_back(groupOfWord(word));

    std::vector<std::pair<int, std::uint32_t>> scored;
    for (std::size_t s = 0; s < m_symbols.size(); ++s) {
        const SymbolEntry& symbol = m_symbols[s];
        // Every word of the symbol, lowercased afresh, each time.
        std::vector<std::pair<std::string, bool>> symbolWords;
        for (const std::string& word : splitWords(symbol.id, kAllHits))
            symbolWords.emplace_back(word, true);
        for (const std::string& word : splitWords(symbol.name, kAllHits))
            symbolWords.emplace_back(word, true);
        for (const std::string& keyword : symbol.keywords)
            for (const std::string& word : splitWords(keyword, kAllHits))
                symbolWords.emplace_back(word, false);

        int total = 0;
        bool allMatched = true;
        for (const std::string& queryWord : required) {
            const int queryGroup = groupOfWord(queryWord);
            int best = 0;
            bool hasStem = false;
            for (const auto& [symbolWord, isNameWord] : symbolWords) {
                hasStem = hasStem || (isNameWord && isStemOf(symbolWord, queryWord));
                MatchLevel level = MatchLevel::None;
                if (symbolWord == queryWord || (queryGroup >= 0 && groupOfWord(symbolWord) == queryGroup))
                    level = MatchLevel::Exact;
                else if (symbolWord.compare(0, queryWord.size(), queryWord) == 0)
                    level = MatchLevel::Prefix;
                else if (queryWord.size() >= kShortestInsideMatch && symbolWord.find(queryWord) != std::string::npos)
                    level = MatchLevel::Inside;
                best = std::max(best, scoreFor(level, isNameWord));
            }
            if (best == 0) {
                allMatched = false;
                break;
            }
            total += best + (hasStem ? kStemBonus : 0);
        }
        if (!allMatched)
            continue;

        std::vector<int> idGroups;
        for (const std::string& word : splitWords(symbol.id, kAllHits))
            idGroups.push_back(groupOfWord(word));
        const bool namesWholeId = idGroups == queryGroups
                                  && std::find(queryGroups.begin(), queryGroups.end(), -1) == queryGroups.end();
        if (namesWholeId)
            total += kWholeIdScore;
        scored.emplace_back(total, static_cast<std::uint32_t>(s));
    }
    return bestHits(scored, m_idRank, m_symbols, limit);
}

} // namespace rightjob::core
