#include "core/base/file_system.h"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fcntl.h>
#include <sys/random.h>
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

std::string sizeInWords(std::uint64_t bytes)
{
    if (bytes >= 10ull * 1024 * 1024)
        return std::to_string(bytes / (1024 * 1024)) + " MB";
    if (bytes >= 10ull * 1024)
        return std::to_string(bytes / 1024) + " KB";
    return std::to_string(bytes) + " bytes";
}

FileResult readRegularFile(const std::string& path, std::string& bytes, std::uint64_t maxBytes, bool followLinks)
{
    // O_NONBLOCK: opening a FIFO with nobody writing to it must not wait.
    const int fd = ::open(path.c_str(),
                          O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY | (followLinks ? 0 : O_NOFOLLOW));
    if (fd < 0) {
        if (errno == ELOOP && !followLinks)
            return FileResult::failure(path + " is a link to another file. Right Job does not follow it.");
        return FileResult::failure(path + " cannot be opened (" + std::strerror(errno) + ").");
    }
    struct stat info {};
    if (::fstat(fd, &info) != 0) {
        const int error = errno;
        ::close(fd);
        return FileResult::failure(describeErrno("Cannot read " + path, error));
    }
    if (!S_ISREG(info.st_mode)) {
        ::close(fd);
        return FileResult::failure(path + " is not a plain file. It may be a folder or a device. Right Job did not read it.");
    }
    if (static_cast<std::uint64_t>(info.st_size) > maxBytes) {
        ::close(fd);
        return FileResult::failure(path + " is too big (" + sizeInWords(static_cast<std::uint64_t>(info.st_size))
                                   + "). Right Job reads at most " + sizeInWords(maxBytes) + " here.");
    }
    bytes.clear();
    bytes.reserve(static_cast<std::size_t>(info.st_size));
    char buffer[65536];
    for (;;) {
        const ssize_t count = ::read(fd, buffer, sizeof buffer);
        if (count < 0) {
            if (errno == EINTR || errno == EAGAIN)
                continue;
            const int error = errno;
            ::close(fd);
            return FileResult::failure(path + " cannot be read to the end (" + std::strerror(error) + ").");
        }
        if (count == 0)
            break;
        // A file that grows while it is read is held to the same limit.
        if (bytes.size() + static_cast<std::size_t>(count) > maxBytes) {
            ::close(fd);
            bytes.clear();
            return FileResult::failure(path + " is too big. Right Job reads at most " + sizeInWords(maxBytes)
                                       + " here.");
        }
        bytes.append(buffer, static_cast<std::size_t>(count));
    }
    ::close(fd);
    return FileResult::success();
}

FileResult FileSystem::exchange(const std::string& first, const std::string& second)
{
    if (::renameat2(AT_FDCWD, first.c_str(), AT_FDCWD, second.c_str(), RENAME_EXCHANGE) != 0)
        return FileResult::failure(describeErrno("Cannot swap " + first + " and " + second, errno));
    return FileResult::success();
}

FileResult FileSystem::renameNew(const std::string& from, const std::string& to)
{
    if (::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_NOREPLACE) == 0)
        return FileResult::success();
    if (errno == EEXIST)
        return FileResult::failure(to + " is already there.");
    if (errno != EINVAL && errno != ENOSYS)
        return FileResult::failure(describeErrno("Cannot rename " + from, errno));
    if (exists(to))
        return FileResult::failure(to + " is already there.");
    return rename(from, to);
}

FileResult FileSystem::readFile(const std::string& path, std::string& bytes) const
{
    return readRegularFile(path, bytes, kMaxReadBytes);
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

std::string randomHex(std::size_t bytes)
{
    static std::atomic<unsigned> counter{0};
    std::string raw(bytes, '\0');
    std::size_t got = 0;
    while (got < bytes) {
        const ssize_t count = ::getrandom(raw.data() + got, bytes - got, 0);
        if (count <= 0) {
            if (count < 0 && errno == EINTR)
                continue;
            break;
        }
        got += static_cast<std::size_t>(count);
    }
    if (got < bytes) {
        // No random source (a very old kernel): the time and a counter still
        // make a name no earlier program used.
        const auto mix = static_cast<unsigned long long>(::time(nullptr)) * 1000003ull + counter++;
        for (std::size_t i = 0; i < bytes; ++i)
            raw[i] = static_cast<char>((mix >> ((i % 8) * 8)) ^ (i * 37));
    }
    static constexpr char kHex[] = "0123456789abcdef";
    std::string hex;
    for (unsigned char c : raw) {
        hex += kHex[c >> 4];
        hex += kHex[c & 15];
    }
    return hex;
}

FileResult writeFileAtomically(FileSystem& files, const std::string& path, const std::string& bytes)
{
    const std::string folder = parentFolder(path);
    const auto slash = path.find_last_of('/');
    const std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
    // ".NAME.tmp-PID-RANDOM": the PID lets a later save tell a crashed
    // program's leftover from a running one's; the random part means a
    // stale file from an earlier program with the same PID is never met.
    const std::string temporary = folder + "/." + name + ".tmp-" + std::to_string(::getpid()) + "-" + randomHex(8);
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

bool isSafeRelativePath(const std::string& path)
{
    if (path.empty() || path.front() == '/' || path.find('\\') != std::string::npos
        || path.find('\0') != std::string::npos)
        return false;
    std::size_t start = 0;
    while (start <= path.size()) {
        const auto end = std::min(path.find('/', start), path.size());
        const std::string part = path.substr(start, end - start);
        if (part.empty() || part == "." || part == "..")
            return false;
        start = end + 1;
    }
    return true;
}

} // namespace rightjob::core
