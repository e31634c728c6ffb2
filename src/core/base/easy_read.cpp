#include "core/base/easy_read.h"

#include "core/base/asset_paths.h"
#include "core/base/json_file.h"
#include "core/base/text.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <iterator>

// Index
// [SECTION] Characters
// [SECTION] Words and sentences
// [SECTION] Syllables
// [SECTION] Readability
// [SECTION] Loading words.json
// [SECTION] Checking sentences

namespace rightjob::core {

namespace {

// [SECTION] Characters

struct CodePoint {
    char32_t value = 0;
    std::size_t length = 1;
};

// Bytes that are not valid UTF-8 still count as letters, one byte each.
constexpr char32_t kStrayByte = 0xFFFD;

CodePoint decodeAt(const std::string& text, std::size_t at)
{
    const auto first = static_cast<unsigned char>(text[at]);
    if (first < 0x80)
        return {first, 1};
    std::size_t extra = 0;
    char32_t value = 0;
    if ((first & 0xE0) == 0xC0) {
        extra = 1;
        value = first & 0x1F;
    } else if ((first & 0xF0) == 0xE0) {
        extra = 2;
        value = first & 0x0F;
    } else if ((first & 0xF8) == 0xF0) {
        extra = 3;
        value = first & 0x07;
    } else {
        return {kStrayByte, 1};
    }
    if (at + extra >= text.size())
        return {kStrayByte, 1};
    for (std::size_t i = 1; i <= extra; ++i) {
        const auto next = static_cast<unsigned char>(text[at + i]);
        if ((next & 0xC0) != 0x80)
            return {kStrayByte, 1};
        value = (value << 6) | (next & 0x3F);
    }
    return {value, extra + 1};
}

// Where the code point that ends just before `end` starts.
std::size_t startOfPrevious(const std::string& text, std::size_t end)
{
    std::size_t at = end - 1;
    for (int steps = 0; steps < 3 && at > 0 && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80; ++steps)
        --at;
    if (decodeAt(text, at).length == end - at)
        return at;
    return end - 1;
}

bool isAsciiLetter(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool isAsciiDigit(char32_t c) { return c >= '0' && c <= '9'; }
bool isAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool isAsciiLower(char c) { return c >= 'a' && c <= 'z'; }
bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// A letter or digit. Outside ASCII, everything is a letter except the
// punctuation and symbol blocks, so "café" is one word and "—" is none.
bool isWordCharacter(char32_t c)
{
    if (c < 0x80)
        return isAsciiLetter(c) || isAsciiDigit(c);
    if (c <= 0xBF)
        return false; // Latin-1 punctuation: no-break space, «, », £, ·, ¿
    if (c == 0xD7 || c == 0xF7)
        return false; // × and ÷
    if (c >= 0x2000 && c <= 0x2BFF)
        return false; // dashes, quotes, bullets, currency, arrows, shapes
    if (c >= 0x3000 && c <= 0x303F)
        return false; // CJK punctuation
    if (c >= 0xFE00 && c <= 0xFE0F)
        return false; // variation selectors
    if (c >= 0x1F000 && c <= 0x1FAFF)
        return false; // emoji and pictographs
    return true;
}

// An apostrophe or hyphen that joins two parts of one word.
bool isInnerJoiner(char32_t c)
{
    return c == '\'' || c == '-' || c == 0x2019 || c == 0x2010 || c == 0x2011;
}

// Unlike core::trimmed, form feeds and vertical tabs go too: the checker
// counts them as spaces everywhere (isSpace).
std::string trimmedOfAnySpace(const std::string& text)
{
    std::size_t begin = 0;
    std::size_t end = text.size();
    while (begin < end && isSpace(text[begin]))
        ++begin;
    while (end > begin && isSpace(text[end - 1]))
        --end;
    return text.substr(begin, end - begin);
}

bool startsWith(const std::string& text, std::size_t at, const char* prefix)
{
    return text.compare(at, std::char_traits<char>::length(prefix), prefix) == 0;
}

std::vector<std::string> splitOn(const std::string& text, char separator)
{
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (true) {
        const std::size_t at = text.find(separator, start);
        parts.push_back(text.substr(start, at == std::string::npos ? std::string::npos : at - start));
        if (at == std::string::npos)
            return parts;
        start = at + 1;
    }
}

// A word as the lists hold it: small letters, a plain apostrophe and hyphen,
// and no possessive "'s" ("Individual’s" → "individual").
std::string normalisedWord(const std::string& word)
{
    std::string out;
    for (std::size_t i = 0; i < word.size();) {
        const CodePoint c = decodeAt(word, i);
        if (c.value == 0x2019)
            out += '\'';
        else if (c.value == 0x2010 || c.value == 0x2011)
            out += '-';
        else
            out += word.substr(i, c.length);
        i += c.length;
    }
    out = asciiLowered(out);
    if (endsWith(out, "'s") && out.size() > 2)
        out.resize(out.size() - 2);
    return out;
}

} // namespace

// [SECTION] Words and sentences

std::vector<std::string> splitWords(const std::string& text)
{
    std::vector<std::string> words;
    const std::size_t size = text.size();
    std::size_t i = 0;
    while (i < size) {
        const CodePoint first = decodeAt(text, i);
        if (!isWordCharacter(first.value)) {
            i += first.length;
            continue;
        }
        const std::size_t start = i;
        i += first.length;
        while (i < size) {
            const CodePoint c = decodeAt(text, i);
            if (isWordCharacter(c.value)) {
                i += c.length;
                continue;
            }
            if (i + c.length < size) {
                const CodePoint next = decodeAt(text, i + c.length);
                const bool betweenDigits = (c.value == '.' || c.value == ',' || c.value == ':')
                    && isAsciiDigit(static_cast<unsigned char>(text[i - 1])) && isAsciiDigit(next.value);
                if (isWordCharacter(next.value) && (isInnerJoiner(c.value) || betweenDigits)) {
                    i += c.length + next.length;
                    continue;
                }
            }
            break;
        }
        words.push_back(text.substr(start, i - start));
    }
    return words;
}

int countWords(const std::string& sentence)
{
    return static_cast<int>(splitWords(sentence).size());
}

int longestSentenceWords(const std::string& text)
{
    int longest = 0;
    for (const auto& sentence : splitSentences(text))
        longest = std::max(longest, countWords(sentence));
    return longest;
}

namespace {

const char* const kEllipsis = "\xE2\x80\xA6";

// Words whose full stop never ends a sentence.
bool neverEndsSentence(const std::string& wordBeforeStop)
{
    static const char* const words[] = {"e.g", "i.e", "eg", "ie", "mr", "mrs", "ms", "dr", "st", "vs", "cf"};
    const std::string lower = asciiLowered(wordBeforeStop);
    return std::any_of(std::begin(words), std::end(words), [&](const char* word) { return lower == word; });
}

// The length of a closing quote or bracket at `at`, or 0.
std::size_t closerLength(const std::string& text, std::size_t at)
{
    if (std::string(")]}\"'").find(text[at]) != std::string::npos)
        return 1;
    if (startsWith(text, at, "\xE2\x80\x9D") || startsWith(text, at, "\xE2\x80\x99"))
        return 3; // ” and ’
    if (startsWith(text, at, "\xC2\xBB"))
        return 2; // »
    return 0;
}

} // namespace

std::vector<std::string> splitSentences(const std::string& text)
{
    std::vector<std::string> sentences;
    const std::size_t size = text.size();
    std::size_t start = 0;
    auto finishSentence = [&](std::size_t end) {
        std::string sentence = trimmedOfAnySpace(text.substr(start, end - start));
        if (countWords(sentence) > 0)
            sentences.push_back(std::move(sentence));
    };

    std::size_t i = 0;
    while (i < size) {
        const char c = text[i];
        if (c == '\n' || c == '\r') {
            finishSentence(i);
            start = ++i;
            continue;
        }
        const bool ellipsis = startsWith(text, i, kEllipsis);
        if (c != '.' && c != '!' && c != '?' && !ellipsis) {
            ++i;
            continue;
        }
        // The whole run of stops ("...", "?!"), then any closing quotes.
        std::size_t end = i;
        bool onlyFullStops = true;
        while (end < size) {
            if (text[end] == '.') {
                ++end;
            } else if (text[end] == '!' || text[end] == '?') {
                onlyFullStops = false;
                ++end;
            } else if (startsWith(text, end, kEllipsis)) {
                end += 3;
            } else {
                break;
            }
        }
        while (end < size) {
            const std::size_t closer = closerLength(text, end);
            if (closer == 0)
                break;
            end += closer;
        }
        bool endsHere = end >= size || isSpace(text[end]);
        if (endsHere && onlyFullStops && end < size) {
            std::size_t wordStart = i;
            while (wordStart > start && !isSpace(text[wordStart - 1]))
                --wordStart;
            while (wordStart < i && std::string("(['\"").find(text[wordStart]) != std::string::npos)
                ++wordStart;
            std::size_t next = end;
            while (next < size && (text[next] == ' ' || text[next] == '\t'))
                ++next;
            const bool smallLetterFollows = next < size && isAsciiLower(text[next]);
            if (neverEndsSentence(text.substr(wordStart, i - wordStart)) || smallLetterFollows)
                endsHere = false;
        }
        if (endsHere) {
            finishSentence(end);
            start = end;
        }
        i = end;
    }
    finishSentence(size);
    return sentences;
}

// [SECTION] Syllables

namespace {

// Syllables of a whole number as said in British English ("105" is "one
// hundred and five"); a number with a leading zero is said digit by digit.
int numberSyllables(const std::string& digits)
{
    static const int belowTwenty[] = {2, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 3, 1, 2, 2, 2, 2, 3, 2, 2};
    static const int tens[] = {0, 0, 2, 2, 2, 2, 2, 3, 2, 2};
    if (digits.empty())
        return 0;
    if ((digits.size() > 1 && digits[0] == '0') || digits.size() > 6) {
        int total = 0;
        for (char digit : digits)
            total += belowTwenty[digit - '0'];
        return total;
    }
    const long value = std::stol(digits);
    auto belowHundred = [&](long n) {
        return n < 20 ? belowTwenty[n] : tens[n / 10] + (n % 10 ? belowTwenty[n % 10] : 0);
    };
    auto belowThousand = [&](long n) {
        const long hundreds = n / 100;
        const long rest = n % 100;
        int total = 0;
        if (hundreds > 0)
            total += belowTwenty[hundreds] + 2 + (rest > 0 ? 1 : 0); // "hundred", "and"
        if (rest > 0 || hundreds == 0)
            total += belowHundred(rest);
        return total;
    };
    if (value < 1000)
        return belowThousand(value);
    const long rest = value % 1000;
    return belowThousand(value / 1000) + 2 + (rest > 0 ? belowThousand(rest) : 0); // "thousand"
}

bool isPlainVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == '*'; }

// Syllables of a word in small ASCII letters, where '*' stands for an accented
// vowel ("café" → "caf*") and '#' for any other letter outside ASCII.
int spellingSyllables(const std::string& w)
{
    const std::size_t n = w.size();
    if (n == 0)
        return 0;

    // Which letters sound as vowels. "y" is a consonant at the start and
    // between vowels ("yes", "player"), else a vowel ("happy", "crying").
    // "u" after "q" is a consonant ("quality").
    std::vector<bool> vowel(n, false);
    for (std::size_t i = 0; i < n; ++i) {
        const char c = w[i];
        if (c == 'y')
            vowel[i] = !(i == 0 || (isPlainVowel(w[i - 1]) && i + 1 < n && isPlainVowel(w[i + 1])));
        else if (c == 'u' && i > 0 && w[i - 1] == 'q')
            vowel[i] = false;
        else
            vowel[i] = isPlainVowel(c);
    }
    auto consonantAt = [&](std::size_t i) { return i < n && !vowel[i]; };

    // Vowel groups; a vowel "y" before another vowel is a group of its own
    // ("cry-ing", "tid-y-ing").
    std::vector<std::size_t> groupStarts;
    for (std::size_t i = 0; i < n; ++i) {
        if (!vowel[i])
            continue;
        if (i == 0 || !vowel[i - 1] || w[i - 1] == 'y')
            groupStarts.push_back(i);
    }
    int count = static_cast<int>(groupStarts.size());

    // Vowel pairs said as 2 syllables when they are the whole group:
    // "ra-di-o", "me-di-a", "u-su-al", "sta-di-um", but not "nation",
    // "special", "equal" or "million".
    for (std::size_t at : groupStarts) {
        const bool groupOfTwo = at + 2 <= n && vowel[at + 1] && (at + 2 == n || !vowel[at + 2]);
        if (!groupOfTwo)
            continue;
        const std::string pair = w.substr(at, 2);
        const char before = at > 0 ? w[at - 1] : ' ';
        if ((pair == "ia" && std::string("ctgs").find(before) == std::string::npos)
            || (pair == "io" && std::string("ctsxgln").find(before) == std::string::npos)
            || ((pair == "iu" || pair == "ua") && before != 'g'))
            ++count;
    }

    // "-sm" has a syllable of its own: "au-tis-m", "sar-cas-m".
    if (n >= 4 && endsWith(w, "sm") && vowel[n - 3])
        ++count;
    // "-gue" after a vowel is silent: "cat-a-logue", "league"; not "ar-gue".
    if (count > 1 && n >= 5 && endsWith(w, "gue") && vowel[n - 4])
        --count;
    // "-ing" after a vowel: "do-ing", "go-ing", "be-ing".
    if (n >= 5 && endsWith(w, "ing") && isPlainVowel(w[n - 4]) && w[n - 4] != '*')
        ++count;
    // "-ier", "-iest" after a consonant: "hap-pi-er", "eas-i-est".
    if (count >= 2 && (endsWith(w, "ier") || endsWith(w, "iers") || endsWith(w, "iest"))) {
        const std::size_t at = endsWith(w, "ier") ? n - 3 : n - 4;
        if (at >= 1 && consonantAt(at - 1))
            ++count;
    }

    // A consonant then "l" or "r" keeps the last "e" sounding: "ta-ble",
    // "cen-tre", "han-dled"; not after "h" or "w" ("while"), a double letter
    // ("called") or "r" ("curled").
    auto keepsE = [&](std::size_t lOrR) {
        if (lOrR < 1 || (w[lOrR] != 'l' && w[lOrR] != 'r') || !consonantAt(lOrR - 1))
            return false;
        const char before = w[lOrR - 1];
        return before != 'h' && before != 'w' && before != 'r' && before != w[lOrR];
    };
    // The "e" at `at` is a group of its own: a consonant before it.
    auto loneE = [&](std::size_t at) { return at >= 1 && at < n && w[at] == 'e' && consonantAt(at - 1); };

    if (count > 1) {
        if (endsWith(w, "e") && loneE(n - 1) && !keepsE(n - 2)) {
            --count; // silent final e: "make", "time"
        } else if (endsWith(w, "ed") && n >= 3 && loneE(n - 2) && w[n - 3] != 't' && w[n - 3] != 'd'
                   && !keepsE(n - 3)) {
            --count; // "liked", "played"; not "wanted", "handled"
        } else if (endsWith(w, "es") && n >= 3 && loneE(n - 2) && !keepsE(n - 3)
                   && std::string("sxzcg").find(w[n - 3]) == std::string::npos && !endsWith(w, "ches")
                   && !endsWith(w, "shes")) {
            --count; // "makes", "times"; not "boxes", "places", "tables"
        } else {
            // Silent e before a suffix: "love-ly", "hope-ful-ly", "move-ment".
            static const char* const suffixes[] = {"fully", "ments", "ment", "less", "ness", "ful", "ly"};
            for (const char* suffix : suffixes) {
                const std::size_t length = std::char_traits<char>::length(suffix);
                if (n <= length + 2 || !endsWith(w, suffix))
                    continue;
                const std::size_t e = n - length - 1;
                if (loneE(e) && !keepsE(e - 1)) {
                    --count;
                    break;
                }
            }
        }
    }
    return std::max(count, 1);
}

// Compounds whose first part ends in a silent "e": "some-one", "home-work".
int compoundSyllables(const std::string& w, const SyllableExceptions& exceptions, bool& found)
{
    static const char* const firstParts[] = {"some", "home", "time", "life", "care", "fire", "house", "side",
                                             "safe", "name", "space", "note", "game", "face", "ware"};
    found = false;
    for (const char* first : firstParts) {
        const std::size_t length = std::char_traits<char>::length(first);
        if (w.size() < length + 2 || w.compare(0, length, first) != 0)
            continue;
        const std::string rest = w.substr(length);
        if (rest.find_first_of("aeiouy") == std::string::npos)
            continue;
        found = true;
        const auto exception = exceptions.find(rest);
        return 1 + (exception != exceptions.end() ? exception->second : spellingSyllables(rest));
    }
    return 0;
}

// Syllables of one part of a word (no hyphens), at least 1.
int partSyllables(const std::string& part, const SyllableExceptions& exceptions)
{
    std::string lower = normalisedWord(part);
    const auto exception = exceptions.find(lower);
    if (exception != exceptions.end())
        return exception->second;

    const bool notEnding = lower.size() >= 4 && endsWith(lower, "n't");
    const char beforeNot = notEnding ? lower[lower.size() - 4] : 'a';
    const bool notAfterConsonant = notEnding && !isPlainVowel(beforeNot) && beforeNot != 'y';

    // Letters to a-z, '*' (accented vowel) and '#' (other letters); digits
    // counted as said.
    std::string letters;
    int total = 0;
    bool hasDigits = false;
    std::string digits;
    auto flushDigits = [&]() {
        total += numberSyllables(digits);
        digits.clear();
    };
    for (std::size_t i = 0; i < lower.size();) {
        const CodePoint c = decodeAt(lower, i);
        i += c.length;
        if (isAsciiDigit(c.value)) {
            hasDigits = true;
            digits += static_cast<char>(c.value);
            continue;
        }
        flushDigits();
        if (c.value < 0x80) {
            if (isAsciiLetter(c.value))
                letters += static_cast<char>(c.value);
            continue; // apostrophes, dots and commas in numbers
        }
        // Latin-1 and Latin Extended-A vowels with accents.
        static const std::u32string accentedVowels = U"àáâãäåæèéêëìíîïòóôõöøùúûüýÿ"
                                                     U"ÀÁÂÃÄÅÆÈÉÊËÌÍÎÏÒÓÔÕÖØÙÚÛÜÝ"
                                                     U"āăąēĕėęěīįōőœūůű";
        letters += accentedVowels.find(c.value) != std::u32string::npos ? '*' : '#';
    }
    flushDigits();

    if (!letters.empty()) {
        int letterCount = 0;
        bool compound = false;
        const auto exceptionOfLetters = exceptions.find(letters);
        if (exceptionOfLetters != exceptions.end())
            letterCount = exceptionOfLetters->second;
        else
            letterCount = compoundSyllables(letters, exceptions, compound);
        if (exceptionOfLetters == exceptions.end() && !compound) {
            // Letters with no vowel after digits add nothing: "1st", "5pm".
            const bool anyVowel = letters.find_first_of("aeiouy*") != std::string::npos;
            letterCount = (hasDigits && !anyVowel) ? 0 : spellingSyllables(letters);
        }
        total += letterCount + (notAfterConsonant ? 1 : 0);
    }
    return std::max(total, 1);
}

} // namespace

int countSyllables(const std::string& word, const SyllableExceptions& exceptions)
{
    const std::string whole = normalisedWord(word);
    const auto exception = exceptions.find(whole);
    if (exception != exceptions.end())
        return exception->second;
    int total = 0;
    for (const std::string& part : splitOn(whole, '-'))
        if (!part.empty())
            total += partSyllables(part, exceptions);
    return std::max(total, 1);
}

// [SECTION] Readability

ReadabilityScore readability(const std::string& text, const SyllableExceptions& exceptions)
{
    ReadabilityScore score;
    for (const std::string& sentence : splitSentences(text)) {
        ++score.sentences;
        for (const std::string& word : splitWords(sentence)) {
            ++score.words;
            score.syllables += countSyllables(word, exceptions);
        }
    }
    if (score.words == 0)
        return score;
    const double wordsPerSentence = static_cast<double>(score.words) / score.sentences;
    const double syllablesPerWord = static_cast<double>(score.syllables) / score.words;
    score.fleschReadingEase = 206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord;
    score.fleschKincaidGrade = 0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59;
    return score;
}

// [SECTION] Loading words.json

namespace {

// A list of text in [ ]; each item must have some text.
std::vector<std::string> readTextList(const JsonFile& file, const JsonPointer& pointer, const std::string& what)
{
    std::vector<std::string> items;
    const Json& list = file.root().at(pointer);
    for (std::size_t i = 0; i < list.size(); ++i) {
        const Json& item = list[i];
        if (!item.is_string() || trimmedOfAnySpace(item.get<std::string>()).empty())
            file.fail(pointer / i, what + " should be some text in quotes.");
        items.push_back(item.get<std::string>());
    }
    return items;
}

// Words in the lists are small letters, with spaces, apostrophes or hyphens.
bool isListWord(const std::string& word)
{
    if (word.empty() || word.front() == ' ' || word.back() == ' ' || word.find("  ") != std::string::npos)
        return false;
    return std::all_of(word.begin(), word.end(), [](char c) {
        return isAsciiLower(c) || c == ' ' || c == '\'' || c == '-' || static_cast<unsigned char>(c) >= 0x80;
    });
}

std::string withoutDots(const std::string& text)
{
    std::string out;
    for (char c : text)
        if (c != '.')
            out += c;
    return out;
}

} // namespace

void EasyReadChecker::addHardWord(const std::string& word, const std::string& say)
{
    const std::size_t index = m_hardWords.size();
    std::vector<std::string> words;
    for (const std::string& part : splitOn(word, ' '))
        words.push_back(part);
    m_hardWords.push_back({words, say});
    if (words.size() > 1) {
        m_hardPhrases.push_back(index);
        return;
    }
    // The regular forms: "utilise" → "utilises", "utilised", "utilising";
    // "modify" → "modifies", "modified"; "deploy" → "deploys", "deployed".
    std::vector<std::string> forms = {word, word + "s", word + "es", word + "ed", word + "ing"};
    if (endsWith(word, "e")) {
        const std::string stem = word.substr(0, word.size() - 1);
        forms.push_back(word + "d");
        forms.push_back(stem + "ing");
    }
    // A short vowel before a last consonant doubles it: "submitted", "initialled".
    const std::size_t size = word.size();
    if (size >= 3 && !isPlainVowel(word[size - 1]) && std::string("wxy").find(word[size - 1]) == std::string::npos
        && isPlainVowel(word[size - 2]) && !isPlainVowel(word[size - 3])) {
        forms.push_back(word + word.back() + "ed");
        forms.push_back(word + word.back() + "ing");
    }
    if (endsWith(word, "y") && word.size() > 2 && !isPlainVowel(word[word.size() - 2])) {
        const std::string stem = word.substr(0, word.size() - 1);
        forms.push_back(stem + "ies");
        forms.push_back(stem + "ied");
    }
    for (const std::string& form : forms)
        m_hardWordForms.emplace(form, index);
    m_hardWordForms[word] = index; // a listed word always means its own entry
}

EasyReadChecker EasyReadChecker::fromJson(const JsonFile& file)
{
    EasyReadChecker checker;
    JsonObjectReader reader(file, JsonPointer(), "The word list");
    reader.requireChoice("format", {"rightjob-easy-read-words"});
    if (reader.requireInteger("format_version") != 1)
        reader.failAt("format_version", "\"format_version\" should be 1.");
    const std::int64_t maxWords = reader.requireInteger("max_words_in_sentence");
    if (maxWords < 1 || maxWords > 100)
        reader.failAt("max_words_in_sentence", "\"max_words_in_sentence\" should be from 1 to 100.");
    checker.m_maxWordsInSentence = static_cast<int>(maxWords);

    std::set<std::string> seenHardWords;
    const JsonPointer hardWords = reader.requireArray("hard_words");
    for (std::size_t i = 0; i < file.root().at(hardWords).size(); ++i) {
        JsonObjectReader entry(file, hardWords / i, "The hard word");
        const std::string word = entry.requireString("word");
        const std::string say = entry.requireString("say");
        entry.finish();
        if (!isListWord(word))
            entry.failAt("word", "the hard word \"" + word + "\" should be in small letters, with single spaces.");
        if (!seenHardWords.insert(word).second)
            entry.failAt("word", "the hard word \"" + word + "\" is listed twice.");
        checker.addHardWord(word, say);
    }
    std::stable_sort(checker.m_hardPhrases.begin(), checker.m_hardPhrases.end(), [&](std::size_t a, std::size_t b) {
        return checker.m_hardWords[a].words.size() > checker.m_hardWords[b].words.size();
    });

    const JsonPointer abbreviations = reader.requireArray("abbreviations");
    for (std::size_t i = 0; i < file.root().at(abbreviations).size(); ++i) {
        JsonObjectReader entry(file, abbreviations / i, "The abbreviation");
        const std::string shortForm = entry.requireString("short");
        const std::string say = entry.optionalString("say");
        entry.finish();
        if (shortForm.find_first_of(" \t\r\n") != std::string::npos)
            entry.failAt("short", "the abbreviation \"" + shortForm + "\" should have no spaces.");
        const std::string key = withoutDots(shortForm);
        const bool hasCapital = std::any_of(shortForm.begin(), shortForm.end(), isAsciiUpper);
        auto& map = hasCapital ? checker.m_exactAbbreviations : checker.m_anyCaseAbbreviations;
        if (!map.emplace(hasCapital ? key : asciiLowered(key), checker.m_abbreviations.size()).second)
            entry.failAt("short", "the abbreviation \"" + shortForm + "\" is listed twice.");
        checker.m_abbreviations.push_back({shortForm, say});
    }

    const JsonPointer allowed = reader.requireArray("allowed_capitals");
    for (const std::string& word : readTextList(file, allowed, "An allowed word in capitals"))
        checker.m_allowedCapitals.insert(word);

    auto readWordSet = [&](const std::string& key, const std::string& what, std::set<std::string>& into) {
        const JsonPointer pointer = reader.requireArray(key);
        const std::vector<std::string> words = readTextList(file, pointer, what);
        for (std::size_t i = 0; i < words.size(); ++i) {
            if (!isListWord(words[i]) || words[i].find(' ') != std::string::npos)
                file.fail(pointer / i, what + " \"" + words[i] + "\" should be one word in small letters.");
            if (!into.insert(words[i]).second)
                file.fail(pointer / i, what + " \"" + words[i] + "\" is listed twice.");
        }
    };
    readWordSet("number_words", "The number word", checker.m_numberWords);
    readWordSet("measure_words_after_one", "The measure word", checker.m_measureWordsAfterOne);

    const JsonPointer syllables = reader.requireObject("syllables");
    for (const auto& item : file.root().at(syllables).items()) {
        const JsonPointer at = syllables / item.key();
        if (!isListWord(item.key()) || item.key().find(' ') != std::string::npos)
            file.fail(at, "the word \"" + item.key() + "\" in \"syllables\" should be one word in small letters.");
        if (!item.value().is_number_integer() || item.value().get<std::int64_t>() < 1
            || item.value().get<std::int64_t>() > 12)
            file.fail(at, "the syllables of \"" + item.key() + "\" should be a whole number from 1 to 12.");
        checker.m_syllables[item.key()] = static_cast<int>(item.value().get<std::int64_t>());
    }
    reader.finish();
    return checker;
}

EasyReadChecker EasyReadChecker::fromFile(const std::string& path)
{
    return fromJson(JsonFile::load(path));
}

EasyReadChecker EasyReadChecker::shipped()
{
    return fromFile(assetPath("assets/easy_read/words.json"));
}

ReadabilityScore EasyReadChecker::readability(const std::string& text) const
{
    return core::readability(text, m_syllables);
}

int EasyReadChecker::countSyllables(const std::string& word) const
{
    return core::countSyllables(word, m_syllables);
}

// [SECTION] Checking sentences

namespace {

// A piece of a sentence between spaces and punctuation that cannot be inside
// an abbreviation, with quotes and stops trimmed: "(O*NET)," → "O*NET".
struct Chunk {
    std::string core;
    bool fullStopAfter = false;
};

std::vector<Chunk> chunksOf(const std::string& sentence)
{
    std::vector<Chunk> chunks;
    std::string current;
    auto finish = [&]() {
        // Trim non-word characters from both ends, code point by code point.
        std::size_t begin = 0;
        while (begin < current.size()) {
            const CodePoint c = decodeAt(current, begin);
            if (isWordCharacter(c.value))
                break;
            begin += c.length;
        }
        std::size_t end = current.size();
        while (end > begin) {
            const std::size_t previous = startOfPrevious(current, end);
            if (isWordCharacter(decodeAt(current, previous).value))
                break;
            end = previous;
        }
        if (end > begin) {
            Chunk chunk;
            chunk.core = current.substr(begin, end - begin);
            chunk.fullStopAfter = end < current.size() && current[end] == '.';
            for (const char* possessive : {"'s", "\xE2\x80\x99s"})
                if (endsWith(chunk.core, possessive) && chunk.core.size() > std::char_traits<char>::length(possessive))
                    chunk.core.resize(chunk.core.size() - std::char_traits<char>::length(possessive));
            chunks.push_back(chunk);
        }
        current.clear();
    };
    for (char c : sentence) {
        if (isSpace(c) || std::string(",;:()[]{}\"").find(c) != std::string::npos)
            finish();
        else
            current += c;
    }
    finish();
    return chunks;
}

struct CapitalsCount {
    int letters = 0;
    int capitals = 0;
    bool otherInside = false; // a digit or a sign like "*" or "/" between letters
    bool vowel = false;
};

CapitalsCount countCapitals(const std::string& core)
{
    CapitalsCount count;
    for (char c : core) {
        if (isAsciiLetter(static_cast<unsigned char>(c))) {
            ++count.letters;
            if (isAsciiUpper(c))
                ++count.capitals;
            if (std::string("AEIOUaeiou").find(c) != std::string::npos)
                count.vowel = true;
        } else if (static_cast<unsigned char>(c) < 0x80 && c != '\'' && c != '-') {
            count.otherInside = true;
        }
    }
    return count;
}

// "NVQs" → "NVQ": the plural of capitals.
std::string withoutPluralS(const std::string& core)
{
    if (core.size() >= 3 && core.back() == 's' && isAsciiUpper(core[core.size() - 2]))
        return core.substr(0, core.size() - 1);
    return core;
}

void addProblem(std::vector<std::string>& problems, std::string problem)
{
    if (std::find(problems.begin(), problems.end(), problem) == problems.end())
        problems.push_back(std::move(problem));
}

std::string inQuotes(const std::string& text)
{
    return "\"" + text + "\"";
}

// "a.m.", "U.K.": single letters each followed by a full stop.
bool isDottedInitials(const std::string& core, bool fullStopAfter)
{
    const std::string text = core + (fullStopAfter ? "." : "");
    if (text.size() < 4 || text.size() % 2 != 0)
        return false;
    for (std::size_t i = 0; i < text.size(); i += 2)
        if (!isAsciiLetter(static_cast<unsigned char>(text[i])) || text[i + 1] != '.')
            return false;
    return true;
}

} // namespace

const EasyReadChecker::Abbreviation* EasyReadChecker::findAbbreviation(const std::string& written) const
{
    for (const std::string& form : {written, withoutPluralS(written)}) {
        const std::string key = withoutDots(form);
        const auto exact = m_exactAbbreviations.find(key);
        if (exact != m_exactAbbreviations.end())
            return &m_abbreviations[exact->second];
        const auto anyCase = m_anyCaseAbbreviations.find(asciiLowered(key));
        if (anyCase != m_anyCaseAbbreviations.end())
            return &m_abbreviations[anyCase->second];
    }
    return nullptr;
}

void EasyReadChecker::checkCapitalsAndAbbreviations(const std::string& sentence,
                                                    std::vector<std::string>& problems) const
{
    const std::vector<Chunk> chunks = chunksOf(sentence);

    // A word in capitals is an abbreviation when it is listed, short, mixed
    // ("PfA"), has signs or digits in it ("O*NET") or has no vowel ("DWP");
    // else it is a whole word in block capitals ("VERY").
    auto isShouted = [&](const std::string& core) {
        const CapitalsCount count = countCapitals(core);
        return count.capitals == count.letters && count.letters >= 3 && count.vowel && !count.otherInside
            && !findAbbreviation(core);
    };

    // The whole sentence in capitals is one problem, not one for each word.
    int wordsWithLetters = 0;
    bool allCapitals = true;
    bool anyShouted = false;
    for (const Chunk& chunk : chunks) {
        const CapitalsCount count = countCapitals(chunk.core);
        if (count.letters < 2 || m_allowedCapitals.count(chunk.core))
            continue;
        ++wordsWithLetters;
        allCapitals = allCapitals && count.capitals == count.letters;
        anyShouted = anyShouted || isShouted(chunk.core);
    }
    const bool sentenceInCapitals = wordsWithLetters >= 1 && allCapitals && anyShouted;
    if (sentenceInCapitals)
        addProblem(problems, "is in block capitals");

    for (const Chunk& chunk : chunks) {
        const std::string& core = chunk.core;
        const CapitalsCount count = countCapitals(core);
        const bool capitals = count.capitals >= 2 && count.capitals * 2 >= count.letters;
        if (capitals && (m_allowedCapitals.count(core) || m_allowedCapitals.count(withoutPluralS(core))))
            continue;
        if (const Abbreviation* listed = findAbbreviation(core)) {
            if (capitals && sentenceInCapitals)
                continue;
            std::string problem = "uses the abbreviation " + inQuotes(listed->shortForm);
            if (!listed->say.empty())
                problem += "; say " + inQuotes(listed->say);
            addProblem(problems, problem);
            continue;
        }
        if (isDottedInitials(core, chunk.fullStopAfter)) {
            addProblem(problems, "uses the abbreviation " + inQuotes(core + "."));
            continue;
        }
        if (!capitals || sentenceInCapitals)
            continue;
        if (isShouted(core))
            addProblem(problems, "writes " + inQuotes(core) + " in block capitals");
        else
            addProblem(problems, "uses the abbreviation " + inQuotes(core));
    }
}

void EasyReadChecker::checkHardWords(const std::vector<std::string>& words, std::vector<std::string>& problems) const
{
    std::vector<std::string> normal;
    for (const std::string& word : words)
        normal.push_back(normalisedWord(word));
    std::vector<bool> used(normal.size(), false);

    // Phrases first, longest first, so "prior to" is told as a phrase.
    for (std::size_t index : m_hardPhrases) {
        const HardWord& phrase = m_hardWords[index];
        const std::size_t length = phrase.words.size();
        for (std::size_t start = 0; start + length <= normal.size(); ++start) {
            if (!std::equal(phrase.words.begin(), phrase.words.end(), normal.begin() + start))
                continue;
            std::string written;
            for (std::size_t k = 0; k < length; ++k) {
                written += (k ? " " : "") + normal[start + k];
                used[start + k] = true;
            }
            addProblem(problems, "uses the words " + inQuotes(written) + "; say " + inQuotes(phrase.say));
        }
    }
    for (std::size_t i = 0; i < normal.size(); ++i) {
        if (used[i])
            continue;
        std::vector<std::string> candidates = {normal[i]};
        if (normal[i].find('-') != std::string::npos)
            for (const std::string& part : splitOn(normal[i], '-'))
                candidates.push_back(part);
        for (const std::string& candidate : candidates) {
            const auto found = m_hardWordForms.find(candidate);
            if (found == m_hardWordForms.end())
                continue;
            const std::string& say = m_hardWords[found->second].say;
            addProblem(problems, "uses the word " + inQuotes(candidate) + "; say " + inQuotes(say));
        }
    }
}

void EasyReadChecker::checkNumberWords(const std::vector<std::string>& words, std::vector<std::string>& problems) const
{
    // Every part of every word in order, so "one-hour" and "one hour" are
    // seen the same way.
    struct Part {
        std::string text;
        std::size_t word;
    };
    std::vector<Part> parts;
    std::vector<std::string> normal;
    for (std::size_t i = 0; i < words.size(); ++i) {
        normal.push_back(normalisedWord(words[i]));
        for (const std::string& part : splitOn(normal.back(), '-'))
            parts.push_back({part, i});
    }
    for (std::size_t p = 0; p < parts.size(); ++p) {
        const bool numberWord = m_numberWords.count(parts[p].text) > 0;
        // "one" is a number before a measure ("one hour"), not in "one idea",
        // "one day" (some day), "no one" or "one-to-one".
        const bool oneAndMeasure = parts[p].text == "one" && p + 1 < parts.size()
            && m_measureWordsAfterOne.count(parts[p + 1].text) > 0;
        if (numberWord || oneAndMeasure)
            addProblem(problems, "writes a number as a word: " + inQuotes(normal[parts[p].word]) + "; use digits");
    }
}

std::vector<EasyReadProblem> EasyReadChecker::checkSentence(const std::string& sentence) const
{
    std::vector<std::string> problems;
    const std::vector<std::string> words = splitWords(sentence);
    const int wordCount = static_cast<int>(words.size());
    if (wordCount > m_maxWordsInSentence)
        problems.push_back("has " + std::to_string(wordCount) + " words; the most is "
                           + std::to_string(m_maxWordsInSentence));
    checkCapitalsAndAbbreviations(sentence, problems);
    checkHardWords(words, problems);
    checkNumberWords(words, problems);

    std::vector<EasyReadProblem> result;
    for (std::string& problem : problems)
        result.push_back({sentence, std::move(problem)});
    return result;
}

std::vector<EasyReadProblem> EasyReadChecker::checkText(const std::string& text) const
{
    std::vector<EasyReadProblem> result;
    for (const std::string& sentence : splitSentences(text)) {
        std::vector<EasyReadProblem> problems = checkSentence(sentence);
        std::move(problems.begin(), problems.end(), std::back_inserter(result));
    }
    return result;
}

} // namespace rightjob::core
