#include "core/profile/person_folder.h"

#include <cctype>
#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <sys/stat.h>

namespace rightjob::core {

std::string profilePathIn(const std::string& personFolder)
{
    return personFolder + "/" + kProfileFileName;
}

std::string photosFolderIn(const std::string& personFolder)
{
    return personFolder + "/" + kPhotosFolderName;
}

std::string recordingsFolderIn(const std::string& personFolder)
{
    return personFolder + "/" + kRecordingsFolderName;
}

std::string backupsFolderIn(const std::string& personFolder)
{
    return personFolder + "/" + kBackupsFolderName;
}

std::string pronunciationsPathIn(const std::string& personFolder)
{
    return personFolder + "/" + kPronunciationsFileName;
}

namespace {

// Well under the 255 bytes most file systems allow in a name.
constexpr std::size_t kLongestSafeName = 160;

std::uint64_t fnv1aHash(const std::string& text)
{
    std::uint64_t hash = 14695981039346656037ull;
    for (const char c : text) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 1099511628211ull;
    }
    return hash;
}

} // namespace

std::string recordingFileName(const std::string& cardKey)
{
    std::string name;
    for (const char c : cardKey) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-') {
            name += c;
        } else if (c == '/') {
            name += '.';
        } else {
            char escaped[4];
            std::snprintf(escaped, sizeof escaped, "%%%02X", static_cast<unsigned char>(c));
            name += escaped;
        }
    }
    if (name.empty())
        name = "%"; // no key: still a name that no real key can have
    if (name.size() > kLongestSafeName) {
        char hash[20];
        std::snprintf(hash, sizeof hash, "%016llx", static_cast<unsigned long long>(fnv1aHash(cardKey)));
        name = name.substr(0, kLongestSafeName - 17) + "~" + hash;
    }
    return name + ".wav";
}

std::string lockPathFor(const std::string& profilePath)
{
    const auto slash = profilePath.find_last_of('/');
    const std::string name = slash == std::string::npos ? profilePath : profilePath.substr(slash + 1);
    return parentFolder(profilePath) + "/." + name + ".lock";
}

std::uint64_t maxBytesOf(PersonFileKind kind)
{
    switch (kind) {
    case PersonFileKind::Profile: return kMaxProfileBytes;
    case PersonFileKind::Photo: return kMaxPhotoBytes;
    case PersonFileKind::Recording: return kMaxRecordingBytes;
    case PersonFileKind::Pronunciations: return kMaxPronunciationsBytes;
    }
    return kMaxReadBytes;
}

std::vector<NamedPath> photosNamedBy(const Profile& profile)
{
    std::vector<NamedPath> named;
    if (!profile.person.photo.empty())
        named.push_back({profile.person.photo, "the person's photo"});
    for (const auto& [key, card] : profile.cards)
        if (!card.photo.empty())
            named.push_back({card.photo, "the photo of the card " + key});
    for (const OwnCard& own : profile.ownCards)
        if (!own.photo.empty())
            named.push_back({own.photo, "the photo of the card " + own.section + "/" + own.id});
    return named;
}

namespace {

const char* folderOf(PersonFileKind kind)
{
    switch (kind) {
    case PersonFileKind::Photo: return kPhotosFolderName;
    case PersonFileKind::Recording: return kRecordingsFolderName;
    case PersonFileKind::Profile:
    case PersonFileKind::Pronunciations: return "";
    }
    return "";
}

// Shown in a message: at most 80 characters, no control characters.
std::string shown(const std::string& text)
{
    std::string out;
    for (char c : text.substr(0, 80))
        out += static_cast<unsigned char>(c) < 0x20 || c == 0x7f ? '?' : c;
    return "\"" + out + (text.size() > 80 ? "..." : "") + "\"";
}

// The real path of a folder, links followed; empty when there is none.
std::string realFolder(const std::string& folder)
{
    char resolved[PATH_MAX];
    if (!::realpath(folder.c_str(), resolved))
        return "";
    return resolved;
}

} // namespace

std::string relativePathProblem(const std::string& relative, PersonFileKind kind)
{
    if (!isSafeRelativePath(relative))
        return "the path " + shown(relative) + " leaves the person's folder.";
    const std::string folder = folderOf(kind);
    if (!folder.empty() && (relative.compare(0, folder.size() + 1, folder + "/") != 0 || relative.size() == folder.size() + 1))
        return "the path " + shown(relative) + " is not in the " + folder + " folder.";
    if (folder.empty() && relative.find('/') != std::string::npos)
        return "the path " + shown(relative) + " is not a file of the person's folder.";
    return "";
}

std::string personFileProblem(const std::string& personFolder, const std::string& relative, PersonFileKind kind)
{
    std::string problem = relativePathProblem(relative, kind);
    if (!problem.empty())
        return problem;
    const std::string path = personFolder + "/" + relative;
    struct stat info {};
    if (::lstat(path.c_str(), &info) != 0)
        return "the file " + shown(relative) + " is not there.";
    if (S_ISLNK(info.st_mode))
        return "the file " + shown(relative) + " is a link to another file. Right Job does not follow it.";
    if (!S_ISREG(info.st_mode))
        return "the file " + shown(relative) + " is not a plain file. It may be a folder or a device.";
    if (static_cast<std::uint64_t>(info.st_size) > maxBytesOf(kind))
        return "the file " + shown(relative) + " is too big (" + sizeInWords(static_cast<std::uint64_t>(info.st_size))
               + "). The most is " + sizeInWords(maxBytesOf(kind)) + ".";
    // Its folders may be links: the file must still be inside the person's folder.
    const std::string inside = realFolder(personFolder);
    const std::string parent = realFolder(parentFolder(path));
    if (inside.empty() || parent.empty() || (parent != inside && parent.compare(0, inside.size() + 1, inside + "/") != 0))
        return "the file " + shown(relative) + " is outside the person's folder.";
    return "";
}

FileResult readPersonFile(const FileSystem& files, const std::string& personFolder, const std::string& relative,
                          PersonFileKind kind, std::string& bytes)
{
    const std::string problem = personFileProblem(personFolder, relative, kind);
    if (!problem.empty()) {
        std::string sentence = problem;
        sentence[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(sentence[0])));
        return FileResult::failure(sentence);
    }
    return files.readFile(personFolder + "/" + relative, bytes);
}

std::vector<std::string> profilePathProblems(const Profile& profile, const std::string& personFolder, bool checkDisk,
                                             bool missingIsProblem)
{
    std::vector<std::string> problems;
    for (const NamedPath& named : photosNamedBy(profile)) {
        std::string problem = relativePathProblem(named.path, PersonFileKind::Photo);
        if (problem.empty() && checkDisk) {
            problem = personFileProblem(personFolder, named.path, PersonFileKind::Photo);
            struct stat info {};
            if (!missingIsProblem && ::lstat((personFolder + "/" + named.path).c_str(), &info) != 0)
                problem.clear();
        }
        if (!problem.empty())
            problems.push_back(named.namedBy + ": " + problem);
    }
    return problems;
}

std::string exportTargetProblem(const std::string& outPath, const std::string& profilePath,
                                const std::string& dataFolder)
{
    if (outPath.empty())
        return "there is no file name to write to.";
    struct stat target {};
    const bool exists = ::lstat(outPath.c_str(), &target) == 0;
    if (exists && !S_ISREG(target.st_mode))
        return outPath + " is already there and is not a plain file (it may be a link, a folder or a device). "
               "Right Job will not replace it.";
    struct stat profile {};
    if (exists && !profilePath.empty() && ::stat(profilePath.c_str(), &profile) == 0 && profile.st_dev == target.st_dev
        && profile.st_ino == target.st_ino)
        return outPath + " is the profile itself. Please write the export to another file.";
    const std::string folder = realFolder(parentFolder(outPath));
    if (folder.empty())
        return "the folder of " + outPath + " is not there.";
    auto inside = [&](const std::string& outer) {
        return !outer.empty() && (folder == outer || folder.compare(0, outer.size() + 1, outer + "/") == 0
                                  || (outer == "/" && !folder.empty()));
    };
    if (!dataFolder.empty() && inside(realFolder(dataFolder)))
        return outPath + " is in Right Job's own data folder. Please save the export somewhere else, such as Documents.";
    // A profile.json is the heart of a person's folder; a profile saved
    // loose (jordan.json in Documents) is not, and its export may go beside it.
    const bool personsOwnProfile = std::filesystem::path(profilePath).filename() == "profile.json";
    if (personsOwnProfile && inside(realFolder(parentFolder(profilePath))))
        return outPath + " is in the person's own folder. Please save the export somewhere else, such as Documents.";
    // Any person's folder: the folder, or the one above it (photos/,
    // backups/, recordings/), holds a profile.
    for (const std::string& at : {folder, parentFolder(folder)}) {
        struct stat info {};
        if (at != "/" && ::lstat(profilePathIn(at).c_str(), &info) == 0)
            return outPath + " is in a person's folder. Please save the export somewhere else, such as Documents.";
    }
    return "";
}

} // namespace rightjob::core
