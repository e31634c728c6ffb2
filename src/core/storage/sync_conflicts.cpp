#include "core/storage/sync_conflicts.h"

#include "core/storage/profile_lock.h"
#include "core/profile/profile_merge.h"

#include <algorithm>
#include <cctype>

namespace rightjob::core {

bool isProfileConflictCopy(const std::string& fileName)
{
    // profile.sync-conflict-YYYYMMDD-HHMMSS[-DEVICE].json
    const std::string prefix = "profile.sync-conflict-";
    const std::string suffix = ".json";
    if (fileName.size() < prefix.size() + 15 + suffix.size() || fileName.compare(0, prefix.size(), prefix) != 0
        || fileName.compare(fileName.size() - suffix.size(), suffix.size(), suffix) != 0)
        return false;
    const std::string middle = fileName.substr(prefix.size(), fileName.size() - prefix.size() - suffix.size());
    for (std::size_t i = 0; i < 15; ++i) {
        const bool ok = i == 8 ? middle[i] == '-' : std::isdigit(static_cast<unsigned char>(middle[i])) != 0;
        if (!ok)
            return false;
    }
    if (middle.size() == 15)
        return true;
    if (middle[15] != '-' || middle.size() == 16)
        return false;
    return std::all_of(middle.begin() + 16, middle.end(),
                       [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; });
}

std::vector<std::string> profileConflictCopies(const std::string& personFolder, const FileSystem& files)
{
    std::vector<std::string> copies;
    for (const auto& name : files.listFolder(personFolder))
        if (isProfileConflictCopy(name))
            copies.push_back(personFolder + "/" + name);
    std::sort(copies.begin(), copies.end());
    return copies;
}

std::vector<ConflictCopy> readConflictCopies(const ProfileFile& file, const Profile& profile,
                                             std::vector<std::string>& problems)
{
    std::vector<ConflictCopy> copies;
    for (const auto& path : profileConflictCopies(file.folder(), file.files())) {
        const LoadOutcome outcome = ProfileFile(path, file.files(), file.clock()).load();
        if (!outcome.profile) {
            problems.push_back(outcome.message);
            continue;
        }
        if (outcome.profile->id != profile.id || outcome.profile->layoutId != profile.layoutId) {
            problems.push_back(path + ": this copy is not a copy of this person's profile, so it was left.");
            continue;
        }
        copies.push_back({path, std::move(*outcome.profile)});
    }
    return copies;
}

void removeConflictCopies(const std::vector<ConflictCopy>& copies, FileSystem& files)
{
    for (const auto& copy : copies)
        files.removeFile(copy.path);
    if (!copies.empty())
        files.syncFolder(parentFolder(copies.front().path));
}

const char* const kSyncIgnoreText = R"(// Written by Right Job. Each device keeps these for itself:
// the locks that stop two copies of the program changing one person,
(?d).*.lock
// half-written files of a save in progress,
(?d).*.tmp-*
// and its own backups of each profile.
(?d)backups
)";

bool writeSyncIgnores(const std::string& peopleFolder, FileSystem& files)
{
    if (!files.exists(peopleFolder + "/.stfolder") || files.exists(peopleFolder + "/.stignore"))
        return false;
    return writeFileAtomically(files, peopleFolder + "/.stignore", kSyncIgnoreText).ok;
}

ConflictResult resolveSyncConflicts(const std::string& personFolder, FileSystem& files, Clock& clock)
{
    ConflictResult result;
    if (profileConflictCopies(personFolder, files).empty())
        return result;
    ProfileFile file(personFolder + "/profile.json", files, clock);
    const ProfileLock lock(file.path());
    if (!lock.held())
        return result; // the copy of the program that has it open merges them
    const LoadOutcome loaded = file.load();
    if (!loaded.profile)
        return result;
    const std::vector<ConflictCopy> copies = readConflictCopies(file, *loaded.profile, result.problems);
    if (copies.empty())
        return result;
    Profile merged = *loaded.profile;
    try {
        for (const auto& copy : copies)
            merged = mergeProfiles(merged, copy.profile);
    } catch (const MergeError& error) {
        result.problems.push_back(error.what());
        return result;
    }
    if (writeProfile(merged) != writeProfile(*loaded.profile)) {
        const FileResult saved = file.save(merged);
        if (!saved.ok) {
            result.problems.push_back(saved.problem);
            return result; // the copies stay until the merge is on the disk
        }
    }
    removeConflictCopies(copies, files);
    result.merged = static_cast<int>(copies.size());
    return result;
}

} // namespace rightjob::core
