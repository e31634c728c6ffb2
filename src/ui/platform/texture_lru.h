// Textures kept by key within a memory limit, least recently used dropped
// first: what the picture cache and the shaped-text cache both hold.
#pragma once

#include <cstddef>
#include <list>
#include <string>
#include <unordered_map>

struct SDL_Renderer;
struct SDL_Texture;

namespace rightjob::ui {

class TextureLru {
public:
    struct Kept {
        SDL_Texture* texture = nullptr;
        int width = 0;
        int height = 0;
        explicit operator bool() const { return texture != nullptr; }
    };

    // The renderer must outlive the cache.
    TextureLru(SDL_Renderer* renderer, std::size_t byteLimit);
    ~TextureLru();
    TextureLru(const TextureLru&) = delete;
    TextureLru& operator=(const TextureLru&) = delete;

    // The texture kept under key, now the most recently used; empty when none.
    Kept find(const std::string& key);

    // Makes a blended texture of width × height RGBA pixels and keeps it
    // under key (which find has just not found), first dropping the least recently used until it fits;
    // smooth scales it linearly. Empty when SDL cannot make it (SDL_GetError
    // says why).
    Kept add(const std::string& key, const unsigned char* rgba, int width, int height, bool smooth);

    // Bytes of texture memory in use (width × height × 4 for each).
    std::size_t bytesInUse() const { return m_bytesInUse; }
    std::size_t byteLimit() const { return m_byteLimit; }
    // How many textures are kept.
    std::size_t size() const { return m_entries.size(); }

private:
    struct Entry {
        Kept kept;
        std::list<std::string>::iterator recent;
    };

    void dropUntilFits(std::size_t incoming);

    SDL_Renderer* m_renderer;
    std::size_t m_byteLimit;
    std::size_t m_bytesInUse = 0;
    std::unordered_map<std::string, Entry> m_entries;
    std::list<std::string> m_recent; // most recent first
};

} // namespace rightjob::ui
