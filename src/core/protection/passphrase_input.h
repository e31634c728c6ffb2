// Opening a profile with a passphrase from the command line: from a file
// (--passphrase-file FILE), or typed at the terminal without showing it.
// The passphrase is wiped from memory as soon as the key is made.
#pragma once

#include "core/protection/protection.h"

#include <memory>
#include <string>

namespace rightjob::core {

// What a command says when a profile has a passphrase and none was given.
inline constexpr const char* kGivePassphrase
    = "This profile has a passphrase. Give it with --passphrase-file FILE, or type it when asked.";

// The most bytes a passphrase file may have.
inline constexpr std::uint64_t kMaxPassphraseFileBytes = 4096;

// Reads a passphrase from a file: the whole first line, without its line
// ending. Throws DataError when the file cannot be read, is too big or is empty.
std::string readPassphraseFile(const std::string& path);

// Asks for a passphrase on the terminal, not showing what is typed. Returns
// false (and asks nothing) when standard input is not a terminal.
bool askPassphrase(const std::string& question, std::string& passphrase);

// A file read for a command: its plain bytes, and for a protected person the
// keys that opened it (to read their photos and recordings).
struct CommandFile {
    std::string bytes;
    std::shared_ptr<const Keyring> keys; // set when the file was sealed
};

// Reads a data file for a command (at most kMaxDataFileBytes, a plain
// file). A sealed profile is opened with the passphrase in passphraseFile
// (when not empty), else one typed at the terminal. Throws DataError, with
// kGivePassphrase when there is no passphrase and kWrongPassphrase when it
// is not right.
CommandFile readCommandFile(const std::string& path, const std::string& passphraseFile);

// The same with the passphrase itself (empty: none given).
CommandFile readCommandFileWith(const std::string& path, const std::string& passphrase);

// The passphrase in passphraseFile, or else one typed at the terminal after
// question; empty when there is neither. Throws DataError for a passphrase
// file that cannot be used.
std::string passphraseFromFileOrTerminal(const std::string& passphraseFile, const std::string& question);

} // namespace rightjob::core
