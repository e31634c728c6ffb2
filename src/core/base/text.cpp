#include "core/base/text.h"

namespace rightjob::core {

std::string trimmed(const std::string& text)
{
    const auto first = text.find_first_not_of(kBlankCharacters);
    if (first == std::string::npos)
        return "";
    const auto last = text.find_last_not_of(kBlankCharacters);
    return text.substr(first, last - first + 1);
}

bool isBlank(const std::string& text)
{
    return text.find_first_not_of(kBlankCharacters) == std::string::npos;
}

std::string replaced(std::string text, const std::string& placeholder, const std::string& value)
{
    if (placeholder.empty())
        return text;
    for (auto at = text.find(placeholder); at != std::string::npos; at = text.find(placeholder, at + value.size()))
        text.replace(at, placeholder.size(), value);
    return text;
}

std::string asciiLowered(std::string text)
{
    for (char& c : text)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return text;
}

} // namespace rightjob::core
