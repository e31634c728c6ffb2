// The portable bundle (.rightjob): one person's folder in one file, to move
// to another machine. It is a zip of profile.json, pronunciations.json (when
// there is one), photos/ and recordings/, with manifest.json listing the size
// and SHA-256 of every other file. Like every export it leaves out the cards
// marked "not for sharing", with their notes, photos and recordings. Only a
// full backup (BundleKind::FullBackup) keeps them, and it is always sealed
// with a passphrase (libsodium, the format of core/protection/protection.h). Importing
// checks everything before it writes anything, never replaces someone
// without being told to, never replaces a person open in a window, and puts
// the person in place all or nothing.
#pragma once

#include "core/base/file_system.h"
#include "core/pictures/image_import.h"
#include "core/protection/protection.h"
#include "core/profile/profile.h"
#include "core/profile/profile_merge.h"
#include "export/zip_archive.h"

#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace rightjob::exporting {

// The file name ending of a bundle.
inline constexpr const char* kBundleExtension = ".rightjob";

// A bundle that cannot be made or used. what() is a plain sentence to show.
class BundleError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The most a bundle may be, checked before anything is unpacked: an import
// of any bundle stays under a few seconds and a few hundred MB.
struct BundleLimits {
    std::uint64_t maxBundleBytes = 256ull * 1024 * 1024; // the .rightjob file itself
    ZipLimits zip{10000, 64ull * 1024 * 1024, 256ull * 1024 * 1024}; // its entries, unpacked
    std::int64_t pixelBudget = core::kImportPixelBudget;  // photos decoded to check them
};

// What a full backup says when it is given without its passphrase.
inline constexpr const char* kBundleNeedsPassphrase
    = "This is a full backup with a passphrase. Give the passphrase to import it.";

// What a bundle holds.
enum class BundleKind {
    Shared,     // leaves out the cards marked "not for sharing" and all they have
    FullBackup, // everything; to be sealed with a passphrase (sealFullBackup)
};

// One file of a bundle: its path inside the person's folder and its bytes.
struct BundleFile {
    std::string path; // "profile.json", "photos/photo-1a2b.jpg"
    std::string bytes;
};

// The bytes of the bundle of a person's folder (the folder holding
// profile.json): profile.json as it is on disk, pronunciations.json, and
// every file in photos/ and recordings/ (not hidden files, not links, not
// names that are not UTF-8, which no profile can name), plus
// manifest.json. The same folder always makes the same bytes. Throws
// BundleError when profile.json is missing or not a profile, or a file
// cannot be read or is too big.
// BundleKind::Shared leaves out the cards marked "not for sharing", their
// photos and recordings, and photos no card uses. A protected person's
// files are read through source (a SealedFileSystem) and go in unsealed.
std::string makeBundle(const std::string& personFolder, BundleKind kind = BundleKind::Shared,
                       const BundleLimits& limits = {}, const core::FileSystem& source = core::realFileSystem());

// A full backup sealed with a passphrase (Argon2id, XChaCha20-Poly1305).
// Throws BundleError when the passphrase is empty.
std::string sealFullBackup(const std::string& zip, const std::string& passphrase,
                           core::KeyStrength strength = core::programKeyStrength());
// The zip inside a sealed full backup; a bundle that is not sealed is given
// back as it is. Throws BundleError (core::kWrongPassphrase) when the
// passphrase does not open it.
std::string openFullBackup(const std::string& bytes, const std::string& passphrase);

// A bundle that passed every check.
struct CheckedBundle {
    core::Profile profile;
    std::vector<BundleFile> files; // every file but manifest.json, sorted by path
};

// Checks a bundle's bytes completely, in memory, and returns its files. It
// refuses (BundleError, in plain words): a file too big or not a whole zip;
// too many entries or too many bytes unpacked; an entry whose name could
// leave the person's folder ("../x", "/etc/x", "a\b") or is not one a
// bundle holds; an entry twice; a manifest that is missing or damaged, or
// that does not list exactly the files there, with their sizes and SHA-256;
// a profile.json that is missing or does not read as a profile; a person id
// that cannot name a folder; a photo the profile uses that is not in the
// bundle; a photo that is not a whole PNG or JPEG; a recording that is not
// a WAV file; a pronunciations.json that does not read.
CheckedBundle readBundle(const std::string& bytes, const BundleLimits& limits = {});

// What to do when the data folder already has someone with the bundle's id.
enum class ExistingPerson {
    Keep,    // change nothing and say so, so the program can ask
    Merge,   // merge the two, never losing anything from either (mergeBundle)
    Replace, // move the person there now into deleted/, then import
};

// How an import ended.
enum class ImportOutcome {
    Imported,     // the person's folder is in the data folder
    PersonExists, // someone with this id is there; nothing was written
    Merged,       // someone with this id was there; the bundle is merged into them
};

// What an import did.
struct BundleImport {
    ImportOutcome outcome = ImportOutcome::Imported;
    std::string personId;
    std::string personName;
    std::string folder;         // the person's folder in the data folder
    std::string replacedFolder; // where the person replaced went, in deleted/
    core::MergeCounts added;    // Merged: what the bundle brought in
    int filesAdded = 0;         // Merged: photos and recordings added
};

// Merges a checked bundle into the person with its id already in the data
// folder (core/profile/profile_merge.h): every answer, note, own card, session,
// photo and recording of both is kept; where both changed one single thing
// the newer wins and the older goes into the profile's history. A photo or
// recording of the same name with other bytes is kept under a new name
// ("photos/me-1a2b3c4d.jpg") and the bundle's profile points to it. The
// profile is saved atomically, the version before kept in backups/. Throws
// BundleError when the person here cannot be read, is open in the program,
// or is not the same person (another layout).
BundleImport mergeBundle(const CheckedBundle& bundle, const std::string& dataFolder,
                         core::FileSystem& files = core::realFileSystem());

// Checks a bundle (readBundle) and puts the person into
// <dataFolder>/people/<id>: every file is written into a new hidden folder
// beside it (folders 0700, files 0600, each flushed to the disk) that is
// renamed into place only when all are there. With Keep and someone with
// this id already there, returns PersonExists and writes nothing. Throws
// BundleError when the bundle is refused (nothing is written) or the files
// cannot be written (what was written is removed).
// A full backup (sealed) is opened with passphrase first.
BundleImport importBundle(const std::string& bundleBytes, const std::string& dataFolder, ExistingPerson existing,
                          core::FileSystem& files = core::realFileSystem(), const BundleLimits& limits = {},
                          const std::string& passphrase = "");

// importBundle of a file; refuses a file over limits.maxBundleBytes
// before reading it. Throws BundleError.
BundleImport importBundleFile(const std::string& bundlePath, const std::string& dataFolder, ExistingPerson existing,
                              core::FileSystem& files = core::realFileSystem(), const BundleLimits& limits = {},
                              const std::string& passphrase = "");

// The SHA-256 of bytes as 64 small hex digits (through libsodium).
using core::sha256Hex;

} // namespace rightjob::exporting
