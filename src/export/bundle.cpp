// [SECTION] Names and hashes
// [SECTION] Making a bundle
// [SECTION] Checking a bundle
// [SECTION] Importing

#include "export/bundle.h"

#include "core/pictures/image_import.h"
#include "core/base/json_file.h"
#include "core/profile/person_folder.h"
#include "core/pictures/picture_decode.h"
#include "core/storage/profile_lock.h"
#include "core/summary/summary.h"
#include "core/storage/person_store.h"
#include "core/profile/profile_json.h"
#include "core/protection/protection.h"
#include "export/pictures.h"
#include "speech/pronunciations.h"
#include "speech/wav.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <map>
#include <set>
#include <sys/stat.h>
#include <unistd.h>

namespace rightjob::exporting {

namespace {

// [SECTION] Names and hashes

constexpr const char* kBundleFormat = "rightjob-bundle";
constexpr int kBundleFormatVersion = 1;
constexpr const char* kManifestName = "manifest.json";
constexpr const char* kProfileName = core::kProfileFileName;
constexpr const char* kPronunciationsName = core::kPronunciationsFileName;
const std::vector<std::string> kFileFolders = {core::kPhotosFolderName, core::kRecordingsFolderName};

// Whether text is well-formed UTF-8: no stray or missing continuation
// bytes, no overlong forms, no surrogates, nothing past U+10FFFF.
bool isUtf8(const std::string& text)
{
    std::size_t i = 0;
    while (i < text.size()) {
        const auto lead = static_cast<unsigned char>(text[i]);
        const std::size_t length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
        if (length == 0 || i + length > text.size())
            return false;
        std::uint32_t code = length == 1 ? lead : lead & (0x7F >> length);
        for (std::size_t k = 1; k < length; ++k) {
            const auto next = static_cast<unsigned char>(text[i + k]);
            if ((next & 0xC0) != 0x80)
                return false;
            code = (code << 6) | (next & 0x3F);
        }
        static constexpr std::uint32_t kSmallest[] = {0, 0, 0x80, 0x800, 0x10000};
        if (code < kSmallest[length] || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return false;
        i += length;
    }
    return true;
}

// A file name inside photos/ or recordings/: one part, not hidden, no
// control characters or backslashes, and UTF-8, since the manifest (JSON)
// and the profile can only name a file in UTF-8.
bool isSafeFileName(const std::string& name)
{
    if (name.empty() || name.size() > 255 || name.front() == '.' || !isUtf8(name))
        return false;
    return std::none_of(name.begin(), name.end(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return c == '/' || c == '\\' || byte < 0x20 || byte == 0x7f;
    });
}

// Whether a bundle may hold a file of this name.
bool isBundleFileName(const std::string& name)
{
    if (name == kManifestName || name == kProfileName || name == kPronunciationsName)
        return true;
    for (const std::string& folder : kFileFolders)
        if (name.compare(0, folder.size() + 1, folder + "/") == 0)
            return isSafeFileName(name.substr(folder.size() + 1));
    return false;
}

bool isFolderEntry(const std::string& name)
{
    return std::any_of(kFileFolders.begin(), kFileFolders.end(), [&](const std::string& folder) { return name == folder + "/"; });
}

ZipCompression compressionFor(const std::string& name)
{
    const auto dot = name.rfind('.');
    const std::string ending = dot == std::string::npos ? "" : name.substr(dot + 1);
    const bool compressed = ending == "jpg" || ending == "jpeg" || ending == "png" || ending == "JPG" || ending == "PNG";
    return compressed ? ZipCompression::Store : ZipCompression::Deflate;
}

std::string inQuotes(const std::string& name)
{
    std::string shown;
    for (char c : name.substr(0, 80))
        shown += static_cast<unsigned char>(c) < 0x20 ? '?' : c;
    return "\"" + shown + (name.size() > 80 ? "…" : "") + "\"";
}

// [SECTION] Making a bundle

// The bytes of a regular file (not a link) of at most maxBytes.
std::string readBundleSource(const std::string& path, std::uint64_t maxBytes)
{
    struct stat info {};
    if (::lstat(path.c_str(), &info) != 0 || !S_ISREG(info.st_mode))
        throw BundleError("The file " + path + " cannot be read.");
    if (static_cast<std::uint64_t>(info.st_size) > maxBytes)
        throw BundleError("The file " + path + " is too big to go in a bundle.");
    try {
        return core::readWholeFile(path);
    } catch (const core::DataError&) {
        throw BundleError("The file " + path + " cannot be read.");
    }
}

std::string manifestText(const std::string& personId, const std::vector<BundleFile>& files)
{
    core::Json list = core::Json::array();
    for (const BundleFile& file : files)
        list.push_back({{"path", file.path}, {"bytes", file.bytes.size()}, {"sha256", sha256Hex(file.bytes)}});
    const core::Json manifest = {{"format", kBundleFormat},
                                 {"format_version", kBundleFormatVersion},
                                 {"person", personId},
                                 {"files", list}};
    return manifest.dump(2) + "\n";
}

} // namespace

std::string makeBundle(const std::string& personFolder, BundleKind kind, const BundleLimits& limits,
                       const core::FileSystem& source)
{
    const std::uint64_t maxBytes = limits.zip.maxEntryBytes;
    std::vector<BundleFile> files;
    std::string profileBytes;
    const core::FileResult profileRead
        = core::readPersonFile(source, personFolder, kProfileName, core::PersonFileKind::Profile, profileBytes);
    if (!profileRead.ok)
        throw BundleError("The profile cannot be read, so no bundle was made. " + profileRead.problem);
    if (core::isSealed(profileBytes))
        throw BundleError("This person has a passphrase, so no bundle was made. Give the passphrase with --passphrase-file.");
    core::Profile profile;
    try {
        profile = core::parseProfile(profileBytes, personFolder + "/" + kProfileName);
    } catch (const core::DataError& error) {
        throw BundleError(std::string("The profile cannot be read, so no bundle was made: ") + error.what());
    }
    // A bundle to share leaves out the cards marked "not for sharing", with
    // their notes, photos and recordings: only a full backup keeps them.
    std::set<std::string> photosKept;
    std::set<std::string> recordingsLeftOut;
    if (kind == BundleKind::Shared) {
        const core::Profile shared = core::profileForReader(profile, core::Reader::Team);
        for (const auto& [key, card] : profile.cards)
            if (!core::readerMaySee(core::Reader::Team, card.sharing))
                recordingsLeftOut.insert(std::string(core::kRecordingsFolderName) + "/" + core::recordingFileName(key));
        for (const core::NamedPath& photo : core::photosNamedBy(shared))
            photosKept.insert(photo.path);
        profileBytes = core::writeProfile(shared);
    }
    files.push_back({kProfileName, std::move(profileBytes)});

    std::error_code error;
    if (std::filesystem::is_regular_file(std::filesystem::symlink_status(personFolder + "/" + kPronunciationsName, error))) {
        std::string bytes;
        const core::FileResult read = core::readPersonFile(source, personFolder, kPronunciationsName,
                                                           core::PersonFileKind::Pronunciations, bytes);
        if (!read.ok)
            throw BundleError("The list of how to say words cannot be read. " + read.problem);
        files.push_back({kPronunciationsName, std::move(bytes)});
    }
    for (const std::string& folder : kFileFolders) {
        const std::string path = personFolder + "/" + folder;
        if (!std::filesystem::is_directory(std::filesystem::symlink_status(path, error)))
            continue;
        std::vector<std::string> names;
        for (const auto& entry : std::filesystem::directory_iterator(path, error)) {
            const std::string name = entry.path().filename().string();
            if (isSafeFileName(name) && entry.is_regular_file(error) && !entry.is_symlink(error))
                names.push_back(name);
        }
        std::sort(names.begin(), names.end());
        for (const std::string& name : names) {
            const std::string relative = folder + "/" + name;
            if (kind == BundleKind::Shared && folder == core::kPhotosFolderName && !photosKept.count(relative))
                continue; // a private card's photo, or one nobody uses
            if (recordingsLeftOut.count(relative))
                continue;
            std::string bytes = readBundleSource(path + "/" + name, maxBytes);
            if (core::isSealed(bytes)) {
                std::string plain;
                const core::FileResult read = source.readFile(path + "/" + name, plain);
                if (!read.ok)
                    throw BundleError("The file " + path + "/" + name + " cannot be read. " + read.problem);
                bytes = std::move(plain);
            }
            files.push_back({relative, std::move(bytes)});
        }
    }
    std::sort(files.begin(), files.end(), [](const BundleFile& a, const BundleFile& b) { return a.path < b.path; });
    if (files.size() + 1 > limits.zip.maxEntries)
        throw BundleError("The person's folder has too many files to go in a bundle.");

    std::vector<ZipEntry> entries;
    entries.push_back({kManifestName, manifestText(profile.id, files), ZipCompression::Deflate});
    for (BundleFile& file : files)
        entries.push_back({file.path, std::move(file.bytes), compressionFor(file.path)});
    std::string bytes;
    try {
        bytes = writeZip(std::move(entries));
    } catch (const ZipError& problem) {
        throw BundleError(problem.what());
    }
    // A bundle that would not import is no backup: say so now, not on the other machine.
    try {
        readBundle(bytes, limits);
    } catch (const BundleError& problem) {
        throw BundleError(std::string("No bundle was made, because it could not be imported again. ") + problem.what());
    }
    return bytes;
}

// [SECTION] Checking a bundle

CheckedBundle readBundle(const std::string& bytes, const BundleLimits& limits)
{
    if (bytes.size() > limits.maxBundleBytes)
        throw BundleError("The bundle is too big.");
    if (core::isSealed(bytes))
        throw BundleError(kBundleNeedsPassphrase);
    std::unique_ptr<ZipReader> zip;
    try {
        zip = std::make_unique<ZipReader>(bytes);
    } catch (const ZipError& problem) {
        throw BundleError(std::string("The bundle cannot be used. ") + problem.what());
    }

    // Names and sizes first, before anything is unpacked.
    const auto& entries = zip->entries();
    if (entries.size() > limits.zip.maxEntries)
        throw BundleError("The bundle has too many files.");
    std::set<std::string> names;
    std::uint64_t total = 0;
    std::vector<std::size_t> fileIndexes;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const ZipEntryInfo& entry = entries[i];
        if (entry.isFolder && isFolderEntry(entry.name))
            continue;
        if (!isBundleFileName(entry.name))
            throw BundleError("The bundle has a file named " + inQuotes(entry.name)
                              + ". A bundle cannot hold a file with that name, so it was not used.");
        if (!names.insert(entry.name).second)
            throw BundleError("The bundle has the file " + inQuotes(entry.name) + " twice.");
        if (entry.size > limits.zip.maxEntryBytes)
            throw BundleError("The file " + inQuotes(entry.name) + " in the bundle is too big.");
        total += entry.size;
        if (total > limits.zip.maxTotalBytes)
            throw BundleError("The files in the bundle are too big all together.");
        fileIndexes.push_back(i);
    }
    if (!names.count(kManifestName))
        throw BundleError("The bundle has no list of its files (manifest.json), so it cannot be checked.");
    if (!names.count(kProfileName))
        throw BundleError("The bundle has no profile in it (profile.json).");

    std::map<std::string, std::string> contents;
    for (std::size_t index : fileIndexes) {
        try {
            contents[entries[index].name] = zip->read(index, limits.zip.maxEntryBytes);
        } catch (const ZipError& problem) {
            throw BundleError(std::string("The bundle is damaged. ") + problem.what());
        }
    }

    // The manifest lists exactly the other files, with their sizes and check sums.
    std::string manifestPerson;
    try {
        const core::JsonFile file = core::JsonFile::parse(contents.at(kManifestName), kManifestName);
        core::JsonObjectReader reader(file, core::JsonPointer(""), "The list of files");
        if (reader.requireString("format") != kBundleFormat)
            reader.failAt("format", "this is not a Right Job bundle.");
        if (reader.requireInteger("format_version") != kBundleFormatVersion)
            reader.failAt("format_version", "this bundle was made by another version of Right Job.");
        manifestPerson = reader.requireString("person");
        const core::JsonPointer listPointer = reader.requireArray("files");
        reader.finish();
        const core::Json& list = file.root().at(listPointer);
        std::set<std::string> listed;
        for (std::size_t i = 0; i < list.size(); ++i) {
            core::JsonObjectReader item(file, listPointer / i, "The file");
            const std::string path = item.requireString("path");
            const std::int64_t size = item.requireInteger("bytes");
            const std::string sha = item.requireString("sha256");
            item.finish();
            const auto found = contents.find(path);
            if (path == kManifestName || found == contents.end())
                throw BundleError("The bundle's list of files names " + inQuotes(path) + ", which is not in the bundle.");
            if (!listed.insert(path).second)
                throw BundleError("The bundle's list of files names " + inQuotes(path) + " twice.");
            if (size < 0 || static_cast<std::uint64_t>(size) != found->second.size() || sha != sha256Hex(found->second))
                throw BundleError("The file " + inQuotes(path) + " in the bundle has changed or is damaged.");
        }
        if (listed.size() + 1 != contents.size())
            for (const auto& [path, bytes] : contents)
                if (path != kManifestName && !listed.count(path))
                    throw BundleError("The bundle has the file " + inQuotes(path) + ", which its list of files does not name.");
    } catch (const core::DataError& error) {
        throw BundleError(std::string("The bundle's list of files is damaged: ") + error.message());
    }

    CheckedBundle bundle;
    try {
        bundle.profile = core::parseProfile(contents.at(kProfileName), kProfileName);
    } catch (const core::DataError& error) {
        throw BundleError(std::string("The profile in the bundle cannot be read: ") + error.what());
    }
    if (manifestPerson != bundle.profile.id)
        throw BundleError("The bundle's list of files is for someone else than its profile.");
    if (!core::isValidId(bundle.profile.id) || bundle.profile.id.size() > 100)
        throw BundleError("The profile in the bundle has an id that cannot name a folder: " + inQuotes(bundle.profile.id) + ".");

    // Every photo the profile names (the person's, the cards', the own
    // cards'): a plain path in photos/, and in the bundle.
    for (const core::NamedPath& photo : core::photosNamedBy(bundle.profile))
        if (!core::relativePathProblem(photo.path, core::PersonFileKind::Photo).empty() || !contents.count(photo.path))
            throw BundleError("The profile uses the photo " + inQuotes(photo.path) + ", which is not in the bundle. It is "
                              + photo.namedBy + ".");

    // Photos were made by Right Job, small: a larger one is refused from its
    // header, and past the import's pixel budget photos are checked by their
    // header only, so no bundle takes long or much memory to import.
    std::int64_t pixelsDecoded = 0;
    for (const auto& [path, bytes] : contents) {
        if (path.compare(0, 7, "photos/") == 0) {
            const std::optional<core::PictureHeader> header = core::readPictureHeader(bytes);
            if (!header || header->width < 1 || header->height < 1)
                throw BundleError("The photo " + inQuotes(path) + " in the bundle is not a whole PNG or JPEG picture.");
            const std::int64_t pixels = std::int64_t{header->width} * header->height;
            if (header->width > core::kStoredPhotoMaxSide || header->height > core::kStoredPhotoMaxSide
                || pixels > core::kStoredPhotoMaxPixels)
                throw BundleError("The photo " + inQuotes(path) + " in the bundle is far bigger than Right Job makes photos.");
            if (pixelsDecoded + pixels <= limits.pixelBudget) {
                pixelsDecoded += pixels;
                if (!decodesAsPicture(bytes))
                    throw BundleError("The photo " + inQuotes(path) + " in the bundle is not a whole PNG or JPEG picture.");
            }
        }
        if (path.compare(0, 11, "recordings/") == 0 && bytes.size() > core::kMaxRecordingBytes)
            throw BundleError("The recording " + inQuotes(path) + " in the bundle is too big.");
        if (path.compare(0, 11, "recordings/") == 0) {
            try {
                speech::decodeWav(bytes, path);
            } catch (const core::DataError&) {
                throw BundleError("The recording " + inQuotes(path) + " in the bundle is not a WAV file that can be played.");
            }
        }
        if (path == kPronunciationsName) {
            try {
                speech::parsePronunciations(bytes, path);
            } catch (const core::DataError& error) {
                throw BundleError(std::string("The list of how to say words in the bundle cannot be read: ") + error.what());
            }
        }
    }

    for (auto& [path, bytes] : contents)
        if (path != kManifestName)
            bundle.files.push_back({path, std::move(bytes)});
    return bundle;
}

// [SECTION] Importing

std::string openFullBackup(const std::string& bytes, const std::string& passphrase)
{
    if (!core::isSealed(bytes))
        return bytes;
    const std::optional<core::SealingKey> key = core::SealingKey::forSealedFile(passphrase, bytes);
    std::optional<std::string> zip = key ? key->unseal(bytes) : std::nullopt;
    if (!zip)
        throw BundleError(core::kWrongPassphrase);
    return std::move(*zip);
}

std::string sealFullBackup(const std::string& zip, const std::string& passphrase, core::KeyStrength strength)
{
    if (passphrase.empty())
        throw BundleError("A full backup needs a passphrase.");
    return core::SealingKey::make(passphrase, strength).seal(zip);
}

BundleImport importBundle(const std::string& bundleBytes, const std::string& dataFolder, ExistingPerson existing,
                          core::FileSystem& files, const BundleLimits& limits, const std::string& passphrase)
{
    const CheckedBundle bundle
        = readBundle(core::isSealed(bundleBytes) && !passphrase.empty() ? openFullBackup(bundleBytes, passphrase)
                                                                        : bundleBytes,
                     limits);

    core::PersonStore store(dataFolder, files);
    // What an import killed part way left behind goes first.
    store.recoverLeftovers();
    BundleImport result;
    result.personId = bundle.profile.id;
    result.personName = bundle.profile.person.name;
    result.folder = store.personFolder(bundle.profile.id);
    const bool someoneThere = files.exists(result.folder);
    if (someoneThere && existing == ExistingPerson::Keep) {
        result.outcome = ImportOutcome::PersonExists;
        return result;
    }
    // A person open in a window is never merged into (mergeBundle checks
    // that itself) or replaced: their next save would go over it. The lock is
    // held until the import is done.
    if (someoneThere && existing == ExistingPerson::Merge)
        return mergeBundle(bundle, dataFolder, files);
    core::ProfileLock lock;
    if (someoneThere) {
        lock = core::ProfileLock(store.profilePath(bundle.profile.id));
        if (lock.state() == core::LockState::HeldElsewhere)
            throw BundleError("The person with the id \"" + bundle.profile.id
                              + "\" is open in Right Job now. Close them there first, then import again.");
    }

    std::string temporary;
    try {
        temporary = store.startNewFolder(bundle.profile.id);
    } catch (const std::exception& error) {
        throw BundleError(std::string("The person could not be imported: ") + error.what());
    }
    auto giveUp = [&](const std::string& problem) {
        std::error_code ignored;
        std::filesystem::remove_all(temporary, ignored);
        throw BundleError("The person could not be imported: " + problem);
    };
    std::set<std::string> folders;
    for (const BundleFile& file : bundle.files) {
        const auto slash = file.path.find('/');
        if (slash != std::string::npos && folders.insert(file.path.substr(0, slash)).second) {
            const core::FileResult made = files.makeFolders(temporary + "/" + file.path.substr(0, slash));
            if (!made.ok)
                giveUp(made.problem);
        }
        const core::FileResult made = files.writeNewFile(temporary + "/" + file.path, file.bytes);
        if (!made.ok)
            giveUp(made.problem);
    }
    for (const std::string& folder : folders)
        files.syncFolder(temporary + "/" + folder);

    try {
        result.replacedFolder = store.putNewFolderInPlace(temporary, bundle.profile.id);
    } catch (const std::exception& error) {
        giveUp(error.what());
    }
    result.outcome = ImportOutcome::Imported;
    return result;
}

BundleImport importBundleFile(const std::string& bundlePath, const std::string& dataFolder, ExistingPerson existing,
                              core::FileSystem& files, const BundleLimits& limits, const std::string& passphrase)
{
    std::string bytes;
    const core::FileResult read = core::readRegularFile(bundlePath, bytes, limits.maxBundleBytes);
    if (!read.ok)
        throw BundleError("The bundle cannot be used. " + read.problem);
    return importBundle(bytes, dataFolder, existing, files, limits, passphrase);
}

} // namespace rightjob::exporting
