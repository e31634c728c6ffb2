// [SECTION] Names and hashes
// [SECTION] Making a bundle
// [SECTION] Checking a bundle
// [SECTION] Importing

#include "export/bundle.h"

#include "core/base/json_file.h"
#include "core/storage/person_store.h"
#include "core/profile/profile_json.h"
#include "core/protection/protection.h"
#include "export/pictures.h"
#include "speech/pronunciations.h"
#include "speech/wav.h"

#include <openssl/evp.h>

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
constexpr const char* kProfileName = "profile.json";
constexpr const char* kPronunciationsName = "pronunciations.json";
const std::vector<std::string> kFileFolders = {"photos", "recordings"};

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

std::string sha256Hex(const std::string& bytes)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(bytes.data(), bytes.size(), digest, &length, EVP_sha256(), nullptr) != 1)
        throw BundleError("The check sum of a file could not be worked out.");
    static constexpr char kHex[] = "0123456789abcdef";
    std::string hex;
    for (unsigned int i = 0; i < length; ++i) {
        hex += kHex[digest[i] >> 4];
        hex += kHex[digest[i] & 15];
    }
    return hex;
}

std::string makeBundle(const std::string& personFolder, const BundleLimits& limits)
{
    const std::uint64_t maxBytes = limits.zip.maxEntryBytes;
    std::vector<BundleFile> files;
    files.push_back({kProfileName, readBundleSource(personFolder + "/" + kProfileName, maxBytes)});
    if (core::isSealed(files.back().bytes))
        throw BundleError("This person has a passphrase, so no bundle was made. Take the passphrase away first.");
    core::Profile profile;
    try {
        profile = core::parseProfile(files.back().bytes, personFolder + "/" + kProfileName);
    } catch (const core::DataError& error) {
        throw BundleError(std::string("The profile cannot be read, so no bundle was made: ") + error.what());
    }

    std::error_code error;
    if (std::filesystem::is_regular_file(std::filesystem::symlink_status(personFolder + "/" + kPronunciationsName, error)))
        files.push_back({kPronunciationsName, readBundleSource(personFolder + "/" + kPronunciationsName, maxBytes)});
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
        for (const std::string& name : names)
            files.push_back({folder + "/" + name, readBundleSource(path + "/" + name, maxBytes)});
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

    std::vector<std::string> usedPhotos;
    if (!bundle.profile.person.photo.empty())
        usedPhotos.push_back(bundle.profile.person.photo);
    for (const core::OwnCard& own : bundle.profile.ownCards)
        if (!own.photo.empty())
            usedPhotos.push_back(own.photo);
    for (const std::string& photo : usedPhotos)
        if (!core::isSafeRelativePath(photo) || !contents.count(photo) || photo.compare(0, 7, "photos/") != 0)
            throw BundleError("The profile uses the photo " + inQuotes(photo) + ", which is not in the bundle.");

    for (const auto& [path, bytes] : contents) {
        if (path.compare(0, 7, "photos/") == 0 && !decodesAsPicture(bytes))
            throw BundleError("The photo " + inQuotes(path) + " in the bundle is not a whole PNG or JPEG picture.");
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

BundleImport importBundle(const std::string& bundleBytes, const std::string& dataFolder, ExistingPerson existing,
                          core::FileSystem& files, const BundleLimits& limits)
{
    const CheckedBundle bundle = readBundle(bundleBytes, limits);

    core::PersonStore store(dataFolder, files);
    BundleImport result;
    result.personId = bundle.profile.id;
    result.personName = bundle.profile.person.name;
    result.folder = store.personFolder(bundle.profile.id);
    if (files.exists(result.folder) && existing == ExistingPerson::Keep) {
        result.outcome = ImportOutcome::PersonExists;
        return result;
    }

    const auto stamp = std::chrono::steady_clock::now().time_since_epoch().count();
    const std::string temporary = store.peopleFolder() + "/.import-" + bundle.profile.id + "-"
                                  + std::to_string(::getpid()) + "-" + std::to_string(stamp);
    auto giveUp = [&](const std::string& problem) {
        std::error_code ignored;
        std::filesystem::remove_all(temporary, ignored);
        throw BundleError("The person could not be imported: " + problem);
    };
    core::FileResult made = files.makeFolders(temporary);
    if (!made.ok)
        giveUp(made.problem);
    std::set<std::string> folders;
    for (const BundleFile& file : bundle.files) {
        const auto slash = file.path.find('/');
        if (slash != std::string::npos && folders.insert(file.path.substr(0, slash)).second) {
            made = files.makeFolders(temporary + "/" + file.path.substr(0, slash));
            if (!made.ok)
                giveUp(made.problem);
        }
        made = files.writeNewFile(temporary + "/" + file.path, file.bytes);
        if (!made.ok)
            giveUp(made.problem);
    }
    for (const std::string& folder : folders)
        files.syncFolder(temporary + "/" + folder);
    files.syncFolder(temporary);

    if (files.exists(result.folder)) {
        try {
            result.replacedFolder = store.removePerson(bundle.profile.id);
        } catch (const std::exception& error) {
            giveUp(error.what());
        }
    }
    made = files.rename(temporary, result.folder);
    if (!made.ok)
        giveUp(made.problem);
    files.syncFolder(store.peopleFolder());
    result.outcome = ImportOutcome::Imported;
    return result;
}

BundleImport importBundleFile(const std::string& bundlePath, const std::string& dataFolder, ExistingPerson existing,
                              core::FileSystem& files, const BundleLimits& limits)
{
    struct stat info {};
    if (::stat(bundlePath.c_str(), &info) != 0 || !S_ISREG(info.st_mode))
        throw BundleError("The bundle " + bundlePath + " cannot be found.");
    if (static_cast<std::uint64_t>(info.st_size) > limits.maxBundleBytes)
        throw BundleError("The bundle " + bundlePath + " is too big.");
    std::string bytes;
    try {
        bytes = core::readWholeFile(bundlePath);
    } catch (const core::DataError&) {
        throw BundleError("The bundle " + bundlePath + " cannot be read.");
    }
    return importBundle(bytes, dataFolder, existing, files, limits);
}

} // namespace rightjob::exporting
