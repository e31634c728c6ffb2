#include "core/base/file_system.h"

#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace rightjob::core {

namespace {

std::string describeErrno(const std::string& what, int error)
{
    if (error == ENOSPC || error == EDQUOT)
        return what + ": the disk is full.";
    if (error == EROFS)
        return what + ": the disk can only be read, not written.";
    if (error == EACCES || error == EPERM)
        return what + ": Right Job is not allowed to write there.";
    return what + ": " + std::strerror(error) + ".";
}

class RealFileSystem : public FileSystem {
public:
    FileResult writeNewFile(const std::string& path, const std::string& bytes) override
    {
        const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd < 0)
            return FileResult::failure(describeErrno("Cannot make " + path, errno));
        std::size_t written = 0;
        while (written < bytes.size()) {
            const ssize_t count = ::write(fd, bytes.data() + written, bytes.size() - written);
            if (count < 0) {
                if (errno == EINTR)
                    continue;
                const int error = errno;
                ::close(fd);
                ::unlink(path.c_str());
                return FileResult::failure(describeErrno("Cannot write " + path, error));
            }
            written += static_cast<std::size_t>(count);
        }
        if (::fsync(fd) != 0) {
            const int error = errno;
            ::close(fd);
            ::unlink(path.c_str());
            return FileResult::failure(describeErrno("Cannot flush " + path + " to the disk", error));
        }
        if (::close(fd) != 0) {
            const int error = errno;
            ::unlink(path.c_str());
            return FileResult::failure(describeErrno("Cannot close " + path, error));
        }
        return FileResult::success();
    }

    FileResult rename(const std::string& from, const std::string& to) override
    {
        if (::rename(from.c_str(), to.c_str()) != 0)
            return FileResult::failure(describeErrno("Cannot rename " + from, errno));
        return FileResult::success();
    }

    FileResult syncFolder(const std::string& path) override
    {
        const int fd = ::open(path.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (fd < 0)
            return FileResult::failure(describeErrno("Cannot open folder " + path, errno));
        const int result = ::fsync(fd);
        const int error = errno;
        ::close(fd);
        // Some file systems (and some network mounts) cannot sync a folder;
        // that is not a reason to say the save failed.
        if (result != 0 && error != EINVAL && error != EROFS)
            return FileResult::failure(describeErrno("Cannot flush folder " + path, error));
        return FileResult::success();
    }

    FileResult keepCopy(const std::string& existing, const std::string& copyPath) override
    {
        if (::link(existing.c_str(), copyPath.c_str()) == 0)
            return FileResult::success();
        if (errno == EEXIST)
            return FileResult::failure(describeErrno("Cannot keep a copy as " + copyPath, errno));
        // No hard links here (a memory stick's FAT, say): copy the bytes.
        std::error_code error;
        std::filesystem::copy_file(existing, copyPath, error);
        if (error)
            return FileResult::failure("Cannot keep a copy as " + copyPath + ": " + error.message() + ".");
        ::chmod(copyPath.c_str(), 0600);
        const int fd = ::open(copyPath.c_str(), O_WRONLY | O_CLOEXEC);
        if (fd >= 0) {
            ::fsync(fd);
            ::close(fd);
        }
        return FileResult::success();
    }

    FileResult removeFile(const std::string& path) override
    {
        if (::unlink(path.c_str()) != 0 && errno != ENOENT)
            return FileResult::failure(describeErrno("Cannot remove " + path, errno));
        return FileResult::success();
    }

    FileResult makeFolders(const std::string& path) override
    {
        if (path.empty())
            return FileResult::success();
        struct stat info {};
        if (::stat(path.c_str(), &info) == 0) {
            if (S_ISDIR(info.st_mode))
                return FileResult::success();
            return FileResult::failure(path + " is a file, not a folder.");
        }
        const FileResult parent = makeFolders(parentFolder(path));
        if (!parent.ok)
            return parent;
        if (::mkdir(path.c_str(), 0700) != 0 && errno != EEXIST)
            return FileResult::failure(describeErrno("Cannot make the folder " + path, errno));
        return FileResult::success();
    }

    bool exists(const std::string& path) const override
    {
        struct stat info {};
        return ::stat(path.c_str(), &info) == 0;
    }

    std::vector<std::string> listFolder(const std::string& path) const override
    {
        std::vector<std::string> names;
        std::error_code error;
        for (std::filesystem::directory_iterator it(path, error), end; !error && it != end; it.increment(error))
            names.push_back(it->path().filename().string());
        return names;
    }
};

} // namespace

FileResult FileSystem::readFile(const std::string& path, std::string& bytes) const
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return FileResult::failure(describeErrno("Cannot open " + path, errno));
    bytes.clear();
    char buffer[65536];
    for (;;) {
        const ssize_t count = ::read(fd, buffer, sizeof buffer);
        if (count < 0) {
            if (errno == EINTR)
                continue;
            const int error = errno;
            ::close(fd);
            return FileResult::failure(describeErrno("Cannot read " + path, error));
        }
        if (count == 0)
            break;
        bytes.append(buffer, static_cast<std::size_t>(count));
    }
    ::close(fd);
    return FileResult::success();
}

FileSystem& realFileSystem()
{
    static RealFileSystem files;
    return files;
}

std::string parentFolder(const std::string& path)
{
    const auto slash = path.find_last_of('/');
    if (slash == std::string::npos)
        return ".";
    if (slash == 0)
        return "/";
    return path.substr(0, slash);
}

FileResult writeFileAtomically(FileSystem& files, const std::string& path, const std::string& bytes)
{
    static std::atomic<unsigned> counter{0};
    const std::string folder = parentFolder(path);
    const auto slash = path.find_last_of('/');
    const std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
    const std::string temporary = folder + "/." + name + ".tmp-" + std::to_string(::getpid()) + "-"
                                  + std::to_string(counter++);
    FileResult result = files.writeNewFile(temporary, bytes);
    if (!result.ok) {
        files.removeFile(temporary);
        return result;
    }
    result = files.rename(temporary, path);
    if (!result.ok) {
        files.removeFile(temporary);
        return result;
    }
    return files.syncFolder(folder);
}

} // namespace rightjob::core
