// The file operations saving depends on, behind an interface so tests can
// make writes fail (a full disk, a broken memory stick) and check that
// nothing is lost. The real one flushes everything to the disk.
#pragma once

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
    // Reads a whole file into bytes. The plain version reads the disk; a
    // protected person's files are read through SealedFileSystem, which
    // unseals them (core/protection/protection.h).
    virtual FileResult readFile(const std::string& path, std::string& bytes) const;
};

// The real file system.
FileSystem& realFileSystem();

// Writes bytes to path so that at every moment path holds either its old
// bytes or all of the new ones: a temporary file in the same folder, fsync,
// rename over path, fsync the folder. On failure the temporary file is
// removed and path is untouched.
FileResult writeFileAtomically(FileSystem& files, const std::string& path, const std::string& bytes);

// The folder part of a path ("/a/b/c.json" gives "/a/b").
std::string parentFolder(const std::string& path);

} // namespace rightjob::core
