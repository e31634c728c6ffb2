#include "export/pictures.h"

#include "core/image_import.h"
#include "core/json_file.h"

#include <stb/stb_image.h>

#include <cstdio>
#include <sys/stat.h>

namespace rightjob::exporting {

namespace {

constexpr int kMaxPictureSide = 10000;
constexpr long long kMaxPictureFileBytes = 20ll * 1024 * 1024;

bool startsWith(const std::string& bytes, const char* prefix, std::size_t length)
{
    return bytes.size() >= length && bytes.compare(0, length, prefix, length) == 0;
}

// Reads a regular file of at most maxBytes; nothing otherwise.
std::optional<std::string> readSmallFile(const std::string& path, long long maxBytes)
{
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0 || !S_ISREG(info.st_mode) || info.st_size > maxBytes)
        return std::nullopt;
    try {
        return core::readWholeFile(path);
    } catch (const core::DataError&) {
        return std::nullopt;
    }
}

} // namespace

std::optional<PictureFile> describePicture(std::string bytes)
{
    PictureFile picture;
    if (startsWith(bytes, "\x89PNG\r\n\x1a\n", 8)) {
        picture.contentType = "image/png";
        picture.extension = "png";
    } else if (startsWith(bytes, "\xff\xd8\xff", 3)) {
        picture.contentType = "image/jpeg";
        picture.extension = "jpg";
    } else {
        return std::nullopt;
    }
    int components = 0;
    if (bytes.size() > static_cast<std::size_t>(INT32_MAX)
        || !stbi_info_from_memory(reinterpret_cast<const stbi_uc*>(bytes.data()), static_cast<int>(bytes.size()),
                                  &picture.width, &picture.height, &components))
        return std::nullopt;
    if (picture.width < 1 || picture.height < 1 || picture.width > kMaxPictureSide || picture.height > kMaxPictureSide)
        return std::nullopt;
    picture.bytes = std::move(bytes);
    return picture;
}

bool decodesAsPicture(const std::string& bytes)
{
    // The tables first: stbi_info reads them too, and would overrun on them.
    if (!core::jpegTablesAreSafe(bytes))
        return false;
    const auto picture = describePicture(bytes);
    if (!picture)
        return false;
    int width = 0, height = 0, components = 0;
    stbi_uc* pixels = stbi_load_from_memory(reinterpret_cast<const stbi_uc*>(bytes.data()), static_cast<int>(bytes.size()),
                                            &width, &height, &components, 0);
    if (!pixels)
        return false;
    stbi_image_free(pixels);
    return width == picture->width && height == picture->height;
}

PictureSource::PictureSource(const core::SymbolIndex* symbols, std::string personFolder)
    : m_symbols(symbols), m_personFolder(std::move(personFolder))
{
}

const PictureFile* PictureSource::cached(const std::string& key, const std::string& path) const
{
    const auto found = m_cache.find(key);
    if (found != m_cache.end())
        return found->second.get();
    std::unique_ptr<PictureFile> picture;
    if (auto bytes = readSmallFile(path, kMaxPictureFileBytes))
        if (auto described = describePicture(std::move(*bytes)))
            picture = std::make_unique<PictureFile>(std::move(*described));
    return m_cache.emplace(key, std::move(picture)).first->second.get();
}

const PictureFile* PictureSource::symbol(const std::string& id, core::SymbolSize size) const
{
    if (!m_symbols || id.empty())
        return nullptr;
    const std::string path = m_symbols->filePath(id, size);
    if (path.empty())
        return nullptr;
    return cached(keyOf({core::PictureKind::Symbol, id, "", ""}, size), path);
}

const PictureFile* PictureSource::photo(const std::string& relativePath) const
{
    if (m_personFolder.empty() || !core::isSafeRelativePath(relativePath))
        return nullptr;
    return cached("photo:" + relativePath, m_personFolder + "/" + relativePath);
}

const PictureFile* PictureSource::load(const core::SummaryPicture& picture, core::SymbolSize size) const
{
    if (picture.kind == core::PictureKind::Photo)
        if (const PictureFile* found = photo(picture.photo))
            return found;
    if (picture.kind != core::PictureKind::None)
        return symbol(picture.symbol, size);
    return nullptr;
}

std::string PictureSource::keyOf(const core::SummaryPicture& picture, core::SymbolSize size) const
{
    if (picture.kind == core::PictureKind::Photo && photo(picture.photo))
        return "photo:" + picture.photo;
    return std::string(size == core::SymbolSize::Small ? "symbol96:" : "symbol256:") + picture.symbol;
}

std::string base64Encode(const std::string& bytes)
{
    static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    std::size_t i = 0;
    const auto byte = [&](std::size_t at) { return static_cast<unsigned char>(bytes[at]); };
    for (; i + 3 <= bytes.size(); i += 3) {
        const unsigned value = (byte(i) << 16) | (byte(i + 1) << 8) | byte(i + 2);
        out += kAlphabet[(value >> 18) & 63];
        out += kAlphabet[(value >> 12) & 63];
        out += kAlphabet[(value >> 6) & 63];
        out += kAlphabet[value & 63];
    }
    if (i + 1 == bytes.size()) {
        const unsigned value = byte(i) << 16;
        out += kAlphabet[(value >> 18) & 63];
        out += kAlphabet[(value >> 12) & 63];
        out += "==";
    } else if (i + 2 == bytes.size()) {
        const unsigned value = (byte(i) << 16) | (byte(i + 1) << 8);
        out += kAlphabet[(value >> 18) & 63];
        out += kAlphabet[(value >> 12) & 63];
        out += kAlphabet[(value >> 6) & 63];
        out += '=';
    }
    return out;
}

} // namespace rightjob::exporting
