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

PictureCache::PictureCache(SDL_Renderer* renderer, std::size_t byteLimit)
    : m_renderer(renderer), m_byteLimit(byteLimit)
{
}

PictureCache::~PictureCache()
{
    for (auto& [path, entry] : m_entries)
        SDL_DestroyTexture(entry.texture);
}

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

void PictureCache::dropUntilFits(std::size_t incoming)
{
    while (!m_recent.empty() && m_bytesInUse + incoming > m_byteLimit) {
        const std::string oldest = m_recent.back();
        m_recent.pop_back();
        const auto found = m_entries.find(oldest);
        if (found == m_entries.end())
            continue;
        m_bytesInUse -= static_cast<std::size_t>(found->second.width) * found->second.height * 4;
        SDL_DestroyTexture(found->second.texture);
        m_entries.erase(found);
    }
}

Picture PictureCache::cached(const std::string& key)
{
    const auto found = m_entries.find(key);
    if (found == m_entries.end())
        return {};
    m_recent.splice(m_recent.begin(), m_recent, found->second.recent);
    return {reinterpret_cast<ImTextureID>(found->second.texture), found->second.width, found->second.height};
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
    const std::size_t bytes = static_cast<std::size_t>(width) * height * 4;
    dropUntilFits(bytes);
    SDL_Texture* texture = SDL_CreateTexture(m_renderer, SDL_PIXELFORMAT_RGBA32, SDL_TEXTUREACCESS_STATIC, width, height);
    if (texture) {
        SDL_UpdateTexture(texture, nullptr, pixels, width * 4);
        SDL_SetTextureBlendMode(texture, SDL_BLENDMODE_BLEND);
        SDL_SetTextureScaleMode(texture, SDL_ScaleModeLinear);
    }
    stbi_image_free(pixels);
    if (!texture) {
        std::fprintf(stderr, "rightjob: the picture %s cannot be shown (%s).\n", key.c_str(), SDL_GetError());
        m_failed.insert(key);
        return {};
    }
    m_recent.push_front(key);
    m_entries[key] = Entry{texture, width, height, m_recent.begin()};
    m_bytesInUse += bytes;
    return {reinterpret_cast<ImTextureID>(texture), width, height};
}

} // namespace rightjob::ui
