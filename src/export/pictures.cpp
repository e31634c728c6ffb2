#include "export/pictures.h"

#include "core/pictures/image_import.h"
#include "core/base/json_file.h"
#include "core/pictures/picture_decode.h"

#include <cstdio>
#include <sys/stat.h>

namespace rightjob::exporting {

namespace {

constexpr int kMaxPictureSide = 10000;
constexpr long long kMaxPictureFileBytes = 20ll * 1024 * 1024;

// Reads a regular file of at most maxBytes; nothing otherwise.
std::optional<std::string> readSmallFile(const std::string& path, long long maxBytes)
{
    struct stat info {};
    if (::lstat(path.c_str(), &info) != 0 || !S_ISREG(info.st_mode) || info.st_size > maxBytes)
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
    const std::optional<core::PictureHeader> header = core::readPictureHeader(bytes);
    if (!header || header->width < 1 || header->height < 1 || header->width > kMaxPictureSide
        || header->height > kMaxPictureSide)
        return std::nullopt;
    PictureFile picture;
    const bool png = header->kind == core::PictureFileKind::Png;
    picture.contentType = png ? "image/png" : "image/jpeg";
    picture.extension = png ? "png" : "jpg";
    picture.width = header->width;
    picture.height = header->height;
    picture.bytes = std::move(bytes);
    return picture;
}

bool decodesAsPicture(const std::string& bytes)
{
    // decodePicture checks the kind and the size from the header first, as
    // describePicture does.
    return core::decodePicture(bytes, 3, kMaxPictureSide, core::kPhotoMaxSourcePixels).has_value();
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
