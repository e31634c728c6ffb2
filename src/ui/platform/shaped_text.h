// Text in any script, for the words people type: names, notes, places.
// Dear ImGui's font atlas draws Latin letters quickly, but Debian's ImGui
// holds 16-bit characters only (no emoji), and knows nothing of writing
// right to left or of Arabic letters joining up. Text it cannot draw is
// laid out by pango instead (bidi, shaping, and fontconfig finding a font
// for each letter: Andika, then DejaVu Sans, Symbola), drawn with cairo
// into an SDL texture, and kept within a memory limit.
#pragma once

#include "ui/platform/texture_lru.h"

#include <imgui.h>

#include <cstddef>
#include <list>
#include <map>
#include <memory>
#include <string>
#include <tuple>
#include <unordered_map>

struct SDL_Renderer;
struct SDL_Texture;

namespace rightjob::ui {

// True when font's atlas can draw every character of text, in the order
// they are stored: none missing from the atlas, none above U+FFFF, and none
// written right to left (Hebrew, Arabic and the like, or a bidi control).
bool atlasCanDraw(const ImFont* font, const std::string& text);

// The longest start of text, cut after a whole word where one fits, with
// "…" after it, that fits within width and maxHeight when ImGui wraps it
// with font at fontSize; text itself when it all fits.
std::string cutToFit(const ImFont* font, float fontSize, const std::string& text, float width, float maxHeight);

// How shaped text is drawn.
struct ShapedTextStyle {
    std::string family;    // a fontconfig family: "Andika", "OpenDyslexic"
    bool bold = false;
    float fontSize = 0;    // pixels from the top of the tallest letter to the bottom of the lowest, as ImGui's
    float width = 0;       // lines wrap within this width; right-to-left lines end at its right edge
    float maxHeight = 0;   // whole lines that fit; the last one shown ends in "…" when text is cut
};

// Text drawn by pango, white on clear, to be tinted as it is drawn.
struct ShapedText {
    ImTextureID texture = nullptr;
    int width = 0;  // the style's width, rounded up
    int height = 0; // the lines' height
    explicit operator bool() const { return texture != nullptr; }
};

// Textures of shaped text, least recently used dropped first.
class ShapedTextCache {
public:
    // The renderer must outlive the cache.
    explicit ShapedTextCache(SDL_Renderer* renderer, std::size_t byteLimit = 16u * 1024u * 1024u);
    ~ShapedTextCache();
    ShapedTextCache(const ShapedTextCache&) = delete;
    ShapedTextCache& operator=(const ShapedTextCache&) = delete;

    // Text laid out in style, made once and kept while it is used; an empty
    // ShapedText when there is nothing to draw or the texture cannot be made.
    ShapedText text(const std::string& text, const ShapedTextStyle& style);

    // Bytes of texture memory in use (width × height × 4 for each).
    std::size_t bytesInUse() const { return m_textures.bytesInUse(); }
    std::size_t byteLimit() const { return m_textures.byteLimit(); }
    // How many texts are kept.
    std::size_t size() const { return m_textures.size(); }

private:
    float pangoSizeFor(const std::string& family, bool bold, float fontSize);

    TextureLru m_textures;
    struct Pango;
    std::unique_ptr<Pango> m_pango; // the font map and context, made when first needed
    std::map<std::tuple<std::string, bool>, float> m_sizeRatios; // family, bold: pango size per ImGui size
};

} // namespace rightjob::ui
