// Small text helpers every domain uses: trimming, replacing a placeholder,
// ASCII lower case and prefix and suffix tests. One copy, here; the rules
// about words (easy read, who says what) live with their domains.
#pragma once

#include <string>
#include <string_view>

namespace rightjob::core {

// The spaces, tabs and line ends trimmed() and isBlank() look past.
inline constexpr const char* kBlankCharacters = " \t\r\n";

// The text without spaces, tabs or line ends at either end.
std::string trimmed(const std::string& text);

// True when the text is empty or only spaces, tabs and line ends.
bool isBlank(const std::string& text);

// The text with every placeholder ("{job}") replaced by value. A value that
// holds the placeholder is not replaced again.
std::string replaced(std::string text, const std::string& placeholder, const std::string& value);

// The text with A to Z made small; other bytes (UTF-8 included) stay.
std::string asciiLowered(std::string text);

// Whether text begins or ends with part. Inline: the easy-read checker
// and matching call them in their inner loops.
inline bool startsWith(std::string_view text, std::string_view part)
{
    return text.size() >= part.size() && text.compare(0, part.size(), part) == 0;
}

inline bool endsWith(std::string_view text, std::string_view part)
{
    return text.size() >= part.size() && text.compare(text.size() - part.size(), part.size(), part) == 0;
}

} // namespace rightjob::core
