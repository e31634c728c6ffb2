// [SECTION] Keys and sealed files
// [SECTION] The sealed file system
// [SECTION] A person's folder

#include "core/protection/protection.h"

#include "core/base/data_error.h"
#include "core/base/edit_error.h"

#include <sodium.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <mutex>
#include <stdexcept>

namespace rightjob::core {

namespace {

// Header layout (docs/profile-format.md): magic, version, algorithm, salt,
// operations, memory, nonce. All of it is checked as associated data.
constexpr std::size_t kMagicBytes = 8;
constexpr std::size_t kVersionAt = 8;
constexpr std::size_t kAlgorithmAt = 9;
constexpr std::size_t kSaltAt = 10;
constexpr std::size_t kOperationsAt = 26;
constexpr std::size_t kMemoryAt = 34;
constexpr std::size_t kNonceAt = 42;
constexpr unsigned char kAlgorithmArgon2idXChaCha20Poly1305 = 1;
static_assert(kNonceAt + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES == kSealedHeaderBytes);
static_assert(crypto_pwhash_SALTBYTES == 16);
static_assert(crypto_aead_xchacha20poly1305_ietf_KEYBYTES == 32);

// A damaged or hostile header must not make the program work for minutes or
// take gigabytes: the most a key may ask for.
constexpr std::uint64_t kMaximumOperations = 8;
constexpr std::uint64_t kMaximumMemory = 256ull * 1024 * 1024;

constexpr const char* kChangeRecordName = ".passphrase-change";
constexpr std::size_t kExportedKeyBytes = 32 + 16 + 8 + 8;

void initialiseSodium()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (sodium_init() < 0)
            throw std::runtime_error("libsodium cannot start.");
    });
}

void putNumber(std::string& bytes, std::size_t at, std::uint64_t value)
{
    for (int i = 0; i < 8; ++i)
        bytes[at + i] = static_cast<char>((value >> (8 * i)) & 0xFF);
}

std::uint64_t getNumber(const std::string& bytes, std::size_t at)
{
    std::uint64_t value = 0;
    for (int i = 0; i < 8; ++i)
        value |= static_cast<std::uint64_t>(static_cast<unsigned char>(bytes[at + i])) << (8 * i);
    return value;
}

bool strengthAllowed(KeyStrength strength)
{
    return strength.operations >= crypto_pwhash_OPSLIMIT_MIN && strength.operations <= kMaximumOperations
           && strength.memoryBytes >= crypto_pwhash_MEMLIMIT_MIN && strength.memoryBytes <= kMaximumMemory;
}

bool headerReadable(const std::string& bytes)
{
    return bytes.size() >= kSealedHeaderBytes + crypto_aead_xchacha20poly1305_ietf_ABYTES && isSealed(bytes)
           && static_cast<unsigned char>(bytes[kVersionAt]) == kSealedFormatVersion
           && static_cast<unsigned char>(bytes[kAlgorithmAt]) == kAlgorithmArgon2idXChaCha20Poly1305;
}

std::string fileName(const std::string& path)
{
    const auto slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

// Reads a file as it is on disk, through the plain file system underneath.
std::string readRaw(const FileSystem& files, const std::string& path)
{
    std::string bytes;
    const FileResult read = files.FileSystem::readFile(path, bytes);
    if (!read.ok)
        throw EditError(read.problem);
    return bytes;
}

void writeRaw(FileSystem& files, const std::string& path, const std::string& bytes)
{
    const FileResult written = writeFileAtomically(files, path, bytes);
    if (!written.ok)
        throw EditError(written.problem);
}

} // namespace

// [SECTION] Keys and sealed files

KeyStrength programKeyStrength()
{
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

KeyStrength quickKeyStrengthForTests()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

void wipeText(std::string& text)
{
    if (!text.empty())
        sodium_memzero(text.data(), text.size());
    text.clear();
}

std::string sha256Hex(const std::string& bytes)
{
    initialiseSodium();
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
    static constexpr char kHex[] = "0123456789abcdef";
    std::string hex;
    for (unsigned char byte : digest) {
        hex += kHex[byte >> 4];
        hex += kHex[byte & 15];
    }
    return hex;
}

bool isSealed(const std::string& bytes)
{
    return bytes.size() >= kMagicBytes && bytes.compare(0, kMagicBytes, kSealedMagic, kMagicBytes) == 0;
}

SealingKey SealingKey::make(const std::string& passphrase, KeyStrength strength)
{
    initialiseSodium();
    if (!strengthAllowed(strength))
        throw std::invalid_argument("a key strength outside what Right Job allows");
    SealingKey key;
    key.m_strength = strength;
    randombytes_buf(key.m_salt.data(), key.m_salt.size());
    if (crypto_pwhash(key.m_key.data(), key.m_key.size(), passphrase.data(), passphrase.size(), key.m_salt.data(),
                      strength.operations, static_cast<std::size_t>(strength.memoryBytes),
                      crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        throw std::runtime_error("There is not enough memory to make the key.");
    return key;
}

std::optional<SealingKey> SealingKey::forSealedFile(const std::string& passphrase, const std::string& sealedBytes)
{
    initialiseSodium();
    if (!headerReadable(sealedBytes))
        return std::nullopt;
    SealingKey key;
    key.m_strength = {getNumber(sealedBytes, kOperationsAt), getNumber(sealedBytes, kMemoryAt)};
    if (!strengthAllowed(key.m_strength))
        return std::nullopt;
    std::memcpy(key.m_salt.data(), sealedBytes.data() + kSaltAt, key.m_salt.size());
    if (crypto_pwhash(key.m_key.data(), key.m_key.size(), passphrase.data(), passphrase.size(), key.m_salt.data(),
                      key.m_strength.operations, static_cast<std::size_t>(key.m_strength.memoryBytes),
                      crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return std::nullopt;
    return key;
}

SealingKey::SealingKey(const SealingKey& other) = default;
SealingKey& SealingKey::operator=(const SealingKey& other) = default;

SealingKey::~SealingKey()
{
    sodium_memzero(m_key.data(), m_key.size());
}

std::string SealingKey::seal(const std::string& plain) const
{
    initialiseSodium();
    std::string bytes(kSealedHeaderBytes + plain.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES, '\0');
    std::memcpy(bytes.data(), kSealedMagic, kMagicBytes);
    bytes[kVersionAt] = static_cast<char>(kSealedFormatVersion);
    bytes[kAlgorithmAt] = static_cast<char>(kAlgorithmArgon2idXChaCha20Poly1305);
    std::memcpy(bytes.data() + kSaltAt, m_salt.data(), m_salt.size());
    putNumber(bytes, kOperationsAt, m_strength.operations);
    putNumber(bytes, kMemoryAt, m_strength.memoryBytes);
    randombytes_buf(bytes.data() + kNonceAt, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    auto* out = reinterpret_cast<unsigned char*>(bytes.data());
    unsigned long long sealedLength = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(out + kSealedHeaderBytes, &sealedLength,
                                               reinterpret_cast<const unsigned char*>(plain.data()), plain.size(),
                                               out, kSealedHeaderBytes, nullptr, out + kNonceAt, m_key.data());
    bytes.resize(kSealedHeaderBytes + static_cast<std::size_t>(sealedLength));
    return bytes;
}

bool SealingKey::sealedThis(const std::string& sealedBytes) const
{
    return headerReadable(sealedBytes) && getNumber(sealedBytes, kOperationsAt) == m_strength.operations
           && getNumber(sealedBytes, kMemoryAt) == m_strength.memoryBytes
           && std::memcmp(sealedBytes.data() + kSaltAt, m_salt.data(), m_salt.size()) == 0;
}

std::optional<std::string> SealingKey::unseal(const std::string& sealedBytes) const
{
    if (!sealedThis(sealedBytes))
        return std::nullopt;
    const auto* in = reinterpret_cast<const unsigned char*>(sealedBytes.data());
    std::string plain(sealedBytes.size() - kSealedHeaderBytes - crypto_aead_xchacha20poly1305_ietf_ABYTES, '\0');
    unsigned long long plainLength = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char*>(plain.data()), &plainLength,
                                                   nullptr, in + kSealedHeaderBytes,
                                                   sealedBytes.size() - kSealedHeaderBytes, in, kSealedHeaderBytes,
                                                   in + kNonceAt, m_key.data())
        != 0)
        return std::nullopt;
    plain.resize(static_cast<std::size_t>(plainLength));
    return plain;
}

std::string SealingKey::exported() const
{
    std::string bytes(kExportedKeyBytes, '\0');
    std::memcpy(bytes.data(), m_key.data(), 32);
    std::memcpy(bytes.data() + 32, m_salt.data(), 16);
    putNumber(bytes, 48, m_strength.operations);
    putNumber(bytes, 56, m_strength.memoryBytes);
    return bytes;
}

std::optional<SealingKey> SealingKey::imported(const std::string& bytes)
{
    if (bytes.size() != kExportedKeyBytes)
        return std::nullopt;
    SealingKey key;
    std::memcpy(key.m_key.data(), bytes.data(), 32);
    std::memcpy(key.m_salt.data(), bytes.data() + 32, 16);
    key.m_strength = {getNumber(bytes, 48), getNumber(bytes, 56)};
    if (!strengthAllowed(key.m_strength))
        return std::nullopt;
    return key;
}

std::optional<std::string> Keyring::open(const std::string& bytes) const
{
    if (!isSealed(bytes))
        return bytes;
    for (const auto& key : m_keys)
        if (key.sealedThis(bytes))
            return key.unseal(bytes);
    return std::nullopt;
}

// [SECTION] The sealed file system

FileResult SealedFileSystem::writeNewFile(const std::string& path, const std::string& bytes)
{
    return m_files.writeNewFile(path, m_keys->current().seal(bytes));
}

FileResult SealedFileSystem::readFile(const std::string& path, std::string& bytes) const
{
    std::string raw;
    const FileResult read = m_files.readFile(path, raw);
    if (!read.ok)
        return read;
    // In a protected person's folder every file is sealed: a plain one was
    // put there from outside (or is left by a crash until finishProtection
    // seals it) and is not taken as it is.
    if (!isSealed(raw))
        return FileResult::failure(path + ": " + kPlainFileInLockedFolder);
    std::optional<std::string> plain = m_keys->open(raw);
    if (!plain)
        return FileResult::failure(path + ": " + kSealedFileDamaged);
    bytes = std::move(*plain);
    return FileResult::success();
}

// [SECTION] A person's folder

std::string passphraseChangeRecordPath(const std::string& personFolder)
{
    return personFolder + "/" + kChangeRecordName;
}

bool isProtected(const FileSystem& files, const std::string& profilePath)
{
    if (files.exists(parentFolder(profilePath) + "/" + kProtectedMarker))
        return true;
    std::string bytes;
    if (!files.FileSystem::readFile(profilePath, bytes).ok)
        return false;
    return isSealed(bytes);
}

std::vector<std::string> personFiles(const FileSystem& files, const std::string& personFolder)
{
    std::vector<std::string> found;
    std::vector<std::string> folders{personFolder};
    while (!folders.empty()) {
        const std::string folder = folders.back();
        folders.pop_back();
        std::vector<std::string> names = files.listFolder(folder);
        std::sort(names.begin(), names.end());
        for (const auto& name : names) {
            if (name.empty() || name.front() == '.')
                continue; // the lock file, temporaries, the change record
            const std::string path = folder + "/" + name;
            std::error_code error;
            const auto status = std::filesystem::symlink_status(path, error);
            if (error)
                continue;
            if (std::filesystem::is_directory(status))
                folders.push_back(path);
            else if (std::filesystem::is_regular_file(status))
                found.push_back(path);
        }
    }
    // The profile last: it is the file that says whether the person is protected.
    const std::string profile = personFolder + "/profile.json";
    const auto place = std::find(found.begin(), found.end(), profile);
    if (place != found.end()) {
        found.erase(place);
        found.push_back(profile);
    }
    return found;
}

UnlockOutcome unlockPerson(const FileSystem& files, const std::string& profilePath, const std::string& passphrase)
{
    UnlockOutcome outcome;
    const std::string folder = parentFolder(profilePath);

    // A passphrase change cut short: either passphrase opens one half of the
    // record, which holds the other key.
    std::string record;
    if (files.FileSystem::readFile(passphraseChangeRecordPath(folder), record).ok) {
        std::vector<std::string> halves;
        std::size_t at = 0;
        while (at + 4 <= record.size()) {
            std::uint32_t length = 0;
            for (int i = 0; i < 4; ++i)
                length |= static_cast<std::uint32_t>(static_cast<unsigned char>(record[at + i])) << (8 * i);
            at += 4;
            if (length > record.size() - at)
                break;
            halves.push_back(record.substr(at, length));
            at += length;
        }
        if (halves.size() == 2) {
            for (std::size_t half = 0; half < 2; ++half) {
                const std::optional<SealingKey> key = SealingKey::forSealedFile(passphrase, halves[half]);
                if (!key)
                    continue;
                const std::optional<std::string> other = key->unseal(halves[half]);
                if (!other)
                    continue;
                std::optional<SealingKey> otherKey = SealingKey::imported(*other);
                if (!otherKey)
                    continue;
                // The first half is sealed with the new key and holds the old one.
                auto keys = std::make_shared<Keyring>(half == 0 ? *key : *otherKey);
                keys->addOlder(half == 0 ? *otherKey : *key);
                outcome.keys = std::move(keys);
                return outcome;
            }
        }
    }

    // Otherwise the profile, then its backups: the first that unseals.
    std::vector<std::string> candidates{profilePath};
    std::vector<std::string> backups = files.listFolder(folder + "/backups");
    std::sort(backups.rbegin(), backups.rend());
    for (const auto& name : backups)
        candidates.push_back(folder + "/backups/" + name);
    // Each salt's key is made once (Argon2id is slow on purpose).
    std::vector<std::pair<std::string, std::optional<SealingKey>>> keysBySalt;
    for (const auto& path : candidates) {
        std::string bytes;
        if (!files.FileSystem::readFile(path, bytes).ok || !headerReadable(bytes))
            continue;
        const std::string header = bytes.substr(kSaltAt, kNonceAt - kSaltAt);
        auto known = std::find_if(keysBySalt.begin(), keysBySalt.end(),
                                  [&](const auto& entry) { return entry.first == header; });
        if (known == keysBySalt.end())
            known = keysBySalt.insert(keysBySalt.end(), {header, SealingKey::forSealedFile(passphrase, bytes)});
        const std::optional<SealingKey>& key = known->second;
        if (key && key->unseal(bytes)) {
            outcome.keys = std::make_shared<Keyring>(*key);
            return outcome;
        }
    }
    outcome.problem = kWrongPassphrase;
    return outcome;
}

std::shared_ptr<const Keyring> protectPerson(FileSystem& files, const std::string& personFolder,
                                             const std::string& passphrase, KeyStrength strength)
{
    if (passphrase.empty())
        throw EditError("Please write a passphrase.");
    const std::string profile = personFolder + "/profile.json";
    if (isProtected(files, profile))
        throw EditError("This person already has a passphrase.");
    auto keys = std::make_shared<Keyring>(SealingKey::make(passphrase, strength));
    // The marker, then the profile: from now on the person asks for the passphrase.
    writeRaw(files, personFolder + "/" + kProtectedMarker, "This person's files are locked with a passphrase.\n");
    writeRaw(files, profile, keys->current().seal(readRaw(files, profile)));
    const FileResult finished = finishProtection(files, personFolder, *keys);
    if (!finished.ok)
        throw EditError(finished.problem);
    return keys;
}

std::shared_ptr<const Keyring> changePassphrase(FileSystem& files, const std::string& personFolder,
                                                const Keyring& keys, const std::string& newPassphrase,
                                                KeyStrength strength)
{
    if (newPassphrase.empty())
        throw EditError("Please write a passphrase.");
    SealingKey newKey = SealingKey::make(newPassphrase, strength);
    const SealingKey& oldKey = keys.current();

    // 1. The record: the old key sealed with the new, and the new with the old.
    const std::string halves[2] = {newKey.seal(oldKey.exported()), oldKey.seal(newKey.exported())};
    std::string record;
    for (const auto& half : halves) {
        for (int i = 0; i < 4; ++i)
            record += static_cast<char>((half.size() >> (8 * i)) & 0xFF);
        record += half;
    }
    writeRaw(files, passphraseChangeRecordPath(personFolder), record);

    // 2. Every file sealed again with the new key, the profile last; 3. the
    // record goes (finishProtection does both).
    auto newKeys = std::make_shared<Keyring>(newKey);
    newKeys->addOlder(oldKey);
    const FileResult finished = finishProtection(files, personFolder, *newKeys);
    if (!finished.ok)
        throw EditError(finished.problem);
    return std::make_shared<Keyring>(newKey);
}

void removeProtection(FileSystem& files, const std::string& personFolder, const Keyring& keys)
{
    for (const auto& path : personFiles(files, personFolder)) {
        const std::string raw = readRaw(files, path);
        if (!isSealed(raw))
            continue;
        const std::optional<std::string> plain = keys.open(raw);
        if (!plain) {
            if (fileName(path) == "profile.json")
                throw EditError(std::string("The profile: ") + kSealedFileDamaged);
            continue; // a damaged file stays as it is; nothing can read it anyway
        }
        writeRaw(files, path, *plain);
    }
    // Last, when the profile is plain: the person no longer asks.
    const FileResult removed = files.removeFile(personFolder + "/" + kProtectedMarker);
    if (!removed.ok)
        throw EditError(removed.problem);
}

FileResult finishProtection(FileSystem& files, const std::string& personFolder, const Keyring& keys)
{
    try {
        for (const auto& path : personFiles(files, personFolder)) {
            const std::string raw = readRaw(files, path);
            if (keys.current().sealedThis(raw))
                continue;
            const std::optional<std::string> plain = keys.open(raw);
            if (!plain)
                continue; // damaged, or sealed with a key not known: kept as it is
            writeRaw(files, path, keys.current().seal(*plain));
        }
        const FileResult removed = files.removeFile(passphraseChangeRecordPath(personFolder));
        if (!removed.ok)
            return removed;
        return files.syncFolder(personFolder);
    } catch (const EditError& error) {
        return FileResult::failure(error.what());
    }
}

} // namespace rightjob::core
