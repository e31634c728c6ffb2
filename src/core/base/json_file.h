// Reading JSON data files with errors that name the file, the line and what
// is wrong — for layouts, profiles, catalogues and manifests alike.
#pragma once

#include "core/base/data_error.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace rightjob::core {

using Json = nlohmann::json;
using JsonPointer = nlohmann::json::json_pointer;

// The most bytes a data file (a layout, a catalogue, a profile) may have.
inline constexpr std::uint64_t kMaxDataFileBytes = 64ull * 1024 * 1024;

// Reads a whole regular file of at most maxBytes as bytes. Throws DataError
// ("cannot be opened", "is too big", "is not a plain file") when it cannot
// be read; a device or FIFO is never read from.
std::string readWholeFile(const std::string& path, std::uint64_t maxBytes = kMaxDataFileBytes);

// The deepest that [ ] and { } may nest in a data file. Right Job's own
// files nest at most 6 deep; text nested deeper is refused before parsing.
inline constexpr int kMaxJsonNesting = 64;

// A parsed JSON text that keeps its source, so any value in it can be traced
// back to its line and column when something about it is wrong.
class JsonFile {
public:
    // Parses text; fileName is only used in messages. Throws DataError with
    // the line and column of a syntax error, or "ends too soon" when the text
    // stops early (a truncated file), a number too big for a double, or
    // nesting deeper than kMaxJsonNesting.
    static JsonFile parse(std::string text, std::string fileName);

    // Reads and parses a file. Throws DataError.
    static JsonFile load(const std::string& path);

    const Json& root() const { return m_root; }
    const std::string& fileName() const { return m_fileName; }
    const std::string& text() const { return m_text; }

    // Line and column where the value at pointer starts; {0,0} when unknown.
    TextPlace placeOf(const JsonPointer& pointer) const;

    // Throws DataError for the value at pointer.
    [[noreturn]] void fail(const JsonPointer& pointer, const std::string& message) const;

private:
    void buildPlaces() const;

    std::string m_text;
    std::string m_fileName;
    Json m_root;
    mutable bool m_placesBuilt = false;
    mutable std::unordered_map<std::string, TextPlace> m_places;
};

// Reads the fields of one JSON object with type checks. Every problem is a
// DataError at the right line. finish() reports keys nobody asked for, so a
// misspelt key in a hand-edited file is found instead of silently dropped.
class JsonObjectReader {
public:
    // Throws DataError when the value at pointer is not an object; what names
    // it in messages ("the card", "the layout").
    JsonObjectReader(const JsonFile& file, JsonPointer pointer, std::string what);

    bool has(const std::string& key) const;
    const JsonPointer& pointer() const { return m_pointer; }
    JsonPointer pointerTo(const std::string& key) const { return m_pointer / key; }
    const Json& value() const { return *m_value; }

    // A string that must be there; with NotEmpty it must have some text.
    enum class Emptiness { MayBeEmpty, NotEmpty };
    std::string requireString(const std::string& key, Emptiness emptiness = Emptiness::NotEmpty);
    std::string optionalString(const std::string& key, const std::string& fallback = "");
    std::int64_t requireInteger(const std::string& key);
    double optionalNumber(const std::string& key, double fallback);
    double requireNumber(const std::string& key);
    bool optionalBool(const std::string& key, bool fallback);
    // Arrays and objects are returned as pointers for nested readers.
    JsonPointer requireArray(const std::string& key);
    JsonPointer optionalArray(const std::string& key); // empty pointer when absent
    JsonPointer requireObject(const std::string& key);
    // A string that must be one of choices; the message lists them.
    std::string requireChoice(const std::string& key, const std::vector<std::string>& choices);
    // An identifier: lowercase letters, digits, '_' and '-', not empty.
    std::string requireId(const std::string& key);

    // Throws DataError at this object, or at one of its keys.
    [[noreturn]] void fail(const std::string& message) const;
    [[noreturn]] void failAt(const std::string& key, const std::string& message) const;

    // Throws DataError naming the first key that was never read.
    void finish() const;

private:
    const Json& field(const std::string& key);

    const JsonFile& m_file;
    JsonPointer m_pointer;
    std::string m_what;
    const Json* m_value = nullptr;
    std::vector<std::string> m_seen;
};

// Checks that text is valid as an id (see requireId).
bool isValidId(const std::string& text);

// An id made from words ("Alex Morgan" gives "alex-morgan"): small letters
// and digits joined by "-", at most 40 characters; fallback when no letter
// or digit is left.
std::string idFromWords(const std::string& words, const std::string& fallback);

} // namespace rightjob::core
