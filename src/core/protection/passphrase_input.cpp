#include "core/protection/passphrase_input.h"

#include "core/base/json_file.h"

#include <cstdio>
#include <iostream>
#include <termios.h>
#include <unistd.h>

namespace rightjob::core {

std::string readPassphraseFile(const std::string& path)
{
    std::string bytes;
    const FileResult read = readRegularFile(path, bytes, kMaxPassphraseFileBytes);
    if (!read.ok)
        throw DataError(path, {}, "the passphrase file cannot be used. " + read.problem);
    const auto end = bytes.find_first_of("\r\n");
    std::string passphrase = bytes.substr(0, end);
    wipeText(bytes);
    if (passphrase.empty())
        throw DataError(path, {}, "the passphrase file is empty.");
    return passphrase;
}

bool askPassphrase(const std::string& question, std::string& passphrase)
{
    if (!::isatty(STDIN_FILENO))
        return false;
    termios before {};
    const bool canHide = ::tcgetattr(STDIN_FILENO, &before) == 0;
    if (canHide) {
        termios hidden = before;
        hidden.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        hidden.c_lflag |= ECHONL;
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden);
    }
    std::cerr << question << std::flush;
    std::getline(std::cin, passphrase);
    if (canHide)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &before);
    if (!passphrase.empty() && passphrase.back() == '\r')
        passphrase.pop_back();
    return true;
}

std::string passphraseFromFileOrTerminal(const std::string& passphraseFile, const std::string& question)
{
    std::string passphrase;
    if (!passphraseFile.empty())
        return readPassphraseFile(passphraseFile);
    if (!askPassphrase(question, passphrase))
        passphrase.clear();
    return passphrase;
}

CommandFile readCommandFileWith(const std::string& path, const std::string& passphrase)
{
    CommandFile file;
    file.bytes = readWholeFile(path);
    if (!isSealed(file.bytes))
        return file;
    if (passphrase.empty())
        throw DataError(path, {}, kGivePassphrase);
    const UnlockOutcome unlocked = unlockPerson(realFileSystem(), path, passphrase);
    if (!unlocked.keys)
        throw DataError(path, {}, kWrongPassphrase);
    std::optional<std::string> plain = unlocked.keys->open(file.bytes);
    if (!plain)
        throw DataError(path, {}, kSealedFileDamaged);
    file.bytes = std::move(*plain);
    file.keys = unlocked.keys;
    return file;
}

CommandFile readCommandFile(const std::string& path, const std::string& passphraseFile)
{
    // Only asked for when the file is sealed.
    std::string bytes = readWholeFile(path);
    if (!isSealed(bytes))
        return {std::move(bytes), nullptr};
    std::string passphrase = passphraseFromFileOrTerminal(passphraseFile, "Passphrase for " + path + ": ");
    try {
        CommandFile file = readCommandFileWith(path, passphrase);
        wipeText(passphrase);
        return file;
    } catch (...) {
        wipeText(passphrase);
        throw;
    }
}

} // namespace rightjob::core
