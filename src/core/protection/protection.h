// A passphrase per person: their profile, backups, photos and recordings are
// sealed at rest with libsodium. The key comes from the passphrase through
// Argon2id (crypto_pwhash); each file is sealed with XChaCha20-Poly1305
// (crypto_aead_xchacha20poly1305_ietf). Sealing happens in memory, before
// the bytes reach any file, so no plain copy is ever written, temporary
// files included. The file format is in docs/profile-format.md.
#pragma once

#include "core/base/file_system.h"

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace rightjob::core {

// The first 8 bytes of every sealed file.
inline constexpr char kSealedMagic[] = "RJSEALED";
// The version of the sealed file format.
inline constexpr int kSealedFormatVersion = 1;
// How many bytes a sealed file's header takes (the rest is the sealed text
// and its 16-byte tag).
inline constexpr std::size_t kSealedHeaderBytes = 66;

// What a passphrase that is not right is told.
inline constexpr const char* kWrongPassphrase = "That passphrase is not right. Nothing was changed.";
// What a sealed file that fails its check is told.
inline constexpr const char* kSealedFileDamaged =
    "This file was changed outside Right Job, or it is damaged. Right Job will not use it.";

// What a plain file in a protected person's folder is told.
inline constexpr const char* kPlainFileInLockedFolder
    = "This file is not locked with the passphrase, but this person's files are. Right Job will not use it.";

// How hard Argon2id works to make a key: its time (operations) and memory.
struct KeyStrength {
    std::uint64_t operations = 0;
    std::uint64_t memoryBytes = 0;
};

// libsodium's "moderate" strength (3 operations, 256 MiB): what the program
// uses for new keys. Measured on the 2-core CI machine: about 2 s quiet,
// 11 s under a load of 15 ("interactive", 64 MiB, was 0.3 s and 1.9 s); see
// RELIABILITY.md. Files sealed at the "interactive" strength still open:
// each file's header names its own strength.
KeyStrength programKeyStrength();
// The least libsodium allows (1 operation, 8 KiB): fast, for tests only.
KeyStrength quickKeyStrengthForTests();

// Overwrites text with zeros (sodium_memzero), then empties it (for typed
// passphrases and their copies).
void wipeText(std::string& text);

// The SHA-256 of bytes as 64 small hex digits (libsodium's crypto_hash_sha256).
std::string sha256Hex(const std::string& bytes);

// True when bytes begin like a sealed file.
bool isSealed(const std::string& bytes);

// A key made from a passphrase and a salt. Its bytes are wiped when it goes.
class SealingKey {
public:
    // A key for a new salt (random).
    static SealingKey make(const std::string& passphrase, KeyStrength strength);
    // The key the passphrase gives for the salt and strength in a sealed
    // file's header; nothing when the header is not one this program makes
    // (or asks for more than kMaximumMemory, so a damaged file cannot make
    // it use up the memory).
    static std::optional<SealingKey> forSealedFile(const std::string& passphrase, const std::string& sealedBytes);

    SealingKey(const SealingKey& other);
    SealingKey& operator=(const SealingKey& other);
    ~SealingKey();

    // Seals bytes with a fresh random nonce: header, then sealed text.
    std::string seal(const std::string& plain) const;
    // The plain bytes of a file this key sealed; nothing when the file was
    // sealed with another key, changed, or cut short.
    std::optional<std::string> unseal(const std::string& sealedBytes) const;
    // True when a sealed file's header names this key's salt and strength.
    bool sealedThis(const std::string& sealedBytes) const;

    // The key's own bytes with its salt and strength, for the record kept
    // while a passphrase changes (never written unsealed).
    std::string exported() const;
    static std::optional<SealingKey> imported(const std::string& bytes);

private:
    SealingKey() = default;
    std::array<unsigned char, 32> m_key{};
    std::array<unsigned char, 16> m_salt{};
    KeyStrength m_strength;
};

// The keys of one person: the one new files are sealed with, then any others
// their files may still be sealed with (only while a passphrase change is
// being finished).
class Keyring {
public:
    explicit Keyring(SealingKey current) : m_keys{std::move(current)} {}
    void addOlder(SealingKey key) { m_keys.push_back(std::move(key)); }

    const SealingKey& current() const { return m_keys.front(); }
    // Unseals with whichever key sealed the file. Plain bytes are given back
    // as they are. Nothing when no key fits or the check fails.
    std::optional<std::string> open(const std::string& bytes) const;

private:
    std::vector<SealingKey> m_keys;
};

// The file system of a protected person: every file written through it is
// sealed in memory first, and every sealed file read through it is unsealed.
// Everything else is the underlying file system's.
class SealedFileSystem : public FileSystem {
public:
    SealedFileSystem(FileSystem& files, std::shared_ptr<const Keyring> keys)
        : m_files(files), m_keys(std::move(keys)) {}

    const Keyring& keys() const { return *m_keys; }

    FileResult writeNewFile(const std::string& path, const std::string& bytes) override;
    FileResult rename(const std::string& from, const std::string& to) override { return m_files.rename(from, to); }
    FileResult syncFolder(const std::string& path) override { return m_files.syncFolder(path); }
    FileResult keepCopy(const std::string& existing, const std::string& copyPath) override
    {
        return m_files.keepCopy(existing, copyPath);
    }
    FileResult removeFile(const std::string& path) override { return m_files.removeFile(path); }
    FileResult makeFolders(const std::string& path) override { return m_files.makeFolders(path); }
    bool exists(const std::string& path) const override { return m_files.exists(path); }
    std::vector<std::string> listFolder(const std::string& path) const override { return m_files.listFolder(path); }
    // Unseals a sealed file. A plain file is refused (kPlainFileInLockedFolder),
    // and a sealed file that does not unseal is a failure with kSealedFileDamaged.
    FileResult readFile(const std::string& path, std::string& bytes) const override;
    bool unseals() const override { return true; }

private:
    FileSystem& m_files;
    std::shared_ptr<const Keyring> m_keys;
};

// [SECTION] A person's folder

// True when the person whose profile is at profilePath has a passphrase:
// the profile is sealed, or their folder has the marker protectPerson
// leaves (kProtectedMarker), so a plain profile.json put in the place of a
// sealed one does not open the person without the passphrase.
bool isProtected(const FileSystem& files, const std::string& profilePath);

// The marker file in a protected person's folder (plain, hidden).
inline constexpr const char* kProtectedMarker = ".passphrase";

// The result of trying a passphrase.
struct UnlockOutcome {
    std::shared_ptr<const Keyring> keys; // set when the passphrase is right
    std::string problem;                 // plain words when it is not
};

// Tries a passphrase on the person whose profile is at profilePath: it is
// right when it unseals the profile or one of its backups (so a damaged
// profile can still be recovered from a backup). Never changes anything.
// Also reads the record of a passphrase change cut off by a crash, so the
// old and the new passphrase both open the person until it is finished.
UnlockOutcome unlockPerson(const FileSystem& files, const std::string& profilePath, const std::string& passphrase);

// Gives a person a passphrase: seals every file in their folder (hidden
// files, such as the lock file, aside). The profile is sealed first, so from
// then on the person always asks for the passphrase; a crash part way leaves
// some other files plain until finishProtection next runs.
// Returns the keys to open the person with, or throws EditError.
std::shared_ptr<const Keyring> protectPerson(FileSystem& files, const std::string& personFolder,
                                             const std::string& passphrase,
                                             KeyStrength strength = programKeyStrength());

// Changes the passphrase and seals every file again with a key from the new
// one. First a change record (.passphrase-change, each key sealed with the
// other) is written, then each file is sealed again, the profile last, then
// the record is removed. A crash at any point loses nothing: with the record
// either passphrase opens the person, and finishProtection completes the
// change. Returns the new keys, or throws EditError.
std::shared_ptr<const Keyring> changePassphrase(FileSystem& files, const std::string& personFolder,
                                                const Keyring& keys, const std::string& newPassphrase,
                                                KeyStrength strength = programKeyStrength());

// Takes a person's passphrase away: every other file is unsealed first and
// the profile last, so a crash part way leaves a person who still asks for
// the passphrase (finishProtection then seals them all again). Throws EditError.
void removeProtection(FileSystem& files, const std::string& personFolder, const Keyring& keys);

// Makes every file in a protected person's folder sealed with the current
// key: plain files left by a crash while the passphrase was given, files of
// a passphrase change cut short. Removes the change record when done.
// Returns a problem in plain words, or success.
FileResult finishProtection(FileSystem& files, const std::string& personFolder, const Keyring& keys);

// The record kept while a passphrase changes: <personFolder>/.passphrase-change.
std::string passphraseChangeRecordPath(const std::string& personFolder);

// Every file in a person's folder that is sealed or sealable, as full paths:
// all files in it and its sub-folders but hidden ones, the profile last.
std::vector<std::string> personFiles(const FileSystem& files, const std::string& personFolder);

} // namespace rightjob::core
