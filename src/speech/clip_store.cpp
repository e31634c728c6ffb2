#include "speech/clip_store.h"

#include "speech/wav.h"

#include "core/base/data_error.h"

#include <cstdint>
#include <cstdio>

namespace rightjob::speech {

namespace {

// Well under the 255 bytes most file systems allow in a name.
constexpr std::size_t kLongestSafeName = 160;

std::uint64_t fnv1aHash(const std::string& text)
{
    std::uint64_t hash = 14695981039346656037ull;
    for (const char c : text) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 1099511628211ull;
    }
    return hash;
}

} // namespace

std::string clipFileName(const std::string& cardKey)
{
    std::string name;
    for (const char c : cardKey) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-') {
            name += c;
        } else if (c == '/') {
            name += '.';
        } else {
            char escaped[4];
            std::snprintf(escaped, sizeof escaped, "%%%02X", static_cast<unsigned char>(c));
            name += escaped;
        }
    }
    if (name.empty())
        name = "%"; // no key: still a name that no real key can have
    if (name.size() > kLongestSafeName) {
        char hash[20];
        std::snprintf(hash, sizeof hash, "%016llx", static_cast<unsigned long long>(fnv1aHash(cardKey)));
        name = name.substr(0, kLongestSafeName - 17) + "~" + hash;
    }
    return name + ".wav";
}

ClipStore::ClipStore(std::string personFolder, core::FileSystem& files)
    : m_personFolder(std::move(personFolder)), m_files(files)
{
}

bool ClipStore::has(const std::string& cardKey) const
{
    return m_files.exists(clipPath(cardKey));
}

core::FileResult ClipStore::save(const std::string& cardKey, const Recording& recording)
{
    if (recording.samples.empty())
        return core::FileResult::failure("The recording for " + cardKey + " is empty, so it was not saved.");
    const core::FileResult folderMade = m_files.makeFolders(folder());
    if (!folderMade.ok)
        return folderMade;
    return writeWavFile(m_files, clipPath(cardKey), recording);
}

std::optional<Recording> ClipStore::load(const std::string& cardKey) const
{
    const std::string path = clipPath(cardKey);
    if (!m_files.exists(path))
        return std::nullopt;
    // Through the file system, so a protected person's sealed clip opens.
    std::string bytes;
    const core::FileResult read = m_files.readFile(path, bytes);
    if (!read.ok)
        throw core::DataError(path, {}, read.problem);
    return decodeWav(bytes, path);
}

core::FileResult ClipStore::remove(const std::string& cardKey)
{
    return m_files.removeFile(clipPath(cardKey));
}

} // namespace rightjob::speech
