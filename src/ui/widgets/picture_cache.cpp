#include "ui/widgets/picture_cache.h"

#include "core/asset_paths.h"
#include "core/image_import.h"

#include <SDL.h>
#include <stb_image.h>

#include <climits>
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
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "rightjob: the picture %s cannot be shown (it cannot be read).\n", path.c_str());
        m_failed.insert(path);
        return {};
    }
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return encoded(path, bytes);
}

Picture PictureCache::encoded(const std::string& key, const std::string& bytes)
{
    if (Picture picture = cached(key))
        return picture;
    if (m_failed.count(key))
        return {};
    // A picture can come from a copied folder or a bundle, so it is checked
    // as an imported photo is before it is decoded: its size first (a small
    // file can claim a huge picture), and JPEG tables the decoder would
    // overrun.
    const char* problem = nullptr;
    int width = 0, height = 0, channels = 0;
    if (bytes.size() > static_cast<std::size_t>(INT_MAX))
        problem = "the file is too big";
    else if (!core::jpegTablesAreSafe(bytes)) // before stbi_info, which reads the tables too
        problem = "the JPEG is damaged";
    else if (!stbi_info_from_memory(reinterpret_cast<const unsigned char*>(bytes.data()), static_cast<int>(bytes.size()),
                                    &width, &height, &channels))
        problem = stbi_failure_reason();
    else if (width < 1 || height < 1 || width > core::kPhotoMaxSourceSide || height > core::kPhotoMaxSourceSide
             || static_cast<std::int64_t>(width) * height > core::kPhotoMaxSourcePixels)
        problem = "the picture is too big";
    unsigned char* pixels = nullptr;
    if (!problem) {
        pixels = stbi_load_from_memory(reinterpret_cast<const unsigned char*>(bytes.data()), static_cast<int>(bytes.size()),
                                       &width, &height, &channels, 4);
        if (!pixels)
            problem = stbi_failure_reason();
    }
    if (!pixels) {
        std::fprintf(stderr, "rightjob: the picture %s cannot be shown (%s).\n", key.c_str(),
                     problem ? problem : "it cannot be decoded");
        m_failed.insert(key);
        return {};
    }
    return fromDecoded(key, pixels, width, height);
}

// Makes a texture of decoded pixels (which it frees) and keeps it under key.
Picture PictureCache::fromDecoded(const std::string& key, unsigned char* pixels, int width, int height)
{
    const TextureLru::Kept kept = m_textures.add(key, pixels, width, height, true);
    stbi_image_free(pixels);
    if (!kept) {
        std::fprintf(stderr, "rightjob: the picture %s cannot be shown (%s).\n", key.c_str(), SDL_GetError());
        m_failed.insert(key);
        return {};
    }
    return {reinterpret_cast<ImTextureID>(kept.texture), kept.width, kept.height};
}

} // namespace rightjob::ui
