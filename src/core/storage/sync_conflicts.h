// A team folder shared by Syncthing: when two devices change a profile
// before they have seen each other's change, Syncthing keeps one version as
// profile.json and the other beside it as a conflict copy,
// "profile.sync-conflict-20261207-101500-ABCDEF1.json" (date, time and the
// first part of the device id that made it; older Syncthing leaves out the
// device). The program merges every such copy into the profile with the same
// merge as a bundle import (core/profile/profile_merge.h), saves it atomically (the
// version replaced goes into backups/ as every save's does), and only then
// removes the copy. Syncthing's own temporary files (".syncthing.*.tmp"),
// the program's (".profile.json.tmp-*") and lock files start with a dot and
// are never taken for profiles or copies.
#pragma once

#include "core/storage/profile_file.h"

#include <string>
#include <vector>

namespace rightjob::core {

// Whether a file name in a person's folder is a Syncthing conflict copy of
// profile.json.
bool isProfileConflictCopy(const std::string& fileName);

// The conflict copies of profile.json in a person's folder (full paths, sorted).
std::vector<std::string> profileConflictCopies(const std::string& personFolder, const FileSystem& files);

// A conflict copy read for merging.
struct ConflictCopy {
    std::string path;
    Profile profile;
};

// Reads the conflict copies that read cleanly as copies of this profile
// (same id and layout); problems gets plain words for each that does not
// (it is then left where it is, never removed).
std::vector<ConflictCopy> readConflictCopies(const ProfileFile& file, const Profile& profile,
                                             std::vector<std::string>& problems);

// Removes copies whose content is in the saved profile.
void removeConflictCopies(const std::vector<ConflictCopy>& copies, FileSystem& files);

// What resolveSyncConflicts did.
struct ConflictResult {
    int merged = 0;                    // copies merged and removed
    std::vector<std::string> problems; // plain words, one for each copy left
};

// For a profile no copy of the program has open: takes the profile's lock
// (when it cannot, does nothing: the copy that has it open merges), merges
// every conflict copy into profile.json, saves, and removes the copies.
// A profile that cannot be read is left alone (the screen offers its backups).
ConflictResult resolveSyncConflicts(const std::string& personFolder, FileSystem& files = realFileSystem(),
                                    Clock& clock = systemClock());

// What every device keeps for itself in a team folder: lock files,
// half-written temporary files and each profile's backups.
extern const char* const kSyncIgnoreText;

// When the people folder is shared by Syncthing (it holds Syncthing's
// ".stfolder" marker) and has no ".stignore", writes one with
// kSyncIgnoreText, atomically. A .stignore the team wrote is left alone.
// Returns true when it wrote one.
bool writeSyncIgnores(const std::string& peopleFolder, FileSystem& files = realFileSystem());

} // namespace rightjob::core
