#include "core/profile/voices.h"

#include "core/base/easy_read.h"

#include <algorithm>

namespace rightjob::core {

namespace {

constexpr int kMaxSentenceWords = 15; // EASY_READ.md rule 2

std::string trimmedText(const std::string& text)
{
    const auto begin = text.find_first_not_of(" \t\r\n");
    if (begin == std::string::npos)
        return "";
    return text.substr(begin, text.find_last_not_of(" \t\r\n") - begin + 1);
}

std::string lowered(std::string text)
{
    for (char& c : text)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return text;
}

std::string upperFirstLetter(std::string text)
{
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z')
        text[0] = static_cast<char>(text[0] - 'a' + 'A');
    return text;
}

// The first letter made small to go inside another sentence; "I" and "I'm" stay.
std::string lowerFirstLetter(std::string text)
{
    const bool isI = !text.empty() && text[0] == 'I' && (text.size() == 1 || text[1] == ' ' || text[1] == '\'');
    if (!text.empty() && !isI && text[0] >= 'A' && text[0] <= 'Z')
        text[0] = static_cast<char>(text[0] - 'A' + 'a');
    return text;
}

std::string replacedAll(std::string text, const std::string& placeholder, const std::string& value)
{
    for (auto at = text.find(placeholder); at != std::string::npos; at = text.find(placeholder, at + value.size()))
        text.replace(at, placeholder.size(), value);
    return text;
}

} // namespace

std::string giverWord(const Profile& profile, const Attribution& attribution, const std::string& giver)
{
    if (giver == kPersonGiver)
        return "";
    const Contributor* contributor = profile.findContributor(giver);
    if (!contributor)
        return "";
    const std::string role = lowered(trimmedText(contributor->role));
    const bool isFamily = std::any_of(attribution.familyRoles.begin(), attribution.familyRoles.end(),
                                      [&](const std::string& family) { return lowered(trimmedText(family)) == role; });
    const bool roleShared = std::count_if(profile.contributors.begin(), profile.contributors.end(),
                                          [&](const Contributor& other) { return lowered(trimmedText(other.role)) == role; })
                            > 1;
    if (!role.empty() && isFamily && !roleShared)
        return upperFirstLetter(trimmedText(contributor->role));
    if (!trimmedText(contributor->name).empty())
        return trimmedText(contributor->name);
    return upperFirstLetter(trimmedText(contributor->role));
}

std::string saidBy(const Profile& profile, const Attribution& attribution, const std::string& giver,
                   const std::string& sentence)
{
    if (giver == kPersonGiver)
        return sentence;
    const Contributor* contributor = profile.findContributor(giver);
    if (!contributor)
        return sentence;
    const std::string& pattern
        = contributor->kind == ContributorKind::Observer ? attribution.observer : attribution.supporter;
    const std::string withSentence = replacedAll(pattern, "{sentence}", lowerFirstLetter(sentence));
    const std::string who = giverWord(profile, attribution, giver);
    std::string text = replacedAll(withSentence, "{who}", who);
    // A long name can push a sentence past 15 words; the first name alone is
    // still clear to the reader.
    const auto space = who.find(' ');
    if (longestSentenceWords(text) > kMaxSentenceWords && space != std::string::npos)
        text = replacedAll(withSentence, "{who}", who.substr(0, space));
    return text;
}

} // namespace rightjob::core
