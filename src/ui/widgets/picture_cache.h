// Pictures on screen: symbols and the person's photos, loaded when first
// drawn and kept within a memory limit. A picture that is missing or broken
// is logged once and drawn as a placeholder — never a crash.
#pragma once

#include "core/base/file_system.h"

#include "ui/platform/texture_lru.h"

#include <imgui.h>

#include <cstddef>
#include <string>
#include <unordered_set>

struct SDL_Renderer;
struct SDL_Texture;

namespace rightjob::ui {

// A picture ready to draw, or nothing when it cannot be shown.
struct Picture {
    ImTextureID texture = nullptr;
    int width = 0;
    int height = 0;
    explicit operator bool() const { return texture != nullptr; }
};

// Textures made from image files, least recently used dropped first.
class PictureCache {
public:
    // The renderer must outlive the cache.
    PictureCache(SDL_Renderer* renderer, std::size_t byteLimit = 64u * 1024u * 1024u);
    PictureCache(const PictureCache&) = delete;
    PictureCache& operator=(const PictureCache&) = delete;

    // The symbol with this id at the large size; empty Picture when missing.
    Picture symbol(const std::string& symbolId);
    // A picture file (a person's photo); empty Picture when it cannot be read.
    Picture file(const std::string& path);
    // A PNG or JPEG already in memory (a thumbnail made off the UI thread),
    // kept under key like a file; empty Picture when it cannot be decoded.
    // The bytes are read only when key is not in the cache.
    Picture encoded(const std::string& key, const std::string& bytes);

    // The file system photos are read through: a protected person's
    // (core::SealedFileSystem) while one is open, so their sealed photos
    // show; nullptr for the plain one. Must outlive its use.
    void readThrough(const core::FileSystem* files) { m_files = files; }

    // How many pictures could not be shown (each logged once).
    std::size_t failures() const { return m_failed.size(); }

    // Bytes of texture memory in use (width × height × 4 for each).
    std::size_t bytesInUse() const { return m_textures.bytesInUse(); }
    std::size_t byteLimit() const { return m_textures.byteLimit(); }

private:
    Picture load(const std::string& path);
    Picture cached(const std::string& key);

    TextureLru m_textures;
    std::unordered_set<std::string> m_failed;
    const core::FileSystem* m_files = nullptr;
};

} // namespace rightjob::ui
