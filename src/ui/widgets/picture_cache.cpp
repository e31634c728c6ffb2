#include "ui/widgets/picture_cache.h"

#include "core/profile/person_folder.h"
#include "core/protection/protection.h"

#include "core/base/asset_paths.h"
#include "core/pictures/image_import.h"
#include "core/pictures/picture_decode.h"

#include <SDL.h>

#include <cstdio>
#include <fstream>
#include <iterator>

namespace rightjob::ui {

PictureCache::PictureCache(SDL_Renderer* renderer, std::size_t byteLimit) : m_textures(renderer, byteLimit) {}

Picture PictureCache::symbol(const std::string& symbolId)
{
    if (symbolId.empty())
        return {};
    return load(core::assetPath("symbols/png/256/" + symbolId + ".png"));
}

Picture PictureCache::file(const std::string& path)
{
    if (path.empty())
        return {};
    return load(path);
}

Picture PictureCache::cached(const std::string& key)
{
    const TextureLru::Kept kept = m_textures.find(key);
    return {reinterpret_cast<ImTextureID>(kept.texture), kept.width, kept.height};
}

Picture PictureCache::load(const std::string& path)
{
    if (Picture picture = cached(path))
        return picture;
    if (m_failed.count(path))
        return {};
    // A plain file (never a device or FIFO, never through a link) under
    // the photo size limit; through the sealed file system when one is set.
    std::string bytes;
    core::FileResult read = core::readRegularFile(path, bytes, core::kMaxPhotoBytes, false);
    if (read.ok && m_files && core::isSealed(bytes))
        read = m_files->readFile(path, bytes);
    if (!read.ok) {
        std::fprintf(stderr, "rightjob: the picture %s cannot be shown (%s).\n", path.c_str(), read.problem.c_str());
        m_failed.insert(path);
        return {};
    }
    return encoded(path, bytes);
}

Picture PictureCache::encoded(const std::string& key, const std::string& bytes)
{
    if (Picture picture = cached(key))
        return picture;
    if (m_failed.count(key))
        return {};
    // A picture can come from a copied folder or a bundle, so it is decoded
    // with the limits of an imported photo: a small file can claim a huge
    // picture.
    std::string problem;
    std::optional<core::DecodedPicture> decoded =
        core::decodePicture(bytes, 4, core::kStoredPhotoMaxSide, core::kStoredPhotoMaxPixels, &problem);
    if (!decoded) {
        std::fprintf(stderr, "rightjob: the picture %s cannot be shown (%s).\n", key.c_str(), problem.c_str());
        m_failed.insert(key);
        return {};
    }
    const TextureLru::Kept kept = m_textures.add(key, decoded->pixels.data(), decoded->width, decoded->height, true);
    if (!kept) {
        std::fprintf(stderr, "rightjob: the picture %s cannot be shown (%s).\n", key.c_str(), SDL_GetError());
        m_failed.insert(key);
        return {};
    }
    return {reinterpret_cast<ImTextureID>(kept.texture), kept.width, kept.height};
}

} // namespace rightjob::ui
