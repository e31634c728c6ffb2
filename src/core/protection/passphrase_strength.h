// How hard a new passphrase is to guess, with zxcvbn (Debian's libzxcvbn):
// words from dictionaries, names, dates, keyboard rows and repeats count
// for little. A passphrase easier than kLeastPassphraseBits is refused with
// easy-read advice.
#pragma once

#include <string>
#include <vector>

namespace rightjob::core {

// The least a new passphrase must have: about a trillion guesses.
inline constexpr double kLeastPassphraseBits = 40.0;

// How many bits zxcvbn gives the passphrase (log2 of the guesses), with the
// person's own words (their name, say) counted as easy.
double passphraseBits(const std::string& passphrase, const std::vector<std::string>& personalWords = {});

// Easy-read advice when the passphrase is too easy to guess; empty when it
// is strong enough.
std::string passphraseAdvice(const std::string& passphrase, const std::vector<std::string>& personalWords = {});

} // namespace rightjob::core
