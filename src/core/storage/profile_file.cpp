#include "core/storage/profile_file.h"

#include "core/protection/protection.h"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <unistd.h>

namespace rightjob::core {

namespace {

constexpr const char* kBackupPrefix = "profile-";
constexpr const char* kBackupSuffix = ".json";

// "profile-000041.json" gives 41; anything else gives -1.
int backupNumber(const std::string& name)
{
    const std::string prefix = kBackupPrefix;
    const std::string suffix = kBackupSuffix;
    if (name.size() <= prefix.size() + suffix.size() || name.compare(0, prefix.size(), prefix) != 0
        || name.compare(name.size() - suffix.size(), suffix.size(), suffix) != 0)
        return -1;
    const std::string digits = name.substr(prefix.size(), name.size() - prefix.size() - suffix.size());
    if (digits.empty() || digits.size() > 9 || !std::all_of(digits.begin(), digits.end(), ::isdigit))
        return -1;
    return std::stoi(digits);
}

std::string backupName(int number)
{
    char name[64];
    std::snprintf(name, sizeof name, "%s%06d%s", kBackupPrefix, number, kBackupSuffix);
    return name;
}

} // namespace

ProfileFile::ProfileFile(std::string path, FileSystem& files, Clock& clock)
    : m_path(std::move(path)), m_files(files), m_clock(clock)
{
}

std::string ProfileFile::folder() const
{
    return parentFolder(m_path);
}

std::string ProfileFile::backupFolder() const
{
    return folder() + "/backups";
}

LoadOutcome ProfileFile::load() const
{
    LoadOutcome outcome;
    if (!m_files.exists(m_path)) {
        outcome.problem = LoadProblem::Missing;
        outcome.message = m_path + ": there is no profile here.";
    } else {
        try {
            std::string bytes;
            const FileResult read = m_files.readFile(m_path, bytes);
            if (!read.ok)
                throw DataError(m_path, {}, read.problem);
            // Sealed, or plain where the person has a passphrase (a plain
            // file put in the place of the sealed one): the passphrase first.
            if (isSealed(bytes) || (!m_files.unseals() && m_files.exists(folder() + "/" + kProtectedMarker))) {
                outcome.problem = LoadProblem::NeedsPassphrase;
                outcome.message = "This profile has a passphrase.";
                return outcome;
            }
            const JsonFile file = JsonFile::parse(std::move(bytes), m_path);
            const Json& root = file.root();
            outcome.wasMigrated = root.is_object() && root.contains("format_version")
                                  && root["format_version"].is_number_integer()
                                  && root["format_version"].get<std::int64_t>() < kProfileFormatVersion;
            outcome.profile = readProfile(file);
            return outcome;
        } catch (const NewerFormatError& error) {
            outcome.problem = LoadProblem::NewerVersion;
            outcome.message = error.what();
        } catch (const DataError& error) {
            outcome.problem = LoadProblem::Unreadable;
            outcome.message = error.what();
        }
    }
    for (const auto& backup : backups()) {
        try {
            readBackup(backup);
            outcome.newestGoodBackup = backup;
            break;
        } catch (const DataError&) {
            // A damaged backup is passed over; an older one may be good.
        }
    }
    return outcome;
}

std::vector<BackupEntry> ProfileFile::backups() const
{
    std::vector<BackupEntry> entries;
    for (const auto& name : m_files.listFolder(backupFolder())) {
        const int number = backupNumber(name);
        if (number >= 0)
            entries.push_back({backupFolder() + "/" + name, number});
    }
    std::sort(entries.begin(), entries.end(),
              [](const BackupEntry& a, const BackupEntry& b) { return a.number > b.number; });
    return entries;
}

Profile ProfileFile::readBackup(const BackupEntry& backup) const
{
    std::string bytes;
    const FileResult read = m_files.readFile(backup.path, bytes);
    if (!read.ok || isSealed(bytes))
        throw DataError(backup.path, {}, read.ok ? "This copy has a passphrase." : read.problem);
    return readProfile(JsonFile::parse(std::move(bytes), backup.path));
}

int ProfileFile::nextBackupNumber() const
{
    const auto entries = backups();
    return entries.empty() ? 1 : entries.front().number + 1;
}

void ProfileFile::removeStaleTemporaries()
{
    // A save cut off by a crash or power loss leaves ".profile.json.tmp-PID-RANDOM".
    // It was never renamed into place, so it holds nothing that is not also
    // in the profile or its backups. Those of programs still running are left.
    const auto slash = m_path.find_last_of('/');
    const std::string prefix = "." + m_path.substr(slash == std::string::npos ? 0 : slash + 1) + ".tmp-";
    for (const auto& name : m_files.listFolder(folder())) {
        if (name.compare(0, prefix.size(), prefix) != 0)
            continue;
        const long pid = std::strtol(name.c_str() + prefix.size(), nullptr, 10);
        if (pid > 0 && pid != ::getpid() && ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH)
            m_files.removeFile(folder() + "/" + name);
    }
}

void ProfileFile::pruneBackups()
{
    const auto entries = backups();
    for (std::size_t i = kBackupsKept; i < entries.size(); ++i)
        m_files.removeFile(entries[i].path);
}

FileResult ProfileFile::save(const Profile& profile)
{
    const std::string bytes = writeProfile(profile);
    FileResult result = m_files.makeFolders(backupFolder());
    if (!result.ok)
        return result;
    if (m_files.exists(m_path)) {
        result = m_files.keepCopy(m_path, backupFolder() + "/" + backupName(nextBackupNumber()));
        if (!result.ok)
            return result;
    }
    result = writeFileAtomically(m_files, m_path, bytes);
    if (!result.ok)
        return result;
    pruneBackups();
    removeStaleTemporaries();
    return FileResult::success();
}

FileResult ProfileFile::restoreBackup(const BackupEntry& backup)
{
    Profile profile;
    try {
        profile = readBackup(backup);
    } catch (const DataError& error) {
        return FileResult::failure(error.what());
    }
    if (m_files.exists(m_path)) {
        std::string stamp = formatUtc(m_clock.nowSeconds());
        std::replace(stamp.begin(), stamp.end(), ':', '-');
        std::string aside = folder() + "/profile.damaged-" + stamp + ".json";
        for (int extra = 2; m_files.exists(aside); ++extra)
            aside = folder() + "/profile.damaged-" + stamp + "-" + std::to_string(extra) + ".json";
        FileResult result = m_files.rename(m_path, aside);
        if (!result.ok)
            return result;
    }
    // The restored version is written fresh, so the backup stays as it was.
    return writeFileAtomically(m_files, m_path, writeProfile(profile));
}

} // namespace rightjob::core
