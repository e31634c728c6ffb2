// The easy-read checker: it splits text into sentences and words, counts
// syllables, scores readability and finds what shared/EASY_READ.md asks us to
// avoid (long sentences, jargon, abbreviations and initials, numbers written
// as words, BLOCK CAPITALS). Tests run it on everything the program writes.
#pragma once

#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

namespace rightjob::core {

class JsonFile;

// Syllable counts for words the spelling rules get wrong, keyed by the word
// in small letters ("quiet" → 2).
using SyllableExceptions = std::map<std::string, int>;

// Splits text into sentences at ".", "!", "?", "…" and line breaks, each
// trimmed, leaving out pieces with no words. A full stop only ends a sentence
// when a space or the end follows it, so "10.30am", "2.5" and "e.g. a pen"
// stay whole; "e.g.", "i.e.", "Mr." and "Dr." never end one, and a full stop
// followed by a small letter ("etc. and more") does not either.
std::vector<std::string> splitSentences(const std::string& text);

// The words of a text, as written: runs of letters and digits (any UTF-8
// letter counts; dashes, quotes and other punctuation do not), joined by an
// apostrophe or hyphen inside them ("don't", "part-time") and by ".", "," or
// ":" between digits ("10.30", "1,000").
std::vector<std::string> splitWords(const std::string& text);

// The number of words splitWords finds.
int countWords(const std::string& sentence);

// The number of words in the longest sentence of text, as splitSentences and
// countWords count them.
int longestSentenceWords(const std::string& text);

// The syllables in one word by English spelling rules (vowel groups, silent
// final e, -le, -ed, -es, y as a vowel), at least 1; numbers in digits count
// as they are said ("16" → 2). A word in exceptions uses the count given there.
int countSyllables(const std::string& word, const SyllableExceptions& exceptions = {});

// Readability of a text: Flesch reading ease (higher is easier; 80 or more is
// a good sign for easy read) and Flesch-Kincaid grade level (5 or less is
// good), with the counts they come from. Both scores are 0 for a text with no
// words.
struct ReadabilityScore {
    double fleschReadingEase = 0.0;
    double fleschKincaidGrade = 0.0;
    int sentences = 0;
    int words = 0;
    int syllables = 0;
};

// Scores text as split by splitSentences and splitWords.
ReadabilityScore readability(const std::string& text, const SyllableExceptions& exceptions = {});

// One thing in a sentence that breaks an easy-read rule, said in plain words
// that follow "This sentence …": "has 17 words; the most is 15".
struct EasyReadProblem {
    std::string sentence;
    std::string problem;
};

// Checks sentences against the easy-read rules a program can check, with the
// word lists of assets/easy_read/words.json (see its README.md).
class EasyReadChecker {
public:
    // Loads the word lists from a words.json file. Throws DataError with the
    // file, the line and what is wrong.
    static EasyReadChecker fromFile(const std::string& path);

    // Reads the word lists from a parsed file. Throws DataError.
    static EasyReadChecker fromJson(const JsonFile& file);

    // The shipped word lists, assetPath("assets/easy_read/words.json").
    // Throws DataError.
    static EasyReadChecker shipped();

    // The problems in one sentence, taken whole (it is not split first), in
    // rule order: length, block capitals, abbreviations, hard words, number
    // words. Each problem is given once. Empty when the sentence is fine.
    std::vector<EasyReadProblem> checkSentence(const std::string& sentence) const;

    // Splits text with splitSentences and checks each sentence.
    std::vector<EasyReadProblem> checkText(const std::string& text) const;

    // readability() with this checker's syllable exceptions.
    ReadabilityScore readability(const std::string& text) const;

    // countSyllables() with this checker's syllable exceptions.
    int countSyllables(const std::string& word) const;

    // The most words a sentence may have (15 in the shipped file).
    int maxWordsInSentence() const { return m_maxWordsInSentence; }

private:
    EasyReadChecker() = default;

    struct HardWord {
        std::vector<std::string> words; // one word, or the words of a phrase
        std::string say;
    };
    struct Abbreviation {
        std::string shortForm;
        std::string say;
    };

    void addHardWord(const std::string& word, const std::string& say);
    void checkCapitalsAndAbbreviations(const std::string& sentence, std::vector<std::string>& problems) const;
    void checkHardWords(const std::vector<std::string>& words, std::vector<std::string>& problems) const;
    void checkNumberWords(const std::vector<std::string>& words, std::vector<std::string>& problems) const;
    const Abbreviation* findAbbreviation(const std::string& written) const;

    int m_maxWordsInSentence = 15;
    std::vector<HardWord> m_hardWords;
    // Every form of a one-word hard word ("utilises", "utilised") → its index.
    std::unordered_map<std::string, std::size_t> m_hardWordForms;
    std::vector<std::size_t> m_hardPhrases; // indexes of the phrases, longest first
    std::vector<Abbreviation> m_abbreviations;
    // Written without dots; short forms with a capital match exactly ("ES"),
    // the others in any case ("e.g." matches "Eg").
    std::unordered_map<std::string, std::size_t> m_exactAbbreviations;
    std::unordered_map<std::string, std::size_t> m_anyCaseAbbreviations;
    std::set<std::string> m_allowedCapitals;
    std::set<std::string> m_numberWords;
    std::set<std::string> m_measureWordsAfterOne;
    SyllableExceptions m_syllables;
};

} // namespace rightjob::core
