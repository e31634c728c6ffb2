// The file operations saving depends on, behind an interface so tests can
// make writes fail (a full disk, a broken memory stick) and check that
// nothing is lost. The real one flushes everything to the disk.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace rightjob::core {

// The result of a file operation: ok, or a plain description of the problem.
struct FileResult {
    bool ok = true;
    std::string problem;

    static FileResult success() { return {}; }
    static FileResult failure(std::string problem) { return {false, std::move(problem)}; }
};

// Low-level file operations. Every path is a full path.
class FileSystem {
public:
    virtual ~FileSystem() = default;

    // Creates a new file (it must not exist) with permissions 0600, writes
    // all of bytes and flushes them to the disk (fsync) before closing.
    virtual FileResult writeNewFile(const std::string& path, const std::string& bytes) = 0;
    // Renames from over to, atomically.
    virtual FileResult rename(const std::string& from, const std::string& to) = 0;
    // Swaps two paths (files or folders) in one step (renameat2 with
    // RENAME_EXCHANGE): at every moment both names exist. Fails, changing
    // nothing, where the file system cannot do it.
    virtual FileResult exchange(const std::string& first, const std::string& second);
    // Renames from to to only when to does not exist (RENAME_NOREPLACE),
    // in one step; where the file system cannot, checks first then renames.
    virtual FileResult renameNew(const std::string& from, const std::string& to);
    // Flushes a folder's entries to the disk, so a rename survives power loss.
    virtual FileResult syncFolder(const std::string& path) = 0;
    // Makes copyPath hold the same bytes as existing: a hard link where the
    // file system allows, a flushed copy where it does not.
    virtual FileResult keepCopy(const std::string& existing, const std::string& copyPath) = 0;
    // Removes a file; a file that is already gone is not a problem.
    virtual FileResult removeFile(const std::string& path) = 0;
    // Makes a folder and its parents, each 0700.
    virtual FileResult makeFolders(const std::string& path) = 0;
    // Whether a file or folder exists.
    virtual bool exists(const std::string& path) const = 0;
    // The names (not paths) of the entries in a folder; empty when unreadable.
    virtual std::vector<std::string> listFolder(const std::string& path) const = 0;
    // Reads a whole file into bytes (readRegularFile, kMaxReadBytes). The plain version reads the disk; a
    // protected person's files are read through SealedFileSystem, which
    // unseals them (core/protection/protection.h).
    virtual FileResult readFile(const std::string& path, std::string& bytes) const;
    // True for a file system that unseals what it reads (SealedFileSystem).
    virtual bool unseals() const { return false; }
};

// The most bytes any file is read whole: a last line of defence, since
// each kind of file has its own smaller limit (core/profile/person_folder.h).
inline constexpr std::uint64_t kMaxReadBytes = 256ull * 1024 * 1024;

// Reads a whole regular file of at most maxBytes. A device, FIFO, socket or
// folder is refused without reading from it or waiting on it, and so is a
// larger file; with followLinks false, so is a symbolic link. The problem
// names the file and says what is wrong in plain words.
FileResult readRegularFile(const std::string& path, std::string& bytes, std::uint64_t maxBytes = kMaxReadBytes,
                           bool followLinks = true);

// "12 MB", "300 KB", "17 bytes": a size in words.
std::string sizeInWords(std::uint64_t bytes);

// The real file system.
FileSystem& realFileSystem();

// Writes bytes to path so that at every moment path holds either its old
// bytes or all of the new ones: a temporary file in the same folder, fsync,
// rename over path, fsync the folder. On failure the temporary file is
// removed and path is untouched.
FileResult writeFileAtomically(FileSystem& files, const std::string& path, const std::string& bytes);

// bytes random bytes as small hex digits (for names no one else uses).
std::string randomHex(std::size_t bytes);

// The folder part of a path ("/a/b/c.json" gives "/a/b").
std::string parentFolder(const std::string& path);

// Whether a path a profile names (a photo, a recording) stays inside the
// person's folder: not empty, relative, no "..", no "\", no empty or "."
// parts. core/profile/person_folder.h adds the folder and the checks on disk.
bool isSafeRelativePath(const std::string& path);

} // namespace rightjob::core
