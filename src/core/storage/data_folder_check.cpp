#include "core/storage/data_folder_check.h"

#include "core/base/file_system.h"

#include <cerrno>
#include <fcntl.h>
#include <filesystem>
#include <sys/stat.h>
#include <unistd.h>

namespace rightjob::core {

namespace {

// Whether a new file can be made in the folder: the only sure test, as
// permission bits say nothing for root or about a read-only disk.
bool canWriteIn(const std::string& folder)
{
    const std::string probe = folder + "/.rightjob-write-check-" + std::to_string(::getpid());
    const int fd = ::open(probe.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return false;
    ::close(fd);
    ::unlink(probe.c_str());
    return true;
}

void checkOne(const std::string& path, const struct stat& info, DataFolderReport& report)
{
    const bool folder = S_ISDIR(info.st_mode);
    const mode_t wanted = folder ? 0700 : 0600;
    const mode_t mode = info.st_mode & 07777;
    if ((mode & 077) == 0)
        return;
    if (info.st_uid != ::geteuid()) {
        report.warnings.push_back(path + " belongs to another user. Other people may be able to read it.");
        return;
    }
    const mode_t narrowed = mode & wanted;
    if (report.writable && ::chmod(path.c_str(), narrowed) == 0)
        report.warnings.push_back(path + " could be read by other people. Right Job has made it private.");
    else
        report.warnings.push_back(path + " can be read by other people. Right Job cannot make it private.");
}

} // namespace

DataFolderReport checkDataFolder(const std::string& dataFolder)
{
    DataFolderReport report;
    struct stat info {};
    if (::lstat(dataFolder.c_str(), &info) != 0) {
        const FileResult made = realFileSystem().makeFolders(dataFolder);
        if (!made.ok) {
            report.writable = false;
            report.warnings.push_back(made.problem);
            return report;
        }
        report.created = true;
        return report;
    }
    if (!S_ISDIR(info.st_mode)) {
        report.writable = false;
        report.warnings.push_back(dataFolder + " is a file, not a folder. Right Job cannot keep anything there.");
        return report;
    }
    report.writable = canWriteIn(dataFolder);
    if (!report.writable)
        report.warnings.push_back(dataFolder
                                  + " cannot be changed. You can look at people, but not change them.");
    checkOne(dataFolder, info, report);
    std::error_code error;
    for (std::filesystem::recursive_directory_iterator it(dataFolder, std::filesystem::directory_options::skip_permission_denied, error), end;
         !error && it != end; it.increment(error)) {
        const std::string path = it->path().string();
        if (::lstat(path.c_str(), &info) != 0 || S_ISLNK(info.st_mode))
            continue;
        if (S_ISDIR(info.st_mode) || S_ISREG(info.st_mode))
            checkOne(path, info, report);
    }
    return report;
}

} // namespace rightjob::core
