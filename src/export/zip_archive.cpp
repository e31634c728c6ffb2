#include "export/zip_archive.h"

#include <zip.h>

#include <algorithm>
#include <set>

namespace rightjob::exporting {

namespace {

// 1980-01-01 00:00, the first moment a zip can say, as DOS time and date.
constexpr zip_uint16_t kDosTime = 0;
constexpr zip_uint16_t kDosDate = (0 << 9) | (1 << 5) | 1;
// A regular file, rw-r--r--, in the high half of the Unix external attributes.
constexpr zip_uint32_t kFileAttributes = 0100644u << 16;

std::string libzipProblem(zip_error_t* error)
{
    return zip_error_strerror(error);
}

// Takes all the bytes out of a source that holds a finished zip.
std::string sourceBytes(zip_source_t* source)
{
    if (zip_source_open(source) < 0)
        throw ZipError("The zip file could not be made: " + libzipProblem(zip_source_error(source)));
    std::string bytes;
    char buffer[65536];
    for (;;) {
        const zip_int64_t got = zip_source_read(source, buffer, sizeof buffer);
        if (got < 0) {
            zip_source_close(source);
            throw ZipError("The zip file could not be made: " + libzipProblem(zip_source_error(source)));
        }
        if (got == 0)
            break;
        bytes.append(buffer, static_cast<std::size_t>(got));
    }
    zip_source_close(source);
    return bytes;
}

} // namespace

std::string writeZip(std::vector<ZipEntry> entries)
{
    std::sort(entries.begin(), entries.end(), [](const ZipEntry& a, const ZipEntry& b) { return a.name < b.name; });
    for (std::size_t i = 1; i < entries.size(); ++i)
        if (entries[i].name == entries[i - 1].name)
            throw ZipError("The zip file would hold \"" + entries[i].name + "\" twice.");

    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* target = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (!target)
        throw ZipError("The zip file could not be made: " + libzipProblem(&error));
    zip_t* archive = zip_open_from_source(target, ZIP_TRUNCATE, &error);
    if (!archive) {
        zip_source_free(target);
        const std::string problem = libzipProblem(&error);
        zip_error_fini(&error);
        throw ZipError("The zip file could not be made: " + problem);
    }
    zip_error_fini(&error);
    zip_source_keep(target); // still wanted after zip_close, to read the bytes

    auto fail = [&](const std::string& what) {
        const std::string problem = zip_strerror(archive);
        zip_discard(archive);
        zip_source_free(target);
        throw ZipError("The zip file could not be made (" + what + "): " + problem);
    };

    for (const ZipEntry& entry : entries) {
        // The entries vector outlives zip_close, so libzip may keep pointers into it.
        zip_source_t* source = zip_source_buffer(archive, entry.bytes.data(), entry.bytes.size(), 0);
        if (!source)
            fail(entry.name);
        const zip_int64_t index = zip_file_add(archive, entry.name.c_str(), source, ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            zip_source_free(source);
            fail(entry.name);
        }
        const auto at = static_cast<zip_uint64_t>(index);
        const zip_int32_t method = entry.compression == ZipCompression::Store ? ZIP_CM_STORE : ZIP_CM_DEFLATE;
        if (zip_set_file_compression(archive, at, method, 9) < 0
            || zip_file_set_dostime(archive, at, kDosTime, kDosDate, 0) < 0
            || zip_file_set_external_attributes(archive, at, 0, ZIP_OPSYS_UNIX, kFileAttributes) < 0)
            fail(entry.name);
    }
    if (zip_close(archive) < 0)
        fail("closing");
    std::string bytes = sourceBytes(target);
    zip_source_free(target);
    return bytes;
}

struct ZipReader::Handle {
    std::string bytes;
    zip_t* archive = nullptr;
};

ZipReader::ZipReader(const std::string& bytes) : m_handle(new Handle{bytes, nullptr})
{
    // Every zip starts "PK"; one that does but cannot be opened was cut short or damaged.
    const bool looksLikeZip = bytes.size() >= 2 && bytes[0] == 'P' && bytes[1] == 'K';
    const std::string problem = looksLikeZip ? "The file is not a whole zip file: it is cut short or damaged."
                                             : "The file is not a zip file.";
    if (bytes.size() < 22 || !looksLikeZip) { // 22: the end record every zip has
        delete m_handle;
        m_handle = nullptr;
        throw ZipError(bytes.empty() ? "The file is empty: it is cut short or damaged." : problem);
    }
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(m_handle->bytes.data(), m_handle->bytes.size(), 0, &error);
    if (source)
        m_handle->archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (!m_handle->archive) {
        if (source)
            zip_source_free(source);
        zip_error_fini(&error);
        delete m_handle;
        m_handle = nullptr;
        throw ZipError(problem);
    }
    zip_error_fini(&error);

    const zip_int64_t count = zip_get_num_entries(m_handle->archive, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(m_handle->archive, static_cast<zip_uint64_t>(i), ZIP_FL_ENC_GUESS, &stat) < 0
            || !(stat.valid & ZIP_STAT_NAME) || !(stat.valid & ZIP_STAT_SIZE)) {
            zip_discard(m_handle->archive);
            delete m_handle;
            m_handle = nullptr;
            throw ZipError(problem);
        }
        ZipEntryInfo info;
        info.name = stat.name;
        info.size = stat.size;
        info.isFolder = !info.name.empty() && info.name.back() == '/';
        m_entries.push_back(std::move(info));
    }
}

ZipReader::~ZipReader()
{
    if (m_handle) {
        zip_discard(m_handle->archive);
        delete m_handle;
    }
}

std::string ZipReader::read(std::size_t index, std::uint64_t maxBytes) const
{
    const ZipEntryInfo& info = m_entries.at(index);
    if (info.size > maxBytes)
        throw ZipError("\"" + info.name + "\" is too big.");
    zip_file_t* file = zip_fopen_index(m_handle->archive, index, 0);
    if (!file)
        throw ZipError("\"" + info.name + "\" cannot be unpacked: the file is damaged.");
    std::string bytes;
    bytes.reserve(static_cast<std::size_t>(info.size));
    char buffer[65536];
    for (;;) {
        const zip_int64_t got = zip_fread(file, buffer, sizeof buffer);
        if (got < 0) {
            zip_fclose(file);
            throw ZipError("\"" + info.name + "\" cannot be unpacked: the file is damaged.");
        }
        if (got == 0)
            break;
        bytes.append(buffer, static_cast<std::size_t>(got));
        if (bytes.size() > info.size || bytes.size() > maxBytes) {
            zip_fclose(file);
            throw ZipError("\"" + info.name + "\" holds more than it says: the file is damaged.");
        }
    }
    zip_fclose(file);
    if (bytes.size() != info.size)
        throw ZipError("\"" + info.name + "\" is cut short: the file is damaged.");
    return bytes;
}

} // namespace rightjob::exporting
