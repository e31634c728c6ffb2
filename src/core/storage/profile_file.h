// One profile file on disk, its backups, and the promise that work is never
// lost: every save is atomic, the 10 versions before it are kept, and a file
// that cannot be read is never written over.
#pragma once

#include "core/base/clock.h"
#include "core/base/file_system.h"
#include "core/profile/profile_json.h"

#include <optional>
#include <string>
#include <vector>

namespace rightjob::core {

// How many earlier versions are kept in backups/.
inline constexpr int kBackupsKept = 10;

// A kept earlier version of the profile.
struct BackupEntry {
    std::string path;
    int number = 0; // rises with every save
};

// What loading found.
enum class LoadProblem {
    None,         // the profile is loaded
    Missing,      // there is no file
    Unreadable,   // truncated, corrupt, or not a profile
    NewerVersion, // made by a newer Right Job
    NeedsPassphrase, // sealed: open it through a SealedFileSystem (core/protection/protection.h)
};

// The result of loading: the profile, or what is wrong in plain words and the
// newest backup that reads cleanly, to offer instead.
struct LoadOutcome {
    std::optional<Profile> profile;
    LoadProblem problem = LoadProblem::None;
    std::string message; // plain words, with the file and place
    std::optional<BackupEntry> newestGoodBackup;
    bool wasMigrated = false; // read from an older format version
};

// A profile file at a path, with backups in the backups/ folder beside it.
class ProfileFile {
public:
    explicit ProfileFile(std::string path, FileSystem& files = realFileSystem(), Clock& clock = systemClock());

    const std::string& path() const { return m_path; }
    std::string folder() const;
    // The file system it reads and writes through (sealed for a protected person).
    FileSystem& files() const { return m_files; }
    Clock& clock() const { return m_clock; }
    std::string backupFolder() const;

    // Reads the profile. Never changes anything on disk.
    LoadOutcome load() const;

    // Saves atomically, keeping the version it replaces as a backup and the
    // 10 newest backups. On failure the file on disk is still the old, good
    // version and the message says what went wrong in plain words.
    FileResult save(const Profile& profile);

    // The backups, newest first.
    std::vector<BackupEntry> backups() const;

    // Reads one backup. Throws DataError when it cannot be read.
    Profile readBackup(const BackupEntry& backup) const;

    // Makes a backup the profile again: the file that could not be read is
    // set aside (renamed, never deleted) as profile.damaged-<time>.json.
    FileResult restoreBackup(const BackupEntry& backup);

private:
    int nextBackupNumber() const;
    void pruneBackups();
    void removeStaleTemporaries();

    std::string m_path;
    FileSystem& m_files;
    Clock& m_clock;
};

} // namespace rightjob::core
