#include "ui/platform/texture_lru.h"

#include <SDL.h>

namespace rightjob::ui {

namespace {

std::size_t bytesOf(int width, int height)
{
    return static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 4;
}

} // namespace

TextureLru::TextureLru(SDL_Renderer* renderer, std::size_t byteLimit) : m_renderer(renderer), m_byteLimit(byteLimit) {}

TextureLru::~TextureLru()
{
    for (auto& [key, entry] : m_entries)
        SDL_DestroyTexture(entry.kept.texture);
}

TextureLru::Kept TextureLru::find(const std::string& key)
{
    const auto found = m_entries.find(key);
    if (found == m_entries.end())
        return {};
    m_recent.splice(m_recent.begin(), m_recent, found->second.recent);
    return found->second.kept;
}

TextureLru::Kept TextureLru::add(const std::string& key, const unsigned char* rgba, int width, int height, bool smooth)
{
    const std::size_t bytes = bytesOf(width, height);
    dropUntilFits(bytes);
    SDL_Texture* texture = SDL_CreateTexture(m_renderer, SDL_PIXELFORMAT_RGBA32, SDL_TEXTUREACCESS_STATIC, width, height);
    if (!texture)
        return {};
    SDL_UpdateTexture(texture, nullptr, rgba, width * 4);
    SDL_SetTextureBlendMode(texture, SDL_BLENDMODE_BLEND);
    if (smooth)
        SDL_SetTextureScaleMode(texture, SDL_ScaleModeLinear);
    m_recent.push_front(key);
    const Kept kept{texture, width, height};
    m_entries[key] = Entry{kept, m_recent.begin()};
    m_bytesInUse += bytes;
    return kept;
}

void TextureLru::dropUntilFits(std::size_t incoming)
{
    while (!m_recent.empty() && m_bytesInUse + incoming > m_byteLimit) {
        const std::string oldest = m_recent.back();
        m_recent.pop_back();
        const auto found = m_entries.find(oldest);
        if (found == m_entries.end())
            continue;
        m_bytesInUse -= bytesOf(found->second.kept.width, found->second.kept.height);
        SDL_DestroyTexture(found->second.kept.texture);
        m_entries.erase(found);
    }
}

} // namespace rightjob::ui
