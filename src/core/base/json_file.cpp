// [SECTION] Reading files
// [SECTION] Parsing with plain error messages
// [SECTION] Finding the line of a value (only run when something is wrong)
// [SECTION] JsonObjectReader

#include "core/base/json_file.h"

#include "core/base/file_system.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <set>
#include <sstream>

namespace rightjob::core {

// [SECTION] Reading files

std::string readWholeFile(const std::string& path, std::uint64_t maxBytes)
{
    std::string bytes;
    const FileResult read = readRegularFile(path, bytes, maxBytes);
    if (!read.ok) {
        // The problem starts with the path; DataError puts it in front again.
        std::string problem = read.problem;
        if (problem.compare(0, path.size() + 1, path + " ") == 0)
            problem = "the file" + problem.substr(path.size());
        throw DataError(path, {}, problem);
    }
    return bytes;
}

// [SECTION] Parsing with plain error messages

namespace {

TextPlace placeOfByte(const std::string& text, std::size_t byteIndex)
{
    TextPlace place{1, 1};
    const std::size_t end = std::min(byteIndex, text.size());
    for (std::size_t i = 0; i < end; ++i) {
        if (text[i] == '\n') {
            ++place.line;
            place.column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++place.column; // count characters, not UTF-8 continuation bytes
        }
    }
    return place;
}

// nlohmann's messages start "[json.exception.parse_error.101] parse error at
// line 3, column 5: syntax error while parsing ..."; keep the useful part.
std::string plainParseMessage(const std::string& what)
{
    std::string message = what;
    const auto colon = message.find(": ");
    if (colon != std::string::npos)
        message = message.substr(colon + 2);
    const std::string syntax = "syntax error while parsing ";
    if (message.rfind(syntax, 0) == 0)
        message = "this is not valid JSON (" + message.substr(syntax.size()) + ")";
    return message + ".";
}

bool onlySpaceAfter(const std::string& text, std::size_t index)
{
    for (std::size_t i = index; i < text.size(); ++i)
        if (!std::isspace(static_cast<unsigned char>(text[i])))
            return false;
    return true;
}

// The byte where [ and { first nest deeper than kMaxJsonNesting, outside
// strings; npos when they never do.
std::size_t tooDeepAt(const std::string& text)
{
    int depth = 0;
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > kMaxJsonNesting)
                return i;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return std::string::npos;
}

// nlohmann refuses a number too big for a double ("1e999") with an
// out_of_range error that names the number but not where it is.
TextPlace placeOfNumber(const std::string& text, const std::string& what, std::string& number)
{
    const auto open = what.find('\'');
    const auto close = what.rfind('\'');
    if (open == std::string::npos || close <= open)
        return {};
    number = what.substr(open + 1, close - open - 1);
    const auto at = text.find(number);
    return at == std::string::npos ? TextPlace{} : placeOfByte(text, at);
}

} // namespace

TextPlace firstDuplicateKey(const std::string& text, std::string& key);

namespace {

// Builds the document as nlohmann's own reader does, and notes a key written
// twice in one object. nlohmann's parser with a callback would do the same,
// but it looks through the whole parent object each time an object inside
// it ends: loading the 10,000 cards of a big profile took a second.
class DomWatchingKeys {
public:
    explicit DomWatchingKeys(Json& root) : m_dom(root, true) {}

    bool null() { return m_dom.null(); }
    bool boolean(bool value) { return m_dom.boolean(value); }
    bool number_integer(Json::number_integer_t value) { return m_dom.number_integer(value); }
    bool number_unsigned(Json::number_unsigned_t value) { return m_dom.number_unsigned(value); }
    bool number_float(Json::number_float_t value, const std::string& text) { return m_dom.number_float(value, text); }
    bool string(std::string& value) { return m_dom.string(value); }
    bool binary(Json::binary_t& value) { return m_dom.binary(value); }
    bool start_object(std::size_t count)
    {
        m_keys.emplace_back();
        return m_dom.start_object(count);
    }
    bool key(std::string& key)
    {
        if (!m_keys.empty() && !m_keys.back().insert(key).second)
            m_duplicate = true;
        return m_dom.key(key);
    }
    bool end_object()
    {
        if (!m_keys.empty())
            m_keys.pop_back();
        return m_dom.end_object();
    }
    bool start_array(std::size_t count) { return m_dom.start_array(count); }
    bool end_array() { return m_dom.end_array(); }
    // Throws the very parse_error or out_of_range the parser made, as
    // Json::parse does (a template, so the error is not cut down to its base).
    template <class Error>
    bool parse_error(std::size_t position, const std::string& token, const Error& error)
    {
        return m_dom.parse_error(position, token, error);
    }

    bool sawDuplicateKey() const { return m_duplicate; }

private:
    nlohmann::detail::json_sax_dom_parser<Json> m_dom;
    std::vector<std::set<std::string>> m_keys;
    bool m_duplicate = false;
};

} // namespace

JsonFile JsonFile::parse(std::string text, std::string fileName)
{
    JsonFile file;
    file.m_fileName = std::move(fileName);
    file.m_text = std::move(text);
    if (onlySpaceAfter(file.m_text, 0))
        throw DataError(file.m_fileName, {}, "the file is empty.");
    // nlohmann parses any depth, but a file nested thousands deep is not
    // one of ours and would exhaust the stack of anything that walks it.
    const std::size_t deep = tooDeepAt(file.m_text);
    if (deep != std::string::npos)
        throw DataError(file.m_fileName, placeOfByte(file.m_text, deep),
                        "the data is nested more than " + std::to_string(kMaxJsonNesting)
                            + " levels deep in [ ] and { }; no Right Job file is.");
    // A key twice in one object: nlohmann keeps the last, which would drop
    // the first without a word. Found while parsing, placed afterwards.
    DomWatchingKeys reader(file.m_root);
    try {
        Json::sax_parse(file.m_text, &reader);
    } catch (const nlohmann::json::out_of_range& error) {
        std::string number;
        const TextPlace place = placeOfNumber(file.m_text, error.what(), number);
        throw DataError(file.m_fileName, place,
                        number.empty() ? "a number is too big." : "the number " + number + " is too big.");
    } catch (const nlohmann::json::parse_error& error) {
        // error.byte is 1-based; at or past the end means the text stopped early.
        const std::size_t byte = error.byte == 0 ? 0 : error.byte - 1;
        const TextPlace place = placeOfByte(file.m_text, byte);
        if (byte >= file.m_text.size() || onlySpaceAfter(file.m_text, byte))
            throw DataError(file.m_fileName, place, "the file ends too soon. It may have been cut short.");
        throw DataError(file.m_fileName, place, plainParseMessage(error.what()));
    }
    if (reader.sawDuplicateKey()) {
        std::string key;
        const TextPlace place = firstDuplicateKey(file.m_text, key);
        throw DataError(file.m_fileName, place,
                        "the key \"" + key + "\" is written twice in the same { }. Please keep only one.");
    }
    return file;
}

JsonFile JsonFile::load(const std::string& path)
{
    return parse(readWholeFile(path), path);
}

// [SECTION] Finding the line of a value (only run when something is wrong)

namespace {

// Walks text that nlohmann has already accepted and records where each value
// starts, keyed by its JSON pointer. Deep nesting is walked but not recorded.
class PlaceScanner {
public:
    PlaceScanner(const std::string& text, std::unordered_map<std::string, TextPlace>& places)
        : m_text(text), m_places(places) {}

    void run()
    {
        skipSpace();
        value("", 0);
    }

private:
    static constexpr int kMaxDepth = 256;

    void skipSpace()
    {
        while (m_index < m_text.size()) {
            const char c = m_text[m_index];
            if (c == '\n') {
                ++m_line;
                m_column = 1;
            } else if (c == ' ' || c == '\t' || c == '\r') {
                ++m_column;
            } else {
                break;
            }
            ++m_index;
        }
    }

    void advance()
    {
        if ((static_cast<unsigned char>(m_text[m_index]) & 0xC0) != 0x80)
            ++m_column;
        ++m_index;
    }

    std::string stringToken()
    {
        const std::size_t start = m_index;
        bool escaped = false;
        advance(); // opening quote
        while (m_index < m_text.size() && m_text[m_index] != '"') {
            if (m_text[m_index] == '\\') {
                escaped = true;
                advance();
            }
            if (m_index < m_text.size())
                advance();
        }
        if (m_index < m_text.size())
            advance(); // closing quote
        const std::string raw = m_text.substr(start, m_index - start);
        if (!escaped)
            return raw.substr(1, raw.size() >= 2 ? raw.size() - 2 : 0);
        try {
            return Json::parse(raw).get<std::string>();
        } catch (const nlohmann::json::exception&) {
            return raw;
        }
    }

    static std::string escapePointerToken(const std::string& token)
    {
        std::string out;
        for (char c : token) {
            if (c == '~')
                out += "~0";
            else if (c == '/')
                out += "~1";
            else
                out += c;
        }
        return out;
    }

    void value(const std::string& path, int depth)
    {
        if (m_index >= m_text.size())
            return;
        if (depth <= kMaxDepth)
            m_places.emplace(path, TextPlace{m_line, m_column});
        const char c = m_text[m_index];
        if (c == '{') {
            advance();
            skipSpace();
            std::set<std::string> keys;
            while (m_index < m_text.size() && m_text[m_index] != '}') {
                const TextPlace keyPlace{m_line, m_column};
                const std::string key = stringToken();
                if (!keys.insert(key).second && !foundDuplicate) {
                    foundDuplicate = true;
                    duplicateKey = key;
                    duplicatePlace = keyPlace;
                }
                skipSpace();
                if (m_index < m_text.size())
                    advance(); // ':'
                skipSpace();
                value(path + "/" + escapePointerToken(key), depth + 1);
                skipSpace();
                if (m_index < m_text.size() && m_text[m_index] == ',') {
                    advance();
                    skipSpace();
                }
            }
            if (m_index < m_text.size())
                advance();
        } else if (c == '[') {
            advance();
            skipSpace();
            std::size_t element = 0;
            while (m_index < m_text.size() && m_text[m_index] != ']') {
                value(path + "/" + std::to_string(element++), depth + 1);
                skipSpace();
                if (m_index < m_text.size() && m_text[m_index] == ',') {
                    advance();
                    skipSpace();
                }
            }
            if (m_index < m_text.size())
                advance();
        } else if (c == '"') {
            stringToken();
        } else {
            while (m_index < m_text.size() && !std::strchr(",]} \t\r\n", m_text[m_index]))
                advance();
        }
    }

public:
    bool foundDuplicate = false;
    std::string duplicateKey;
    TextPlace duplicatePlace;

private:
    const std::string& m_text;
    std::unordered_map<std::string, TextPlace>& m_places;
    std::size_t m_index = 0;
    int m_line = 1;
    int m_column = 1;
};

} // namespace

TextPlace firstDuplicateKey(const std::string& text, std::string& key)
{
    std::unordered_map<std::string, TextPlace> places;
    PlaceScanner scanner(text, places);
    scanner.run();
    key = scanner.duplicateKey;
    return scanner.duplicatePlace;
}

void JsonFile::buildPlaces() const
{
    if (m_placesBuilt)
        return;
    PlaceScanner(m_text, m_places).run();
    m_placesBuilt = true;
}

TextPlace JsonFile::placeOf(const JsonPointer& pointer) const
{
    buildPlaces();
    // A missing key has no place of its own: fall back to its nearest parent.
    JsonPointer current = pointer;
    while (true) {
        const auto found = m_places.find(current.to_string());
        if (found != m_places.end())
            return found->second;
        if (current.empty())
            return {};
        current = current.parent_pointer();
    }
}

void JsonFile::fail(const JsonPointer& pointer, const std::string& message) const
{
    throw DataError(m_fileName, placeOf(pointer), message);
}

// [SECTION] JsonObjectReader

bool isValidId(const std::string& text)
{
    if (text.empty() || text.size() > 200)
        return false;
    return std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    });
}

std::string idFromWords(const std::string& words, const std::string& fallback)
{
    std::string id;
    for (unsigned char c : words) {
        if (std::isalnum(c) && c < 128)
            id += static_cast<char>(std::tolower(c));
        else if (!id.empty() && id.back() != '-')
            id += '-';
    }
    while (!id.empty() && id.back() == '-')
        id.pop_back();
    if (id.size() > 40)
        id.resize(40);
    while (!id.empty() && id.back() == '-')
        id.pop_back();
    return id.empty() ? fallback : id;
}

JsonObjectReader::JsonObjectReader(const JsonFile& file, JsonPointer pointer, std::string what)
    : m_file(file), m_pointer(std::move(pointer)), m_what(std::move(what))
{
    if (!m_file.root().contains(m_pointer) || !m_file.root().at(m_pointer).is_object())
        m_file.fail(m_pointer, m_what + " should be an object in { }.");
    m_value = &m_file.root().at(m_pointer);
}

bool JsonObjectReader::has(const std::string& key) const
{
    return m_value->contains(key);
}

const Json& JsonObjectReader::field(const std::string& key)
{
    if (std::find(m_seen.begin(), m_seen.end(), key) == m_seen.end())
        m_seen.push_back(key);
    const auto found = m_value->find(key);
    if (found == m_value->end())
        fail(m_what + " has no \"" + key + "\".");
    return *found;
}

std::string JsonObjectReader::requireString(const std::string& key, Emptiness emptiness)
{
    const Json& value = field(key);
    if (!value.is_string())
        failAt(key, "\"" + key + "\" should be text in quotes.");
    std::string text = value.get<std::string>();
    if (emptiness == Emptiness::NotEmpty && text.find_first_not_of(" \t\r\n") == std::string::npos)
        failAt(key, "\"" + key + "\" is empty.");
    return text;
}

std::string JsonObjectReader::optionalString(const std::string& key, const std::string& fallback)
{
    if (!has(key)) {
        m_seen.push_back(key);
        return fallback;
    }
    return requireString(key, Emptiness::MayBeEmpty);
}

std::int64_t JsonObjectReader::requireInteger(const std::string& key)
{
    const Json& value = field(key);
    if (!value.is_number_integer())
        failAt(key, "\"" + key + "\" should be a whole number.");
    // Above the largest std::int64_t nlohmann keeps it unsigned; reading it
    // as signed would turn it negative.
    if (value.is_number_unsigned() && value.get<std::uint64_t>() > std::uint64_t{INT64_MAX})
        failAt(key, "\"" + key + "\" is too big.");
    return value.get<std::int64_t>();
}

double JsonObjectReader::requireNumber(const std::string& key)
{
    const Json& value = field(key);
    if (!value.is_number())
        failAt(key, "\"" + key + "\" should be a number.");
    return value.get<double>();
}

double JsonObjectReader::optionalNumber(const std::string& key, double fallback)
{
    if (!has(key)) {
        m_seen.push_back(key);
        return fallback;
    }
    return requireNumber(key);
}

bool JsonObjectReader::optionalBool(const std::string& key, bool fallback)
{
    if (!has(key)) {
        m_seen.push_back(key);
        return fallback;
    }
    const Json& value = field(key);
    if (!value.is_boolean())
        failAt(key, "\"" + key + "\" should be true or false.");
    return value.get<bool>();
}

JsonPointer JsonObjectReader::requireArray(const std::string& key)
{
    if (!field(key).is_array())
        failAt(key, "\"" + key + "\" should be a list in [ ].");
    return m_pointer / key;
}

JsonPointer JsonObjectReader::optionalArray(const std::string& key)
{
    if (!has(key)) {
        m_seen.push_back(key);
        return JsonPointer();
    }
    return requireArray(key);
}

JsonPointer JsonObjectReader::requireObject(const std::string& key)
{
    if (!field(key).is_object())
        failAt(key, "\"" + key + "\" should be an object in { }.");
    return m_pointer / key;
}

std::string JsonObjectReader::requireChoice(const std::string& key, const std::vector<std::string>& choices)
{
    const std::string text = requireString(key, Emptiness::MayBeEmpty);
    if (std::find(choices.begin(), choices.end(), text) != choices.end())
        return text;
    std::string list;
    for (std::size_t i = 0; i < choices.size(); ++i)
        list += (i == 0 ? "\"" : (i + 1 == choices.size() ? " or \"" : ", \"")) + choices[i] + "\"";
    failAt(key, "\"" + key + "\" is \"" + text + "\"; it should be " + list + ".");
}

std::string JsonObjectReader::requireId(const std::string& key)
{
    const std::string text = requireString(key, Emptiness::MayBeEmpty);
    if (!isValidId(text))
        failAt(key, "\"" + key + "\" is \"" + text + "\"; an id uses only small letters, digits, _ and -.");
    return text;
}

void JsonObjectReader::fail(const std::string& message) const
{
    m_file.fail(m_pointer, message);
}

void JsonObjectReader::failAt(const std::string& key, const std::string& message) const
{
    m_file.fail(m_pointer / key, message);
}

void JsonObjectReader::finish() const
{
    for (const auto& item : m_value->items()) {
        if (std::find(m_seen.begin(), m_seen.end(), item.key()) == m_seen.end())
            failAt(item.key(), m_what + " has a key \"" + item.key() + "\" that is not known. Is it spelt right?");
    }
}

} // namespace rightjob::core
