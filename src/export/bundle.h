// The portable bundle (.rightjob): one person's whole folder in one file, to
// back up or move to another machine. It is a zip of profile.json,
// pronunciations.json (when there is one), photos/ and recordings/, with
// manifest.json listing the size and SHA-256 of every other file. Unlike the
// JSON export it keeps the cards marked "not for sharing": it is the
// person's own backup. Importing checks everything before it writes
// anything, and never replaces someone without being told to.
#pragma once

#include "core/base/file_system.h"
#include "core/profile/profile.h"
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

// The most a bundle may be, checked before anything is unpacked.
struct BundleLimits {
    std::uint64_t maxBundleBytes = 1024ull * 1024 * 1024; // the .rightjob file itself
    ZipLimits zip;                                        // its entries, unpacked
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
std::string makeBundle(const std::string& personFolder, const BundleLimits& limits = {});

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
    Replace, // move the person there now into deleted/, then import
};

// How an import ended.
enum class ImportOutcome {
    Imported,     // the person's folder is in the data folder
    PersonExists, // someone with this id is there; nothing was written
};

// What an import did.
struct BundleImport {
    ImportOutcome outcome = ImportOutcome::Imported;
    std::string personId;
    std::string personName;
    std::string folder;         // the person's folder in the data folder
    std::string replacedFolder; // where the person replaced went, in deleted/
};

// Checks a bundle (readBundle) and puts the person into
// <dataFolder>/people/<id>: every file is written into a new hidden folder
// beside it (folders 0700, files 0600, each flushed to the disk) that is
// renamed into place only when all are there. With Keep and someone with
// this id already there, returns PersonExists and writes nothing. Throws
// BundleError when the bundle is refused (nothing is written) or the files
// cannot be written (what was written is removed).
BundleImport importBundle(const std::string& bundleBytes, const std::string& dataFolder, ExistingPerson existing,
                          core::FileSystem& files = core::realFileSystem(), const BundleLimits& limits = {});

// importBundle of a file; refuses a file over limits.maxBundleBytes
// before reading it. Throws BundleError.
BundleImport importBundleFile(const std::string& bundlePath, const std::string& dataFolder, ExistingPerson existing,
                              core::FileSystem& files = core::realFileSystem(), const BundleLimits& limits = {});

// The SHA-256 of bytes as 64 small hex digits.
std::string sha256Hex(const std::string& bytes);

} // namespace rightjob::exporting
