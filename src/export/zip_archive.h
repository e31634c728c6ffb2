// Zip files in memory with libzip: written the same way every time (entries
// sorted by name, one fixed time, fixed permissions), so the same files
// always make the same bytes; read with every name and size checked before
// anything is unpacked.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace rightjob::exporting {

// A zip that cannot be made or read. what() is a plain sentence.
class ZipError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// How an entry is kept in the zip.
enum class ZipCompression {
    Deflate, // text, JSON, WAV
    Store,   // PNG and JPEG, which are compressed already
};

// One file in a zip.
struct ZipEntry {
    std::string name; // "photos/me.jpg": '/' between folders, no leading '/'
    std::string bytes;
    ZipCompression compression = ZipCompression::Deflate;
};

// The bytes of a zip holding entries, sorted by name, each dated
// 1980-01-01 00:00 and marked as a file readable by its owner and others
// (0644). The same entries always give the same bytes. Throws ZipError for
// two entries with the same name, or when libzip fails.
std::string writeZip(std::vector<ZipEntry> entries);

// The most a zip may hold when read, checked before anything is unpacked.
struct ZipLimits {
    std::size_t maxEntries = 10000;
    std::uint64_t maxEntryBytes = 64ull * 1024 * 1024;   // one file, unpacked
    std::uint64_t maxTotalBytes = 1024ull * 1024 * 1024; // all files, unpacked
};

// A zip's entry as its central directory describes it, before unpacking.
struct ZipEntryInfo {
    std::string name;
    std::uint64_t size = 0; // unpacked
    bool isFolder = false;  // a name ending in '/'
};

// Opens zip bytes and unpacks them. Call entries() first to check names and
// sizes, then read() for the files wanted.
class ZipReader {
public:
    // Opens the zip, checking its structure. Throws ZipError ("is cut short
    // or damaged", "is not a zip file") in plain words.
    explicit ZipReader(const std::string& bytes);
    ~ZipReader();
    ZipReader(const ZipReader&) = delete;
    ZipReader& operator=(const ZipReader&) = delete;

    // Every entry, in the zip's order.
    const std::vector<ZipEntryInfo>& entries() const { return m_entries; }

    // The unpacked bytes of entry index. Never unpacks more than maxBytes,
    // nor more than the entry says it holds. Throws ZipError when it is
    // damaged (its check sum is wrong) or bigger than it says.
    std::string read(std::size_t index, std::uint64_t maxBytes) const;

private:
    struct Handle;
    Handle* m_handle = nullptr;
    std::vector<ZipEntryInfo> m_entries;
};

} // namespace rightjob::exporting
