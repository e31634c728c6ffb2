// A person's pronunciation list ("Siobhan" said as "shi-vorn"): words the
// voice gets wrong, each with text that makes it say them right. The list is
// applied to the text before synthesis, and every place in the spoken text
// can be traced back to the original, so highlighting lights the word the
// person sees, not the respelling.
#pragma once

#include "core/base/file_system.h"
#include "core/base/json_file.h"

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace rightjob::speech {

// The format name and version this program writes in pronunciations.json.
inline constexpr const char* kPronunciationsFormat = "rightjob-pronunciations";
inline constexpr int kPronunciationsFormatVersion = 1;

// One entry: a word (or a few words) as written, and how to say it.
struct Pronunciation {
    std::string word;
    std::string saidAs;

    bool operator==(const Pronunciation& other) const { return word == other.word && saidAs == other.saidAs; }
};

// The list for one person. Words are unique ignoring case; the order is the
// order they were added, which is how the editor shows them.
class PronunciationList {
public:
    // Adds an entry, or changes how an existing word (ignoring case) is said.
    // Spaces around word and saidAs are dropped. Returns false, changing
    // nothing, when either is empty after that.
    bool set(const std::string& word, const std::string& saidAs);

    // Removes the entry for word (ignoring case); false when there was none.
    bool remove(const std::string& word);

    // How word (ignoring case) is said, or nullptr when it is not listed.
    const Pronunciation* find(const std::string& word) const;

    // Every entry, in the order they were added.
    const std::vector<Pronunciation>& entries() const { return m_entries; }

    // True when there are no entries.
    bool empty() const { return m_entries.empty(); }

    bool operator==(const PronunciationList& other) const { return m_entries == other.m_entries; }

private:
    std::vector<Pronunciation> m_entries;
};

// A piece of text in two forms: the original (as shown on screen) and the
// text handed to the voice, with a map between them.
class SpokenText {
public:
    // Text spoken as it is written.
    static SpokenText verbatim(std::string text);

    // The text as shown.
    const std::string& original() const { return m_original; }

    // The text the voice reads.
    const std::string& spoken() const { return m_spoken; }

    // The bytes of the original that the spoken bytes [start, start + length)
    // say. A span touching a replaced word covers all of that word; a span
    // outside the text is clipped to it. Returns {start, length} in bytes.
    std::pair<std::size_t, std::size_t> originalSpanOf(std::size_t spokenStart, std::size_t spokenLength) const;

private:
    friend SpokenText applyPronunciations(const std::string& text, const PronunciationList& list);

    // A run of the spoken text and the run of the original it came from.
    struct Piece {
        std::size_t spokenStart = 0;
        std::size_t spokenLength = 0;
        std::size_t originalStart = 0;
        std::size_t originalLength = 0;
        bool replaced = false;
    };

    std::size_t originalPlaceOf(std::size_t spokenByte, bool isEnd) const;

    std::string m_original;
    std::string m_spoken;
    std::vector<Piece> m_pieces;
};

// Replaces each listed word that stands as a whole word in text, ignoring
// case (A–Z and the accented Latin letters), with how it is said. A word
// followed by "'s" still counts ("Siobhan's"); a word inside another word
// ("Siobhanna") or joined by an apostrophe ("O'Brien" for "Brien") does not.
// Longer entries win where two would match at the same place.
SpokenText applyPronunciations(const std::string& text, const PronunciationList& list);

// Folds case for matching: A–Z and the letters of Latin-1 and Latin
// Extended-A become small letters. Never changes the length in bytes.
std::string foldCase(const std::string& text);

// [SECTION] The file in the person's folder

// Where a person's list lives: <personFolder>/pronunciations.json.
std::string pronunciationsPath(const std::string& personFolder);

// Reads a parsed pronunciations file. Throws core::DataError, naming the file
// and line, for a wrong format, a newer version, a missing or empty field, an
// unknown key or a word listed twice.
PronunciationList readPronunciations(const core::JsonFile& file);

// Parses and reads pronunciations text; fileName is used in messages.
PronunciationList parsePronunciations(const std::string& text, const std::string& fileName);

// The list as the text of a pronunciations file. Stable: the same list
// always gives the same bytes, and reading them gives the same list back.
std::string writePronunciations(const PronunciationList& list);

// Reads the file at path; a person with no file yet has an empty list.
// Throws core::DataError when the file is there but cannot be read.
PronunciationList loadPronunciations(const std::string& path);

// Saves the list to path atomically (see core::writeFileAtomically), as a
// file only its owner can read.
core::FileResult savePronunciations(core::FileSystem& files, const std::string& path, const PronunciationList& list);

} // namespace rightjob::speech
