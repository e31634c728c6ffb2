// [SECTION] The list
// [SECTION] Letters, words and case
// [SECTION] Applying the list
// [SECTION] The file

#include "speech/pronunciations.h"

#include "core/profile/person_folder.h"

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <sys/stat.h>

namespace rightjob::speech {

namespace {

using OrderedJson = nlohmann::ordered_json;

std::string trimmed(const std::string& text)
{
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos)
        return {};
    const auto last = text.find_last_not_of(" \t\r\n");
    return text.substr(first, last - first + 1);
}

} // namespace

// [SECTION] The list

bool PronunciationList::set(const std::string& word, const std::string& saidAs)
{
    Pronunciation entry{trimmed(word), trimmed(saidAs)};
    if (entry.word.empty() || entry.saidAs.empty())
        return false;
    const std::string key = foldCase(entry.word);
    for (auto& existing : m_entries) {
        if (foldCase(existing.word) == key) {
            existing = std::move(entry);
            return true;
        }
    }
    m_entries.push_back(std::move(entry));
    return true;
}

bool PronunciationList::remove(const std::string& word)
{
    const std::string key = foldCase(trimmed(word));
    const auto found = std::find_if(m_entries.begin(), m_entries.end(),
                                    [&](const Pronunciation& entry) { return foldCase(entry.word) == key; });
    if (found == m_entries.end())
        return false;
    m_entries.erase(found);
    return true;
}

const Pronunciation* PronunciationList::find(const std::string& word) const
{
    const std::string key = foldCase(trimmed(word));
    for (const auto& entry : m_entries)
        if (foldCase(entry.word) == key)
            return &entry;
    return nullptr;
}

// [SECTION] Letters, words and case

namespace {

// The code point starting at text[index] and how many bytes it takes. A byte
// that does not start valid UTF-8 counts as one character on its own.
std::pair<std::uint32_t, std::size_t> codePointAt(const std::string& text, std::size_t index)
{
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(index);
    if (lead < 0x80)
        return {lead, 1};
    std::size_t length = 0;
    std::uint32_t value = 0;
    if ((lead & 0xE0) == 0xC0) {
        length = 2;
        value = lead & 0x1F;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3;
        value = lead & 0x0F;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 4;
        value = lead & 0x07;
    } else {
        return {0xFFFD, 1};
    }
    if (index + length > text.size())
        return {0xFFFD, 1};
    for (std::size_t i = 1; i < length; ++i) {
        if ((byte(index + i) & 0xC0) != 0x80)
            return {0xFFFD, 1};
        value = (value << 6) | (byte(index + i) & 0x3F);
    }
    return {value, length};
}

// Letters and digits make words; so does any character beyond Latin-1's
// punctuation, so names in other scripts are whole words too.
bool isWordCodePoint(std::uint32_t c)
{
    if (c < 0x80)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (c <= 0xBF || c == 0xD7 || c == 0xF7 || c == 0xFFFD)
        return false; // Latin-1 punctuation and symbols, no-break space
    if (c >= 0x2000 && c <= 0x206F)
        return false; // general punctuation: curly quotes, dashes, ellipsis
    return true;
}

bool isApostrophe(std::uint32_t c)
{
    return c == '\'' || c == 0x2019;
}

// The start of the character that ends just before index (index > 0).
std::size_t previousCharacterStart(const std::string& text, std::size_t index)
{
    std::size_t start = index - 1;
    while (start > 0 && index - start < 4 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80)
        --start;
    if (codePointAt(text, start).second != index - start)
        return index - 1; // not valid UTF-8: step back one byte
    return start;
}

bool isWordCharacterAt(const std::string& text, std::size_t index)
{
    return index < text.size() && isWordCodePoint(codePointAt(text, index).first);
}

bool isWordCharacterBefore(const std::string& text, std::size_t index)
{
    return index > 0 && isWordCharacterAt(text, previousCharacterStart(text, index));
}

// Whether a word may start at index: not in the middle of a word, nor just
// after an apostrophe that joins it to one ("O'Brien").
bool wordMayStartAt(const std::string& text, std::size_t index)
{
    if (index == 0)
        return true;
    const std::size_t previous = previousCharacterStart(text, index);
    const std::uint32_t c = codePointAt(text, previous).first;
    if (isWordCodePoint(c))
        return false;
    return !(isApostrophe(c) && isWordCharacterBefore(text, previous));
}

// Whether a word may end at index: the text ends, or what follows is not a
// letter, nor an apostrophe joining on more letters other than a lone "s".
bool wordMayEndAt(const std::string& text, std::size_t index)
{
    if (index >= text.size())
        return true;
    const auto [c, length] = codePointAt(text, index);
    if (isWordCodePoint(c))
        return false;
    if (!isApostrophe(c) || !isWordCharacterAt(text, index + length))
        return true;
    const std::size_t after = index + length;
    return (text[after] == 's' || text[after] == 'S') && !isWordCharacterAt(text, after + 1);
}

} // namespace

std::string foldCase(const std::string& text)
{
    std::string folded = text;
    for (std::size_t i = 0; i < folded.size();) {
        const auto [c, length] = codePointAt(folded, i);
        std::uint32_t lower = c;
        if (c >= 'A' && c <= 'Z')
            lower = c + 32;
        else if (c >= 0xC0 && c <= 0xDE && c != 0xD7)
            lower = c + 32;
        else if ((c >= 0x100 && c <= 0x12F) || (c >= 0x132 && c <= 0x137) || (c >= 0x14A && c <= 0x177))
            lower = c | 1;
        else if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E))
            lower = (c & 1) ? c + 1 : c;
        if (lower != c) {
            // Every pair above has both letters in the same number of bytes.
            if (length == 1) {
                folded[i] = static_cast<char>(lower);
            } else {
                folded[i] = static_cast<char>(0xC0 | (lower >> 6));
                folded[i + 1] = static_cast<char>(0x80 | (lower & 0x3F));
            }
        }
        i += length;
    }
    return folded;
}

// [SECTION] Applying the list

SpokenText SpokenText::verbatim(std::string text)
{
    SpokenText spoken;
    spoken.m_original = text;
    spoken.m_spoken = std::move(text);
    if (!spoken.m_spoken.empty())
        spoken.m_pieces.push_back(Piece{0, spoken.m_spoken.size(), 0, spoken.m_original.size(), false});
    return spoken;
}

std::size_t SpokenText::originalPlaceOf(std::size_t spokenByte, bool isEnd) const
{
    for (const Piece& piece : m_pieces) {
        const std::size_t pieceEnd = piece.spokenStart + piece.spokenLength;
        const bool inside = isEnd ? (spokenByte > piece.spokenStart && spokenByte <= pieceEnd)
                                  : (spokenByte >= piece.spokenStart && spokenByte < pieceEnd);
        if (!inside)
            continue;
        if (piece.replaced)
            return isEnd ? piece.originalStart + piece.originalLength : piece.originalStart;
        return piece.originalStart + (spokenByte - piece.spokenStart);
    }
    return spokenByte == 0 ? 0 : m_original.size();
}

std::pair<std::size_t, std::size_t> SpokenText::originalSpanOf(std::size_t spokenStart, std::size_t spokenLength) const
{
    if (spokenStart >= m_spoken.size())
        return {m_original.size(), 0};
    const std::size_t spokenEnd = std::min(m_spoken.size(), spokenStart + std::max<std::size_t>(spokenLength, 1));
    const std::size_t start = originalPlaceOf(spokenStart, false);
    const std::size_t end = std::max(start, originalPlaceOf(spokenEnd, true));
    return {start, spokenLength == 0 ? 0 : end - start};
}

SpokenText applyPronunciations(const std::string& text, const PronunciationList& list)
{
    if (list.empty())
        return SpokenText::verbatim(text);

    struct Key {
        std::string folded;
        const Pronunciation* entry;
    };
    std::vector<Key> keys;
    for (const auto& entry : list.entries())
        keys.push_back({foldCase(entry.word), &entry});
    std::stable_sort(keys.begin(), keys.end(),
                     [](const Key& a, const Key& b) { return a.folded.size() > b.folded.size(); });

    const std::string folded = foldCase(text);
    SpokenText result;
    result.m_original = text;
    std::size_t verbatimStart = 0;
    const auto flushVerbatim = [&](std::size_t end) {
        if (end > verbatimStart) {
            result.m_pieces.push_back(SpokenText::Piece{result.m_spoken.size(), end - verbatimStart, verbatimStart,
                                                        end - verbatimStart, false});
            result.m_spoken.append(text, verbatimStart, end - verbatimStart);
        }
    };

    std::size_t index = 0;
    while (index < text.size()) {
        const Key* match = nullptr;
        if (wordMayStartAt(text, index)) {
            for (const Key& key : keys) {
                if (folded.compare(index, key.folded.size(), key.folded) == 0
                    && wordMayEndAt(text, index + key.folded.size())) {
                    match = &key;
                    break;
                }
            }
        }
        if (!match) {
            index += codePointAt(text, index).second;
            continue;
        }
        flushVerbatim(index);
        result.m_pieces.push_back(SpokenText::Piece{result.m_spoken.size(), match->entry->saidAs.size(), index,
                                                    match->folded.size(), true});
        result.m_spoken += match->entry->saidAs;
        index += match->folded.size();
        verbatimStart = index;
    }
    flushVerbatim(text.size());
    return result;
}

// [SECTION] The file

std::string pronunciationsPath(const std::string& personFolder)
{
    return core::pronunciationsPathIn(personFolder);
}

PronunciationList readPronunciations(const core::JsonFile& file)
{
    core::JsonObjectReader root(file, core::JsonPointer(), "The pronunciation list");
    if (root.requireString("format") != kPronunciationsFormat)
        root.failAt("format", std::string("this is not a Right Job pronunciation list (\"format\" should be \"")
                                  + kPronunciationsFormat + "\").");
    const auto version = root.requireInteger("format_version");
    if (version > kPronunciationsFormatVersion)
        root.failAt("format_version", "this list was made by a newer Right Job (format version "
                                          + std::to_string(version) + "). Please update Right Job to open it.");
    if (version != kPronunciationsFormatVersion)
        root.failAt("format_version", "format version " + std::to_string(version) + " is not known.");

    PronunciationList list;
    const core::JsonPointer entries = root.requireArray("pronunciations");
    const std::size_t count = file.root().at(entries).size();
    for (std::size_t i = 0; i < count; ++i) {
        core::JsonObjectReader entry(file, entries / i, "A pronunciation");
        const std::string word = entry.requireString("word");
        const std::string saidAs = entry.requireString("said_as");
        entry.finish();
        if (list.find(word))
            entry.failAt("word", "\"" + trimmed(word) + "\" is listed twice; keep one of them.");
        list.set(word, saidAs);
    }
    root.finish();
    return list;
}

PronunciationList parsePronunciations(const std::string& text, const std::string& fileName)
{
    return readPronunciations(core::JsonFile::parse(text, fileName));
}

std::string writePronunciations(const PronunciationList& list)
{
    OrderedJson root;
    root["format"] = kPronunciationsFormat;
    root["format_version"] = kPronunciationsFormatVersion;
    root["pronunciations"] = OrderedJson::array();
    for (const auto& entry : list.entries()) {
        OrderedJson json;
        json["word"] = entry.word;
        json["said_as"] = entry.saidAs;
        root["pronunciations"].push_back(json);
    }
    return root.dump(2) + "\n";
}

PronunciationList loadPronunciations(const std::string& path)
{
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0 && errno == ENOENT)
        return {};
    return readPronunciations(core::JsonFile::load(path));
}

core::FileResult savePronunciations(core::FileSystem& files, const std::string& path, const PronunciationList& list)
{
    return core::writeFileAtomically(files, path, writePronunciations(list));
}

} // namespace rightjob::speech
