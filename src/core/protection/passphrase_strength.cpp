#include "core/protection/passphrase_strength.h"

#include <zxcvbn.h>

namespace rightjob::core {

double passphraseBits(const std::string& passphrase, const std::vector<std::string>& personalWords)
{
    std::vector<const char*> words;
    for (const std::string& word : personalWords)
        if (!word.empty())
            words.push_back(word.c_str());
    words.push_back(nullptr);
    return ZxcvbnMatch(passphrase.c_str(), words.data(), nullptr);
}

std::string passphraseAdvice(const std::string& passphrase, const std::vector<std::string>& personalWords)
{
    if (passphrase.empty())
        return "Please write a passphrase.";
    if (passphraseBits(passphrase, personalWords) >= kLeastPassphraseBits)
        return "";
    return "This passphrase is too easy to guess. Try four or five words that do not go together. "
           "For example: my dog likes the red bus.";
}

} // namespace rightjob::core
